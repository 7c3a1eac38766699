// 佐证材料 in a browser, against the real server: a 经办人 attaches a PDF to a self-evaluation, sees it
// listed with its size and hash, downloads it (an attachment under its Chinese name) and gets the very
// same bytes back; then attaches a photo to an indicator of a project's goal table from its row.
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser } from './support/browser';
import { browserSuite, signIn } from './support/suite.ts';

/** A real (tiny) PDF with every byte value after it, so that any re-encoding on the way would show. */
const PDF = Buffer.concat([
  Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n%', 'latin1'),
  Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 256)),
]);
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** The page's errors, without antd's deprecation notices of other pages' components. */
const ownProblems = (problems: string[]) => problems.filter((p) => !/Warning: \[antd: /.test(p));

async function getJson<T>(page: Page, url: string): Promise<T> {
  return page.evaluate(async (u) => (await fetch(u)).json(), url) as Promise<T>;
}

describeBrowser('佐证材料：经办人上传、列表、下载（字节一致）', () => {
  const tp = browserSuite();

  it('attaches a PDF to a self-evaluation, lists it and downloads the same bytes', async () => {
    const { page } = tp;
    await signIn(page, 'sczwfw_jbr');
    const me = await getJson<{ user: { orgId: string } }>(page, '/api/auth/me');
    const list = await getJson<{ items: Array<{ id: string }> }>(
      page,
      `/api/evaluations?orgId=${me.user.orgId}`,
    );
    await page.goto(`/evaluations/${list.items[0]!.id}`);
    const card = page.getByTestId('evidence-list');
    await card.waitFor();
    await card.locator('input[type=file]').setInputFiles({
      name: '自评佐证（会议纪要）.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    const link = page.getByTestId('evidence-download-自评佐证（会议纪要）.pdf');
    await link.waitFor();
    const row = card.locator('tr', { has: link });
    expect(await row.innerText()).toContain('PDF 文档');
    expect(await row.innerText()).toContain('4 KB');
    expect(await row.innerText()).toContain(createHash('sha256').update(PDF).digest('hex').slice(0, 8));
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: '/tmp/jixiao-e2e-evidence-01-evaluation-card.png' });

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('自评佐证（会议纪要）.pdf');
    const bytes = await readFile((await download.path())!);
    expect(Buffer.compare(bytes, PDF)).toBe(0);
    expect(ownProblems(tp.problems)).toEqual([]);
  });

  it('attaches a photo to an indicator from its row of the goal table', async () => {
    const { page } = tp;
    const me = await getJson<{ user: { orgId: string } }>(page, '/api/auth/me');
    const projects = await getJson<{ items: Array<{ id: string }> }>(
      page,
      `/api/projects?orgId=${me.user.orgId}`,
    );
    const withRows = [];
    for (const p of projects.items) {
      const detail = await getJson<{ id: string; indicators: Array<{ level3: string }> }>(
        page,
        `/api/projects/${p.id}`,
      );
      if (detail.indicators.length > 0) withRows.push(detail);
    }
    const project = withRows[0]!;
    const name = project.indicators[0]!.level3;
    await page.goto(`/goals/${project.id}`);
    await page.getByTestId('add-indicator').waitFor({ timeout: 60_000 });
    // The 佐证 column is at the right end of the wide goal table: scroll there as a person would.
    await page.evaluate(() =>
      document.querySelectorAll('.ant-table-content, .ant-table-body').forEach((e) => {
        e.scrollLeft = e.scrollWidth;
      }),
    );
    await page
      .getByRole('button', { name: `佐证材料 · ${name}` })
      .first()
      .click({ timeout: 60_000 });
    const drawer = page.getByRole('dialog');
    await drawer.getByTestId('evidence-upload').waitFor();
    await drawer
      .locator('input[type=file]')
      .setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: PNG });
    await drawer.getByTestId('evidence-download-现场照片.png').waitFor();
    await page.screenshot({ path: '/tmp/jixiao-e2e-evidence-02-indicator-drawer.png' });
    await drawer.locator('.ant-drawer-close').click();
    // The row's button counts it, and the project's list names the indicator.
    await expect
      .poll(() =>
        page
          .getByRole('button', { name: `佐证材料 · ${name}` })
          .first()
          .innerText(),
      )
      .toContain('佐证 1');
    const projectList = page.getByTestId('evidence-list');
    expect(await projectList.innerText()).toContain(name);
    await projectList.scrollIntoViewIfNeeded();
    await projectList.screenshot({ path: '/tmp/jixiao-e2e-evidence-03-project-card.png' });
    expect(ownProblems(tp.problems)).toEqual([]);
  });
});
