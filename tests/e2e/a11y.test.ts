import { createRequire } from 'node:module';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import type { ApiClient } from '../helpers/http';
import { hasBrowser, openDialog, signIn, startE2E, type E2E } from './browser';

/**
 * The axe-core engine (WCAG 2.0/2.1 A and AA rules) over every main screen of every role, once per
 * screen: a critical or serious violation anywhere fails the role's walk, naming the screen, the rule
 * and the elements. One browser, one sign-in per role.
 */
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Finding {
  screen: string;
  rule: string;
  impact: string;
  help: string;
  elements: string[];
}

/** Marks what the current screen shows, so that `settled` waits for the next screen, not this one. */
const markStale = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { staleTitle: Node[] }).staleTitle = [
      ...(document.querySelector('main h1')?.childNodes ?? []),
    ];
  });

/** Waits until a new screen has its title in the h1 and nothing is loading any more; says what it waits for. */
async function settled(page: Page) {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const h1 = document.querySelector<HTMLElement>('main h1');
          if (!h1?.textContent?.trim()) return 'no title in main h1';
          const stale = (window as unknown as { staleTitle?: Node[] }).staleTitle ?? [];
          if ([...h1.childNodes].every((n) => stale.includes(n))) return 'still the previous screen';
          const busy = document.querySelector(
            '.MuiLinearProgress-root, .MuiCircularProgress-root, .MuiSkeleton-root, [aria-busy="true"]',
          );
          return busy ? `busy: ${busy.className}` : 'settled';
        }),
      { timeout: 30_000 },
    )
    .toBe('settled');
}

