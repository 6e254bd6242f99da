import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, like } from 'drizzle-orm';
import type { Locator, Page } from 'playwright-core';
import { orgs, titlePlans } from '../../db/schema';
import { TITLE_MODULES } from '../../client/resources/title-applications/choices';
import { buildTitleApplication, submitTitleApplication } from '../helpers/titles';
import { residentIdFor } from '../helpers/fixtures';
import { seedProcessingAppeal } from '../helpers/appeals';
import { hasBrowser, signIn, startE2E, type E2E } from './browser';
import { overflow, tabsOnScreen } from './reflow';

/** What has focus: its id, role, accessible text and whether it sits in a dialog. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      id: el?.id ?? '',
      tag: el?.tagName.toLowerCase() ?? '',
      role: el?.getAttribute('role') ?? '',
      text: (el?.getAttribute('aria-label') || el?.textContent || '').trim(),
      inDialog: !!el?.closest('[role="dialog"]'),
    };
  });

const isFocused = (l: Locator) => l.evaluate((el) => el === document.activeElement);

/** The keyboard, counted: every press goes through here, so the test can hold the walk to its budget. */
function keyboard(page: Page) {
  let presses = 0;
  return {
    press: async (key: string) => {
      presses++;
      await page.keyboard.press(key);
    },
    get presses() {
      return presses;
    },
  };
}

/**
 * The two review pages at keyboard speed [issue 19 §3–5]: a title review of nine modules by its
 * shortcut keys in at most 25 presses, the appeal checklist of seven materials and the decision in at
 * most 30, focus checked after every step; the PDF viewer skipped with one key; and both pages, with
 * one form, at 320 CSS px without two-dimensional scrolling.
 */
