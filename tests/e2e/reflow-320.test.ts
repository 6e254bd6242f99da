import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, signIn, startE2E, type E2E } from './browser';
import { overflow, tabsOnScreen } from './reflow';
import type { ApiClient } from '../helpers/http';

/** One screen to visit: its hash route, its h1, the tab it opens on, and a text that shows its data has come. */
interface Screen {
  path: string;
  heading: string | RegExp;
  tab?: string;
  text?: string;
}

type Ids = Record<string, string | number>;

/** The first record of a resource the caller may see (or the first one `pick` accepts). */
async function firstId(
  api: ApiClient,
  resource: string,
  filter?: Record<string, unknown>,
  pick: (r: Record<string, unknown>) => boolean = () => true,
) {
  const rows = (await api.list(resource, { range: [0, 49], filter })).body as Record<string, unknown>[];
  const row = rows.find(pick);
  if (!row) throw new Error(`no ${resource} to open`);
  return row.id as string | number;
}

const tabs = (base: string, heading: RegExp, list: [path: string, label: string][]): Screen[] =>
  list.map(([p, tab]) => ({ path: `${base}${p ? `/${p}` : ''}`, heading, tab }));

/**
 * Every show, edit and create screen, each role's dashboard, the settings, the audit log and the printed
 * sheets, per role that works them (the lists and the two review pages are measured in screens-fit and
 * review-keys; a seal and the sign-in events list are measured here too).
 */