async function axe(page: Page, screen: string): Promise<Finding[]> {
  // A dialog fading in is half transparent: colours measured mid-transition are not the ones a person reads.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  // Every screen: one main landmark and exactly one h1, its title.
  const [mains, h1s] = await page.evaluate(() => [
    document.querySelectorAll('main').length,
    document.querySelectorAll('h1').length,
  ]);
  const basics: Finding[] =
    mains === 1 && h1s === 1
      ? []
      : [{ screen, rule: 'one-main-one-h1', impact: 'serious', help: `${mains} main, ${h1s} h1`, elements: [] }];
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    TAGS,
  );
  return [
    ...basics,
    ...results.violations
      .filter((v) => v.impact === 'critical' || v.impact === 'serious')
      .map((v) => ({
        screen,
        rule: v.id,
        impact: v.impact!,
        help: v.help,
        elements: v.nodes
          .slice(0, 5)
          .map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1, 2).join('') ?? ''}`),
      })),
  ];
}

const report = (findings: Finding[]) =>
  findings.map((f) => `[${f.screen}] ${f.rule} (${f.impact}): ${f.help}\n    ${f.elements.join('\n    ')}`).join('\n');

/** The id of the first record a list shows the caller (with a filter), for its show and edit screens. */
async function firstId(api: ApiClient, resource: string, filter: Record<string, unknown> = {}): Promise<number> {
  const res = await api.get(
    `/api/${resource}?range=${encodeURIComponent('[0,0]')}&filter=${encodeURIComponent(JSON.stringify(filter))}`,
  );
  expect(res.status, `${resource}: ${JSON.stringify(res.body)}`).toBe(200);
  expect(res.body.length, `${resource} has a record to show`).toBeGreaterThan(0);
  return res.body[0].id as number;
}

describe.skipIf(!hasBrowser())('accessibility: axe over every screen, each role', () => {
  let e: E2E;
  let page: Page;
  beforeAll(async () => {
    e = await startE2E();
    // The console's CSP (script-src 'self') rightly refuses inline scripts; the test's own context lets axe in.
    const context = await e.browser.newContext({
      locale: 'zh-CN',
      viewport: { width: 1440, height: 900 },
      bypassCSP: true,
    });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
  });
  afterAll(() => e?.close());

  /** Signs in as the role and runs axe on each route; the routes are hash paths of the console. */
  async function walk(
    username: string,
    routes: (api: ApiClient) => Promise<string[]>,
    dialogs: (api: ApiClient) => Promise<Finding[]> = () => Promise.resolve([]),
  ) {
    const api = await e.app.login(username);
    const paths = await routes(api);
    await signIn(page, e.app.url, username);
    await page.getByText('，您好').waitFor();
    await settled(page);
    const findings: Finding[] = await axe(page, `${username} /`);
    for (const path of paths) {
      await markStale(page);
      await page.goto(`${e.app.url}/#${path}`);
      await settled(page);
      findings.push(...(await axe(page, `${username} ${path}`)));
    }
    findings.push(...(await dialogs(api)));
    if (findings.length) console.error(report(findings));
    expect(findings, report(findings)).toEqual([]);
  }

  /** Opens a page, then the dialog behind one of its buttons, and runs axe with the dialog open. */
  async function onDialog(path: string, button: string, screen: string, before?: () => Promise<void>) {
    await markStale(page);
    await page.goto(`${e.app.url}/#${path}`);
    await settled(page);
    await before?.();
    const dialog = await openDialog(page, button);
    await dialog.getByRole('button', { name: '确认' }).waitFor();
    const findings = await axe(page, screen);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    return findings;
  }

  it('the login page', async () => {
    await page.context().clearCookies();
    await page.goto(`${e.app.url}/#/login`);
    await page.locator('input[name="username"]').waitFor();
    const findings = await axe(page, 'login');
    expect(findings, report(findings)).toEqual([]);
    // One main landmark and one h1 on the login page too, and the language is said.
    expect(await page.locator('main').count()).toBe(1);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  });

  it('系统管理员 admin: home, lists, create and edit forms', async () => {
    await walk('admin', async (api) => {
      const lists = [
        'staff',
        'orgs',
        'notifications',
        'settings',
        'business-items',
        'reject-reasons',
        'work-calendar',
        'title-plans',
        'audit-opinions',
      ];
      const creates = [
        'staff',
        'orgs',
        'business-items',
        'reject-reasons',
        'work-calendar',
        'title-plans',
        'audit-opinions',
      ];
      const edits = ['staff', 'orgs', 'settings', 'business-items', 'reject-reasons', 'title-plans'];
      const editIds = await Promise.all(edits.map((r) => firstId(api, r)));
      return [
        ...lists.map((r) => `/${r}`),
        ...creates.map((r) => `/${r}/create`),
        ...edits.map((r, i) => `/${r}/${editIds[i]}`),
        `/title-plans/${editIds[5]}/show`,
        '/change-password',
      ];
    });
  });

  it('审计管理员 auditor and 安全管理员 secadmin: the audit log and one entry; a staff member’s roles', async () => {
    // Ten rows of the log, not fifty: every row is the same markup, and axe over fifty took 8 s.
    await walk('auditor', async (api) => [
      '/audit-logs?perPage=10',
      `/audit-logs/${await firstId(api, 'audit-logs')}/show`,
    ]);
    await walk('secadmin', async (api) => ['/staff', `/staff/${await firstId(api, 'staff')}`]);
  });

  it('机构管理员 jigou01: units, operators, seals, institutions — lists, shows, edits, creates, print views', async () => {
    await walk(
      'jigou01',
      async (api) => {
        const unit = await firstId(api, 'units', { status: 'active' });
        const offline = await firstId(api, 'units', { channel: 'offline' }).catch(() => unit);
        const operator = await firstId(api, 'operators');
        const seal = await firstId(api, 'seals');
        const institution = await firstId(api, 'institutions');
        return [
          '/units',
          `/units/${unit}/show`,
          `/units/${unit}`,
          '/units/create',
          `/units/${offline}/receipt`,
          '/operators',
          `/operators/${operator}`,
          '/operators/create',
          '/seals',
          `/seals/${seal}/show`,
          '/sign-in-events',
          '/institutions',
          `/institutions/${institution}/show`,
          `/institutions/${institution}`,
          '/institutions/create',
          `/institutions/${institution}/notice`,
        ];
      },
      async (api) => {
        // A dialog open over its page: 冻结 on an active unit.
        const unit = await firstId(api, 'units', { status: 'active' });
        return onDialog(`/units/${unit}/show`, '冻结', 'jigou01 冻结 dialog');
      },
    );
  });

  it('申诉客服 kefu01: the appeal queue and the appeal review page', async () => {
    await walk('kefu01', async (api) => {
      const appeal = await firstId(api, 'appeals', { assigneeId: 'mine', status: 'processing' }).catch(() =>
        firstId(api, 'appeals'),
      );
      return ['/appeals', `/appeals/${appeal}/show`, '/reject-reasons', '/work-calendar', '/units'];
    });
  });

  it('职称审核员 shenhe_unit: review home, work list, the title review page, batches, opinions', async () => {
    await walk(
      'shenhe_unit',
      async (api) => {
        const application = await firstId(api, 'title-applications', { status: 'pending', currentOrgId: 'mine' });
        const batch = await firstId(api, 'submission-batches');
        return [
          '/title-review',
          '/title-applications',
          `/title-applications/${application}/show`,
          '/submission-batches',
          `/submission-batches/${batch}/show`,
          '/audit-opinions',
          '/audit-opinions/create',
          '/title-plans',
          '/delegations',
          '/delegations/create',
        ];
      },
      async () => {
        // The batch dialog, over a 待送审 list with one row selected.
        const list = `/title-applications?filter=${encodeURIComponent(JSON.stringify({ status: 'awaiting_submission', currentOrgId: 'mine' }))}`;
        return onDialog(list, '批量送审', 'shenhe_unit 批量送审 dialog', async () => {
          await page.locator('tbody tr').first().getByRole('checkbox').check();
        });
      },
    );
  });

  it('in English: html lang is en and the main screens pass too', async () => {
    await signIn(page, e.app.url, 'jigou01');
    await page.getByText('，您好').waitFor();
    await settled(page);
    await markStale(page);
    await page.getByRole('button', { name: '中文', exact: true }).click();
    await page.getByRole('menuitem', { name: 'English', exact: true }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await settled(page);
    const findings: Finding[] = await axe(page, 'en /');
    for (const path of ['/units', '/units/create', '/institutions', '/operators']) {
      await markStale(page);
      await page.goto(`${e.app.url}/#${path}`);
      await settled(page);
      findings.push(...(await axe(page, `en ${path}`)));
    }
    expect(findings, report(findings)).toEqual([]);
    // Back to Chinese: the language follows again.
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('menuitem', { name: '中文', exact: true }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh-CN');
  });
});