describe.skipIf(!hasBrowser())('review at keyboard speed, and reflow at 320 px', () => {
  let e: E2E;
  let titleId: number;
  let appealId: number;

  beforeAll(async () => {
    e = await startE2E();
    const plan = e.app.db.select().from(titlePlans).where(like(titlePlans.name, '%卫生系列高级%')).get()!;
    const hospital = e.app.db.select().from(orgs).where(eq(orgs.name, '长春市中心医院')).get()!;
    const res = await submitTitleApplication(
      e.app,
      buildTitleApplication(e.app, {
        planId: plan.id,
        unitOrgId: hospital.id,
        applicant: { name: '键盘审核', idNumber: residentIdFor(6161), phone: '13904315678' },
      }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    titleId = res.body.id;
    appealId = (await seedProcessingAppeal(e.app, await e.app.login('kefu01'))).id;
  });
  afterAll(() => e?.close());

  const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;

  it('at 320 px the title review, the appeal review, the window-registration form and a list scroll only down', async () => {
    const { page } = e;
    await page.setViewportSize({ width: 320, height: 640 });
    try {
      await signIn(page, e.app.url, 'shenhe_unit');
      await page.getByText('，您好').waitFor();
      await page.goto(`${e.app.url}/#/title-applications/${titleId}/show`);
      await page.getByRole('button', { name: '提交审核结果' }).waitFor();
      await page.getByRole('button', { name: '基本信息' }).waitFor();
      expect(await overflow(page)).toEqual({ pageScrolls: false, wide: [] });
      expect(await tabsOnScreen(page)).toEqual([]);
      // One column: the review form comes below the modules, not beside them.
      const modules = await box(page, '[data-module="attachments"]');
      const form = await box(page, '#review-form');
      expect(form.y).toBeGreaterThanOrEqual(modules.y + modules.height);
      expect(form.width).toBeGreaterThan(250);

      // The work list, overdue chips and all, scrolls only inside its table.
      await page.goto(`${e.app.url}/#/title-applications`);
      await page.locator('tbody tr td.column-applicantName').filter({ hasText: /\S/ }).first().waitFor();
      expect(await overflow(page)).toEqual({ pageScrolls: false, wide: [] });

      await signIn(page, e.app.url, 'kefu01');
      await page.getByText('，您好').waitFor();
      await page.goto(`${e.app.url}/#/appeals/${appealId}/show`);
      await page.getByRole('button', { name: '保存审核结果' }).waitFor();
      expect(await overflow(page)).toEqual({ pageScrolls: false, wide: [] });
      expect(await tabsOnScreen(page)).toEqual([]);

      await signIn(page, e.app.url, 'jigou01');
      await page.getByText('，您好').waitFor();
      await page.goto(`${e.app.url}/#/units/create`);
      await page.locator('input[name="uscc"]').waitFor();
      expect(await overflow(page)).toEqual({ pageScrolls: false, wide: [] });
      // The form is one column: the legal representative's name sits below the unit name, not beside it.
      const name = await box(page, '.ra-input-name');
      const uscc = await box(page, '.ra-input-uscc');
      expect(Math.abs(name.x - uscc.x)).toBeLessThan(2);

      // A list: its filters keep the window's width and the table scrolls sideways in its own container.
      await page.goto(`${e.app.url}/#/units`);
      await page.locator('tbody tr td.column-uscc').filter({ hasText: /\S/ }).first().waitFor();
      expect(await overflow(page)).toEqual({ pageScrolls: false, wide: [] });
      const search = await box(page, 'input[name="q"]');
      expect(search.x + search.width).toBeLessThanOrEqual(320);
    } finally {
      await page.setViewportSize({ width: 1440, height: 900 });
    }
  });

  it('a title review by its keys: nine modules, 通过, a common opinion and submitted in ≤ 25 presses, focus where each key says', async () => {
    const { page } = e;
    await signIn(page, e.app.url, 'shenhe_unit');
    await page.getByText('，您好').waitFor();
    await page.goto(`${e.app.url}/#/title-applications/${titleId}/show`);
    await page.getByRole('button', { name: '提交审核结果' }).waitFor();
    await page.getByRole('heading', { name: new RegExp(`职称申报 #${titleId}`) }).waitFor();
    // Keys wait for the draft: marks made before it loads would be replaced by it.
    await expect.poll(() => page.getByTestId('draft-status').textContent()).not.toContain('正在读取');

    // The ? overlay lists the keys, and Escape gives focus back (not counted: it is help, not the review).
    const help = page.getByRole('button', { name: '快捷键' });
    await help.focus();
    await page.keyboard.press('?');
    const overlay = page.getByRole('dialog', { name: '职称审核的快捷键' });
    await overlay.getByText('当前模块标记为无误，转到下一个').waitFor();
    await page.keyboard.press('Escape');
    await overlay.waitFor({ state: 'detached' });
    await expect.poll(async () => (await focused(page)).text).toContain('快捷键');

    const keys = keyboard(page);
    await keys.press('j');
    await expect.poll(async () => (await focused(page)).id).toBe('module-basic-summary');
    for (let i = 0; i < TITLE_MODULES.length; i++) {
      await keys.press('y');
      const next = TITLE_MODULES[i + 1];
      await expect.poll(async () => (await focused(page)).id).toBe(next ? `module-${next}-summary` : 'review-form');
      // Said as it changes: the count is a status region.
      await page
        .getByRole('status')
        .filter({ hasText: `已标记 ${i + 1}/9 个模块` })
        .waitFor();
    }
    await keys.press('p');
    await expect.poll(() => page.getByRole('radio', { name: '通过', exact: true }).isChecked()).toBe(true);
    expect(await isFocused(page.getByRole('radio', { name: '通过', exact: true }))).toBe(true);

    // In the opinion field the keys are the field's: Y is typed, nothing is marked; Escape leaves the field.
    await keys.press('e');
    const opinion = page.locator('textarea[name="opinion"]');
    await expect.poll(() => isFocused(opinion)).toBe(true);
    await keys.press('y');
    expect(await opinion.inputValue()).toBe('y');
    await page.getByRole('status').filter({ hasText: '已标记 9/9 个模块' }).waitFor();
    await keys.press('Escape');
    await expect.poll(async () => (await focused(page)).id).toBe('review-form');

    // C opens the common opinions on the first; Enter takes it into the opinion.
    await keys.press('c');
    const first = page.getByRole('option').first();
    await expect.poll(async () => (await focused(page)).role).toBe('option');
    const text = (await first.textContent())!.trim();
    await keys.press('Enter');
    await expect.poll(() => opinion.inputValue()).toBe(text);
    expect((await focused(page)).role).toBe('combobox');

    // S asks to confirm; Tab, Tab reaches 确认, Enter sends; focus lands on the page's heading.
    await keys.press('s');
    const confirm = page.getByRole('dialog');
    await confirm.getByText(/需在列表中批量送审/).waitFor();
    await keys.press('Tab');
    await keys.press('Tab');
    expect(await focused(page)).toMatchObject({ text: '确认', inDialog: true });
    await keys.press('Enter');
    await page.getByText(/本级已审核通过，等待在「待送审」列表中批量送审/).waitFor();
    await expect.poll(async () => (await focused(page)).tag).toBe('h1');
    expect(keys.presses).toBeLessThanOrEqual(25);
  });

  it('the appeal checklist by its keys: the PDF skipped with one key, seven materials and 通过 in ≤ 30 presses', async () => {
    const { page } = e;
    await signIn(page, e.app.url, 'kefu01');
    await page.getByText('，您好').waitFor();
    await page.goto(`${e.app.url}/#/appeals/${appealId}/show`);
    await page.getByRole('button', { name: '保存审核结果' }).waitFor();
    const tabIds = await page.locator('[id^="material-tab-"]').evaluateAll((tabs) => tabs.map((t) => t.id));
    expect(tabIds).toHaveLength(7);

    // The business licence is a PDF: from the control before it, Tab reaches 跳过文件预览 and Enter goes past the viewer.
    await page.locator('iframe').waitFor();
    await page.getByRole('link', { name: '下载' }).focus();
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('跳过文件预览');
    await page.keyboard.press('Enter');
    expect(await isFocused(page.getByRole('button', { name: '合格', exact: true }))).toBe(true);

    const keys = keyboard(page);
    await keys.press('k');
    await expect.poll(async () => (await focused(page)).id).toBe(tabIds[0]);
    for (const [i, id] of tabIds.entries()) {
      await keys.press('y');
      await page
        .getByRole('status')
        .filter({ hasText: `已审核 ${i + 1}/7 项材料` })
        .waitFor();
      // On to the next material not checked yet; after the last, focus stays on its tab.
      await expect.poll(async () => (await focused(page)).id).toBe(tabIds[i + 1] ?? id);
    }
    await keys.press('a');
    const approve = page.getByRole('dialog');
    await approve.getByText('材料核验：7 项材料均已核验合格。').waitFor();
    await keys.press('Tab');
    await keys.press('Tab');
    await keys.press('Tab');
    expect(await focused(page)).toMatchObject({ text: '确认', inDialog: true });
    await keys.press('Enter');
    await page.getByText(/处理结果：已通过（客服张敏/).waitFor();
    expect(keys.presses).toBeLessThanOrEqual(30);
  });
});
