// In a browser, against the real server: (a) the three administrators (三员) land on their own work — 用户
// for admin and secadmin, 审计日志 for auditor — and see no business module; a business address takes them
// back there. (b) A demo user opens a 部门整体 evaluation and downloads its report: a DOCX, the
// 部门整体支出绩效评价报告 with 部门概况, 评价情况, 主要绩效, 存在问题, 有关建议 and the 评分表.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { extractDocx } from '../src/importers/extract-text.ts';
import { describeBrowser, snap } from './support/browser';
import { browserSuite, signIn, signOut } from './support/suite.ts';

const BUSINESS = ['绩效目标', '绩效自评', '审核', '决算', '运行监控与整改', '报告', '校验'];

describeBrowser('三员的首页；部门整体评价报告的下载', () => {
  const tp = browserSuite();

  it.each([
    ['admin', '/admin/users', '用户'],
    ['secadmin', '/admin/users', '用户'],
    ['auditor', '/admin/audit', '审计'],
  ])('%s lands on %s and sees no business module', async (username, path, heading) => {
    const { page } = tp;
    await signIn(page, username);
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).toBe(path);
    await page
      .getByRole('menuitem', { name: new RegExp(heading) })
      .first()
      .waitFor();
    for (const label of BUSINESS)
      expect(await page.getByRole('menuitem', { name: new RegExp(`${label}$`) }).count(), label).toBe(0);
    const body = await page.locator('body').innerText();
    expect(body).not.toContain('请联系安全管理员');
    await snap(page, `landing-${username}`);
    // A business address sends an administrator back to their own work.
    await page.goto('/goals');
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).toBe(path);
    await signOut(page);
  });

  it('a business user still lands on 绩效目标 with the business menu', async () => {
    const { page } = tp;
    await signIn(page, 'jsxxzx_jbr');
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).toBe('/goals');
    expect(await page.locator('.jx-sider').innerText()).toContain('绩效自评');
    await signOut(page);
  });

  it('downloads the 部门整体支出绩效评价报告 of a 部门整体 evaluation as a DOCX with its sections', async () => {
    const { page, problems } = tp;
    await signIn(page, 'jsxxzx_jbr');
    await page.getByRole('menuitem', { name: /绩效自评$/ }).click();
    await page
      .getByText(/部门整体支出绩效自我评价表/)
      .first()
      .click();
    await page.getByTestId('report-card').waitFor();
    expect(await page.getByTestId('report-card').innerText()).toContain('部门整体支出绩效评价报告');
    await snap(page, 'department-report-card');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('doc-self-evaluation-report-docx').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/部门整体支出绩效评价报告\.docx$/);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const text = (await extractDocx(bytes)).map((l) => l.text).join('\n');
    let at = -1;
    for (const section of [
      '一、部门概况',
      '二、评价情况',
      '三、主要绩效',
      '四、存在问题',
      '五、有关建议',
      '附件',
    ]) {
      const i = text.indexOf(section);
      expect(i, section).toBeGreaterThan(at);
      at = i;
    }
    expect(text).toContain('部门整体支出绩效评分表');
    expect(text).not.toContain('需要项目信息');
    expect(problems).toEqual([]);
  });
});
