import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, signIn, startE2E, type E2E } from './browser';
import { registrationForm, buildUnitFields } from '../helpers/units';
import { zh } from '../../client/i18n/zh';

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
] as const;

const list = (resource: string, filter?: Record<string, unknown>) =>
  `#/${resource}${filter ? `?filter=${encodeURIComponent(JSON.stringify(filter))}` : ''}`;

/** Each main list, who works it, the row's own action and the columns that must stay on screen. */
const LISTS: { name: string; user: string; path: string; action?: string; keep: string[] }[] = [
  { name: '账号申诉', user: 'kefu01', path: list('appeals'), action: '查看', keep: ['dueDate', 'status'] },
  { name: '单位账号', user: 'jigou01', path: list('units'), action: '查看', keep: ['legalRepName', 'status'] },
  { name: '经办人', user: 'jigou01', path: list('operators'), action: '编辑', keep: ['validTo', 'status'] },
  { name: '机构', user: 'jigou01', path: list('institutions'), action: '查看', keep: ['adminName', 'status'] },
  { name: '电子印章', user: 'jigou01', path: list('seals'), action: '查看', keep: ['status'] },
  {
    name: '职称申报',
    user: 'shenhe_unit',
    path: list('title-applications'),
    action: '审核',
    keep: ['submittedAt', 'status', 'dueDate'],
  },
  {
    name: '送审批次',
    user: 'shenhe_unit',
    path: list('submission-batches', { direction: 'sent' }),
    action: '查看',
    keep: ['createdAt'],
  },
  {
    name: '短信发件箱',
    user: 'admin',
    path: list('notifications', { status: 'failed' }),
    action: '重新发送',
    keep: ['status'],
  },
  { name: '工作人员', user: 'admin', path: list('staff'), action: '编辑', keep: ['status'] },
  { name: '审计日志', user: 'auditor', path: list('audit-logs'), keep: ['summaryText', 'at'] },
];

/** Whether the element lies wholly inside the window (no scrolling needed either way). */
async function onScreen(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth && r.top >= 0 && r.bottom <= window.innerHeight;
    });
}

/** Rows of the list with real content (the list first paints placeholder rows with blank cells). */
const realRows = (page: Page) => page.locator('tbody tr').filter({ hasText: /\S/ });

