import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitAppeal } from '../helpers/appeals';
import { seedUnit } from '../helpers/units';
import { buildTitleApplication, createTitlePlan, submitTitleApplication } from '../helpers/titles';
import { totalOf, type ApiClient } from '../helpers/http';
import { startTestApp, type TestApp } from '../helpers/testApp';

interface Kpi {
  value: number;
  resource: string;
  filter: Record<string, unknown>;
}

let t: TestApp;
let kefu01: ApiClient;
let jigou01: ApiClient;

/** The list a number opens holds exactly that many records. */
async function expectListMatches(client: ApiClient, kpi: Kpi) {
  const res = await client.get(
    `/api/${kpi.resource}?range=[0,0]&filter=${encodeURIComponent(JSON.stringify(kpi.filter))}`,
  );
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(totalOf(res), JSON.stringify(kpi.filter)).toBe(kpi.value);
}

beforeAll(async () => {
  t = await startTestApp();
  kefu01 = await t.login('kefu01');
  jigou01 = await t.login('jigou01');
  // Friday 30 October: two appeals arrive; the clock of the test then stands on Monday 2 November.
  t.clock.set('2026-10-30T10:00:00+08:00');
  const first = await submitAppeal(t);
  await submitAppeal(t);
  t.clock.set('2026-11-02T09:00:00+08:00');
  const a = (await kefu01.get(`/api/appeals/${first}`)).body;
  const claimed = (await kefu01.post(`/api/appeals/${first}/claim`, { version: a.version })).body;
  expect(
    (await kefu01.post(`/api/appeals/${first}/reject`, { reason: '重复申诉', version: claimed.version })).status,
  ).toBe(200);

  seedUnit(t, { status: 'pending_activation' });
  seedUnit(t, { status: 'active', activatedAt: '2026-11-02T00:30:00.000Z' });
  seedUnit(t, { status: 'active', activatedAt: '2026-10-30T02:00:00.000Z', operatorCount: 10, operatorQuota: 10 });
});
afterAll(() => t.close());

describe('GET /api/dashboard/kpis', () => {
  it('when an appeal agent asks, then the last 30 days, compliance, backlog and the oldest waiting appeal come back, each number opening its list', async () => {
    const res = await kefu01.get('/api/dashboard/kpis');
    expect(res.status).toBe(200);
    const { appeals, units, titles } = res.body;
    expect(units).toBeUndefined();
    expect(titles).toBeUndefined();
    expect(appeals.days).toHaveLength(30);
    expect(appeals.days[29].date).toBe('2026-11-02');
    const friday = appeals.days.find((d: { date: string }) => d.date === '2026-10-30');
    expect(friday.received.value).toBe(2);
    expect(appeals.days[29].decided.value).toBe(1);
    expect(appeals.compliance).toMatchObject({ percent: 100, onTime: 1, decided: { value: 1 } });
    expect(appeals.backlog).toEqual([
      {
        assigneeId: null,
        name: null,
        value: 1,
        resource: 'appeals',
        filter: { status: 'undecided', assigneeId: 'unassigned' },
      },
    ]);
    expect(appeals.oldest).toMatchObject({ waitingDays: 3, submittedAt: '2026-10-30T02:00:00.000Z' });
    for (const kpi of [friday.received, appeals.days[29].decided, appeals.compliance.decided, ...appeals.backlog])
      await expectListMatches(kefu01, kpi);
  });

  it('when an institution administrator asks, then pending, activated this week (from Monday) and at quota come back, each opening its list', async () => {
    const { appeals, units } = (await jigou01.get('/api/dashboard/kpis')).body;
    expect(appeals).toBeUndefined();
    expect(units.weekStart).toBe('2026-11-02');
    expect(units.pendingActivation.value).toBe(1);
    expect(units.activatedThisWeek.value).toBe(1);
    expect(units.atQuota.value).toBe(1);
    expect(units.days.map((d: { activated: Kpi }) => d.activated.value)).toEqual([1, 0, 0, 0, 0, 0, 0]);
    for (const kpi of [units.pendingActivation, units.activatedThisWeek, units.atQuota, units.days[0].activated])
      await expectListMatches(jigou01, kpi);
  });

  it('when a reviewer asks, then each plan shows its funnel by review level, from the steps of the applications in scope', async () => {
    const plan = await createTitlePlan(await t.login('admin'));
    const res = await submitTitleApplication(t, buildTitleApplication(t, { planId: plan.id }));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const reviewer = await t.login('shenhe_unit');
    const app = (await reviewer.get(`/api/title-applications/${res.body.id}`)).body;
    const reviewed = await reviewer.post(`/api/title-applications/${app.id}/review`, {
      result: 'return',
      opinion: '学历证书扫描件不清晰',
      moduleErrors: ['education'],
      returnTo: 'applicant',
      resubmitTo: 'this_level',
      version: app.version,
    });
    expect(reviewed.status, JSON.stringify(reviewed.body)).toBe(200);
    const { titles } = (await reviewer.get('/api/dashboard/kpis')).body;
    const funnel = titles.plans.find((p: { planId: number }) => p.planId === plan.id);
    expect(funnel.levels.map((l: { level: string }) => l.level)).toEqual(['unit']);
    const [unit] = funnel.levels;
    expect([unit.reached.value, unit.passed.value, unit.returned.value, unit.rejected.value]).toEqual([1, 0, 1, 0]);
    for (const kpi of [unit.reached, unit.returned, unit.passed]) await expectListMatches(reviewer, kpi);
  });

  it('when a system administrator asks, then no section is theirs; when nobody is signed in, 401', async () => {
    expect((await (await t.login('admin')).get('/api/dashboard/kpis')).body).toEqual({ today: '2026-11-02' });
    expect((await t.anonymous().get('/api/dashboard/kpis')).status).toBe(401);
  });
});
