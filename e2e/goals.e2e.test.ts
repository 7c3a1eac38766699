// 绩效目标 and 绩效自评 in a browser, against the real server: a 经办人 enters a project's goals and
// actuals (met / not met and the completion rate change as they type), creates an evaluation with
// 004's template; two 评价人员 score it (a deduction without 存在问题 / 有关建议 is refused), and the page
// shows each evaluator's score, the average and the grade; the panel sheet downloads as a DOCX that opens.
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

describeBrowser('绩效目标与绩效自评：经办人填报、两位评价人员评分、平均分与等次、下载 DOCX', () => {
  const tp = browserSuite();
  let evaluationUrl = '';
  const projectName = `E2E信息系统运维${Date.now().toString(36)}`;

  it("shows 004's project in the list of 海南省商务厅 and its goal table with standards", async () => {
    const { page } = tp;
    await login(page, 'hnswt_jbr');
    await menuItem(page, '绩效目标').click();
    await page.getByText('2020年度信息系统运维项目').click();
    await page.getByText('项目绩效目标完成情况表').waitFor();
    await expect.poll(() => page.getByTestId('ind-status-0').innerText()).toContain('评为优');
    expect(await page.getByTestId('project-rate').innerText()).toBe('44.84%');
    await snap(page, 'goals-01-seed-project');
  });

  it('lets the 经办人 enter a project, its goals and actuals, marking met / not met as they type', async () => {
    const { page } = tp;
    await menuItem(page, '绩效目标').click();
    await page.getByTestId('new-project').click();
    await page.getByTestId('new-project-name').fill(projectName);
    await page.getByTestId('new-project-year').fill('2020');
    await page.getByRole('button', { name: buttonName('确定') }).click();
    await page.getByText('项目绩效目标完成情况表').waitFor();
    await page.getByTestId('project-budgetFiscal').fill('195.01');
    await page.getByTestId('project-executedFiscal').fill('87.44');
    await expect.poll(() => page.getByTestId('project-rate').innerText()).toBe('44.84%');
    await page
      .getByTestId('project-goal-expected')
      .fill('各信息系统全年累计采集和发布信息1000条以上，故障宕机率低于10%。');
    await page.getByTestId('project-goal-actual').fill('全年发布信息1772条，系统运行正常。');

    await page.getByTestId('add-indicator').click();
    await page.getByTestId('ind-level3-0').fill('信息采集数量');
    await page.getByTestId('ind-target-0').fill('≥1000条');
    await page.getByTestId('ind-actual-0').fill('800条');
    await expect.poll(() => page.getByTestId('ind-status-0').innerText()).toContain('未达成');
    expect(await page.getByTestId('ind-status-0').innerText()).toContain('完成率 80.00%');
    await page.getByTestId('ind-actual-0').fill('1772条');
    await expect.poll(() => page.getByTestId('ind-status-0').innerText()).toContain('已达成');
    expect(await page.getByTestId('ind-status-0').innerText()).toContain('完成率 177.20%');

    await page.getByTestId('add-indicator').click();
    await page.getByTestId('ind-level3-1').fill('服务对象满意度');
    await page.getByTestId('ind-target-1').fill('≥90%');
    await page.getByTestId('ind-actual-1').fill('95%');
    await expect.poll(() => page.getByTestId('ind-status-1').innerText()).toContain('已达成');

    await page.getByTestId('project-save').click();
    await page.getByText('已保存').first().waitFor();
    await snap(page, 'goals-02-project-entered');
    // Reloaded from the server: the values were stored.
    await page.reload();
    await expect.poll(() => page.getByTestId('ind-actual-0').inputValue()).toBe('1772条');
    expect(await page.getByTestId('project-budget-total').innerText()).toBe('195.01');
  });

  it('lets the 经办人 create an evaluation of the project with the 004 template', async () => {
    const { page } = tp;
    await menuItem(page, '绩效自评').click();
    await page.getByTestId('new-evaluation').click();
    await pick(page, 'evaluation-project', projectName);
    await pick(page, 'evaluation-template', '海南省2020年');
    await page.getByRole('button', { name: buttonName('确定') }).click();
    await page.getByText(`${projectName}绩效自评`).first().waitFor();
    await page.getByText('尚无评价人员提交评分表。').waitFor();
    evaluationUrl = new URL(page.url()).pathname;
    expect(evaluationUrl).toMatch(/^\/evaluations\/[0-9a-f-]{36}$/);
    await logout(page);
  });

  it('lets the first 评价人员 score, refusing a deduction without 存在问题 and 有关建议', async () => {
    const { page } = tp;
    await login(page, 'hnswt_pj1');
    await page.goto(evaluationUrl);
    await page.getByTestId('start-scoring').click();
    await page.getByTestId('fill-full').click();
    await expect.poll(() => page.getByTestId('live-total').innerText()).toContain('100.00');
    await page.getByTestId('entry-score-allocation-result').fill('5');
    await expect.poll(() => page.getByTestId('live-total').innerText()).toContain('99.00');
    expect(await page.getByTestId('live-grade').innerText()).toBe('优');
    expect(await page.getByTestId('computed-allocation-result').innerText()).toContain(
      '扣1分但未填写“存在问题”',
    );
    await page.getByTestId('submit-sheet').click();
    await page
      .getByText(/评分表不能提交.*分配结果.*存在问题/)
      .first()
      .waitFor();
    await snap(page, 'goals-03-deduction-refused');
    await page.getByTestId('entry-explanation-allocation-result').fill('个别资金分配依据不够充分');
    await page.getByTestId('entry-problem-allocation-result').fill('资金分配依据不够充分');
    await page.getByTestId('entry-suggestion-allocation-result').fill('细化资金分配标准');
    await page.getByTestId('submit-sheet').click();
    await page.getByText('评分表已提交').first().waitFor();
    await expect.poll(() => page.getByTestId('panel-average').innerText()).toContain('99.00');
    await logout(page);
  });

  it('lets the second 评价人员 score, and shows each score, the average and the grade', async () => {
    const { page } = tp;
    await login(page, 'hnswt_pj2');
    await page.goto(evaluationUrl);
    await page.getByTestId('start-scoring').click();
    await page.getByTestId('fill-full').click();
    await page.getByTestId('entry-score-arrival-rate').fill('2');
    await page.getByTestId('entry-problem-arrival-rate').fill('资金到位时间偏晚');
    await page.getByTestId('entry-suggestion-arrival-rate').fill('加快资金拨付进度');
    await page.getByTestId('entry-score-allocation-result').fill('5');
    await page.getByTestId('entry-problem-allocation-result').fill('分配依据不充分');
    await page.getByTestId('entry-suggestion-allocation-result').fill('细化分配标准');
    await expect.poll(() => page.getByTestId('live-total').innerText()).toContain('98.00');
    await page.getByTestId('submit-sheet').click();
    await page.getByText('评分表已提交').first().waitFor();
    await expect.poll(() => page.getByTestId('panel-average').innerText()).toContain('98.50');
    expect(await page.getByTestId('panel-grade').innerText()).toBe('优');
    const panel = await page.getByTestId('panel').innerText();
    expect(panel).toContain('99.00');
    expect(panel).toContain('98.00');
    await snap(page, 'goals-04-panel');
  });

  it('downloads the panel sheet as a DOCX that opens and carries the average', async () => {
    const { page } = tp;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('doc-panel-sheet-docx').click(),
    ]);
    const path = await download.path();
    const lines = await extractDocx(await readFile(path));
    const text = lines.map((l) => l.text).join('\n');
    expect(text).toContain('98.5');
    expect(text).toMatch(/评价人员/);
    // The one 400 in the network log is the refused submission of a deduction without 存在问题 / 有关建议.
    expect(tp.problems.filter((p) => !/status of 400/.test(p))).toEqual([]);
    expect(tp.problems.filter((p) => /status of 400/.test(p))).toHaveLength(1);
  });
});
