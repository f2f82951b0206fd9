// The forms in the real Tasklist (headless Chromium), as each role, on a fresh demo (.ci/browser/run starts it).
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';

import {api, BASE, browser, choose, complete, field, formVariables, moveClock, openTask, signIn, submit, tasks}
  from './tasklist.js';

let chrome;
before(async () => { chrome = await browser(); });
after(async () => { await chrome.close(); });

test('a start form refused in the browser says in Chinese which fields are missing; its date picker is Chinese', async () => {
  const page = await signIn(chrome, 'cnipa-admin');
  await page.getByText('发起流程').first().click();
  await page.locator('.modal a', {hasText: '中小企业知识产权战略推进工程批次'}).click();
  await page.locator('.fjs-form').waitFor();
  await page.locator('.modal').getByRole('button', {name: '发起', exact: true}).click();

  const errors = page.locator('.fjs-form-field-error li');
  await errors.first().waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll('.fjs-form-field-error li')]
    .every(li => !li.textContent.startsWith('Field')));
  const messages = await errors.allTextContents();
  assert.ok(messages.includes('请填写“批次名称”'), messages.join(' | '));
  assert.ok(messages.includes('请填写“申报截止日期(当日 23:59 截止)”'), messages.join(' | '));
  const hint = page.locator('.modal .pilot-city-invalid-fields').first();
  await hint.waitFor();
  assert.ok((await hint.textContent()).startsWith('请检查:批次名称、年度、开始申报日期'), await hint.textContent());

  await field(page, '开始申报日期').locator('input.fjs-input').click();
  const calendar = page.locator('.flatpickr-calendar.open');
  await calendar.waitFor();
  await page.waitForFunction(() => document.querySelector('.flatpickr-calendar.open .flatpickr-weekday').textContent.trim() === '日');
  const weekdays = (await calendar.locator('.flatpickr-weekday').allTextContents()).map(d => d.trim());
  assert.deepEqual(weekdays, ['日', '一', '二', '三', '四', '五', '六']);
  const months = await calendar.locator('.flatpickr-monthDropdown-month').allTextContents();
  assert.equal(months[11], '12月');
  assert.doesNotMatch(await calendar.innerText(), /January|December|Sun|Mon/);
  assert.equal(await calendar.locator('.cur-year').getAttribute('aria-label'), '年份');
  assert.match(await field(page, '开始申报日期').locator('input.fjs-input').getAttribute('placeholder'), /^例如 /);
  assert.deepEqual(page.problems, []);
});

test('an expert scores in his form: a score above the criterion\'s maximum is refused in Chinese before it is sent', async () => {
  for (const confirm of await tasks('cnipa-admin', 'Task_ConfirmPanel')) {
    const form = await formVariables('cnipa-admin', confirm);
    await submit('cnipa-admin', confirm, {panelAction: 'CONFIRM', panelOpinion: '同意抽取结果。', chairExpert: form.chairExpert.value});
  }
  let expert;
  for (let i = 1; i <= 40 && !expert; i++) {
    const user = `expert-${String(i).padStart(2, '0')}`;
    if ((await tasks(user, 'Task_ExpertReview').catch(() => [])).length) {
      expert = user;
    }
  }
  assert.ok(expert, 'a drawn expert has his review task');
  const page = await signIn(chrome, expert);
  await openTask(page, '专家评审打分');
  await choose(page, '利益冲突声明', '不存在利益冲突');
  const first = page.locator('.fjs-form-field-number').first();
  assert.ok((await first.locator('.fjs-form-field-label').textContent()).includes('\uff08满分 20 分\uff09'));
  await first.locator('input').fill('25');
  await first.locator('input').blur();
  const error = first.locator('.fjs-form-field-error li');
  await error.waitFor();
  await page.waitForFunction(() => !document.querySelector('.fjs-form-field-number .fjs-form-field-error li').textContent.startsWith('Field'));
  assert.equal(await error.textContent(), '\u201c工作基础\uff08满分 20 分\uff09\u201d不能大于 20');
  assert.ok(await page.getByRole('button', {name: '完成'}).isDisabled(), 'nothing goes out while a score is too high');
  assert.deepEqual(page.problems, []);
});

