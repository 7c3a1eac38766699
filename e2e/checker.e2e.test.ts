// 校验 through a browser: a 经办人 signs in, opens 校验, uploads seed 000, and sees the 元-for-万元 error
// (住房公积金 11.80元, line 73: the 项 add up to 233.72 only in 万元) highlighted in its line; the
// severity filter hides what is unchecked, and clicking a finding brings its line into view.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot } from './support/server';
import { describeBrowser, snap } from './support/browser';
import { browserSuite, signIn } from './support/suite.ts';

const SEED_000 = join(repoRoot, 'src', 'domain', 'checks', '__fixtures__', '000_ad42accaf8116a04.txt');

describeBrowser('校验：上传文件，在原文中标出问题', () => {
  const tp = browserSuite();

  it('signs in as a 经办人 and opens 校验', async () => {
    const { page } = tp;
    await signIn(page, 'scxxzx_jbr', '/checker');
    await page.getByText('点击或拖拽文件到此处进行校验').waitFor();
    expect(new URL(page.url()).pathname).toBe('/checker');
  });

  it('uploads seed 000 and shows 11.80元 highlighted as an error on line 73', async () => {
    const { page } = tp;
    await page.locator('input[type=file]').setInputFiles(SEED_000);
    await page.getByTestId('file-tab').filter({ hasText: '000_ad42accaf8116a04.txt' }).waitFor();

    const finding = page.locator('[data-testid=finding][data-line="73"][data-rule="unit.yuan-for-wanyuan"]');
    await finding.waitFor();
    const card = await finding.innerText();
    expect(card).toContain('错误');
    expect(card).toContain('第 73 行');
    expect(card).toContain('11.80万元');
    expect(card).toMatch(/11\.80元.*应为11\.80万元/);

    await finding.click();
    const line = page.getByTestId('document-text').locator('[data-line="73"]');
    await expect.poll(() => line.getAttribute('class')).toMatch(/has-error.*selected/);
    const mark = line.getByTestId('highlight');
    expect(await mark.first().innerText()).toContain('11.80元');
    expect(await mark.first().getAttribute('class')).toContain('jx-hl-error');
    await expect.poll(() => line.isVisible()).toBe(true);
    // The line was scrolled into the text pane's view.
    const [pane, box] = [await page.getByTestId('document-text').boundingBox(), await line.boundingBox()];
    expect(box!.y).toBeGreaterThanOrEqual(pane!.y);
    expect(box!.y + box!.height).toBeLessThanOrEqual(pane!.y + pane!.height + 1);
    await snap(page, 'checker-01-seed-000');
  });

  it('filters by severity: with only 提示 shown, no error card is listed', async () => {
    const { page, problems } = tp;
    const notes = await page.locator('[data-testid=finding]').filter({ hasText: '提示' }).count();
    expect(notes).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: /^错误/ }).uncheck();
    await page.getByRole('checkbox', { name: /^警告/ }).uncheck();
    await expect
      .poll(() => page.locator('[data-testid=finding][data-rule="unit.yuan-for-wanyuan"]').count())
      .toBe(0);
    expect(await page.locator('[data-testid=finding]').count()).toBe(notes);
    await page.getByRole('checkbox', { name: /^错误/ }).check();
    await page.locator('[data-testid=finding][data-line="73"]').waitFor();
    expect(problems).toEqual([]);
  });
});
