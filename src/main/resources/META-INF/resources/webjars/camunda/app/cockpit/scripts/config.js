// pilot-city: the webapp in Chinese for every browser.
export default {
  app: {
    name: '驾驶舱',
    vendor: '城市知识产权工作平台'
  },
  locales: {
    availableLocales: ['zh-CN'],
    fallbackLocale: 'zh-CN'
  },
  dateFormat: {
    normal: 'YYYY-MM-DD HH:mm',
    long: 'YYYY年M月D日 dddd HH:mm'
  }
};
