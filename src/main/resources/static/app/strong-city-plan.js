// R-SC-3: the city edits its construction plan (five major projects, each with its work projects) and saves
// it as often as it likes; the Tasklist task submits the saved plan, checked as a whole on the server.
(async () => {
  const id = param('id');
  const form = document.getElementById('plan');
  const message = document.getElementById('message');
  const projectsBox = document.getElementById('projects');
  const FIELDS = [
    { key: 'name', label: '工作项目名称', maxlength: 200 },
    { key: 'target', label: '目标', maxlength: 1000, hint: '例如“高价值发明专利拥有量达到 5000 件”' },
    { key: 'targetValue', label: '目标值(选填)', type: 'number', min: 0, row: 'target' },
    { key: 'targetUnit', label: '单位(选填)', maxlength: 20, row: 'target' },
    { key: 'measures', label: '主要措施(不少于 10 字)', type: 'textarea', maxlength: 20000 },
    { key: 'responsibleUnit', label: '责任单位', maxlength: 200 },
    { key: 'budget', label: '预算(万元)', type: 'number', min: 0, step: '0.01', row: 'years' },
    { key: 'startYear', label: '起始年度', type: 'number', min: 2016, max: 2100, row: 'years' },
    { key: 'endYear', label: '终止年度', type: 'number', min: 2016, max: 2100, row: 'years' }
  ];
  let changed = false;
  await header();
  if (!/^\d+$/.test(id || '')) { showError(message, new Error('缺少申报编号')); return; }

  let view;
  try { view = await api.get('/api/strong-city/applications/' + id + '/plan-draft'); }
  catch (e) { showError(message, e); document.getElementById('about').textContent = ''; return; }

  document.getElementById('about').textContent = view.cityName + ' · 申报编号 ' + view.applicationId + ' · ' + view.status;
  const goals = document.getElementById('overallGoals');
  const periodStart = document.getElementById('periodStart');
  const periodEnd = document.getElementById('periodEnd');
  goals.value = view.draft.overallGoals || '';
  periodStart.value = view.draft.startYear || '';
  periodEnd.value = view.draft.endYear || '';
  view.majorProjects.forEach(major => projectsBox.append(majorSection(major, view.draft[major.key] || [])));
  form.hidden = false;
  if (!view.editable) {
    form.querySelectorAll('input, textarea, button').forEach(c => { c.disabled = true; });
    message.replaceChildren(el('p', { class: 'meta' }, '当前阶段不能修改建设方案,以下为只读内容。'));
  }

  function majorSection(major, items) {
    const list = el('div', { 'data-major': major.key });
    const add = el('button', { type: 'button', class: 'secondary' }, '添加工作项目');
    add.onclick = () => { list.append(workProject(major, {})); renumber(list, major); changed = true; };
    (items.length ? items : [{}]).forEach(item => list.append(workProject(major, item)));
    renumber(list, major);
    return el('section', {}, el('h2', {}, major.label), list, add);
  }

  function workProject(major, item) {
    const box = el('fieldset', {}, el('legend', {}, ''));
    const rows = {};
    FIELDS.forEach(field => {
      const value = item[field.key] === null || item[field.key] === undefined ? '' : item[field.key];
      const control = field.type === 'textarea'
        ? el('textarea', { name: field.key, rows: 4, maxlength: field.maxlength })
        : el('input', { name: field.key, type: field.type || 'text', min: field.min, max: field.max, step: field.step, maxlength: field.maxlength });
      control.value = value;
      const label = el('label', { class: 'block' }, field.label, control, field.hint ? el('span', { class: 'meta' }, field.hint) : '');
      if (!field.row) { box.append(label); return; }
      if (!rows[field.row]) { rows[field.row] = el('div', { class: 'row' }); box.append(rows[field.row]); }
      rows[field.row].append(label);
    });
    const remove = el('button', { type: 'button', class: 'danger' }, '删除此工作项目');
    remove.onclick = () => {
      const list = box.parentNode;
      if (!confirm('删除此工作项目?')) return;
      box.remove();
      renumber(list, major);
      changed = true;
    };
    box.append(remove);
    return box;
  }

  function renumber(list, major) {
    [...list.children].forEach((box, i) => { box.querySelector('legend').textContent = major.label + ' · 第 ' + (i + 1) + ' 个工作项目'; });
  }

  function number(value) {
    return value === '' ? null : Number(value);
  }

  function collect() {
    const plan = { overallGoals: goals.value, startYear: number(periodStart.value), endYear: number(periodEnd.value) };
    projectsBox.querySelectorAll('[data-major]').forEach(list => {
      plan[list.dataset.major] = [...list.children].map(box => Object.fromEntries(FIELDS.map(field => {
        const value = box.querySelector('[name=' + field.key + ']').value;
        return [field.key, field.type === 'number' ? number(value) : value];
      })));
    });
    return plan;
  }

  async function save() {
    await api.json('PUT', '/api/strong-city/applications/' + id + '/plan-draft', collect());
    changed = false;
  }

  form.addEventListener('input', () => { changed = true; });
  window.addEventListener('beforeunload', event => { if (changed) { event.preventDefault(); event.returnValue = ''; } });
  form.onsubmit = async event => {
    event.preventDefault();
    const button = document.getElementById('save');
    button.disabled = true;
    try {
      await save();
      message.replaceChildren(el('p', { class: 'ok' }, '已保存(' + new Date().toLocaleTimeString('zh-CN') + ')。提交请回到任务列表。'));
    } catch (e) { showError(message, e); }
    finally { button.disabled = false; }
  };
  document.getElementById('check').onclick = async () => {
    try {
      if (changed) await save();
      const result = await api.send('POST', '/api/strong-city/applications/' + id + '/plan-draft/check');
      message.replaceChildren(el('p', { class: 'ok' }, result.message));
    } catch (e) { showError(message, e); }
    message.scrollIntoView();
  };
})();
