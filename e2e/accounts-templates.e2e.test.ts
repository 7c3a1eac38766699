// 决算 document template and the 9-table import through a browser: the 经办人 of a unit chooses the
// 全国/上海 template (kept after a reload), sees amounts with thousands separators and totals read-only,
// and uploads a published 附表 with one bad cell: the preview names its sheet and cell, nothing is saved.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seed000 } from '../src/domain/accounts/fixtures/seed000.ts';
import { publicTablesWorkbook } from '../src/documents/accounts/index.ts';
import { describeBrowser, snap } from './support/browser';
import { browserSuite, signIn as signInAt } from './support/suite.ts';

const byId = (page: Page, id: string) => page.locator(`[id="${id}"]`);

describeBrowser('决算：文档模板与公开附表导入', () => {
  const tp = browserSuite();

  it('chooses the national template, keeps it, and previews a 9-table 附表 with a bad cell', async () => {
    const { page } = tp;
    await signInAt(page, 'scxxzx_jbr', '/accounts?year=2020');
    await page.getByText('四川省商务厅信息中心 · 2020年度决算').waitFor();
    // Thousands separators; 本年收入合计 is computed (read-only).
    const total = byId(page, 'f-current.summary.income.total');
    await expect.poll(() => total.inputValue()).toBe('2,337,180.00');
    expect(await total.getAttribute('readonly')).not.toBeNull();

    const saved = page.waitForResponse(
      (r) => r.request().method() === 'PUT' && r.url().includes('/settings'),
    );
    await page.getByTestId('template-select').click();
    await page.getByTitle('全国/上海 单位决算').click();
    expect((await saved).status()).toBe(200);
    await page.reload();
    await page.getByText('四川省商务厅信息中心 · 2020年度决算').waitFor();
    await expect.poll(() => page.getByTestId('template-select').innerText()).toContain('全国/上海 单位决算');

    const wb = publicTablesWorkbook(seed000);
    wb.getWorksheet('一般公共预算财政拨款支出决算表')!.getCell('C6').value = '一百';
    const file = join(tmpdir(), `jixiao-e2e-fb-${process.pid}.xlsx`);
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    const previewed = page.waitForResponse((r) => r.url().includes('/import-preview'));
    await page.locator('input[type=file]').setInputFiles(file);
    expect((await previewed).status()).toBe(200);
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    const text = await preview.innerText();
    expect(text).toContain('一般公共预算财政拨款支出决算表 C6');
    expect(text).toContain('“一百”不是金额');
    await snap(page, 'accounts-templates-01-preview');
  });
});
