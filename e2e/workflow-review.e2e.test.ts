// 审核流程 in a browser, against the real server. (a) 002's chain with five users: the 经办人 submits the
// scored 自我评价表; the 主任 approves; the 财务处经办人 returns it with a reason; the 经办人 is notified and
// resubmits; 主任, 财务处经办人, 分管处长 and 处长 (opinion required) approve; the frozen 评分表 downloads with
// the approval trail. (b) 004's panel: two 评价人员 score independently, the average appears, the
// 评价工作组组长 approves. Each user sees the item arrive in the header and in 审核's 待办.
import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extractDocx } from '../src/importers/extract-text.ts';
import { buttonName, describeBrowser, snap } from './support/browser';
import { browserSuite, signIn, signOut } from './support/suite.ts';

function menuItem(page: Page, label: string) {
  return page.getByRole('menuitem', { name: new RegExp(`${label}$`) });
}

const login = (page: Page, username: string) => signIn(page, username);
const logout = signOut;

async function pick(page: Page, testId: string, option: string | RegExp): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-item-option', { hasText: option }).first().click();
}

/** Signs in, sees the item in the header count and in 审核 → 待办, and opens it from there. */
async function openFromInbox(
  page: Page,
  username: string,
  title: string | RegExp,
  shot?: string,
  expectNotification = false,
): Promise<void> {
  await login(page, username);
  await expect.poll(() => page.getByTestId('inbox-count').innerText()).toMatch(/待办 [1-9]/);
  // The notification shows for a few seconds after sign-in: look for it before moving on.
  if (expectNotification) await page.getByText('新的待办').first().waitFor();
  await menuItem(page, '审核').click();
  const row = page.getByTestId('inbox-todo').locator('tr', { hasText: title });
  await row.waitFor();
  if (shot) await snap(page, shot);
  await row.getByTestId('inbox-open').click();
  await page.getByTestId('workflow-panel').waitFor();
}

/** Presses a workflow button, fills the dialog, confirms, and waits for the success message. */
async function act(
  page: Page,
  button: string,
  fill: Record<string, string> = {},
  done?: string,
): Promise<void> {
  await page.getByTestId(`wf-${button}`).click();
  const dialog = page.locator('.ant-modal').filter({ has: page.getByTestId('wf-dialog') });
  await dialog.waitFor();
  for (const [testId, value] of Object.entries(fill)) await dialog.getByTestId(testId).fill(value);
  await dialog.getByRole('button', { name: buttonName('确定') }).click();
  if (done) await page.getByText(done).first().waitFor();
  await dialog.waitFor({ state: 'hidden' });
}

const status = (page: Page) => page.getByTestId('wf-status').innerText();
const step = (page: Page) => page.getByTestId('wf-step').innerText();

