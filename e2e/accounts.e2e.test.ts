// 决算 through a browser: the 经办人 of a unit with no final accounts yet downloads the XLSX template,
// fills it with seed 000's tables, imports it and sees every balance check pass; edits one cell and
// sees the one violation flagged in the form and listed with its place; fixes it; then opens the
// generated 决算情况说明 with its charts, sees a missing reason marked 【待填写】 and follows its link
// to the field, and downloads the explanation as Word. Last, the department's user sees its consolidation.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seed000 } from '../src/domain/accounts/fixtures/seed000.ts';
import { ACCOUNTS_LAYOUT, generateExplanation, getPath, layoutFields } from '../src/domain/accounts/index.ts';
import { fieldAddresses } from '../src/importers/accounts-xlsx.ts';
import { extractDocx } from '../src/importers/extract-text.ts';
import { describeBrowser, openPage, snap } from './support/browser';
import { browserSuite, signIn as signInAt } from './support/suite.ts';

const byId = (page: Page, id: string) => page.locator(`[id="${id}"]`);

/** The downloaded template, filled cell by cell with seed 000's tables (as a person would type them). */
async function fillTemplate(templatePath: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(templatePath) as unknown as ArrayBuffer);
  const at = fieldAddresses();
  for (const { field } of layoutFields()) {
    if (field.path === 'unit.name' || field.path === 'year') continue; // the template carries the unit's own name and the year
    const value = getPath(seed000, field.path);
    const a = at.get(field.path)!;
    wb.getWorksheet(a.sheet)!.getCell(a.cell).value =
      field.kind === 'yuan' ? Number(value) : (value as string | number);
  }
  const listSheet = (id: string) => wb.getWorksheet(ACCOUNTS_LAYOUT.find((s) => s.id === id)!.name)!;
  // The list header is the template's row 3; rows follow it.
  seed000.current.generalByFunction.forEach((r, i) => {
    listSheet('general').getRow(4 + i).values = [
      r.code,
      '',
      Number(r.budget),
      Number(r.actual),
      undefined,
      undefined,
      r.reason ?? '',
    ];
  });
  seed000.current.projects.forEach((p, i) => {
    listSheet('projects').getRow(4 + i).values = [
      p.name,
      Number(p.budget),
      Number(p.actual),
      p.summary,
      p.problems,
      p.measures,
    ];
  });
  const out = join(tmpdir(), `jixiao-e2e-accounts-${process.pid}.xlsx`);
  writeFileSync(out, Buffer.from(await wb.xlsx.writeBuffer()));
  return out;
}

const signIn = (page: Page, username: string) => signInAt(page, username, '/accounts?year=2020');

async function saveAndWait(page: Page) {
  const saved = page.waitForResponse(
    (r) => r.request().method() === 'PUT' && r.url().includes('/api/accounts/'),
  );
  await page.getByTestId('save-accounts').click();
  expect((await saved).status()).toBe(200);
}