const SCREENS: { user: string; screens: (ids: Ids) => Screen[] }[] = [
  {
    user: 'admin',
    screens: (ids) => [
      { path: 'staff/create', heading: '新建工作人员', text: '用户名' },
      { path: `staff/${ids.staff}`, heading: /^编辑工作人员：/, text: '操作记录' },
      { path: 'orgs', heading: '审核机构', text: '机构树' },
      { path: 'orgs/create', heading: '新建审核机构' },
      { path: `orgs/${ids.org}`, heading: /^编辑审核机构：/, text: '操作记录' },
      { path: 'settings', heading: '业务设置' },
      { path: `settings/${ids.setting}`, heading: /^编辑业务设置：/ },
      { path: 'business-items/create', heading: '新建业务事项' },
      { path: `business-items/${ids.businessItem}`, heading: /^编辑业务事项：/ },
      { path: 'reject-reasons/create', heading: '新建常用驳回原因' },
      { path: `reject-reasons/${ids.rejectReason}`, heading: /^编辑常用驳回原因：/ },
      { path: 'work-calendar/create', heading: '新建工作日历' },
      { path: `work-calendar/${ids.workDay}`, heading: /^编辑工作日历：/ },
      { path: 'title-plans/create', heading: '新建申报事项' },
      { path: `title-plans/${ids.plan}`, heading: /^编辑申报事项：/ },
      { path: `title-plans/${ids.plan}/show`, heading: /^申报事项详情：/ },
      { path: 'audit-opinions/create', heading: '新建常用意见' },
      { path: `audit-opinions/${ids.opinion}`, heading: /^编辑常用意见：/ },
      { path: 'change-password', heading: '修改密码' },
    ],
  },
  {
    user: 'secadmin',
    screens: (ids) => [
      { path: `staff/${ids.staff}`, heading: /^编辑工作人员：/, text: '操作记录' },
      { path: `settings/${ids.securitySetting}`, heading: /^编辑业务设置：/ },
    ],
  },
  {
    user: 'auditor',
    screens: (ids) => [
      { path: 'audit-logs', heading: '审计日志' },
      { path: `audit-logs/${ids.auditLog}/show`, heading: /^审计日志 #/ },
    ],
  },
  {
    user: 'kefu01',
    screens: (ids) => [
      ...tabs(`appeals/${ids.appeal}/show`, /^账号申诉 #/, [
        ['', '审核'],
        ['timeline', '办理进度'],
        ['sms', '短信通知'],
        ['trail', '操作记录'],
      ]),
      { path: `units/${ids.unit}/show`, heading: /^单位账号详情：/, tab: '基本信息' },
    ],
  },
  {
    user: 'jigou01',
    screens: (ids) => [
      ...tabs(`units/${ids.offlineUnit}/show`, /^单位账号详情：/, [
        ['', '基本信息'],
        ['extended', '扩展信息'],
        ['operators', '管理员与经办人'],
        ['history', '变更记录'],
        ['materials', '材料'],
        ['sms', '短信通知'],
        ['trail', '操作记录'],
      ]),
      { path: `units/${ids.offlineUnit}`, heading: /^编辑单位账号：/ },
      { path: `units/${ids.offlineUnit}/receipt`, heading: '单位网上办事账号受理回执', text: '办理人签字' },
      { path: 'operators/create', heading: '新建经办人' },
      { path: `operators/${ids.operator}`, heading: /^编辑经办人：/ },
      { path: 'institutions/create', heading: '新建机构' },
      ...tabs(`institutions/${ids.institution}/show`, /^机构详情：/, [
        ['', '基本信息'],
        ['admin', '管理员'],
        ['sms', '短信通知'],
        ['trail', '操作记录'],
      ]),
      { path: `institutions/${ids.institution}`, heading: /^编辑机构：/ },
      { path: `institutions/${ids.institution}/notice`, heading: '机构网上办事账号开通通知书' },
      { path: 'legacy-accounts/import', heading: '导入历史账号' },
      { path: `seals/${ids.seal}/show`, heading: /电子印章/, text: '被授权人' },
      { path: 'sign-in-events', heading: '扫码登录记录' },
    ],
  },
  {
    user: 'shenhe_unit',
    screens: (ids) => [
      { path: 'title-review', heading: '职称审核', text: '查看全部' },
      { path: 'title-stats', heading: '审核统计', text: '平均用时（工作日）' },
      { path: `submission-batches/${ids.batch}/show`, heading: /^送审批次 #/ },
      { path: `title-plans/${ids.plan}/show`, heading: /^申报事项详情：/ },
      { path: 'audit-opinions/create', heading: '新建常用意见' },
      { path: `audit-opinions/${ids.ownOpinion}`, heading: /^编辑常用意见：/ },
    ],
  },
  // The province bureau's 审核统计 adds the table and the chart per city.
  { user: 'shenhe_prov', screens: () => [{ path: 'title-stats', heading: '审核统计', text: '各市级人社部门' }] },
];

/** Nothing in main is still loading: no progress indicator, no skeleton placeholder. */
const settled = (page: Page) =>
  page.evaluate(() => document.querySelectorAll('main [role="progressbar"], main .MuiSkeleton-root').length === 0);

describe.skipIf(!hasBrowser())('reflow at 320 CSS px on every screen', () => {
  let e: E2E;
  let ids: Ids;

  beforeAll(async () => {
    e = await startE2E();
    // One API sign-in per person, one after another (the login limit counts them).
    const admin = await e.app.login('admin');
    const jigou = await e.app.login('jigou01');
    const reviewer = await e.app.login('shenhe_unit');
    ids = {
      staff: await firstId(admin, 'staff'),
      org: await firstId(admin, 'orgs'),
      businessItem: await firstId(admin, 'business-items'),
      rejectReason: await firstId(admin, 'reject-reasons'),
      workDay: await firstId(admin, 'work-calendar'),
      plan: await firstId(admin, 'title-plans'),
      opinion: await firstId(admin, 'audit-opinions'),
      ownOpinion: await firstId(reviewer, 'audit-opinions', undefined, (r) =>
        (r.allowedActions as string[]).includes('edit'),
      ),
      batch: await firstId(reviewer, 'submission-batches', { direction: 'sent' }),
      setting: 'appeals.deadlineWorkingDays',
      securitySetting: 'security.lockoutThreshold',
      auditLog: await firstId(await e.app.login('auditor'), 'audit-logs'),
      appeal: await firstId(await e.app.login('kefu01'), 'appeals'),
      unit: await firstId(jigou, 'units'),
      offlineUnit: await firstId(jigou, 'units', { channel: 'offline' }),
      operator: await firstId(jigou, 'operators'),
      seal: await firstId(jigou, 'seals'),
      institution: await firstId(jigou, 'institutions', undefined, (r) => r.status !== 'registered'),
    };
    await e.page.setViewportSize({ width: 320, height: 640 });
  });
  afterAll(() => e?.close());

  for (const { user, screens } of SCREENS)
    it(`when ${user} opens the dashboard and each of their screens at 320×640, then nothing scrolls sideways outside a table`, async () => {
      const { page } = e;
      const problems: string[] = [];
      const measure = async (at: string) => {
        await expect.poll(() => settled(page)).toBe(true);
        const o = await overflow(page);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (o.pageScrolls || o.wide.length)
          problems.push(`${user} ${at}: page ${width} px wide; ${o.wide.join(' · ')}`);
        const clipped = await tabsOnScreen(page);
        if (clipped.length) problems.push(`${user} ${at}: tabs off screen: ${clipped.join(', ')}`);
      };
      await signIn(page, e.app.url, user);
      await page.getByText('，您好').waitFor();
      await measure('dashboard');
      for (const s of screens(ids)) {
        await page.goto(`${e.app.url}/#/${s.path}`);
        try {
          await page.getByRole('heading', { level: 1, name: s.heading }).waitFor();
          if (s.tab) await page.getByRole('tab', { name: s.tab, selected: true }).waitFor();
          if (s.text) await page.locator('main').getByText(s.text).first().waitFor();
        } catch (err) {
          throw new Error(`${user} ${s.path} did not open: ${String(err)}`);
        }
        await measure(s.path);
      }
      expect(problems).toEqual([]);
    });
});
