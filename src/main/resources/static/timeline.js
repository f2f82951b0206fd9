// Every value from the server is inserted as text (textContent, text nodes), never as HTML; the page's
// Content-Security-Policy allows no inline script.
(function () {
  'use strict';
  var $ = function (x) { return document.getElementById(x); };
  var KINDS = { APPLICATION: '申报', DECISION: '决定', ASSESSMENT: '年度考核', INDICATOR_UPLOAD: '指标数据', REVIEW: '三年评估', PANEL: '专家评审', RECTIFICATION: '整改', TITLE: '称号' };
  function el(tag, text, cls) { var e = document.createElement(tag); if (text != null) e.textContent = text; if (cls) e.className = cls; return e; }
  function load(code) {
    history.replaceState(null, '', '?city=' + code);
    $('message').hidden = true; $('list').hidden = true;
    fetch('/api/cities/' + code + '/timeline', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.json().then(function (b) { return { status: r.status, body: b }; }); })
      .then(function (res) {
        if (res.status !== 200) { $('message').hidden = false; $('message').textContent = res.status === 401 ? '请先登录任务列表' : (res.body.message || '无法读取'); return; }
        var c = res.body.city;
        $('heading').textContent = c.name + '(' + c.provinceName + ')历程';
        var rows = $('rows'); rows.textContent = '';
        res.body.entries.forEach(function (e) {
          var tr = document.createElement('tr');
          [e.at.replace('T', ' ').substring(0, 16), null, e.what, e.byName || e.by, e.outcome, e.opinion, e.docNumber].forEach(function (v, i) {
            var td = el('td');
            if (i === 1) td.appendChild(el('span', KINDS[e.kind] || e.kind, 'badge')); else td.textContent = v == null ? '' : v;
            if (i === 5) td.className = 'pre';
            tr.appendChild(td);
          });
          rows.appendChild(tr);
        });
        $('list').hidden = false;
      })
      .catch(function () { $('message').hidden = false; $('message').textContent = '网络错误,请刷新重试'; });
  }
  $('pick').addEventListener('submit', function (ev) { ev.preventDefault(); load($('city').value.trim()); });
  var code = new URLSearchParams(location.search).get('city');
  if (code && /^\d{6}$/.test(code)) { $('city').value = code; load(code); }
  else fetch('/api/me', { credentials: 'same-origin' }).then(function (r) { return r.ok ? r.json() : null; }).then(function (me) { if (me && me.cityCode) { $('city').value = me.cityCode; load(me.cityCode); } });
})();
