// pilot-city: what the forms (form-js) and their date picker (flatpickr) write themselves, in Chinese.
// form-js 1.x and flatpickr have no Chinese of their own in the 7.24 Tasklist; their few words are translated
// where they appear, and a refused submission names the fields to look at.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
const WEEKDAYS = {Sun: '日', Mon: '一', Tue: '二', Wed: '三', Thu: '四', Fri: '五', Sat: '六'};
const ARIA = {Year: '年份', Month: '月份', Hour: '时', Minute: '分', Day: '日'};

const MESSAGES = [
  [/^Field is required\.$/, label => `请填写“${label}”`],
  [/^Field must have minimum length of (\d+)\.$/, (label, n) => `“${label}”至少填写 ${n} 个字`],
  [/^Field must have maximum length of (\d+)\.$/, (label, n) => `“${label}”最多填写 ${n} 个字`],
  [/^Field must have minimum value of (.+)\.$/, (label, n) => `“${label}”不能小于 ${n}`],
  [/^Field must have maximum value of (.+)\.$/, (label, n) => `“${label}”不能大于 ${n}`],
  [/^Field must match pattern (.+)\.$/, label => `“${label}”的格式不正确`],
  [/^Field must be a valid email\.$/, label => `“${label}”应为有效的电子邮箱地址`],
  [/^Value must be a number\.?$/, label => `“${label}”应填写数字`],
  [/^Value is not a number\.$/, label => `“${label}”应填写数字`],
  [/^Value is expected to be an integer\.$/, label => `“${label}”应填写整数`],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (label, n) => `“${label}”最多保留 ${n} 位小数`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (label, a, b) => `“${label}”的数值无效,最接近的有效值为 ${a} 和 ${b}`],
  [/^Date must be after (.+)\.?$/, label => `“${label}”的日期太早`],
  [/^Date must be before (.+)\.?$/, label => `“${label}”的日期太晚`]
];

const WORDS = {'Search': '搜索', 'No results': '无匹配项', 'Select': '请选择', 'Search...': '搜索…'};

const SUBMIT_FAILED = ['提交任务表单时出错', '表单错误', '流程发起失败'];

function labelOf(field) {
  const label = field && field.querySelector('.fjs-form-field-label');
  return label ? label.textContent.replace(/\*\s*$/, '').trim() : '此项';
}

function translateErrors(root) {
  for (const item of root.querySelectorAll('.fjs-form-field-error li')) {
    const text = item.textContent.trim();
    for (const [pattern, say] of MESSAGES) {
      const match = text.match(pattern);
      if (match) {
        item.textContent = say(labelOf(item.closest('.fjs-form-field')), ...match.slice(1));
        break;
      }
    }
  }
}

function translateDatePicker(root) {
  for (const weekday of root.querySelectorAll('.flatpickr-weekday')) {
    const text = weekday.textContent.trim();
    if (WEEKDAYS[text]) {
      weekday.textContent = WEEKDAYS[text];
    }
  }
  for (const month of root.querySelectorAll('.flatpickr-monthDropdown-month, .cur-month')) {
    const index = MONTHS.indexOf(month.textContent.trim());
    if (index >= 0) {
      month.textContent = `${index + 1}月`;
    }
  }
  for (const labelled of root.querySelectorAll('.flatpickr-calendar [aria-label]')) {
    const label = ARIA[labelled.getAttribute('aria-label')];
    if (label) {
      labelled.setAttribute('aria-label', label);
    }
  }
  for (const day of root.querySelectorAll('.flatpickr-day[aria-label]')) {
    const match = day.getAttribute('aria-label').match(/^(\w+) (\d+), (\d+)$/);
    if (match && MONTHS.includes(match[1])) {
      day.setAttribute('aria-label', `${match[3]}年${MONTHS.indexOf(match[1]) + 1}月${match[2]}日`);
    }
  }
}

function translatePlaceholders(root) {
  for (const input of root.querySelectorAll('.fjs-form input[placeholder]')) {
    const placeholder = input.getAttribute('placeholder');
    if (/^(yyyy|mm|dd)[/.\-](yyyy|mm|dd)[/.\-](yyyy|mm|dd)$/i.test(placeholder)) {
      input.setAttribute('placeholder', '例如 ' + placeholder.toLowerCase().replace('yyyy', '2027').replace('mm', '01')
        .replace('dd', '15'));
    }
    else if (/^hh:mm/.test(placeholder)) {
      input.setAttribute('placeholder', '时:分');
    }
    else if (WORDS[placeholder]) {
      input.setAttribute('placeholder', WORDS[placeholder]);
    }
  }
  for (const empty of root.querySelectorAll('.fjs-dropdownlist-empty')) {
    if (WORDS[empty.textContent.trim()]) {
      empty.textContent = WORDS[empty.textContent.trim()];
    }
  }
}

/** A refused submission's notice names the fields that need attention. */
function nameTheFields(root) {
  for (const notice of root.querySelectorAll('.notification, .alert-danger')) {
    if (notice.dataset.pilotCityFields || !SUBMIT_FAILED.some(text => notice.textContent.includes(text))) {
      continue;
    }
    const labels = [...document.querySelectorAll('.fjs-form-field')]
      .filter(field => field.querySelector('.fjs-form-field-error li'))
      .map(labelOf);
    if (labels.length) {
      notice.dataset.pilotCityFields = 'yes';
      const hint = document.createElement('div');
      hint.className = 'pilot-city-invalid-fields';
      hint.textContent = '请检查:' + [...new Set(labels)].join('、');
      notice.appendChild(hint);
    }
  }
}

function translate() {
  translateErrors(document);
  translateDatePicker(document);
  translatePlaceholders(document);
  nameTheFields(document);
}

let scheduled = false;
new MutationObserver(() => {
  if (!scheduled) {
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      translate();
    });
  }
}).observe(document.documentElement, {childList: true, subtree: true, characterData: true});

export default [];
