// Debian's Chromium driven by playwright-core. When the browser is missing the suite is skipped with a
// message — except under CI=true, where a missing browser is a failure.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { describe, it } from 'vitest';

export const CHROMIUM_PATH = process.env.JIXIAO_CHROMIUM ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const chromiumAvailable = existsSync(CHROMIUM_PATH);

/** `describe` for browser suites: runs with Chromium, fails without it under CI, skips (and says so) otherwise. */
export function describeBrowser(name: string, body: () => void): void {
  if (chromiumAvailable) {
    describe(name, body);
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('needs Chromium', () => {
        throw new Error(
          `Chromium not found at ${CHROMIUM_PATH}; CI=true requires the browser tests to run (apt-get install chromium).`,
        );
      });
    });
    return;
  }
  console.warn(
    `\n[e2e] 跳过浏览器测试「${name}」: Chromium not found at ${CHROMIUM_PATH} (install Debian's chromium to run it).\n`,
  );
  describe.skip(name, body);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export type TestPage = {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and console errors seen so far. */
  problems: string[];
};

export async function openPage(browser: Browser, baseUrl: string): Promise<TestPage> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
    // The UI turns antd's animations off for reduced motion, so no click lands on a closing modal's mask.
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    // A refused login is an expected 401/423 in the network log; anything else is a problem.
    if (msg.type() === 'error' && !/status of 40[13]|status of 423/.test(msg.text()))
      problems.push(`console: ${msg.text()}`);
  });
  return { context, page, problems };
}

/** Full-page screenshot to /tmp/jixiao-e2e-<name>.png, for a person to look at. */
export async function snap(page: Page, name: string): Promise<string> {
  const path = `/tmp/jixiao-e2e-${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * A button's accessible name: antd puts a space between the two characters of a two-character Chinese
 * label ("登 录"), and a button that was loading may keep its fading icon's label ("loading 登 录").
 */
export function buttonName(label: string): RegExp {
  return new RegExp(`(?:^|\\s)${[...label].join('\\s*')}\\s*$`);
}
