// The demo as its users meet it: the engine's REST API for the steps a test only needs done, the real Tasklist in
// headless Chromium for the steps it checks.
import {chromium} from 'playwright-core';

export const BASE = process.env.PILOTCITY_URL || 'http://localhost:8080';
const PASSWORD = 'demo';

export async function api(user, method, path, body) {
  const response = await fetch(BASE + path, {
    method,
    headers: {
      Authorization: 'Basic ' + Buffer.from(`${user}:${PASSWORD}`).toString('base64'),
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'X-Requested-With': 'XMLHttpRequest'
    },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`${user} ${method} ${path}: ${response.status} ${text}`);
  }
  return text ? JSON.parse(text) : null;
}

export const tasks = (user, key) => api(user, 'GET', '/engine-rest/task?taskDefinitionKey=' + key);

export async function formVariables(user, task) {
  return api(user, 'GET', `/engine-rest/task/${task.id}/form-variables?deserializeValues=false`);
}

export async function submit(user, task, values) {
  const variables = {};
  for (const [name, value] of Object.entries(values)) {
    variables[name] = value !== null && typeof value === 'object' ? value : {value};
  }
  return api(user, 'POST', `/engine-rest/task/${task.id}/submit-form`, {variables});
}

export async function moveClock(change) {
  return api('cnipa-admin', 'POST', '/api/demo/clock', change);
}

export async function browser() {
  return chromium.launch({executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', '--lang=zh-CN']});
}

/** A signed-in Tasklist page of the user; console errors and failed API calls are collected. */
export async function signIn(chrome, user) {
  const context = await chrome.newContext({locale: 'zh-CN', viewport: {width: 1400, height: 1100}});
  const page = await context.newPage();
  // a shared two-core machine under load (the CI's database tests beside us) can take a while to serve the Tasklist
  page.setDefaultTimeout(60000);
  page.problems = [];
  page.on('pageerror', error => page.problems.push('page error: ' + error.message));
  page.on('response', response => {
    // before signing in the Tasklist asks who is signed in (404): not a problem
    if (response.status() >= 500 || response.status() >= 400 && response.url().includes('/submit-form')) {
      page.problems.push(`${response.status()} ${response.request().method()} ${response.url()}`);
    }
  });
  await page.goto(BASE + '/camunda/app/tasklist/default/');
  await page.locator('input[ng-model="username"]').fill(user);
  await page.locator('input[type="password"]').fill(PASSWORD);
  await page.keyboard.press('Enter');
  await page.locator('.task-filter a.ng-binding').first().waitFor();
  return page;
}

/** Opens the task of that name from the user's unit filter (本省待办, 工信部待办 …), claiming it. */
export async function openTask(page, taskName) {
  const unitFilter = page.locator('.task-filter a.ng-binding').filter({hasNotText: '我的待办'}).first();
  await unitFilter.click();
  const task = page.locator('li.task h4 a').filter({hasText: taskName}).first();
  await task.waitFor();
  await task.click();
  await page.locator('.fjs-form').waitFor();
  const claim = page.getByRole('button', {name: '认领'});
  if (await claim.isVisible()) {
    // a group's task is claimed first; an expert's review task is his already
    await claim.click();
  }
  await page.getByRole('button', {name: '完成'}).waitFor();
}

export const field = (page, label) => page.locator('.fjs-form-field').filter({
  has: page.locator('.fjs-form-field-label', {hasText: label})
}).first();

export async function choose(page, fieldLabel, option) {
  await field(page, fieldLabel).locator('label', {hasText: option}).first().click();
}

/** Clicks 完成 and waits for the Tasklist's submission to be answered. */
export async function complete(page) {
  const answer = page.waitForResponse(response => response.url().includes('/submit-form'));
  await page.getByRole('button', {name: '完成'}).click();
  return answer;
}