describe.skipIf(!hasBrowser())('screens that fit 1440×900 and 1024×768', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
  });
  afterAll(() => e?.close());

  it('when each main list opens at 1440×900 and at 1024×768, then the page never scrolls sideways and the row action and key columns are on screen', async () => {
    const { page } = e;
    const problems: string[] = [];
    let user = '';
    for (const l of LISTS) {
      if (l.user !== user) {
        await page.setViewportSize(SIZES[0]);
        await signIn(page, e.app.url, l.user);
        await page.getByText('您好').first().waitFor();
        user = l.user;
      }
      // A fresh load per list, so no row of the list before is mistaken for this one's; then the same
      // list at each size by resizing the window, as a clerk would (the layout follows the width live).
      await page.setViewportSize(SIZES[0]);
      await page.goto('about:blank');
      await page.goto(`${e.app.url}/${l.path}`);
      await expect.poll(() => realRows(page).count()).toBeGreaterThan(0);
      for (const size of SIZES) {
        await page.setViewportSize(size);
        // The sidebar has settled (open from 1,280 px, folded below) before anything is measured.
        await expect
          .poll(() =>
            page
              .locator('.RaSidebar-fixed')
              .first()
              .evaluate((el) => Math.round(el.getBoundingClientRect().width)),
          )
          .toSatisfy((w: number) => (size.width >= 1280 ? w > 150 : w < 80));
        const at = `${l.name} @ ${size.width}×${size.height}`;
        const widths = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          inner: window.innerWidth,
        }));
        if (widths.scroll > widths.inner) problems.push(`${at}: page is ${widths.scroll} px wide`);
        for (const c of l.keep)
          if (!(await onScreen(page, `thead th.column-${c}`))) problems.push(`${at}: column ${c} off screen`);
        if (l.action) {
          const button = realRows(page).first().locator('a, button', { hasText: l.action });
          const fits =
            (await button.count()) > 0 &&
            (await button.first().evaluate((el) => {
              const r = el.getBoundingClientRect();
              return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth;
            }));
          if (!fits) problems.push(`${at}: row action ${l.action} not on screen`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('when the units and institutions lists open at 1440×900, then 15 or more rows are on screen and 法定代表人 stays on one line', async () => {
    const { page } = e;
    await page.setViewportSize(SIZES[0]);
    await signIn(page, e.app.url, 'jigou01');
    await page.getByText('您好').first().waitFor();
    for (const path of [list('units'), list('institutions')]) {
      await page.goto(`${e.app.url}/${path}`);
      await expect.poll(() => realRows(page).count()).toBeGreaterThan(15);
      const visible = await realRows(page).evaluateAll(
        (rows) => rows.filter((r) => r.getBoundingClientRect().bottom <= window.innerHeight).length,
      );
      expect(visible, path).toBeGreaterThanOrEqual(15);
    }
    await page.goto(`${e.app.url}/${list('units')}`);
    await expect.poll(() => realRows(page).count()).toBeGreaterThan(0);
    // An inline text box has one client rect per line it occupies.
    const lines = await page
      .locator('tbody td.column-legalRepName > span')
      .evaluateAll((spans) => spans.map((s) => s.getClientRects().length));
    expect(Math.max(...lines)).toBeLessThanOrEqual(1);
  });

  it('when a window registration’s 受理回执 is printed, then no navigation is printed and the sheet carries its 受理编号', async () => {
    const { page } = e;
    const jigou = await e.app.login('jigou01');
    const created = await jigou.post('/api/units', registrationForm(buildUnitFields({ account: 'printcheck01' })));
    expect(created.status).toBe(201);
    const receiptNo: string = created.body.receiptNo;
    expect(receiptNo).toMatch(/^SL\d{12}$/);
    await page.setViewportSize(SIZES[0]);
    await signIn(page, e.app.url, 'jigou01');
    await page.getByText('您好').first().waitFor();
    await page.goto(`${e.app.url}/#/units/${created.body.id}/receipt`);
    await page.getByTestId('receipt-no').waitFor();
    // On screen the console is around the sheet…
    expect(await page.locator('.RaSidebar-fixed').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    try {
      // …on paper only the sheet: no app bar, no menu, no buttons.
      await expect.poll(() => page.locator('header').first().isVisible()).toBe(false);
      expect(await page.locator('.RaSidebar-fixed').first().isVisible()).toBe(false);
      expect(await page.getByRole('menuitem').filter({ visible: true }).count()).toBe(0);
      expect(await page.getByRole('button').filter({ visible: true }).count()).toBe(0);
      expect(await page.getByTestId('receipt-no').textContent()).toBe(receiptNo);
      await page.getByText('李娜').waitFor();
      expect(await page.getByText('110***********1239').isVisible()).toBe(true);
      await page.getByText('办理人签字').waitFor();
      // The sheet uses the page's width, not two thirds of it.
      const sheet = await page
        .locator('.printable-sheet')
        .evaluate((el) => el.getBoundingClientRect().width / document.documentElement.clientWidth);
      expect(sheet).toBeGreaterThan(0.9);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('when the window registration form opens, then it has two columns from 1,280 px and one below, and says why 保存 is disabled until something is filled in', async () => {
    const { page } = e;
    await page.setViewportSize(SIZES[0]);
    await signIn(page, e.app.url, 'jigou01');
    await page.getByText('您好').first().waitFor();
    await page.goto(`${e.app.url}/#/units/create`);
    const left = (label: RegExp) =>
      page
        .getByLabel(label)
        .first()
        .evaluate((el) => Math.round(el.getBoundingClientRect().left));
    await page.getByLabel(/^统一社会信用代码/).waitFor();
    // 统一社会信用代码 and 单位名称 side by side at 1440…
    await expect.poll(async () => (await left(/^单位名称/)) - (await left(/^统一社会信用代码/))).toBeGreaterThan(200);
    const save = page.getByRole('button', { name: '保存' });
    expect(await save.isDisabled()).toBe(true);
    expect(await page.getByText('尚未填写或修改任何内容，“保存”暂不可用').isVisible()).toBe(true);
    await page.getByLabel(/^单位名称/).fill('长春市两栏测试有限公司');
    await expect.poll(() => page.getByText('尚未填写或修改任何内容，“保存”暂不可用').count()).toBe(0);
    expect(await save.isDisabled()).toBe(false);
    // …one under the other at 1024.
    await page.setViewportSize(SIZES[1]);
    await expect.poll(async () => (await left(/^单位名称/)) - (await left(/^统一社会信用代码/))).toBe(0);
  });

  it('when the create and edit forms render in Chinese, then every label comes from the zh catalogue', async () => {
    const { page } = e;
    const catalogue = new Set<string>();
    const walk = (o: unknown) => {
      if (typeof o === 'string') catalogue.add(o.trim());
      else if (o && typeof o === 'object') Object.values(o).forEach(walk);
    };
    walk(zh);
    const api = await e.app.login('jigou01');
    const unitId = (await api.list('units', { range: [0, 0] })).body[0].id;
    const operatorId = (await api.list('operators', { range: [0, 0] })).body[0].id;
    const institutionId = (await api.list('institutions', { range: [0, 0] })).body[0].id;
    await page.setViewportSize(SIZES[0]);
    await signIn(page, e.app.url, 'jigou01');
    await page.getByText('您好').first().waitFor();
    const misses: string[] = [];
    for (const path of [
      'units/create',
      `units/${unitId}`,
      'operators/create',
      `operators/${operatorId}`,
      'institutions/create',
      `institutions/${institutionId}`,
    ]) {
      await page.goto(`${e.app.url}/#/${path}`);
      await page.locator('form label.MuiFormLabel-root').first().waitFor();
      // The form's own fields have arrived (an edit form loads its record first).
      await expect.poll(() => page.locator('form label.MuiFormLabel-root').count()).toBeGreaterThan(3);
      const labels = await page
        .locator('form label.MuiFormLabel-root, form legend')
        .evaluateAll((els) =>
          els.map((el) => (el.textContent ?? '').replace(/[\s\u2009]*\*$/, '').trim()).filter(Boolean),
        );
      for (const l of labels) if (!catalogue.has(l)) misses.push(`${path}: ${l}`);
    }
    expect(misses).toEqual([]);
  });
});
