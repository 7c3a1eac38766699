// 报告 in a browser, against the real server: the 财政部门's 处长 sees every demo organisation in the
// overview, drills down 主管部门 → 单位 → 项目, exports a table to Excel (a real workbook with the rows) and
// batch-produces 决算情况说明 as a ZIP it downloads once the job has finished; 四川省商务厅's 处长 sees only
// its department and 信息中心, and can do the same for them.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buttonName, describeBrowser, snap } from './support/browser';
import { browserSuite, signIn, signOut } from './support/suite.ts';

async function openReports(page: Page, username: string): Promise<void> {
  await signIn(page, username);
  await page.getByRole('menuitem', { name: /报告$/ }).click();
  await page.getByTestId('overview').waitFor();
}

/** The rows (from the third: title and header come first) of the first sheet of a downloaded workbook. */
async function workbookRows(path: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const rows: string[][] = [];
  ws.eachRow((row, n) => {
    if (n >= 2)
      rows.push(
        (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))),
      );
  });
  return rows;
}

/** Errors thrown in the page or answered 5xx (deprecation warnings and refused look-ups of other pages aside). */
const serious = (problems: string[]) =>
  problems.filter((p) => p.startsWith('pageerror') || /status of 5\d\d/.test(p));

async function download(page: Page, testId: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return file;
}

/** Starts a batch of 决算情况说明 for `units` and downloads the ZIP when its job has finished. */
async function batchZip(page: Page, units: string[]): Promise<string[]> {
  await page.getByTestId('batch-year').fill('2020');
  await page.getByTestId('batch-units').click();
  for (const u of units)
    await page.locator('.ant-select-tree-title', { hasText: new RegExp(`^${u}$`) }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: buttonName('开始生成') }).click();
  await page.getByText('已开始生成').waitFor();
  const button = page.locator('[data-testid^="job-download-"]').first();
  await button.waitFor({ timeout: 90_000 });
  const [zip] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(zip.suggestedFilename()).toMatch(/^2020年度.*\.zip$/);
  const archive = await JSZip.loadAsync(readFileSync((await zip.path())!));
  return Object.keys(archive.files).sort();
}

describeBrowser('报告：总览（财政部门与主管部门）、下钻到项目、导出 Excel、批量生成压缩包', () => {
  const tp = browserSuite();

  it('shows the 财政部门 every 主管部门 and drills down to a project', async () => {
    const { page } = tp;
    await openReports(page, 'czbm_cz');
    const departments = page.getByTestId('overview-departments');
    for (const name of [
      '四川省商务厅',
      '四川省政务服务和公共资源交易服务中心',
      '江苏省商务厅',
      '海南省商务厅',
    ])
      await departments.getByRole('button', { name }).waitFor();
    // 四川省政务服务和公共资源交易服务中心 and its units: (1556.99 + 234.66) / (1852.44 + 224.47) = 86.27 %.
    expect(await departments.innerText()).toContain('86.27%');
    await page.getByTestId('grade-chart').waitFor();
    await page.getByTestId('rate-chart').waitFor();
    await snap(page, 'reports-01-finance-departments');

    const xlsx = await download(page, 'export-departments');
    const rows = await workbookRows((await xlsx.path())!);
    expect(rows[0]![0]).toBe('主管部门');
    expect(
      rows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(
      ['四川省商务厅', '四川省政务服务和公共资源交易服务中心', '江苏省商务厅', '海南省商务厅'].sort(),
    );

    await departments.getByRole('button', { name: '四川省商务厅' }).click();
    const units = page.getByTestId('overview-units');
    await units.getByTestId('open-unit-四川省商务厅信息中心').waitFor();
    const text = await units.innerText();
    expect(text).toContain('98.48%');
    expect(text).toContain('已校验');
    await snap(page, 'reports-02-finance-units');
    await units.getByTestId('open-unit-四川省商务厅信息中心').click();
    const projects = page.getByTestId('overview-projects');
    await projects.getByTestId('project-link-设备采购').waitFor();
    expect(await projects.innerText()).toContain('红灯');
    const projectXlsx = await download(page, 'export-projects');
    expect(projectXlsx.suggestedFilename()).toBe('四川省商务厅信息中心2020年度项目明细.xlsx');
    const projectRows = await workbookRows((await projectXlsx.path())!);
    expect(
      projectRows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(['信息化运维', '清偿欠款', '设备采购'].sort());
    await projects.getByTestId('project-link-设备采购').click();
    await page.waitForURL(/\/goals\/[0-9a-f-]{36}$/);
    await page.getByText('设备采购').first().waitFor();
  });

  it('lets the 财政部门 batch-produce documents and download the ZIP', async () => {
    const { page } = tp;
    await page.getByRole('menuitem', { name: /报告$/ }).click();
    const files = await batchZip(page, ['四川省商务厅信息中心', '四川省政务服务和公共资源交易服务中心']);
    await snap(page, 'reports-03-finance-batch');
    await signOut(page);
    // At least the 决算情况说明 of each selected organisation with 决算 data; a selected organisation without
    // a document is explained in 说明.txt.
    const docs = files.filter((f) => f.endsWith('.docx'));
    expect(docs.length, files.join('、')).toBeGreaterThanOrEqual(2);
    expect(docs.some((f) => f.includes('四川省商务厅信息中心') && f.includes('决算情况说明'))).toBe(true);
    expect(serious(tp.problems)).toEqual([]);
  });

  it('shows 四川省商务厅’s 处长 only its department and 信息中心, with export and batch ZIP', async () => {
    const { page } = tp;
    await openReports(page, 'scswt_cz');
    // One 主管部门 in reach: the page opens its units directly.
    const units = page.getByTestId('overview-units');
    await units.getByTestId('open-unit-四川省商务厅信息中心').waitFor();
    const names = await units.locator('[data-testid^="open-unit-"]').allInnerTexts();
    expect(names).toEqual(['四川省商务厅', '四川省商务厅信息中心']);
    expect(await page.getByTestId('overview').innerText()).not.toContain('海南省商务厅');
    await snap(page, 'reports-04-department-units');

    const xlsx = await download(page, 'export-units');
    const rows = await workbookRows((await xlsx.path())!);
    const header = rows[0]!;
    expect(rows.slice(1).map((r) => r[0])).toEqual(['四川省商务厅', '四川省商务厅信息中心']);
    const xxzx = rows[2]!;
    expect(xxzx[header.indexOf('执行率（%）')]).toBe('98.48');
    expect(xxzx[header.indexOf('逾期整改')]).toBe('1');

    await units.getByTestId('open-unit-四川省商务厅信息中心').click();
    await page.getByTestId('overview-projects').getByTestId('project-link-清偿欠款').waitFor();

    const files = await batchZip(page, ['四川省商务厅信息中心']);
    expect(files.length).toBeGreaterThan(0);
    expect(
      files.every((f) => f.includes('四川省商务厅信息中心') || f === '说明.txt'),
      files.join('、'),
    ).toBe(true);
    expect(serious(tp.problems)).toEqual([]);
  });
});
