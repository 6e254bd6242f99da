import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, signIn, startE2E, type E2E } from './browser';

/** The figure of a KPI chart, found by its caption; it is drawn once the chart chunk has loaded. */
async function chart(page: Page, caption: string) {
  const figure = page.locator('figure').filter({ has: page.getByText(caption, { exact: true }) });
  await figure.locator('svg').first().waitFor();
  return figure;
}

/** The list's total as react-admin shows it under the table (第 1-25 条，共 120 条). */
const totalShown = async (page: Page) => {
  const text = await page
    .getByText(/共 \d+ 条/)
    .first()
    .innerText();
  return Number(/共 (\d+) 条/.exec(text)![1]);
};

describe.skipIf(!hasBrowser())('dashboard KPIs (issue 14 §4)', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
  });
  afterAll(() => e?.close());

  it('kefu01 sees the appeal charts; a day in the table and the compliance number open their filtered lists', async () => {
    const { page, app } = e;
    await signIn(page, app.url, 'kefu01');
    await page.getByText('，您好').first().waitFor();
    await page.getByRole('heading', { name: '申诉办理（近 30 天）' }).waitFor();
    const perDay = await chart(page, '每日收到与办结');
    await chart(page, '各客服未办结申诉');
    await perDay.getByText('以表格查看').click();
    // The last of the 30 days is today in Beijing.
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(5, 10);
    await expect.poll(() => perDay.locator('tbody tr th').last().innerText()).toBe(today);
    // The latest day that received appeals: its number opens the appeals received that day.
    const receivedLinks = perDay.locator('tbody tr td:nth-child(2) a');
    const counts = (await receivedLinks.allInnerTexts()).map(Number);
    const day = counts.findLastIndex((n) => n > 0);
    expect(day, 'the demo data has appeals received in the last 30 days').toBeGreaterThanOrEqual(0);
    await receivedLinks.nth(day).click();
    await page.waitForURL(/#\/appeals\?filter=.*submittedAt_gte/);
    await expect.poll(() => totalShown(page)).toBe(counts[day]);

    await page.goto(`${app.url}/#/`);
    const compliance = page.getByRole('link', { name: /按期办结率/ });
    await compliance.waitFor();
    await compliance.click();
    await page.waitForURL(/#\/appeals\?filter=.*decidedAt_gte/);
    await page.getByRole('heading', { name: '账号申诉' }).first().waitFor();
  });

  it('jigou01 sees the unit numbers and this week’s chart; 待激活 opens the pending units', async () => {
    const { page, app } = e;
    await signIn(page, app.url, 'jigou01');
    await page.getByText('，您好').first().waitFor();
    await page.getByRole('heading', { name: '单位账号（本周）' }).waitFor();
    await chart(page, '本周每日激活');
    const pending = page.getByRole('link', { name: /待激活$/ }).filter({ hasText: /^\d+/ });
    const shown = Number(/^\d+/.exec(await pending.first().innerText())![0]);
    expect(shown).toBeGreaterThan(0);
    await pending.first().click();
    await page.waitForURL(/#\/units\?filter=.*pending_activation/);
    await expect.poll(() => totalShown(page)).toBe(shown);
  });

  it('jigou01 opens 接口文档 from the user menu: the OpenAPI page opens in a new window, signed in', async () => {
    const { page } = e;
    await page.getByRole('button', { name: /用户菜单|个人中心/ }).click();
    const item = page.getByRole('menuitem', { name: '接口文档（新窗口）' });
    const [docs] = await Promise.all([page.context().waitForEvent('page'), item.click()]);
    await docs.getByRole('heading', { name: '接口文档', level: 1 }).waitFor();
    expect(docs.url()).toMatch(/\/api\/docs$/);
    await docs.close();
  });
});
