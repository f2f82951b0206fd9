// The demo clock page's script (a file of its own: the pages' Content-Security-Policy allows no inline script).
(function () {
  'use strict';
  var $ = function (x) { return document.getElementById(x); };
  function t(s) { return s ? s.replace('T', ' ').substring(0, 16) : '—'; }
  function render(s) {
    $('now').textContent = t(s.now);
    $('offset').textContent = s.offsetDays ? '(比真实时间快 ' + s.offsetDays + ' 天)' : '(真实时间)';
    $('next').textContent = s.nextTimer ? t(s.nextTimer.due) + ' · ' + (s.nextTimer.processDefinitionKey || '') + ' / ' + (s.nextTimer.activityId || '') + (s.nextTimer.businessKey ? ' · ' + s.nextTimer.businessKey : '') : '无';
    $('ran').textContent = s.jobsRun || s.jobsFailed ? '已执行到期作业 ' + s.jobsRun + ' 个' + (s.jobsFailed ? ',未执行 ' + s.jobsFailed + ' 个' : '') : '';
  }
  function call(method, body) {
    $('message').textContent = '';
    return fetch('/api/demo/clock', { method: method, credentials: 'same-origin', headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' }, body: body ? JSON.stringify(body) : undefined })
      .then(function (r) { return r.json().then(function (b) { if (!r.ok) throw new Error(b.message || '操作失败'); return b; }); })
      .then(render).catch(function (e) { $('message').textContent = e.message; });
  }
  Array.prototype.forEach.call(document.querySelectorAll('button[data-days]'), function (b) { b.addEventListener('click', function () { call('POST', { days: Number(b.dataset.days) }); }); });
  $('nextTimer').addEventListener('click', function () { call('POST', { nextTimer: true }); });
  $('nextAssessment').addEventListener('click', function () { call('POST', { nextAssessment: true }); });
  $('moveTo').addEventListener('click', function () { if ($('to').value) call('POST', { to: $('to').value + (($('to').value.length === 16) ? ':00' : '') }); });
  $('reset').addEventListener('click', function () { call('POST', { reset: true }); });
  call('GET');
})();
