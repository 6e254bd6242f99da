import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLogs, staff } from '../../db/schema';
import { startTestApp, type TestApp } from '../helpers/testApp';
import { totalOf } from '../helpers/http';
import { residentIdFor } from '../helpers/fixtures';
import { createStaff } from '../helpers/staff';
import { buildTitleApplication, createTitlePlan, submitTitleApplication } from '../helpers/titles';

let t: TestApp;
let planId: number;
let people = 8100;
const id = (username: string) => t.seed.staffIds[username];
// The clock moves by days here, past the idle-session limit: each step signs in afresh.
const as = (username: string) => t.login(username, username === 'shenhe_unit3' ? 'Shenhe@2026x' : undefined);
const on = (date: string) => t.clock.set(`${date}T10:00:00+08:00`);

beforeAll(async () => {
  t = await startTestApp();
  const admin = await as('admin');
  planId = (await createTitlePlan(admin)).id;
  const created = await createStaff(t, {
    username: 'shenhe_unit3',
    name: '单位审核员郑洁',
    roles: ['title_reviewer'],
    orgId: t.seed.orgIds.cc_hospital,
    password: 'Shenhe@2026x',
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  t.seed.staffIds.shenhe_unit3 = created.body.id;
  // A third reviewer of the unit, past the first sign-in's password change.
  t.db.update(staff).set({ mustChangePassword: false }).where(eq(staff.id, created.body.id)).run();
});
afterAll(() => t.close());

/** A pending application at the employer unit, claimed by `holder`. */
async function claimedBy(holder: string) {
  const res = await submitTitleApplication(
    t,
    buildTitleApplication(t, {
      planId,
      applicant: { name: '李春华', idNumber: residentIdFor(++people), phone: '13604312345' },
    }),
  );
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const claimed = await (await as(holder)).post('/api/title-applications/claim', { ids: [res.body.id] });
  expect(claimed.status, JSON.stringify(claimed.body)).toBe(200);
  return res.body.id as number;
}

async function pass(username: string, appId: number) {
  const c = await as(username);
  const { version } = (await c.get(`/api/title-applications/${appId}`)).body;
  return c.post(`/api/title-applications/${appId}/review`, {
    result: 'pass',
    opinion: '材料齐全，同意推荐',
    moduleErrors: [],
    version,
  });
}

const mineIds = async (username: string) => {
  const res = await (await as(username)).list('title-applications', { filter: { assigneeId: 'mine' }, range: [0, 99] });
  return (res.body as { id: number }[]).map((r) => r.id);
};

const delegate = (body: Record<string, unknown>) => ({
  delegateId: id('shenhe_unit2'),
  startDate: '2026-11-03',
  endDate: '2026-11-05',
  reason: '休年假',
  ...body,
});

describe('delegations: rules', () => {
  it('when shenhe_unit names shenhe_unit2 for 3–5 November, then it is kept, scheduled, and audited', async () => {
    on('2026-11-02');
    const unit = await as('shenhe_unit');
    const res = await unit.post('/api/delegations', delegate({}));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      delegatorId: id('shenhe_unit'),
      delegateName: '单位审核员周婷',
      status: 'scheduled',
      endedAt: null,
      allowedActions: ['end'],
    });
    const audit = t.db
      .select()
      .from(auditLogs)
      .where(and(eq(auditLogs.action, 'delegations.create'), eq(auditLogs.resourceId, String(res.body.id))))
      .all();
    expect(audit).toHaveLength(1);
    expect(audit[0].summary).toContain('2026-11-03 至 2026-11-05');
  });

  it('when a delegation breaks a rule, then 400 names the field', async () => {
    on('2026-11-02');
    const unit = await as('shenhe_unit');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ delegateId: id('shenhe_dept') }, 'delegateId', '同一审核机构'],
      [{ delegateId: id('shenhe_unit') }, 'delegateId', '不能委托给自己'],
      [{ delegateId: id('kefu01') }, 'delegateId', '职称审核员'],
      [{ startDate: '2026-11-20', endDate: '2026-11-19' }, 'endDate', '不能早于开始日期'],
      [{ delegateId: id('shenhe_unit3'), startDate: '2026-11-05', endDate: '2026-11-09' }, 'startDate', '重叠'],
    ];
    for (const [body, field, text] of cases) {
      const res = await unit.post('/api/delegations', delegate(body));
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.errors[field], JSON.stringify(res.body)).toContain(text);
    }
    // Chains: the delegate may not delegate during the range, nor may a reviewer delegate to someone away.
    const chained = await (
      await as('shenhe_unit2')
    ).post('/api/delegations', delegate({ delegateId: id('shenhe_unit3'), startDate: '2026-11-04' }));
    expect(chained.status).toBe(400);
    expect(chained.body.errors.delegatorId).toContain('正代他人审核');
    const toAway = await (
      await as('shenhe_unit3')
    ).post('/api/delegations', delegate({ delegateId: id('shenhe_unit'), startDate: '2026-11-04' }));
    expect(toAway.status).toBe(400);
    expect(toAway.body.errors.delegateId).toContain('已委托他人');
    // A reviewer sets only their own; a sysadmin may set anyone's.
    const forOther = await unit.post('/api/delegations', delegate({ delegatorId: id('shenhe_unit3') }));
    expect(forOther.status).toBe(403);
    expect((await (await as('kefu01')).get('/api/delegations')).status).toBe(403);
  });
});