describeBrowser('决算：导入模板、平衡校验、生成说明', () => {
  const tp = browserSuite();

  it('downloads the template, fills it with seed 000’s tables and imports it: every check passes', async () => {
    const { page } = tp;
    await signIn(page, 'sczwxx_jbr');
    await page.getByText('四川省政务服务和公共资源交易服务信息中心 · 2020年度决算').waitFor();
    await page.getByText('未填报').first().waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-template').click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      '四川省政务服务和公共资源交易服务信息中心2020年度决算导入模板.xlsx',
    );
    const filled = await fillTemplate((await download.path())!);

    const imported = page.waitForResponse((r) => r.url().includes('/import'));
    await page.locator('input[type=file]').setInputFiles(filled);
    expect((await imported).status()).toBe(200);
    await page.getByText('草稿').first().waitFor();
    await page.getByTestId('sheet-tab-summary').click();
    await expect.poll(() => byId(page, 'f-current.summary.income.total').inputValue()).toBe('2,337,180.00');
    expect(await page.getByTestId('violations-banner').count()).toBe(0);
    // The 元 / 万元 switch changes how amounts are shown, not what is stored.
    await page.getByTestId('unit-switch').getByText('万元').click();
    await expect.poll(() => byId(page, 'f-current.summary.income.total').inputValue()).toBe('233.718');
    await page.getByTestId('unit-switch').getByText('元', { exact: true }).click();
    await snap(page, 'accounts-01-imported');
  });

  it('flags the one balance violation after a cell is edited, where it is, and clears it when fixed', async () => {
    const { page } = tp;
    const business = byId(page, 'f-current.summary.income.businessIncome');
    await business.fill('1000');
    await business.press('Tab');
    await saveAndWait(page);
    await page.getByTestId('violations-banner').waitFor();
    expect(await page.getByTestId('violations-banner').innerText()).toContain('平衡校验发现 1 处问题');
    // 本年收入合计 and 收入总计 are computed (read-only) and follow the edit; 收入总计 ≠ 支出总计 is flagged.
    await expect.poll(() => byId(page, 'f-current.summary.income.total').inputValue()).toBe('2,338,180.00');
    expect(await byId(page, 'f-current.summary.income.total').getAttribute('readonly')).not.toBeNull();
    await expect
      .poll(() => byId(page, 'f-current.summary.grandTotalIncome').getAttribute('class'))
      .toContain('jx-violation');
    await snap(page, 'accounts-02-violation-in-form');

    await page.getByTestId('checks-tab').click();
    const v = page.getByTestId('violation');
    expect(await v.count()).toBe(1);
    expect(await v.getAttribute('data-rule')).toBe('S-balance');
    const text = await v.innerText();
    expect(text).toContain('收入支出决算总表 · 收入总计 · 决算数');
    expect(text).toContain('差 1,000.00元');
    // The demo unit's 决算 goes through its review chain: the 审核流程 panel submits (and the server refuses
    // while a violation is unexplained); the accounts' own submit button is not offered.
    expect(await page.getByTestId('submit-accounts').count()).toBe(0);
    expect(await page.getByTestId('workflow-panel').count()).toBe(1);
    await snap(page, 'accounts-03-checks');

    // 定位 jumps to the cell; fix it and save: the checks pass again.
    await v.getByRole('button', { name: /定位/ }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('f-current.summary.grandTotalIncome');
    await business.fill('0');
    await business.press('Tab');
    await saveAndWait(page);
    await expect.poll(() => page.getByTestId('violations-banner').count()).toBe(0);
  });

  it('opens the generated explanation with its charts; a missing reason is marked and links to its field', async () => {
    const { page, problems } = tp;
    // Take out one reason so that the explanation has a gap to fill.
    await page.getByTestId('sheet-tab-texts').click();
    await byId(page, 'f-texts.totalChangeReason').fill('');
    await saveAndWait(page);

    await page.getByRole('tab', { name: '决算情况说明' }).click();
    const doc = page.getByTestId('explanation');
    await doc.waitFor();
    const expected = generateExplanation(
      { ...seed000, texts: { ...seed000.texts, totalChangeReason: '' } },
      { detailNumbering: 'flat' },
    );
    expect(await doc.locator('[data-paragraph="s3"]').innerText()).toBe(
      expected.paragraphs.find((p) => p.id === 's3')!.text,
    );
    expect(await doc.locator('[data-paragraph="s1.h"]').innerText()).toBe('一、收入支出决算总体情况说明');
    await expect.poll(() => page.getByTestId('accounts-chart').count()).toBe(7);
    // Drawn by ECharts: the bar chart of 图1 prints 2019 and 2020 totals.
    const fig1 = page.locator('[data-chart="图1"] svg');
    await fig1.waitFor();
    expect(await fig1.innerHTML()).toContain('233.72');
    expect(await fig1.innerHTML()).toContain('248.13');
    const mark = page.getByTestId('missing-mark');
    expect(await mark.count()).toBe(1);
    expect(await mark.innerText()).toContain('【待填写】');
    await page.locator('[data-paragraph="s1"]').scrollIntoViewIfNeeded();
    await snap(page, 'accounts-04-explanation');

    await mark.click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('f-texts.totalChangeReason');
    await byId(page, 'f-texts.totalChangeReason').fill(seed000.texts.totalChangeReason);
    await saveAndWait(page);
    await page.getByRole('tab', { name: '决算情况说明' }).click();
    await page.getByTestId('explanation').waitFor();
    expect(await page.getByTestId('missing-mark').count()).toBe(0);
    const s1 = expected.paragraphs
      .find((p) => p.id === 's1')!
      .text.replace('【待填写】', seed000.texts.totalChangeReason);
    expect(await page.locator('[data-paragraph="s1"]').innerText()).toBe(s1);

    // Download the generated explanation as Word: it carries the same sentences.
    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-docx-own').click(),
    ]);
    expect(docx.suggestedFilename()).toBe(
      '四川省政务服务和公共资源交易服务信息中心2020年度单位决算情况说明.docx',
    );
    const text = (await extractDocx(readFileSync((await docx.path())!))).map((l) => l.text).join('\n');
    expect(text).toContain(s1);
    expect(problems).toEqual([]);
  });

  it('shows the department its consolidation: members, the consolidated explanation', async () => {
    const dept = await openPage(tp.browser, tp.server.baseUrl);
    try {
      await signIn(dept.page, 'sczwfw_jbr');
      await dept.page.getByRole('tab', { name: '部门合并' }).click();
      const view = dept.page.getByTestId('consolidation');
      await view.waitFor();
      // The unit imported above is now part of the department's consolidation.
      await view.getByText('四川省政务服务和公共资源交易服务信息中心').waitFor();
      await view.getByText('2020年度部门决算情况说明').waitFor();
      await expect.poll(() => view.getByTestId('accounts-chart').count()).toBe(7);
      await snap(dept.page, 'accounts-05-consolidation');
      expect(dept.problems).toEqual([]);
    } finally {
      await dept.context.close();
    }
  });
});
