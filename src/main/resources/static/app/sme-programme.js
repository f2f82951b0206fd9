(async () => {
  const main = document.getElementById('main');
  await header();
  try {
    const data = await api.get('/api/sme/programme');
    main.replaceChildren(
      el('h1', {}, '中小企业知识产权战略推进工程 · 进展'),
      el('h2', {}, '工程目标与实际'),
      el('p', { class: 'meta' }, '集聚区为已纳入试点的实际数;其余指标为试点城市实施方案中三年承诺的数量合计,实际完成情况见各城市年度考核。'),
      table(['指标', '五年目标', '实际/承诺', '口径', '完成比例'], data.indicators.map(i => [i.label + '(' + i.unit + ')', i.target, i.actual, i.basis,
        Math.round(100 * i.actual / i.target) + '%'])),
      el('h2', {}, '各批次办理进度'),
      ...data.batches.map(p => el('div', {}, el('h3', {}, p.batch.name + '(' + p.batch.batchYear + ' 年,截止 ' + time(p.batch.deadline) + ')'),
        table(['环节', '城市数'], Object.entries(p.applicationsByStatus).map(([s, n]) => [p.statusLabels[s] || s, n])),
        p.batch.status === 'PUBLISHED' ? el('p', {}, el('a', { href: '/api/sme/batches/' + p.batch.id + '/admitted.xlsx' }, '下载实施城市名单(Excel)'), '  ',
          el('a', { href: '/api/sme/batches/' + p.batch.id + '/notice.docx' }, '下载公布通知(Word)')) : el('p', { class: 'meta' }, '审定结果尚未发布'))));
  } catch (e) {
    showError(main, e);
  }
})();
