// 拟定入选名单: the national office works a batch's list city by city or in bulk, saves it as often as it likes;
// the determination task in the Tasklist then submits what is saved here.
(async () => {
  const main = document.getElementById('main');
  const batchId = param('batch');
  await header();
  let view;
  let lines = [];
  const changed = new Set();

  async function load() {
    view = await api.get('/api/sme/batches/' + encodeURIComponent(batchId) + '/determination');
    lines = view.lines;
    changed.clear();
    render();
  }

  function summary() {
    const admitted = lines.filter(l => l.admitted).length;
    const missing = lines.filter(l => !(l.opinion || '').trim()).length;
    return '共 ' + lines.length + ' 个城市,拟纳入 ' + admitted + ' 个,不纳入 ' + (lines.length - admitted) + ' 个;'
      + (missing ? '还有 ' + missing + ' 个城市未填写审定意见。' : '审定意见已全部填写。')
      + (changed.size ? ' 有 ' + changed.size + ' 个城市的修改尚未保存。' : '');
  }

  function render() {
    const status = el('p', { class: 'meta', id: 'summary' }, summary());
    const message = el('div', { id: 'message' });
    const editable = view.editable;
    const rows = lines.map((line, i) => {
      const select = el('input', { type: 'checkbox', class: 'select', 'aria-label': '选择' + line.cityName });
      const admitted = el('input', { type: 'checkbox', class: 'admitted', 'aria-label': '将' + line.cityName + '纳入试点' });
      admitted.checked = line.admitted;
      admitted.disabled = !editable;
      const opinion = el('textarea', { rows: 2, cols: 40, maxlength: 2000, class: 'opinion', 'aria-label': '对' + line.cityName + '的审定意见' });
      opinion.value = line.opinion || '';
      opinion.readOnly = !editable;
      admitted.addEventListener('change', () => { line.admitted = admitted.checked; touched(line); });
      opinion.addEventListener('input', () => { line.opinion = opinion.value; touched(line); });
      line.controls = { select, admitted, opinion };
      return el('tr', { 'data-application': line.applicationId },
        el('td', {}, editable ? select : ''), el('td', {}, String(i + 1)),
        el('td', {}, line.cityName + '(' + line.provinceName + ')'),
        el('td', {}, line.panelScore === null ? '—' : String(line.panelScore)),
        el('td', {}, line.recommendationLabel),
        el('td', {}, el('label', {}, admitted, ' 纳入试点')),
        el('td', {}, opinion, line.updatedBy ? el('div', { class: 'meta' }, '保存于 ' + time(line.updatedAt)) : ''),
        el('td', {}, el('a', { href: '/app/application.html?id=' + line.applicationId, target: '_blank' }, '申报材料'),
          line.reviewId ? [el('br'), el('a', { href: '/api/reviews/' + line.reviewId + '/score-sheet.xlsx' }, '专家评分表')] : ''));
    });
    const selectAll = el('input', { type: 'checkbox', 'aria-label': '全选' });
    selectAll.addEventListener('change', () => lines.forEach(l => { l.controls.select.checked = selectAll.checked; }));
    const head = el('tr', {}, el('th', {}, editable ? selectAll : ''), el('th', {}, '排名'), el('th', {}, '城市'),
      el('th', {}, '评审得分'), el('th', {}, '专家组建议'), el('th', {}, '拟定结果'), el('th', {}, '审定意见'), el('th', {}, '材料'));

    const bulk = [];
    if (editable) {
      const threshold = el('input', { type: 'number', min: 0, max: 100, step: '0.1', id: 'threshold', 'aria-label': '分数线' });
      const byScore = el('button', { type: 'button', class: 'secondary' }, '按分数线确定');
      byScore.addEventListener('click', () => {
        const limit = Number(threshold.value);
        if (threshold.value === '' || Number.isNaN(limit)) { return show('error', '请先填写分数线'); }
        lines.forEach(l => { setAdmitted(l, l.panelScore !== null && l.panelScore >= limit); });
        show('ok', '已将评审得分不低于 ' + limit + ' 分的城市设为纳入,其余设为不纳入(尚未保存)。');
      });
      const shared = el('textarea', { rows: 2, cols: 50, maxlength: 2000, id: 'shared-opinion', 'aria-label': '统一意见' });
      const apply = el('button', { type: 'button', class: 'secondary' }, '填入选中城市');
      apply.addEventListener('click', () => {
        const chosen = lines.filter(l => l.controls.select.checked);
        if (!chosen.length) { return show('error', '请先在表格左侧勾选城市'); }
        if (!shared.value.trim()) { return show('error', '请先填写统一意见'); }
        chosen.forEach(l => { l.opinion = shared.value; l.controls.opinion.value = shared.value; touched(l); });
        show('ok', '已为 ' + chosen.length + ' 个城市填入同一意见(尚未保存)。');
      });
      bulk.push(el('fieldset', {}, el('legend', {}, '批量操作'),
        el('p', {}, '评审得分不低于 ', threshold, ' 分的城市纳入试点,其余不纳入 ', byScore),
        el('p', {}, '为勾选的城市填写同一审定意见:', el('br'), shared, ' ', apply)));
    }
    const save = el('button', { type: 'button', id: 'save' }, '保存名单');
    save.addEventListener('click', saveAll);
    main.replaceChildren(
      el('h1', {}, view.batchName + ' · 拟定入选名单'),
      el('p', { class: 'meta' }, '按专家组评审得分由高到低排列;未保存过的城市按专家组建议预填是否纳入。名单保存在系统中,'
        + '保存后回到任务列表填写公布通知文号并提交。'),
      editable ? '' : el('p', { class: 'status' }, view.notEditable),
      status, ...bulk, message,
      el('table', { id: 'worklist' }, head, rows),
      el('div', { class: 'actions' }, editable ? save : '',
        el('a', { href: '/api/sme/batches/' + encodeURIComponent(batchId) + '/determination.xlsx' }, '导出 Excel'),
        el('a', { href: '/camunda/app/tasklist/' }, '返回任务列表')));
  }

  function setAdmitted(line, admitted) {
    if (line.admitted !== admitted) {
      line.admitted = admitted;
      line.controls.admitted.checked = admitted;
      touched(line);
    }
  }

  function touched(line) {
    changed.add(line.applicationId);
    document.getElementById('summary').textContent = summary();
  }

  function show(kind, text, details) {
    document.getElementById('message').replaceChildren(el('p', { class: kind }, text, ...(details || []).map(d => el('div', {}, '· ' + d))));
  }

  async function saveAll() {
    const entries = lines.filter(l => changed.has(l.applicationId))
      .map(l => ({ applicationId: l.applicationId, admitted: l.admitted, opinion: l.opinion || '' }));
    if (!entries.length) { return show('ok', '没有需要保存的修改。'); }
    const button = document.getElementById('save');
    button.disabled = true;
    button.textContent = '正在保存……';
    try {
      await api.json('PUT', '/api/sme/batches/' + encodeURIComponent(batchId) + '/determination', { entries });
      await load();
      show('ok', '已保存 ' + entries.length + ' 个城市的修改。');
    } catch (e) {
      show('error', e.message, e.details);
      button.disabled = false;
      button.textContent = '保存名单';
    }
  }

  window.addEventListener('beforeunload', event => {
    if (changed.size) { event.preventDefault(); event.returnValue = ''; }
  });

  try {
    await load();
  } catch (e) {
    showError(main, e);
  }
})();
