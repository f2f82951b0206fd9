// Every value from the server is inserted as text (textContent), never as HTML; the page's
// Content-Security-Policy allows no inline script.
(function () {
  'use strict';
  var $ = function (x) { return document.getElementById(x); };
  function el(tag, text, cls) { var e = document.createElement(tag); if (text != null) e.textContent = text; if (cls) e.className = cls; return e; }
  function show(msg, cls) { var m = $('message'); m.hidden = !msg; m.textContent = ''; if (msg) m.appendChild(el('p', msg, cls)); }
  var year = new URLSearchParams(location.search).get('year');
  if (/^\d{4}$/.test(year || '')) { $('year').value = year; }

  // without a year the server takes the one assessed now (the year before the engine's today)
  function load() {
    var y = $('year').value;
    show(null);
    fetch('/api/assessment-years/' + (y ? encodeURIComponent(y) + '/' : '') + 'indicator-import', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) {
        if (r.status === 401) { show('请先登录任务列表,再打开本页。', 'bad'); return null; }
        return r.json().then(function (body) { if (!r.ok) { show(body.message || '无法读取', 'bad'); return null; } return body; });
      })
      .then(function (scopes) { if (scopes && scopes.length) { $('year').value = scopes[0].year; render(String(scopes[0].year), scopes); } })
      .catch(function () { show('网络错误,请刷新重试', 'bad'); });
  }

  function render(y, scopes) {
    $('heading').textContent = y + ' 年度考核';
    var rows = $('scopeRows'); rows.textContent = '';
    var select = $('title'); select.textContent = '';
    scopes.forEach(function (s) {
      var tr = document.createElement('tr');
      [s.titleLabel, s.cities + ' 个', s.indicators + ' 项'].forEach(function (t) { tr.appendChild(el('td', t)); });
      var td = el('td');
      if (s.cities > 0) {
        var a = el('a', '下载汇总模板(Excel)');
        a.href = '/api/assessment-years/' + y + '/indicator-template?title=' + s.title;
        td.appendChild(a);
        var option = el('option', s.titleLabel); option.value = s.title; select.appendChild(option);
      } else { td.textContent = '无可填报的城市'; }
      tr.appendChild(td);
      rows.appendChild(tr);
      $('limit').textContent = '(.xlsx,不超过 ' + Math.round(s.maxUploadBytes / 1024 / 1024) + ' MB)';
    });
    $('scopes').hidden = false;
    $('upload').hidden = select.childNodes.length === 0;
  }

  $('yearForm').addEventListener('submit', function (ev) { ev.preventDefault(); load(); });

  $('uploadForm').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var file = $('file').files[0];
    var out = $('uploadResult'); out.textContent = '';
    if (!file) { return; }
    var data = new FormData(); data.append('file', file);
    $('uploadButton').disabled = true; $('progress').hidden = false;
    var url = '/api/assessment-years/' + encodeURIComponent($('year').value) + '/indicator-data?title=' + encodeURIComponent($('title').value);
    fetch(url, { method: 'POST', body: data, credentials: 'same-origin', headers: { 'X-Requested-With': 'XMLHttpRequest', 'Accept': 'application/json' } })
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (res) {
        if (res.ok) { out.appendChild(el('p', res.body.message, 'success')); load(); return; }
        var details = res.body.details || [];
        out.appendChild(el('p', (details.length ? String(res.body.message).split(/[:：]/)[0] : res.body.message) || '上传失败', 'bad'));
        if (details.length) { var ul = el('ul', null, 'errors'); details.forEach(function (d) { ul.appendChild(el('li', d)); }); out.appendChild(ul); }
      })
      .catch(function () { out.appendChild(el('p', '上传失败:网络错误或文件过大', 'bad')); })
      .finally(function () { $('uploadButton').disabled = false; $('progress').hidden = true; $('file').value = ''; });
  });

  load();
})();
