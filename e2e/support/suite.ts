/**
 * One browser suite's life: a real server, Chromium and one page, started before the tests and stopped
 * after; a failing test leaves a screenshot and the page's errors. Plus signing in and out.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buttonName, launchBrowser, openPage, snap, type TestPage } from './browser.ts';
import { DEMO_PASSWORD, ADMIN_PASSWORD, startServer, type RunningServer } from './server.ts';

/** Reads like a TestPage (page, context, problems) and also gives the server and the browser. */
export type BrowserSuite = TestPage & { readonly server: RunningServer; readonly browser: Browser };

export function browserSuite(): BrowserSuite {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let tp: TestPage | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    tp = await openPage(browser, server.baseUrl);
  });
  afterAll(async () => {
    await tp?.context.close();
    await browser?.close();
    await server?.stop();
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail' && tp) {
      const path = await snap(tp.page, `failed-${ctx.task.name.replace(/\W+/g, '-')}`);
      console.error(
        `[e2e] screenshot of the failure: ${path}\n${tp.problems.join('\n')}\n${server?.output().slice(-2000) ?? ''}`,
      );
    }
  });
  return {
    get server() {
      return server!;
    },
    get browser() {
      return browser!;
    },
    get page() {
      return tp!.page;
    },
    get context() {
      return tp!.context;
    },
    get problems() {
      return tp!.problems;
    },
  };
}

/** Types the credentials on the login page and presses 登录 (the caller checks the outcome). */
export async function submitLogin(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: buttonName('登录') }).click();
}

/** Opens `path` (the login page shows first) and signs in as a demo user or admin. */
export async function signIn(page: Page, username: string, path = '/'): Promise<void> {
  await page.goto(path);
  await submitLogin(page, username, username === 'admin' ? ADMIN_PASSWORD : DEMO_PASSWORD);
  await page.getByTestId('current-user').waitFor();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  // The page turns anonymous at once; the server ends the session when its answer comes. A navigation before then
  // would cancel the request and leave the session open (the next "sign in" would find the old user logged in).
  const ended = page.waitForResponse((r) => r.url().endsWith('/api/auth/logout'));
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await ended;
  await page.getByText('用户登录').waitFor();
}
