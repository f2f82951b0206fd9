// Every value from the server is inserted as text (textContent, text nodes), never as HTML; the page's
// Content-Security-Policy allows no inline script.
(function () {
  'use strict';
  var id = new URLSearchParams(location.search).get('id');
  var $ = function (x) { return document.getElementById(x); };
  function el(tag, text, cls) { var e = document.createElement(tag); if (text != null) e.textContent = text; if (cls) e.className = cls; return e; }
  function row(cells) { var tr = document.createElement('tr'); cells.forEach(function (c) { var td = el('td'); if (c instanceof Node) td.appendChild(c); else td.textContent = c == null ? '' : c; tr.appendChild(td); }); return tr; }
  function time(t) { return t ? t.replace('T', ' ').substring(0, 16) : ''; }
  function show(msg, cls) { var m = $('message'); m.hidden = false; m.textContent = ''; m.appendChild(el('p', msg, cls)); }
  function num(v) { return v == null ? '' : String(Number(v)); }

  if (!id || !/^\d+$/.test(id)) { show('缺少考核编号:请从任务列表中的链接打开本页。', 'bad'); return; }

  function load() {
    fetch('/api/assessments/' + id, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) {
        if (r.status === 401) { show('请先登录任务列表,再从任务中的链接打开本页。', 'bad'); return null; }
        return r.json().then(function (body) { if (!r.ok) { show(body.message || '无法读取考核信息', 'bad'); return null; } return body; });
      })
      .then(function (a) { if (a) render(a); })
      .catch(function () { show('网络错误,请刷新重试', 'bad'); });
  }

  function render(a) {
    $('overview').hidden = false;
    $('heading').textContent = a.cityName + '(' + a.provinceName + ')· ' + a.year + ' 年度' + a.title + '考核';
    $('status').textContent = '当前阶段:' + a.statusLabel + (a.submittedAt ? ' · 报告提交于 ' + time(a.submittedAt) + (a.late ? '(逾期)' : '') : '');
    $('timelineLink').href = '/timeline.html?city=' + a.cityCode;
    $('result').textContent = a.gradeLabel ? '考核结果:' + a.gradeLabel + (a.prioritySupport ? '(★ 重点支持)' : '') + ' · 总分 ' + num(a.totalScore) + '(客观 ' + num(a.objectiveScore) + ',主观 ' + num(a.subjectiveScore) + ')' + (a.gradeReason ? ' · ' + a.gradeReason : '') : '';
    $('upload').hidden = !a.mayUpload;
    $('templateLink').href = '/api/assessments/' + a.id + '/indicator-template';
    $('limit').textContent = '(.xlsx,不超过 ' + Math.round(a.maxUploadBytes / 1024 / 1024) + ' MB)';
    var rows = $('indicatorRows'); rows.textContent = '';
    a.indicators.forEach(function (i) {
      rows.appendChild(row([i.code, i.name, i.dimension, i.unit, i.part === '主观评价' ? '评审打分' : (i.required ? '必填' : '选填'), i.part === '主观评价' ? '' : i.range, num(i.value), i.score == null ? '— / ' + num(i.weight) : num(i.score) + ' / ' + num(i.weight)]));
    });
    $('indicators').hidden = false;
    var tasks = $('taskRows'); tasks.textContent = '';
    a.tasks.forEach(function (t) { tasks.appendChild(row([t.name, t.mandatory ? '必做' : '选做', t.completed == null ? '未填报' : (t.completed ? '已完成' : '未完成'), t.note])); });
    $('tasks').hidden = a.tasks.length === 0;
    var parts = $('reportParts'); parts.textContent = '';
    [['measures', '工作措施'], ['results', '取得成效'], ['problems', '存在问题'], ['nextPlan', '下一步工作计划'], ['suggestions', '意见建议']].forEach(function (p) {
      if (a.report[p[0]]) { parts.appendChild(el('h3', p[1])); parts.appendChild(el('p', a.report[p[0]], 'pre')); }
    });
    $('report').hidden = parts.childNodes.length === 0;
    var history = $('historyRows'); history.textContent = '';
    var entries = [];
    a.uploads.forEach(function (u) { entries.push([u.uploadedAt, '上传指标数据' + (u.fileName ? '(' + u.fileName + ')' : ''), u.uploadedBy, u.accepted ? '校验通过,导入 ' + u.valueCount + ' 项' : '未通过(' + u.errorCount + ' 处错误)', u.errors || '']); });
    a.decisions.forEach(function (d) { entries.push([d.decidedAt, d.stepName, d.decidedBy, d.outcome, d.opinion]); });
    // every submission of the report as it was (a returned report's earlier text stays readable)
    (a.reportRevisions || []).forEach(function (v) {
      var text = [['measures', '工作措施'], ['results', '取得成效'], ['problems', '存在问题'], ['nextPlan', '下一步工作计划'], ['suggestions', '意见建议']]
        .map(function (p) { return p[1] + ':' + (v.report[p[0]] || ''); }).join('\n');
      entries.push([v.submittedAt, '提交年度报告(第 ' + v.revision + ' 次)', v.submittedBy, v.late ? '逾期提交' : '按期提交', text]);
    });
    entries.sort(function (x, y) { return x[0] < y[0] ? -1 : 1; });
    entries.forEach(function (e) { var r = row([time(e[0]), e[1], e[2], e[3], e[4]]); r.lastChild.className = 'pre'; history.appendChild(r); });
    $('history').hidden = entries.length === 0;
  }

  $('uploadForm').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var file = $('file').files[0];
    var out = $('uploadResult'); out.textContent = '';
    if (!file) { return; }
    var data = new FormData(); data.append('file', file);
    $('uploadButton').disabled = true;
    fetch('/api/assessments/' + id + '/indicator-data', { method: 'POST', body: data, credentials: 'same-origin', headers: { 'X-Requested-With': 'XMLHttpRequest', 'Accept': 'application/json' } })
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (res) {
        if (res.ok) { out.appendChild(el('p', res.body.message, 'success')); }
        else {
          var hasDetails = res.body.details && res.body.details.length;
          // the message repeats the details after a colon; the list below shows them one per cell
          out.appendChild(el('p', (hasDetails ? String(res.body.message).split(/[:：]/)[0] : res.body.message) || '上传失败', 'bad'));
          if (res.body.details && res.body.details.length) { var ul = el('ul', null, 'errors'); res.body.details.forEach(function (d) { ul.appendChild(el('li', d)); }); out.appendChild(ul); }
        }
        load();
      })
      .catch(function () { out.appendChild(el('p', '上传失败:网络错误或文件过大', 'bad')); })
      .finally(function () { $('uploadButton').disabled = false; $('file').value = ''; });
  });

  load();
})();
