import { chromium } from 'playwright-core';
import type { Stat } from './report';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * First list painted after login, in headless Chromium against the built console: from the click on 登录
 * (on the login page a signed-out visit to `hash` leads to) until the list's first row shows real text
 * (a list first paints placeholder rows with blank cells). A fresh browser context per run, so nothing is
 * cached. Returns the runs as a Stat (p50, p99 = the slowest), or why it could not measure.
 */
export async function firstListPainted(
  url: string,
  username: string,
  password: string,
  hash: string,
  runs: number,
): Promise<Stat> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      page.setDefaultTimeout(60_000);
      await page.goto(`${url}/#${hash}`);
      await page.locator('input[name="username"]').fill(username);
      await page.locator('input[name="password"]').fill(password);
      const t0 = Date.now();
      await page.getByRole('button', { name: '登录' }).click();
      // Where the login sends the person back to, or the dashboard: then the list is one menu step away.
      await page.waitForURL((u) => !u.hash.startsWith('#/login'));
      if (!page.url().includes(`#${hash}`)) await page.goto(`${url}/#${hash}`);
      await page.waitForFunction(
        () => {
          const cells = document.querySelectorAll('tbody tr:first-child td');
          return [...cells].filter((c) => (c.textContent ?? '').trim().length > 1).length >= 2;
        },
        undefined,
        { polling: 'raf' },
      );
      times.push(Date.now() - t0);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  times.sort((a, b) => a - b);
  return { rps: 0, p50: times[Math.floor(times.length / 2)], p99: times.at(-1)!, errors: 0 };
}