test('an SME batch goes from the province to MIIT in the Tasklist: recommendation, the list, the countersignature', async () => {
  // R-SME-3: the provincial IP office recommends 苏州 in its form; the session stays signed in afterwards
  const province = await signIn(chrome, 'prov-ip-320000');
  await openTask(province, '省知识产权局推荐意见');
  await choose(province, '办理结果', '同意推荐');
  await field(province, '办理意见').locator('textarea').fill('同意推荐苏州市申报。');
  await field(province, '联合推荐文号').locator('input').fill('苏知发〔2026〕12号');
  assert.equal((await complete(province)).status(), 204);
  const whoAmI = await province.evaluate(async () => (await fetch('/camunda/api/admin/auth/user/default')).status);
  assert.equal(whoAmI, 200, 'still signed in');
  // 我的已办, linked from the Tasklist's header, lists the recommendation just made
  const [done] = await Promise.all([province.context().waitForEvent('page'), province.locator('.pilot-city-link a', {hasText: '我的已办'}).click()]);
  await done.locator('table').waitFor();
  const doneText = await done.locator('table').innerText();
  assert.ok(doneText.includes('省知识产权局推荐意见') && doneText.includes('苏州市') && doneText.includes('同意推荐苏州市申报。'), doneText);
  await done.close();
  const [sme] = await tasks('prov-sme-320000', 'Task_ProvincialSmeAuthorityReview');
  await submit('prov-sme-320000', sme, {provSmeDecision: 'AGREE', provSmeOpinion: '同意推荐。'});

  // the batch closes; CNIPA's formal check; the panel scores (REST: the expert forms are not what this test is about)
  const programme = await api('cnipa-admin', 'GET', '/api/sme/programme');
  const deadline = programme.batches.find(b => b.batch.status === 'OPEN').batch.deadline.slice(0, 10);
  const dayAfter = new Date(Date.parse(deadline + 'T00:00:00Z') + 86400000).toISOString().slice(0, 10);
  await moveClock({to: dayAfter + 'T09:00'});
  for (const check of await tasks('cnipa-admin', 'Task_CheckCompleteness')) {
    await submit('cnipa-admin', check, {completenessDecision: 'COMPLETE', completenessOpinion: '材料齐全。'});
  }
  for (const confirm of await tasks('cnipa-admin', 'Task_ConfirmPanel')) {
    const form = await formVariables('cnipa-admin', confirm);
    await submit('cnipa-admin', confirm, {panelAction: 'CONFIRM', panelOpinion: '同意抽取结果。', chairExpert: form.chairExpert.value});
  }
  const experts = Array.from({length: 40}, (_, i) => `expert-${String(i + 1).padStart(2, '0')}`);
  for (const expert of experts) {
    for (const review of await tasks(expert, 'Task_ExpertReview').catch(() => [])) {
      const rubric = JSON.parse((await formVariables(expert, review)).rubric.value);
      const scores = Object.fromEntries(rubric.map((criterion, i) => [`score${i + 1}`, {value: criterion.maxScore * 0.85, type: 'Double'}]));
      await submit(expert, review, {conflict: 'NONE', recommendation: 'APPROVE', opinion: '方案总体可行,基础较好。',
        guidance: '建议细化年度目标。', fieldVisit: false, ...scores});
    }
  }
  for (const expert of experts) {
    for (const guidance of await tasks(expert, 'Task_PanelGuidance').catch(() => [])) {
      await submit(expert, guidance, {panelGuidance: '方案可行,建议纳入试点;请细化年度目标。'});
    }
  }
  await moveClock({days: 1});

  // R-SME-6: CNIPA works the list on its page (bulk: a score line, one opinion for the chosen cities), saves it,
  // then submits its task with the notice's 文号; MIIT countersigns in its own form
  const cnipa = await signIn(chrome, 'cnipa-admin');
  await openTask(cnipa, '拟定入选名单');
  const worklistLink = cnipa.locator('.fjs-form a', {hasText: '打开拟定名单页面'});
  const worklist = await cnipa.context().newPage();
  const worklistErrors = [];
  worklist.on('pageerror', error => worklistErrors.push(error.message));
  await worklist.goto(BASE + await worklistLink.getAttribute('href'));
  await worklist.locator('#worklist').waitFor();
  assert.match(await worklist.locator('#summary').textContent(), /^共 1 个城市,拟纳入 1 个/);
  await worklist.locator('#threshold').fill('101');
  await worklist.getByRole('button', {name: '按分数线确定'}).click();
  assert.equal(await worklist.locator('#worklist input.admitted').first().isChecked(), false, 'below the line: not admitted');
  await worklist.locator('#threshold').fill('60');
  await worklist.getByRole('button', {name: '按分数线确定'}).click();
  await worklist.getByRole('checkbox', {name: '全选'}).check();
  await worklist.locator('#shared-opinion').fill('评审得分较高,同意纳入。');
  await worklist.getByRole('button', {name: '填入选中城市'}).click();
  assert.match(await worklist.locator('#summary').textContent(), /审定意见已全部填写。 有 1 个城市的修改尚未保存。/);
  await worklist.getByRole('button', {name: '保存名单'}).click();
  await worklist.locator('#message .ok', {hasText: '已保存 1 个城市的修改'}).waitFor();
  assert.equal(await worklist.locator('#worklist textarea.opinion').first().inputValue(), '评审得分较高,同意纳入。');
  assert.deepEqual(worklistErrors, []);
  await worklist.close();
  await field(cnipa, '公布通知文号').locator('input').fill('国知发管字〔2026〕12号');
  assert.equal((await complete(cnipa)).status(), 204);

  const miit = await signIn(chrome, 'miit-admin');
  await openTask(miit, '工业和信息化部会签');
  const list = await miit.locator('.fjs-form table').innerText();
  assert.ok(list.includes('苏州市\uff08江苏省\uff09') && list.includes('纳入试点'), list);
  await choose(miit, '会签结果', '同意');
  await field(miit, '会签意见').locator('textarea').fill('同意国家知识产权局拟定的名单。');
  assert.equal((await complete(miit)).status(), 204);

  const batches = await api('cnipa-admin', 'GET', '/engine-rest/history/process-instance?processDefinitionKey=sme-batch');
  assert.deepEqual(batches.map(b => b.state), ['COMPLETED']);
  const suzhou = await api('cnipa-admin', 'GET', '/api/applications/1');
  assert.equal(suzhou.application.cityCode, '320500');
  assert.equal(suzhou.application.status, 'ADMITTED');
  for (const page of [province, cnipa, miit]) {
    assert.deepEqual(page.problems, []);
  }
});

