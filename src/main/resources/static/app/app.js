// Shared helpers of our pages. Every value from the server is inserted as text (never as HTML).
const api = {
  async get(path) {
    const response = await fetch(path, { headers: { 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' }, credentials: 'same-origin' });
    return api.handle(response);
  },
  async send(method, path, body) {
    const response = await fetch(path, { method, body, credentials: 'same-origin',
      headers: { 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' } });
    return api.handle(response);
  },
  async json(method, path, value) {
    const response = await fetch(path, { method, body: JSON.stringify(value), credentials: 'same-origin',
      headers: { 'Accept': 'application/json', 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest' } });
    return api.handle(response);
  },
  async handle(response) {
    if (response.status === 204) return null;
    const body = await response.json().catch(() => ({ message: '服务器返回了无法识别的内容' }));
    if (!response.ok) {
      const error = new Error(body.message || ('请求失败(' + response.status + ')'));
      error.status = response.status;
      error.details = body.details || [];
      throw error;
    }
    return body;
  }
};

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([k, v]) => { if (v !== null && v !== undefined) node.setAttribute(k, v); });
  children.flat().forEach(c => node.append(c instanceof Node ? c : document.createTextNode(c === null || c === undefined ? '' : String(c))));
  return node;
}

function table(headers, rows) {
  return el('table', {}, el('tr', {}, headers.map(h => el('th', {}, h))), rows.map(r => el('tr', {}, r.map(c => el('td', {}, c)))));
}

function param(name) {
  return new URLSearchParams(location.search).get(name);
}

function time(value) {
  return value ? String(value).replace('T', ' ').substring(0, 16) : '';
}

function showError(target, error) {
  target.replaceChildren(el('p', { class: 'error' }, error.status === 401
    ? '请先登录任务列表,再打开此页面。' : error.message, ...(error.details || []).map(d => el('div', {}, '· ' + d))));
  if (error.status === 401) {
    target.append(el('p', {}, el('a', { href: '/camunda/app/tasklist/' }, '前往登录')));
  }
}

async function header() {
  const me = await api.get('/api/me').catch(() => null);
  document.body.prepend(el('header', {}, el('span', {}, '城市知识产权工作平台'),
    el('nav', {}, el('a', { href: '/app/done.html' }, '我的已办'), ' ', el('a', { href: '/app/sme-programme.html' }, '中小企业工程进展'), ' ',
      el('a', { href: '/app/strong-city-programme.html' }, '强市建设进展'),
      me && me.groups.includes('cnipa') ? [' ', el('a', { href: '/assessment/national-import.html' }, '考核指标统一导入')] : []),
    el('span', {}, me ? me.id + ' · ' : '', el('a', { href: '/camunda/app/tasklist/' }, '返回任务列表'))));
  return me;
}
