import { expect, inject } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/testApp';
import { DEMO_ACCOUNTS } from '../../db/seed/foundation';
import { CHROMIUM } from './globalSetup';

/** Whether browser tests can run here; globalSetup already failed the run in CI without Chromium. */
export const hasBrowser = () => inject('e2e').browser;

export interface E2E {
  app: TestApp;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

/** The real server with the full demo data and the built console, and a headless Chromium page. */
export async function startE2E(): Promise<E2E> {
  const { templateDb, clientDir } = inject('e2e');
  const app = await startTestApp({ dbFile: templateDb, clientDir, liveClock: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  // A budget for a busy machine: every wait is on a condition, so a quick page never waits this long.
  page.setDefaultTimeout(30_000);
  return {
    app,
    browser,
    page,
    async close() {
      await browser.close();
      await app.close();
    },
  };
}

/**
 * Clicks a toolbar button until its dialog is open: a show page re-renders its toolbar while the
 * record loads, and a click that lands on a button being replaced opens nothing.
 */
export async function openDialog(page: Page, buttonName: string) {
  const dialog = page.getByRole('dialog');
  await expect
    .poll(
      async () => {
        if (!(await dialog.isVisible()))
          await page
            .getByRole('button', { name: buttonName, exact: true })
            .click({ timeout: 5_000 })
            .catch(() => undefined);
        return dialog.isVisible();
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  return dialog;
}

/** Signs in through the login page as a person would. */
export async function signIn(page: Page, baseUrl: string, username: string, password?: string) {
  const pw = password ?? DEMO_ACCOUNTS.find((a) => a.username === username)!.password;
  // A full page load without the previous person's session cookie, so nothing of theirs survives.
  await page.context().clearCookies();
  await page.goto('about:blank');
  await page.goto(`${baseUrl}/#/login`);
  // By name: the label 密码 also matches the show-password toggle (显示密码).
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(pw);
  await page.getByRole('button', { name: '登录' }).click();
}