test('a city writes its annual report in the Tasklist: the work plan\'s tasks are in its form, the submission is checked on the server and refused in Chinese while the indicator data are missing', async () => {
  // R-AA-1: 宁波's annual assessment opened when the clock passed 15 January (the batch test moved it)
  let report;
  for (let day = 0; day < 60 && !report; day++) {
    [report] = await tasks('city-330200', 'Task_SubmitAnnualReport');
    if (!report) {
      await moveClock({days: 1});
    }
  }
  assert.ok(report, "宁波's annual report is due");
  const names = JSON.parse((await formVariables('city-330200', report)).workPlanNames.value);
  assert.ok(names.length > 0 && names.every(n => /^【(必做|选做)】/.test(n)), names.join(' | '));

  const page = await signIn(chrome, 'city-330200');
  await openTask(page, '提交年度考核材料');
  const text = await page.locator('.fjs-form').innerText();
  assert.ok(text.includes(names[0].replace(/^【(必做|选做)】/, '')), 'R-AA-4: the first task of the work plan is named');
  const statuses = page.locator('.fjs-form-field-radio').filter({has: page.locator('.fjs-form-field-label', {hasText: '完成情况'})});
  assert.equal(await statuses.count(), names.length, 'one completion per task of the work plan, no more');
  for (const [label, value] of [['工作措施', '出台知识产权强市建设若干政策,设立专项资金,推进贯标和质押融资工作。'],
    ['取得成效', '发明专利拥有量稳步增长,质押融资额较上年增长三成以上,维权援助覆盖重点产业。'],
    ['存在问题', '高价值专利培育不足,知识产权服务机构规模偏小,区县工作不平衡。'],
    ['下一步工作计划', '加快建设知识产权保护中心,扩大质押融资覆盖面,开展专利导航工作。'], ['意见建议', '建议加大指导支持。']]) {
    await field(page, label).locator('textarea').fill(value);
  }
  for (let i = 0; i < names.length; i++) {
    await statuses.nth(i).locator('label', {hasText: '已完成'}).click();
    await page.locator('.fjs-form-field-textfield').filter({has: page.locator('.fjs-form-field-label', {hasText: '完成情况说明'})})
      .nth(i).locator('input').fill('已按计划完成。');
  }
  const answer = await complete(page);
  assert.equal(answer.status(), 400);
  const refusal = await answer.json();
  assert.match(refusal.message, /请先在指标数据填报页面下载模板、上传本年度指标数据/);
  assert.deepEqual(page.problems.filter(p => !p.includes('/submit-form')), []);
  const [still] = await tasks('city-330200', 'Task_SubmitAnnualReport');
  assert.equal(still.id, report.id, 'refused: the task stays open, nothing submitted');
});