describe('delegations: acting for the delegator', () => {
  it('when the delegation is active, then the delegate sees and reviews only the delegator’s work, "代" them; outside the range, never', async () => {
    on('2026-11-02');
    const held = await claimedBy('shenhe_unit');
    const colleague = await claimedBy('shenhe_unit3');
    const later = await claimedBy('shenhe_unit');

    // Before the range: not theirs.
    expect(await mineIds('shenhe_unit2')).not.toContain(held);
    expect((await pass('shenhe_unit2', held)).status).toBe(409);

    on('2026-11-04');
    const unit2 = await as('shenhe_unit2');
    expect((await unit2.get('/api/delegations/current')).body).toMatchObject({
      actingFor: [{ id: id('shenhe_unit'), name: '单位审核员刘洋', endDate: '2026-11-05' }],
      delegatedTo: [],
    });
    const mine = await mineIds('shenhe_unit2');
    expect(mine).toEqual(expect.arrayContaining([held, later]));
    expect(mine).not.toContain(colleague);
    expect((await unit2.get(`/api/title-applications/${held}`)).body.allowedActions).toContain('review');
    expect((await pass('shenhe_unit2', colleague)).status).toBe(409);

    const passed = await pass('shenhe_unit2', held);
    expect(passed.status, JSON.stringify(passed.body)).toBe(200);
    expect(passed.body).toMatchObject({ status: 'awaiting_submission', assigneeId: id('shenhe_unit') });
    const progress = (await unit2.get(`/api/title-applications/${held}/progress`)).body;
    expect(progress.steps.at(-1)).toMatchObject({
      kind: 'reviewed',
      actorName: '单位审核员周婷',
      onBehalfOfName: '单位审核员刘洋',
    });
    const audit = t.db
      .select()
      .from(auditLogs)
      .where(and(eq(auditLogs.resource, 'title-applications'), eq(auditLogs.resourceId, String(held))))
      .all()
      .at(-1)!;
    expect(audit.actorId).toBe(id('shenhe_unit2'));
    expect(audit.summary).toContain('代 单位审核员刘洋 审核');

    // After the range: the work is the delegator's alone again.
    on('2026-11-06');
    expect(await mineIds('shenhe_unit2')).not.toContain(later);
    expect((await pass('shenhe_unit2', later)).status).toBe(409);
    expect((await (await as('shenhe_unit2')).get('/api/delegations/current')).body.actingFor).toEqual([]);
  });

  it('when the delegator ends a delegation, then the row stays with endedAt and the delegate may act no more', async () => {
    on('2026-11-10');
    const unit = await as('shenhe_unit');
    const created = await unit.post('/api/delegations', delegate({ startDate: '2026-11-10', endDate: '2026-11-20' }));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const app = await claimedBy('shenhe_unit');
    expect(await mineIds('shenhe_unit2')).toContain(app);

    const d = created.body;
    expect((await (await as('shenhe_unit2')).post(`/api/delegations/${d.id}/end`, { version: d.version })).status).toBe(
      403,
    );
    expect((await unit.post(`/api/delegations/${d.id}/end`, { version: d.version + 1 })).status).toBe(409);
    const ended = await unit.post(`/api/delegations/${d.id}/end`, { version: d.version });
    expect(ended.status, JSON.stringify(ended.body)).toBe(200);
    expect(ended.body).toMatchObject({ status: 'ended', endedByName: '单位审核员刘洋', allowedActions: [] });
    expect(ended.body.endedAt).toBeTruthy();
    expect((await unit.post(`/api/delegations/${d.id}/end`, { version: ended.body.version })).status).toBe(409);
    expect((await pass('shenhe_unit2', app)).status).toBe(409);

    const list = await unit.list('delegations', { filter: { delegatorId: 'me' } });
    expect(totalOf(list)).toBe(2);
    const ended2 = await unit.list('delegations', { filter: { status: 'ended' } });
    expect((ended2.body as { id: number }[]).map((r) => r.id)).toEqual([d.id]);
    expect(t.db.select().from(auditLogs).where(eq(auditLogs.action, 'delegations.end')).all()).toHaveLength(1);
  });
});
