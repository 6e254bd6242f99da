import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileChooser, Page } from 'playwright-core';
import { tinyPdf } from '../../db/seed/samples';
import { hasBrowser, startE2E, type E2E } from './browser';

/** What has focus: its tag, its text (or accessible label) and whether it sits inside main. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      text: (el?.getAttribute('aria-label') || el?.textContent || '').trim(),
      inMain: !!el?.closest('main'),
      inDialog: !!el?.closest('[role="dialog"]'),
    };
  });

/** Presses Tab until the focused element's text matches, at most `max` times; returns how many it took. */
async function tabTo(page: Page, text: string | RegExp, max = 40, key = 'Tab') {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (typeof text === 'string' ? f.text === text : text.test(f.text)) return i;
  }
  throw new Error(`${key} × ${max} never reached ${String(text)}; focus is on ${JSON.stringify(await focused(page))}`);
}

/** Signs in with the keyboard only: Tab to the user name, type, Tab, type, Enter. */
async function signInByKeyboard(page: Page, baseUrl: string, username: string, password: string) {
  await page.context().clearCookies();
  await page.goto('about:blank');
  await page.goto(`${baseUrl}/#/login`);
  await page.locator('input[name="username"]').waitFor();
  for (
    let i = 0;
    i < 5 && (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)) !== 'username';
    i++
  )
    await page.keyboard.press('Tab');
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
}

