// The platform seen through a browser: log in as admin, see the organisation tree with the demo
// organisations, create a user, log out, and see a wrong password refused in Chinese; then the new
// user logs in. Runs against the real server (`node bin/jixiao.js serve`) on a fresh data folder.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ADMIN_PASSWORD } from './support/server';
import { buttonName, describeBrowser, snap } from './support/browser';
import { browserSuite, submitLogin } from './support/suite.ts';

const CHINESE = /[\u4e00-\u9fff]/;
const DEMO_ORG = '四川省商务厅';

/** A left-menu entry; its accessible name also carries the icon's label, so match the end. */
function menuItem(page: Page, label: string) {
  return page.getByRole('menuitem', { name: new RegExp(`${label}$`) });
}

const login = submitLogin;

describeBrowser('平台：登录、组织机构树、新建用户、退出与错误密码', () => {
  const tp = browserSuite();

  const username = `e2e_${Date.now().toString(36)}`;
  const displayName = '测试经办人';
  const userPassword = 'Test#Pass2026';

  it('shows the Chinese login page and logs admin in', async () => {
    const { page } = tp;
    await page.goto('/');
    await expect.poll(() => page.title()).toBe('绩效 · 预算绩效管理系统');
    await page.getByText('用户登录').waitFor();
    await snap(page, '01-login');

    await login(page, 'admin', ADMIN_PASSWORD);
    await page.getByTestId('current-user').waitFor();
    expect(await page.locator('.jx-brand-name').innerText()).toBe('绩效 · 预算绩效管理系统');
  });

  it('shows the organisation tree with the demo organisations and the module menu', async () => {
    const { page } = tp;
    const tree = page.getByTestId('org-tree');
    await tree.locator('.ant-tree-title', { hasText: DEMO_ORG }).first().waitFor();
    for (const module of ['用户管理', '组织机构', '指标体系管理', '审核流程设置']) {
      await menuItem(page, module).waitFor();
    }
    // An administrator has no business role: they land on their own work and see no business module.
    expect(new URL(page.url()).pathname).toBe('/admin/users');
    for (const module of ['绩效目标', '绩效自评', '审核', '决算', '报告', '校验'])
      expect(await menuItem(page, module).count(), module).toBe(0);
    await snap(page, '02-home');
  });

  it('creates a user in a demo organisation', async () => {
    const { page } = tp;
    await menuItem(page, '用户管理').click();
    await page
      .getByTestId('org-tree')
      .locator('.ant-tree-title', { hasText: new RegExp(`^${DEMO_ORG}$`) })
      .click();
    await page.getByText(`「${DEMO_ORG}」及其下级组织的用户`).waitFor();
    await page.locator('.ant-table-tbody').waitFor();
    await snap(page, '03-users');

    await page.getByRole('button', { name: /新建用户/ }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '新建用户' });
    await dialog.getByLabel('用户名').fill(username);
    await dialog.getByLabel('姓名').fill(displayName);
    await dialog.getByLabel('初始密码').fill(userPassword);
    // The organisation defaults to the one selected in the tree.
    expect(await dialog.locator('.ant-form-item', { hasText: '组织' }).last().innerText()).toContain(
      DEMO_ORG,
    );
    await dialog.getByText('至少8位，包含大写字母、小写字母、数字、符号中的至少三类').waitFor();
    await snap(page, '04-create-user');
    await dialog.getByRole('button', { name: buttonName('保存') }).click();

    await page.getByText(`已创建用户「${displayName}」`).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.locator('.ant-table-tbody tr', { hasText: username });
    await row.waitFor();
    const rowText = await row.innerText();
    expect(rowText).toContain(displayName);
    expect(rowText).toContain(DEMO_ORG);
    expect(rowText).toContain('启用');
    await snap(page, '05-user-created');
  });

  it('logs out and refuses a wrong password with a Chinese message', async () => {
    const { page } = tp;
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.getByText('用户登录').waitFor();

    await login(page, 'admin', 'Wrong#Pass2026');
    const alert = page.getByTestId('login-error');
    await alert.waitFor();
    const text = (await alert.innerText()).trim();
    expect(text).toMatch(CHINESE);
    expect(text).not.toMatch(/unauthori[sz]ed|invalid|credentials|error|exception|stack/i);
    expect(await page.getByTestId('current-user').count()).toBe(0);
    await snap(page, '06-wrong-password');
  });

  it('lets the new user log in with the initial password', async () => {
    const { page, problems } = tp;
    await login(page, username, userPassword);
    await page.getByTestId('current-user').waitFor();
    expect(await page.getByTestId('current-user').innerText()).toBe(displayName);
    // Logging out left the admin page behind: the next user starts at the home page.
    await page.getByTestId('goals-no-access').waitFor();
    expect(new URL(page.url()).pathname).toBe('/goals');
    // An ordinary user sees no 系统管理.
    expect(await menuItem(page, '用户管理').count()).toBe(0);
    await snap(page, '07-new-user');
    expect(problems).toEqual([]);
  });
});
