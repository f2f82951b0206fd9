// The record of a review's expert draws (the national office only): each draw with its seed, and every expert of
// the registry with what became of him — on the panel, in reserve, not drawn, or excluded and why.
(async () => {
  const main = document.getElementById('main');
  await header();
  const OUTCOMES = { PANEL: '入选专家组', RESERVE: '候补', NOT_DRAWN: '符合条件未抽中', EXCLUDED: '排除' };
  const KINDS = { INITIAL: '首次抽取', REDRAW: '重新抽取', SUPPLEMENT: '补充抽取' };
  try {
    const review = param('review');
    if (!/^\d+$/.test(review || '')) throw new Error('缺少评审编号');
    const draws = await api.get('/api/reviews/' + review + '/draws');
    main.replaceChildren(el('h1', {}, '专家抽取记录(评审 ' + review + ')'),
      el('p', { class: 'meta' }, '每次抽取都记录随机种子和专家库当时的状态;“可复现”表示用同一种子对当时的专家库重新抽取得到相同结果。'),
      ...draws.flatMap(d => [
        el('h2', {}, '第 ' + d.drawNo + ' 次 · ' + (KINDS[d.kind] || d.kind)),
        el('p', {}, '抽取人:' + d.drawnBy + ';时间:' + time(d.drawnAt) + ';专家组 ' + d.panelSize + ' 人,候补 ' + d.reserveCount
          + ' 人;随机种子 ' + d.seedText + ';' + (d.reproducible ? '可复现' : '不可复现(专家库已变化)')),
        table(['专家', '结果', '席位/顺序', '排除原因', '抽取时在审任务数'], d.entries.map(e => [e.expert, OUTCOMES[e.outcome] || e.outcome,
          e.position == null ? '' : e.position, e.reasonLabel || '', e.loadAtDraw]))]));
  } catch (e) {
    showError(main, e);
  }
})();
