(async () => {
  const main = document.getElementById('main');
  const me = await header();
  const projects = { MANAGEMENT: '知识产权管理能力提升工程', PROTECTION: '知识产权大保护工程', UTILISATION: '知识产权运用促进工程',
    QUALITY: '知识产权质量提升工程', ENVIRONMENT: '知识产权发展环境建设工程' };
  const recommendation = r => ({ APPROVE: '方案成熟', REVISE: '尚不成熟,需修改', REJECT: '不予通过' })[r] || (r ? r : '论证中');
  try {
    const id = param('id');
    if (!/^\d+$/.test(id || '')) throw new Error('缺少申请编号');
    const [view, sc] = await Promise.all([api.get('/api/applications/' + id), api.get('/api/strong-city/applications/' + id)]);
    const a = view.application;
    const parts = [el('h1', {}, '知识产权强市建设方案 · 编号 ' + a.id),
      el('p', {}, el('span', { class: 'status' }, view.statusLabel), ' 城市代码 ' + a.cityCode + ' · 已论证 ' + sc.rounds.length + ' 轮'),
      el('p', {}, el('a', { href: 'strong-city-plan.html?id=' + a.id }, '打开建设方案编辑页(编制和修改阶段由城市填写)'))];
    if (sc.plan) {
      parts.push(el('h2', {}, '总体目标(' + sc.plan.startYear + '—' + sc.plan.endYear + ' 年)'), el('div', { class: 'text' }, sc.plan.overallGoals));
      Object.entries(projects).forEach(([code, label]) => {
        const works = sc.plan.workProjects.filter(w => w.project === code);
        parts.push(el('h2', {}, label), table(['工作项目', '目标', '目标值', '主要措施', '责任单位', '预算(万元)', '年度'],
          works.map(w => [w.name, w.target, w.targetValue === null ? '' : w.targetValue + ' ' + (w.targetUnit || ''),
            el('div', { class: 'text' }, w.measures), w.responsibleUnit, w.budget, w.startYear + '—' + w.endYear])));
      });
    }
    parts.push(el('h2', {}, '专家论证轮次'), table(['轮次', '开始', '结论', '得分', '专家指导意见', '修改期限'],
      sc.rounds.map(r => ['第 ' + r.roundNo + ' 轮', time(r.startedAt), recommendation(r.recommendation), r.panelScore ?? '',
        el('div', { class: 'text' }, r.guidance || ''), time(r.revisionDue)])));
    if (sc.approval) {
      parts.push(el('h2', {}, '批复与印发'), table(['批复文号', '批复日期', '印发文号', '印发日期'],
        [[sc.approval.approvalDoc, sc.approval.approvedOn, sc.approval.issuingDoc || '待印发', sc.approval.issuedOn || '']]),
        el('p', {}, el('a', { href: '/api/strong-city/applications/' + id + '/approval-letter.docx' }, '下载批复文件(Word)')));
    }
    parts.push(el('h2', {}, '办理记录'), table(['时间', '环节', '办理人', '结果', '意见', '文号'], view.decisions.map(d =>
      [time(d.decidedAt), d.stepName, d.decidedBy, d.outcome, el('div', { class: 'text' }, d.opinion), d.docNumber || ''])));
    if (me && me.cityCode === a.cityCode && !sc.approval && !['WITHDRAWN', 'REJECTED', 'LAPSED'].includes(a.status)) {
      const reason = el('textarea', { rows: 3, cols: 60, placeholder: '撤回原因' });
      const button = el('button', { class: 'danger', type: 'button' }, '撤回申请');
      const message = el('div', {});
      button.onclick = async () => {
        if (!confirm('撤回后本次申请终止,确定撤回?')) return;
        try {
          await api.send('POST', '/api/strong-city/applications/' + id + '/withdraw',
            new Blob([JSON.stringify({ reason: reason.value })], { type: 'application/json' }));
          location.reload();
        } catch (e) { showError(message, e); }
      };
      parts.push(el('h2', {}, '撤回申请'), el('p', { class: 'meta' }, '批复前,城市可随时撤回申请。'), reason, el('p', {}, button), message);
    }
    main.replaceChildren(...parts);
  } catch (e) {
    showError(main, e);
  }
})();