describeBrowser('审核流程：002 的五级审核（含退回与重新提交）和 004 的评价人员会签', () => {
  const tp = browserSuite();
  let url002 = '';
  let url004 = '';
  const title002 = /部门整体支出绩效自我评价表/;

  it('(a) lets the 经办人 submit the scored 自我评价表 into 002’s chain', async () => {
    const { page } = tp;
    await login(page, 'jsxxzx_jbr');
    await menuItem(page, '绩效自评').click();
    await page.getByText(title002).first().click();
    await page.getByTestId('workflow-panel').waitFor();
    url002 = new URL(page.url()).pathname;
    expect(await page.getByTestId('wf-chain').innerText()).toBe(
      '经办人打分 → 主任审核 → 财务处经办人审核 → 分管处长审核 → 处长审核',
    );
    expect(await status(page)).toBe('草稿');
    await act(page, 'submit', { 'wf-note': '经办人打分完成' }, '已提交审核');
    expect(await status(page)).toBe('审核中');
    expect(await step(page)).toBe('主任审核');
    await snap(page, 'workflow-01-submitted');
    await logout(page);
  });

  it('(a) delivers it to the 主任 (header count, notification, 待办) who approves', async () => {
    const { page } = tp;
    await openFromInbox(page, 'jsxxzx_zr', title002, 'workflow-02-inbox-zr', true);
    await act(page, 'approve', { 'wf-opinion': '评分依据充分，同意。' }, '已审核通过');
    expect(await step(page)).toBe('财务处经办人审核');
    await logout(page);
  });

  it('(a) lets the 财务处经办人 return it to the 经办人 only with a reason', async () => {
    const { page } = tp;
    await openFromInbox(page, 'jsxxzx_cwjbr', title002);
    await page.getByTestId('wf-return').click();
    const dialog = page.locator('.ant-modal').filter({ has: page.getByTestId('wf-dialog') });
    await dialog.getByRole('button', { name: buttonName('确定') }).click();
    await dialog.getByText('请填写理由').waitFor();
    await dialog.getByTestId('wf-reason').fill('预算执行率的评分说明未附依据，请补充后重新提交。');
    await dialog.getByRole('button', { name: buttonName('确定') }).click();
    await page.getByText('已退回').first().waitFor();
    await expect.poll(() => status(page)).toBe('已退回');
    await snap(page, 'workflow-03-returned');
    await logout(page);
  });

  it('(a) tells the 经办人 it came back, who resubmits it', async () => {
    const { page } = tp;
    await openFromInbox(page, 'jsxxzx_jbr', title002, 'workflow-04-inbox-returned');
    await page.getByText('事项被退回').first().waitFor();
    expect(await page.getByTestId('wf-timeline').innerText()).toContain(
      '预算执行率的评分说明未附依据，请补充后重新提交。',
    );
    await act(page, 'submit', { 'wf-note': '已补充依据' }, '已重新提交');
    expect(await step(page)).toBe('主任审核');
    await logout(page);
  });

  it('(a) goes through 主任, 财务处经办人, 分管处长 and 处长 (opinion required) to the frozen version 1', async () => {
    const { page } = tp;
    for (const [user, opinion] of [
      ['jsxxzx_zr', '同意。'],
      ['jsxxzx_cwjbr', '财务数据核对无误。'],
      ['jsxxzx_fgcz', '同意上报。'],
    ] as const) {
      await openFromInbox(page, user, title002);
      await act(page, 'approve', { 'wf-opinion': opinion }, '已审核通过');
      await logout(page);
    }
    await openFromInbox(page, 'jsxxzx_cz', title002);
    await page.getByTestId('wf-approve').click();
    const dialog = page.locator('.ant-modal').filter({ has: page.getByTestId('wf-dialog') });
    await dialog.getByRole('button', { name: buttonName('确定') }).click();
    await dialog.getByText('本环节必须填写审核意见').first().waitFor();
    await dialog.getByTestId('wf-opinion').fill('同意，报厅领导审定。');
    await dialog.getByRole('button', { name: buttonName('确定') }).click();
    await expect.poll(() => status(page)).toBe('已定稿');
    const timeline = await page.getByTestId('wf-timeline').innerText();
    for (const s of ['退回', '重新提交', '财务处经办人审核', '同意，报厅领导审定。', '定稿（第 1 版）'])
      expect(timeline).toContain(s);
    await page.getByTestId('wf-frozen').scrollIntoViewIfNeeded();
    await snap(page, 'workflow-05-frozen');
  });

  it('(a) downloads the frozen 评分表 showing the approval trail', async () => {
    const { page } = tp;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('wf-frozen-1-score-table-docx').click(),
    ]);
    expect(download.suggestedFilename()).toContain('定稿第1版');
    const text = (await extractDocx(await readFile(await download.path()))).map((l) => l.text).join('\n');
    expect(text).toContain('审核意见');
    for (const s of [
      '经办人打分',
      '苏商务信息·经办人',
      '主任审核',
      '苏商务信息·主任',
      '财务处经办人审核',
      '苏商务信息·财务处经办人',
      '分管处长审核',
      '苏商务信息·分管处长',
      '处长审核',
      '苏商务信息·处长',
      '同意，报厅领导审定。',
    ])
      expect(text, s).toContain(s);
    const today = new Date(Date.now() + 8 * 3_600_000);
    expect(text).toContain(`${today.getUTCFullYear()}年${today.getUTCMonth() + 1}月${today.getUTCDate()}日`);
    // The evaluation itself is now locked: the 经办人 no longer sees a submit button.
    await logout(page);
    await login(page, 'jsxxzx_jbr');
    await page.goto(url002);
    await page.getByTestId('workflow-panel').waitFor();
    expect(await page.getByTestId('wf-submit').count()).toBe(0);
    await logout(page);
  });

  it('(b) lets the 海南 经办人 create an evaluation and send it to the 评价人员 panel', async () => {
    const { page } = tp;
    await login(page, 'hnswt_jbr');
    await menuItem(page, '绩效自评').click();
    await page.getByTestId('new-evaluation').click();
    await pick(page, 'evaluation-project', '2020年度信息系统运维项目');
    await pick(page, 'evaluation-template', '海南省2020年');
    await page.getByRole('button', { name: buttonName('确定') }).click();
    await page.getByTestId('workflow-panel').waitFor();
    url004 = new URL(page.url()).pathname;
    expect(await page.getByTestId('wf-chain').innerText()).toBe(
      '组织评价 → 评价人员评分 → 评价工作组组长审定',
    );
    await act(page, 'submit', {}, '已提交审核');
    expect(await step(page)).toBe('评价人员评分');
    await logout(page);
  });

  it('(b) lets each 评价人员 score independently and complete the step; the average appears', async () => {
    const { page } = tp;
    const scoreAs = async (user: string, deduct: boolean) => {
      await openFromInbox(page, user, /信息系统运维项目/);
      expect(new URL(page.url()).pathname).toBe(url004);
      await page.getByTestId('start-scoring').click();
      await page.getByTestId('fill-full').click();
      if (deduct) {
        await page.getByTestId('entry-score-allocation-result').fill('5');
        await page.getByTestId('entry-problem-allocation-result').fill('分配依据不充分');
        await page.getByTestId('entry-suggestion-allocation-result').fill('细化分配标准');
      }
      await page.getByTestId('submit-sheet').click();
      await page.getByText('评分表已提交').first().waitFor();
      await act(page, 'approve', {}, '已完成评分');
    };
    await scoreAs('hnswt_pj1', false);
    expect(await step(page)).toBe('评价人员评分');
    // The first evaluator's score is in; the second has not scored yet.
    await expect.poll(() => page.getByTestId('panel-average').innerText()).toContain('100.00');
    await logout(page);
    await scoreAs('hnswt_pj2', true);
    await expect.poll(() => step(page)).toBe('评价工作组组长审定');
    await expect.poll(() => page.getByTestId('panel-average').innerText()).toContain('99.50');
    const panel = await page.getByTestId('panel').innerText();
    expect(panel).toContain('100.00');
    expect(panel).toContain('99.00');
    await snap(page, 'workflow-06-panel-average');
    await logout(page);
  });

  it('(b) lets the 评价工作组组长 approve, freezing the panel result', async () => {
    const { page } = tp;
    await openFromInbox(page, 'hnswt_zz', /信息系统运维项目/);
    await expect.poll(() => page.getByTestId('panel-average').innerText()).toContain('99.50');
    await act(page, 'approve', { 'wf-opinion': '同意评价工作组评分结论。' });
    await expect.poll(() => status(page)).toBe('已定稿');
    const timeline = await page.getByTestId('wf-timeline').innerText();
    expect(timeline).toContain('琼商务厅·评价人员一');
    expect(timeline).toContain('琼商务厅·评价人员二');
    expect(timeline).toContain('同意评价工作组评分结论。');
    await snap(page, 'workflow-07-panel-frozen');
    // No page errors and no refused request: the empty reason and opinion were stopped in the form, never sent.
    expect(tp.problems).toEqual([]);
    await logout(page);
  });

  it('shows the administrator the chains in force per unit and document kind, inherited or own', async () => {
    const { page } = tp;
    await signIn(page, 'admin');
    await menuItem(page, '审核流程设置').click();
    await page.getByTestId('org-tree').getByText('江苏省商务厅信息中心', { exact: true }).click();
    const table = page.getByTestId('chains-table');
    await expect
      .poll(() => table.innerText())
      .toContain('经办人打分 → 主任审核 → 财务处经办人审核 → 分管处长审核 → 处长审核');
    expect(await table.innerText()).toContain('本单位设置');
    await page.getByTestId('chain-edit-department_evaluation').click();
    await page.locator('.ant-modal').getByText('审核步骤').waitFor();
    await snap(page, 'workflow-08-chain-editor');
    await page
      .locator('.ant-modal')
      .getByRole('button', { name: buttonName('取消') })
      .click();
    await snap(page, 'workflow-09-chains');
    expect(tp.problems).toEqual([]);
  });
});
