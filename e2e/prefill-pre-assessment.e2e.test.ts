// No figure typed twice, and 事前绩效评估, in a browser against the real server: a 经办人 of 四川省商务厅信息中心
// opens a new self-evaluation of 信息化运维 and finds its inputs prefilled from the goals, each with its
// source shown; changing a prefilled figure is refused until a 修改原因 is given. Then they start a
// 事前绩效评估 for a new project, write the five aspects and a conclusion, and send it for review.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buttonName, describeBrowser, snap } from './support/browser';
import { browserSuite, signIn, signOut } from './support/suite.ts';

function menuItem(page: Page, label: string) {
  return page.getByRole('menuitem', { name: new RegExp(`${label}$`) });
}

async function pick(page: Page, testId: string, option: string | RegExp): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-item-option', { hasText: option }).first().click();
}

/** A leaf's row of the 评价数据 table (the score sheet has rows with the same keys). */
const row = (page: Page, leafId: string) =>
  page.locator(`tr[data-row-key="${leafId}"]`, { has: page.getByTestId(`prefill-${leafId}`) });

describeBrowser('自评数据取自绩效目标；事前绩效评估', () => {
  const tp = browserSuite();

  it('shows a new self-evaluation prefilled from the goals, with the source of each figure', async () => {
    const { page } = tp;
    await signIn(page, 'scxxzx_jbr');
    await menuItem(page, '绩效自评').click();
    await page.getByTestId('new-evaluation').click();
    await pick(page, 'evaluation-project', '信息化运维');
    await pick(page, 'evaluation-template', '四川省2021年省级专项');
    await page.getByRole('button', { name: buttonName('确定') }).click();
    await page.getByText('信息化运维绩效自评').first().waitFor();

    const quantity = row(page, 'quantity');
    await expect.poll(() => quantity.getByLabel('目标', { exact: true }).inputValue()).toBe('6个');
    expect(await quantity.getByLabel('实际', { exact: true }).inputValue()).toBe('6个');
    await expect
      .poll(() => quantity.getByTestId('prefill-source').allInnerTexts())
      .toEqual([
        '目标：来自绩效目标：项目完成指标 > 数量指标 > 完成项目数（预期指标值）',
        '实际：来自绩效目标：项目完成指标 > 数量指标 > 完成项目数（实际完成值）',
      ]);
    const cost = row(page, 'cost');
    expect(await cost.locator('input').nth(0).inputValue()).toBe('31.68');
    expect(await cost.locator('input').nth(1).inputValue()).toBe('32.35');
    expect(await cost.getByTestId('prefill-source').first().innerText()).toContain(
      '来自绩效目标：项目完成指标 > 成本指标 > 财政投入（实际完成值 31.68万元）',
    );
    await quantity.scrollIntoViewIfNeeded();
    await snap(page, 'prefill-01-evaluation-prefilled');
    // The 评价数据 table alone, at the page's 1440 px width, for a person to look at.
    await quantity
      .locator('xpath=ancestor::div[contains(@class,"ant-card")][1]')
      .screenshot({ path: '/tmp/jixiao-e2e-prefill-01b-inputs.png' });

    // Changing a prefilled figure needs a reason: refused without one, saved with one.
    await quantity.getByLabel('实际', { exact: true }).fill('5个');
    await quantity.getByText('已修改，带入值：6个').waitFor();
    await page.getByTestId('save-inputs').click();
    await page
      .getByText(/「实际」与带入值不同.*须填写修改原因/)
      .first()
      .waitFor();
    await quantity.getByLabel('「实际」修改原因').fill('1个项目尚未验收');
    await page.getByTestId('save-inputs').click();
    await page.getByText('已保存').first().waitFor();
    await page.reload();
    await expect
      .poll(() => row(page, 'quantity').getByLabel('实际', { exact: true }).inputValue())
      .toBe('5个');
    expect(await row(page, 'quantity').getByLabel('「实际」修改原因').inputValue()).toBe('1个项目尚未验收');
    await row(page, 'quantity').scrollIntoViewIfNeeded();
    await snap(page, 'prefill-02-override-with-reason');
    await row(page, 'quantity').screenshot({ path: '/tmp/jixiao-e2e-prefill-02b-override.png' });
    expect(tp.problems.filter((p) => p.startsWith('pageerror'))).toEqual([]);
    await signOut(page);
  });

  it('lets the 经办人 write a 事前绩效评估 for a new project and send it for review', async () => {
    const { page } = tp;
    const name = `E2E新建项目${Date.now().toString(36)}`;
    await signIn(page, 'scxxzx_jbr');
    tp.problems.length = 0; // the refused save above was a 400 on purpose
    await menuItem(page, '绩效目标').click();
    await page.getByTestId('goals-page').waitFor();
    await page.getByTestId('new-project').click();
    await page.getByTestId('new-project-name').fill(name);
    await page.getByTestId('new-project-year').fill('2021');
    await page.getByRole('button', { name: buttonName('确定') }).click();
    await page.getByText('项目绩效目标完成情况表').waitFor();

    await menuItem(page, '事前绩效评估').click();
    await page.getByTestId('pre-assessment-page').waitFor();
    await page.getByTestId('new-pre-assessment').click();
    await page.getByRole('combobox', { name: '项目' }).click();
    await page.locator('.ant-select-item-option', { hasText: name }).first().click();
    await page.getByRole('button', { name: buttonName('确定') }).click();
    await page.getByTestId('pre-assessment-detail').waitFor();
    await page.getByText('提交审核前还需补充').waitFor();
    await page.getByLabel('必要性', { exact: true }).fill('落实省政府部署，需求真实，不与已有项目重复');
    await page.getByLabel('可行性', { exact: true }).fill('技术方案成熟，实施条件具备');
    await page.getByLabel('绩效目标合理性', { exact: true }).fill('目标明确，指标可衡量');
    await page.getByLabel('投入经济性', { exact: true }).fill('按市场价测算，单价合理');
    await page.getByLabel('实施方案', { exact: true }).fill('分两期实施，进度安排可行');
    await page.getByRole('radio', { name: '调整后支持' }).check();
    await page.getByLabel('结论说明', { exact: true }).fill('压减设备数量后实施');
    await page.getByTestId('save-pre-assessment').click();
    await page.getByText('已保存').first().waitFor();
    // The list comes from the saved record, fetched again after the save: on a busy machine that may take a while.
    await expect.poll(() => page.getByText('提交审核前还需补充').count(), { timeout: 20_000 }).toBe(0);
    await snap(page, 'prefill-03-pre-assessment');
    await page.getByTestId('wf-submit').click();
    const dialog = page.locator('.ant-modal').filter({ has: page.getByTestId('wf-dialog') });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: buttonName('确定') }).click();
    await page.getByText('已提交审核').first().waitFor();
    await expect.poll(() => page.getByTestId('wf-status').innerText()).toContain('审核中');
    await page.getByText('主任审核').first().waitFor();
    await menuItem(page, '事前绩效评估').click();
    await page
      .getByRole('row', { name: new RegExp(name) })
      .getByText('审核中')
      .waitFor();
    await snap(page, 'prefill-04-pre-assessment-list');
    expect(tp.problems).toEqual([]);
  });
});