describe.skipIf(!hasBrowser())('the console by keyboard alone', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
  });
  afterAll(() => e?.close());

  it('signing in lands focus on the first page’s heading; the skip link shows when focused and moves focus into main', async () => {
    const { page } = e;
    await signInByKeyboard(page, e.app.url, 'jigou01', 'Jigou@2026');
    await page.getByText('，您好').waitFor();
    await expect
      .poll(() => focused(page))
      .toEqual({ tag: 'h1', text: '人社网上办事大厅 · 工作人员后台', inMain: true, inDialog: false });

    // A fresh load: the first Tab reaches 跳到正文, which is on screen and readable while focused.
    await page.goto(`${e.app.url}/#/units`);
    await page.reload();
    await page.locator('main h1').filter({ hasText: '单位账号' }).waitFor();
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toMatchObject({ text: '跳到正文', inMain: false });
    const skip = page.getByRole('button', { name: '跳到正文' });
    await expect.poll(async () => (await skip.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect(await skip.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(21, 101, 192)');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toEqual({ tag: 'h1', text: '单位账号', inMain: true, inDialog: false });
    // From the heading, the next Tab goes on inside main, not back to the app bar.
    await page.keyboard.press('Tab');
    expect((await focused(page)).inMain).toBe(true);
  });

  it('the user-menu button is named with the name it shows', async () => {
    const { page } = e;
    const me = (await (await e.app.login('jigou01')).get('/api/auth/me')).body;
    await page.goto(`${e.app.url}/#/`);
    expect(me.name).toBeTruthy();
    // Its name starts with the person's name it shows (WCAG 2.5.3), then says what it is.
    const menu = page.getByRole('banner').getByRole('button', { name: `${me.name} 个人中心`, exact: true });
    await menu.waitFor({ timeout: 10_000 }).catch(async (err: Error) => {
      const names = await page.evaluate(() =>
        [...document.querySelectorAll('header button')].map((b) => `${b.getAttribute('aria-label')}|${b.textContent}`),
      );
      throw new Error(`${err.message}\nheader buttons: ${names.join(', ')}`);
    });
    expect(await menu.textContent()).toContain(me.name);
  });

  it('a window-registration material is chosen from the keyboard: its button opens the file chooser', async () => {
    const { page } = e;
    const choosers: FileChooser[] = [];
    page.on('filechooser', (c) => choosers.push(c));
    await page.goto(`${e.app.url}/#/units/create`);
    await page.locator('main h1').filter({ hasText: /新建/ }).waitFor();
    await page.getByRole('button', { name: '跳到正文' }).focus();
    await page.keyboard.press('Enter');
    await tabTo(page, '选择文件：营业执照副本', 60);
    await page.keyboard.press('Enter');
    await expect.poll(() => choosers.length).toBe(1);
    await choosers[0].setFiles({ name: '营业执照副本.pdf', mimeType: 'application/pdf', buffer: tinyPdf() });
    await page.getByText('营业执照副本.pdf').first().waitFor();
    // The drop zone itself is not a focusable role-less box: the next Tab goes to the next material's button.
    await tabTo(page, '选择文件：办理人身份证', 3);
    page.removeAllListeners('filechooser');
  });

  it('Tab shows a 2 px focus ring on a table sort button and on the rows-per-page select', async () => {
    const { page } = e;
    await page.goto(`${e.app.url}/#/units?perPage=10`);
    await page.locator('tbody tr').nth(9).waitFor();
    await page.getByRole('button', { name: '跳到正文' }).focus();
    await page.keyboard.press('Enter');
    const ring = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const target =
          el.closest<HTMLElement>('.MuiTableSortLabel-root') ??
          el.closest<HTMLElement>('.MuiTablePagination-input') ??
          el;
        const style = getComputedStyle(target);
        return {
          sort: !!el.closest('.MuiTableSortLabel-root'),
          perPage: !!el.closest('.MuiTablePagination-input'),
          outline: `${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`,
        };
      });
    const seen = { sort: '', perPage: '' };
    for (let i = 0; i < 120 && !(seen.sort && seen.perPage); i++) {
      await page.keyboard.press('Tab');
      const r = await ring();
      if (r.sort && !seen.sort) seen.sort = r.outline;
      if (r.perPage && !seen.perPage) seen.perPage = r.outline;
    }
    expect(seen).toEqual({ sort: '2px solid rgb(21, 101, 192)', perPage: '2px solid rgb(21, 101, 192)' });
  });

  it('a list row is reached by Tab and opens on Enter', async () => {
    const { page } = e;
    await signInByKeyboard(page, e.app.url, 'jigou01', 'Jigou@2026');
    // The sign-in page has its own main h1, so wait for the dashboard's greeting: going on before the
    // sign-in has answered lets its redirect to the dashboard win over the navigation below.
    await page.getByText('，您好').waitFor();
    await page.goto(`${e.app.url}/#/units`);
    const firstRow = page.locator('tbody tr.RaDatagrid-clickableRow').first();
    await firstRow.waitFor();
    // From the row's checkbox, one Tab lands on the row that follows it in the tab order: the row itself.
    await firstRow.locator('input[type="checkbox"]').focus();
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TR');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url(), { timeout: 30_000 }).toMatch(/#\/units\/\d+\/show/);
  });

  it('freezes a unit through its dialog: Escape returns focus to 冻结; after confirming, focus goes to the heading and the result is announced', async () => {
    const { page } = e;
    const api = await e.app.login('jigou01');
    const unit = (await api.list('units', { filter: { status: 'active' }, range: [0, 0] })).body[0];
    await page.goto(`${e.app.url}/#/units/${unit.id}/show`);
    await page
      .locator('main h1')
      .filter({ hasText: unit.name })
      .waitFor()
      .catch(() => page.getByText(unit.name).first().waitFor());
    await page.getByRole('button', { name: '冻结', exact: true }).waitFor();
    await page.getByRole('button', { name: '跳到正文' }).focus();
    await page.keyboard.press('Enter');
    await tabTo(page, '冻结');

    // Open with Enter, leave with Escape: back on the button that opened it.
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'textarea', inDialog: true });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => focused(page)).toEqual({ tag: 'button', text: '冻结', inMain: true, inDialog: false });

    // Again, this time with a reason and 确认: the button is gone (the unit is frozen), focus is on the heading.
    await page.keyboard.press('Space');
    await dialog.waitFor();
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'textarea', inDialog: true });
    await page.keyboard.type('单位申请暂停使用网上业务');
    await tabTo(page, '确认', 5);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: '解冻', exact: true }).waitFor();
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'h1', inMain: true });
    // The notification was put into the live region (role=status) for a screen reader to say.
    await expect.poll(() => page.getByRole('status').filter({ hasText: '操作成功' }).count()).toBe(1);
    expect((await api.get(`/api/units/${unit.id}`)).body.status).toBe('frozen');
  });

  it('a batch submission with its 推荐报告 chosen from the keyboard', async () => {
    const { page } = e;
    const api = await e.app.login('shenhe_unit');
    const app = (
      await api.list('title-applications', {
        filter: { status: 'awaiting_submission', currentOrgId: 'mine' },
        range: [0, 0],
      })
    ).body[0];
    expect(app, 'an application waits to be sent up').toBeTruthy();
    await signInByKeyboard(page, e.app.url, 'shenhe_unit', 'Shenhe@2026');
    await page.getByText('，您好').waitFor();
    await page.goto(
      `${e.app.url}/#/title-applications?filter=${encodeURIComponent(JSON.stringify({ status: 'awaiting_submission', currentOrgId: 'mine', q: app.applicantName }))}`,
    );
    const row = page.locator('tbody tr').filter({ hasText: app.applicantName });
    await row.first().waitFor();

    // With nothing selected, the bulk toolbar's buttons are not in the tab order.
    await page.getByRole('button', { name: '跳到正文' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'h1' });
    const reached: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      reached.push((await focused(page)).text);
    }
    expect(reached).not.toContain('批量送审');

    // Space on the row's checkbox (named for its row) selects it; the toolbar's 批量送审 opens with Enter.
    const checkbox = row.first().getByRole('checkbox');
    expect(await checkbox.getAttribute('aria-label')).toMatch(/^选择此行：/);
    await checkbox.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => checkbox.isChecked()).toBe(true);
    await tabTo(page, '批量送审', 20, 'Shift+Tab');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    // Listening from here on lets playwright intercept the chooser before any key is pressed.
    const choosers: FileChooser[] = [];
    page.on('filechooser', (c) => choosers.push(c));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    await tabTo(page, /^选择文件：推荐报告/, 10);
    // Enter on the picker opens the real file chooser.
    await page.keyboard.press('Enter');
    await expect.poll(() => choosers.length).toBe(1);
    await choosers[0].setFiles({ name: '推荐报告.pdf', mimeType: 'application/pdf', buffer: tinyPdf() });
    await dialog.getByText('已选择：推荐报告.pdf').waitFor();
    // Focus stayed on the picker, and Space opens it too (choosing again replaces the file).
    await expect.poll(async () => (await focused(page)).text).toMatch(/^选择文件：推荐报告/);
    await page.keyboard.press('Space');
    await expect.poll(() => choosers.length).toBe(2);
    await choosers[1].setFiles({ name: '推荐报告（定稿）.pdf', mimeType: 'application/pdf', buffer: tinyPdf() });
    await dialog.getByText('已选择：推荐报告（定稿）.pdf').waitFor();
    await tabTo(page, '确认', 10);
    await page.keyboard.press('Enter');
    await page
      .getByText(/已送审 1 条申报，批次 #\d+/)
      .first()
      .waitFor();
    await dialog.waitFor({ state: 'hidden' });
    // The toolbar folded away with the selection: focus is on the heading, not lost on <body>.
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'h1', inMain: true });
    expect((await api.get(`/api/title-applications/${app.id}`)).body.status).not.toBe('awaiting_submission');
  });
});
