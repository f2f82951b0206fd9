// pilot-city: the Tasklist in Chinese for every browser; add "en" to availableLocales to offer English
// to browsers that prefer it.
export default {
  app: {
    name: '任务列表',
    vendor: '城市知识产权工作平台'
  },
  locales: {
    availableLocales: ['zh-CN'],
    fallbackLocale: 'zh-CN'
  },
  dateFormat: {
    normal: 'YYYY-MM-DD HH:mm',
    long: 'YYYY年M月D日 dddd HH:mm'
  },
  disableWelcomeMessage: true,
  // the forms' own messages and date picker in Chinese (form-js and flatpickr have none here); the header's
  // link to 我的已办
  customScripts: ['scripts/zh-forms', 'scripts/workspace-links'],
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: '认领当前选中的任务'},
    focusFilter: {key: 'ctrl+shift+f', description: '将焦点移到第一个过滤器'},
    focusList: {key: 'ctrl+alt+l', description: '将焦点移到任务列表的第一个任务'},
    focusForm: {key: 'ctrl+alt+f', description: '将焦点移到任务表单的第一个输入框'},
    startProcess: {key: 'ctrl+alt+p', description: '打开发起流程对话框'}
  }
};
