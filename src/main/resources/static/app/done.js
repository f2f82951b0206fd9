// 我的已办: the decisions the signed-in official took, newest first, each linked to what it was about.
(async () => {
  const main = document.getElementById('main');
  await header();
  try {
    const done = await api.get('/api/me/done');
    main.replaceChildren(
      el('h1', {}, '我的已办'),
      el('p', { class: 'meta' }, '本人办理完成的事项(最近 500 项),按办理时间由近到远排列。'),
      done.length === 0 ? el('p', {}, '暂无已办事项。') : table(['办理时间', '事项', '城市', '办理结果', '意见', '文号', ''],
        done.map(d => [time(d.decidedAt), d.step, d.cityName || '', d.outcome, d.opinion, d.docNumber || '',
          d.page ? el('a', { href: d.page }, '查看') : ''])));
  } catch (e) {
    showError(main, e);
  }
})();
