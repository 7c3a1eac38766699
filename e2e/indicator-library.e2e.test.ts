// 指标库 in a browser, against the real server: a 经办人 of a demo unit (四川省商务厅信息中心) opens a
// project's goals, searches the 指标库, picks 项目预算控制数 (成本指标, 反向 ≤), enters 32.35万元 against
// 31.68万元 — met, spending less than planned — saves, and after a reload sees the row saved with its
// direction and where it came from. The system administrator's 指标库 page lists the starter library.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buttonName, describeBrowser, snap } from './support/browser';
import { browserSuite, signIn, signOut } from './support/suite.ts';

const menuItem = (page: Page, label: string) => page.getByRole('menuitem', { name: new RegExp(`${label}$`) });

describeBrowser('指标库：经办人从指标库选用指标，保存后带着方向；管理员维护指标库', () => {
  const tp = browserSuite();
  const projectName = `E2E指标库选用${Date.now().toString(36)}`;

  it('lets a 经办人 search the library, pick an indicator and save it with its direction', async () => {
    const { page } = tp;
    await signIn(page, 'scxxzx_jbr');
    await menuItem(page, '绩效目标').click();
    await page.getByTestId('new-project').click();
    await page.getByTestId('new-project-name').fill(projectName);
    await page.getByTestId('new-project-year').fill('2020');
    await page.getByRole('button', { name: buttonName('确定') }).click();
    await page.getByText('项目绩效目标完成情况表').waitFor();

    await page.getByTestId('library-open').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('从指标库选用指标').waitFor();
    await dialog.getByTestId('library-search').locator('input').fill('预算控制');
    await dialog.getByTestId('library-pick-GX-0001').waitFor();
    await dialog.getByText('共 1 条').waitFor();
    expect(await dialog.locator('.ant-table-tbody').innerText()).toContain('反向（≤）');
    // The edition searched (the project's year 2020: the national 2020 edition) is named.
    expect(await dialog.getByTestId('library-edition-note').innerText()).toContain('指标库：全国 2020 年版');
    await snap(page, 'library-01-picker');
    await dialog.getByTestId('library-pick-GX-0001').click();
    await dialog.waitFor({ state: 'hidden' });

    await expect.poll(() => page.getByTestId('ind-level3-0').inputValue()).toBe('项目预算控制数');
    expect(await page.getByTestId('ind-library-0').innerText()).toContain('单位：万元');
    expect(await page.getByTestId('ind-direction-0').innerText()).toContain('反向（≤）');
    await page.getByTestId('ind-target-0').fill('32.35万元');
    await page.getByTestId('ind-actual-0').fill('31.68万元');
    // Spending less than planned meets a 成本指标.
    await expect.poll(() => page.getByTestId('ind-status-0').innerText()).toContain('已达成');

    await page.getByTestId('project-save').click();
    await page.getByText('已保存').first().waitFor();
    await page.reload();
    await expect.poll(() => page.getByTestId('ind-level3-0').inputValue()).toBe('项目预算控制数');
    expect(await page.getByTestId('ind-direction-0').innerText()).toContain('反向（≤）');
    expect(await page.getByTestId('ind-library-0').innerText()).toContain('来自指标库 GX-0001');
    expect(await page.getByTestId('ind-status-0').innerText()).toContain('已达成');
    await snap(page, 'library-02-saved');
    // The server has it too, with the direction the unit picked.
    const saved = await page.evaluate(async (name) => {
      const orgs = (await (await fetch('/api/orgs')).json()) as {
        items: Array<{ id: string; code: string }>;
      };
      const org = orgs.items.find((o) => o.code === 'SC-SWT-XXZX')!;
      const list = (await (await fetch(`/api/projects?orgId=${org.id}`)).json()) as {
        items: Array<{ id: string; name: string }>;
      };
      const p = list.items.find((x) => x.name === name)!;
      return (await (await fetch(`/api/projects/${p.id}`)).json()) as {
        indicators: Array<{ direction: string; unit: string; libraryCode: string }>;
      };
    }, projectName);
    expect(saved.indicators[0]).toMatchObject({ direction: 'lower', unit: '万元', libraryCode: 'GX-0001' });
    expect(tp.problems).toEqual([]);
    await signOut(page);
  });

  it('shows the system administrator the 指标库 with its starter 共性 indicators', async () => {
    const { page } = tp;
    await signIn(page, 'admin', '/admin/indicator-library');
    await page.getByTestId('library-page').waitFor();
    await page.getByTestId('library-table').getByText('项目预算控制数').waitFor();
    await page.getByText('共 36 条').first().waitFor();
    // The edition shown (and exported, imported into) is chosen at the top: the national 2020 edition.
    expect(await page.getByTestId('library-edition').innerText()).toContain('全国 2020 年版（36 条）');
    await snap(page, 'library-03-admin');
    // A new year's edition, as a copy of the national 2020 one: shown at once, with its 36 entries.
    await page.getByTestId('edition-add').click();
    const dialog = page.getByRole('dialog');
    await dialog
      .locator('input[data-testid="edition-year"], [data-testid="edition-year"] input')
      .fill('2024');
    await snap(page, 'library-04-new-edition');
    await dialog.getByRole('button', { name: buttonName('确定') }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('library-edition').getByText('全国 2024 年版（36 条）').waitFor();
    await page.getByText('共 36 条').first().waitFor();
    expect(tp.problems).toEqual([]);
  });
});
