// 一体化平台交换 in a browser, against the real server: 四川省商务厅信息中心's 经办人 exports 2020 as JSON
// (the platform's field names), edits it for 2021 and uploads it: the preview names the monitoring rows
// that have no round in 2021 and refuses to import; without them it lists the projects to create, and the
// import creates them.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeBrowser, snap } from './support/browser';
import { browserSuite, signIn } from './support/suite.ts';

describeBrowser('一体化平台交换：导出、预览、导入', () => {
  const tp = browserSuite();

  it('exports a year, previews a file for another year with its problems, then imports it', async () => {
    const { page } = tp;
    await signIn(page, 'scxxzx_jbr');
    await page.getByRole('menuitem', { name: /一体化平台交换$/ }).click();
    await page.getByTestId('exchange-year').fill('2020');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('exchange-export-json').click(),
    ]);
    expect(download.suggestedFilename()).toBe('四川省商务厅信息中心2020年度一体化平台交换数据.json');
    const json = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Record<string, unknown>;
    const projects = json.pm_project_info as Array<Record<string, string>>;
    expect(projects.length).toBeGreaterThan(0);

    const next: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(json))
      next[k] = Array.isArray(v) ? v.map((r: Record<string, string>) => ({ ...r, fiscal_year: '2021' })) : v;
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-exchange-'));
    const withMonitoring = join(dir, '2021含监控.json');
    writeFileSync(withMonitoring, JSON.stringify(next));
    await page.locator('input[type=file]').setInputFiles(withMonitoring);
    await page.getByTestId('exchange-problems').waitFor();
    expect(await page.getByTestId('exchange-problems').innerText()).toContain(
      '2021 年截至 7 月没有向该单位发起的绩效监控',
    );
    expect(await page.getByTestId('exchange-commit').isDisabled()).toBe(true);
    await snap(page, 'exchange-01-problems');

    delete next.pay_perf_monitor_bgt;
    delete next.pay_perf_monitor_info;
    const projectsOnly = join(dir, '2021项目.json');
    writeFileSync(projectsOnly, JSON.stringify(next));
    await page.locator('input[type=file]').setInputFiles(projectsOnly);
    // The first preview also counted the projects to create: wait for the new one (no problems left).
    await expect.poll(() => page.getByTestId('exchange-problems').count(), { timeout: 15_000 }).toBe(0);
    // Its projects and its self-evaluation results are all new in 2021.
    const selfResults = (json.pm_perf_self_eval as unknown[] | undefined)?.length ?? 0;
    await page
      .getByTestId('exchange-count-create')
      .filter({ hasText: `新建 ${projects.length + selfResults}` })
      .waitFor();
    await snap(page, 'exchange-02-preview');
    await page.getByTestId('exchange-commit').click();
    await page.getByTestId('exchange-done').waitFor();
    expect(await page.getByTestId('exchange-done').innerText()).toContain('已导入');
    await snap(page, 'exchange-03-done');
    expect(tp.problems.filter((p) => p.startsWith('pageerror') || /status of 5\d\d/.test(p))).toEqual([]);
  });
});
