(async () => {
  const main = document.getElementById('main');
  await header();
  try {
    const id = param('id');
    if (!/^\d+$/.test(id || '')) throw new Error('缺少申报编号');
    const [view, revisions, attachments, plan, reviews] = await Promise.all([
      api.get('/api/applications/' + id), api.get('/api/applications/' + id + '/revisions'),
      api.get('/api/applications/' + id + '/attachments'), api.get('/api/sme/plan'),
      api.get('/api/applications/' + id + '/reviews')]);
    const a = view.application, c = view.content;
    if (a.programme === 'STRONG_CITY') {
      // a strong-city application has its own page (the construction plan and its rounds)
      location.replace('/app/strong-city.html?id=' + a.id);
      return;
    }
    const sectionTitle = no => (plan.sections.find(s => s.no == no) || { title: '' }).title;
    const metric = code => plan.metrics.find(m => m.code === code) || { label: code, unit: '' };
    const rating = r => ({ MET: '符合', PARTLY: '基本符合', NOT_MET: '不符合' })[r] || r;
    const fieldName = f => {
      const p = f.split('.');
      if (p[0] === 'section') return '第(' + p[1] + ')部分 ' + sectionTitle(p[1]);
      if (p[0] === 'target') return '第' + p[1] + '年目标 ' + metric(p[2]).label;
      if (p[0] === 'condition') return '条件(' + p[1] + ')' + (p[2] ? '说明' : '自评');
      return { clusters: '中小企业集聚区', organisations: '参与单位', summary: '申报方案摘要' }[f] || f;
    };
    main.replaceChildren(
      el('h1', {}, '申报材料 · 编号 ' + a.id),
      el('p', {}, el('span', { class: 'status' }, view.statusLabel), ' 第 ' + a.revision + ' 版 · 城市代码 ' + a.cityCode,
        a.recommendationDoc ? ' · 联合推荐文号 ' + a.recommendationDoc : ''),
      el('h2', {}, '基本信息'),
      table(['项目', '内容'], [['中小企业集聚区', c.clusters.join('、')], ['参与单位', c.organisations.join('、') || '(无)'],
        ['申报方案摘要', el('div', { class: 'text' }, c.summary)]]),
      el('h2', {}, '申报方案'),
      ...plan.sections.filter(s => c.sections[s.no]).flatMap(s => [el('h3', {}, '(' + s.no + ') ' + s.title), el('div', { class: 'text' }, c.sections[s.no])]),
      el('h2', {}, '逐年实施目标'),
      table(['指标', ...Array.from({ length: plan.years }, (_, i) => '第' + (i + 1) + '年')],
        plan.metrics.map(m => [m.label + '(' + m.unit + ')', ...Array.from({ length: plan.years }, (_, i) =>
          (c.targets.find(t => t.yearNo === i + 1 && t.metric === m.code) || {}).value ?? '')])),
      el('h2', {}, '申报条件自评'),
      table(['条件', '自评', '说明'], plan.conditions.map((text, i) => {
        const r = c.conditions.find(x => x.conditionNo === i + 1) || {};
        return ['(' + (i + 1) + ') ' + text, rating(r.rating), r.evidence || ''];
      })),
      el('h2', {}, '附件'),
      attachments.length ? table(['类别', '文件', '大小', '上传', '时间'], attachments.map(f => [f.kind,
        el('a', { href: '/api/attachments/' + f.id }, f.fileName), Math.ceil(f.sizeBytes / 1024) + ' KB', f.uploadedBy, time(f.uploadedAt)]))
        : el('p', { class: 'meta' }, '暂无附件'),
      el('h2', {}, '修改记录'),
      ...revisions.map(r => el('div', {}, el('h3', {}, '第 ' + r.revision + ' 版 · ' + r.submittedBy + ' · ' + time(r.submittedAt)),
        el('p', { class: 'meta' }, r.note || ''),
        r.changes.length ? table(['修改内容', '修改前', '修改后'], r.changes.map(ch => [fieldName(ch.field),
          el('del', { class: 'text' }, ch.before), el('ins', { class: 'text' }, ch.after)])) : el('p', { class: 'meta' }, r.revision === 1 ? '首次提交' : '无修改'))),
      el('h2', {}, '专家评审'),
      reviews.length ? table(['轮次', '状态', '专家组建议', '得分', '专家组意见', '时间'], reviews.map(r => ['第 ' + r.round + ' 轮',
        r.statusLabel, r.recommendationLabel || '', r.panelScore ?? '', el('div', { class: 'text' }, r.guidance || ''), time(r.decidedAt)]))
        : el('p', { class: 'meta' }, '尚无评审结果'),
      el('h2', {}, '办理记录'),
      table(['时间', '环节', '办理人', '结果', '意见', '文号'], view.decisions.map(d =>
        [time(d.decidedAt), d.stepName, d.decidedBy, d.outcome, el('div', { class: 'text' }, d.opinion), d.docNumber || ''])));
  } catch (e) {
    showError(main, e);
  }
})();
