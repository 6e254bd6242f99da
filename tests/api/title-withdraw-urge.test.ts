import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLogs, notifications, staff } from '../../db/schema';
import { startTestApp, type TestApp } from '../helpers/testApp';
import type { ApiClient } from '../helpers/http';
import { residentIdFor } from '../helpers/fixtures';
import { createStaff } from '../helpers/staff';
import { batchForm, buildTitleApplication, createTitlePlan, submitTitleApplication } from '../helpers/titles';

let t: TestApp;
let unit: ApiClient, unit2: ApiClient, dept: ApiClient, dept2: ApiClient, city: ApiClient, prov: ApiClient;
let admin: ApiClient, jlCity: ApiClient;
let planId: number;
const ACCOUNTS = ['shenhe_unit', 'shenhe_unit2', 'shenhe_dept', 'shenhe_dept2', 'shenhe_city', 'shenhe_prov', 'admin'];
/** Fresh sessions for everyone (after the clock jumps past the idle timeout). */
async function signIn() {
  [unit, unit2, dept, dept2, city, prov, admin] = await Promise.all(ACCOUNTS.map((u) => t.login(u)));
  jlCity = await t.login('shenhe_jl', 'Shenhe@2026y');
}
let people = 700;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  planId = (await createTitlePlan(admin, { name: '2026年度卫生系列高级职称申报（撤回催办测试）' })).id;
  // A reviewer of the other city bureau: outside every chain from the Changchun hospital.
  const created = await createStaff(t, {
    username: 'shenhe_jl',
    name: '吉林市审核员钱进',
    roles: ['title_reviewer'],
    orgId: t.seed.orgIds.jl,
    password: 'Shenhe@2026x',
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const first = await t.login('shenhe_jl', 'Shenhe@2026x');
  expect(
    (await first.post('/api/auth/password', { oldPassword: 'Shenhe@2026x', newPassword: 'Shenhe@2026y' })).status,
  ).toBe(200);
  await signIn();
  // The department's first reviewer has a phone, the second none: only the first is texted.
  t.db.update(staff).set({ phone: '13904318888' }).where(eq(staff.id, t.seed.staffIds.shenhe_dept)).run();
});
afterAll(() => t.close());
beforeEach(() => t.clock.advance(61_000));

async function submit() {
  const res = await submitTitleApplication(
    t,
    buildTitleApplication(t, {
      planId,
      applicant: { name: '王秀兰', idNumber: residentIdFor(++people), phone: '13604312345' },
    }),
  );
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as number;
}
const record = async (c: ApiClient, id: number) => (await c.get(`/api/title-applications/${id}`)).body;
async function pass(c: ApiClient, id: number) {
  const res = await c.post(`/api/title-applications/${id}/review`, {
    result: 'pass',
    opinion: '同意推荐',
    moduleErrors: [],
    version: (await record(c, id)).version,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}
async function send(c: ApiClient, ids: number[]) {
  const res = await c.post('/api/submission-batches', batchForm(ids));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as number;
}
/** Passed at the hospital and sent up: 待审 at the department, untouched there. */
async function atDept() {
  const id = await submit();
  await pass(unit, id);
  await send(unit, [id]);
  return id;
}
const withdraw = async (c: ApiClient, id: number, reason = '漏附单位公示材料', version?: number) =>
  c.post(`/api/title-applications/${id}/withdraw`, { reason, version: version ?? (await record(c, id)).version });
const urge = (c: ApiClient, id: number, message = '已超过本级审核时限，请尽快办理') =>
  c.post(`/api/title-applications/${id}/urge`, { message });
const auditOf = (id: number, action: string) =>
  t.db
    .select()
    .from(auditLogs)
    .where(and(eq(auditLogs.resourceId, String(id)), eq(auditLogs.action, action)))
    .all();

describe('withdraw (撤回)', () => {
  it('when the reviewer who passed it withdraws before it is batched, then it is 待审 again at the same level; a colleague may not', async () => {
    const id = await submit();
    await pass(unit, id);
    expect((await record(unit, id)).allowedActions).toContain('withdraw');
    const colleague = await withdraw(unit2, id);
    expect(colleague.status).toBe(409);
    expect(colleague.body.message).toContain('只有审核通过该申报的审核员');
    const res = await withdraw(unit, id, '复核发现学历信息有误');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ status: 'pending', currentOrgId: t.seed.orgIds.cc_hospital, currentStep: 0 });
    expect(res.body.allowedActions).toContain('review');
    const steps = (await unit.get(`/api/title-applications/${id}/progress`)).body.steps;
    expect(steps.at(-1)).toMatchObject({
      kind: 'withdrawn',
      opinion: '复核发现学历信息有误',
      actorName: '单位审核员刘洋',
    });
    expect(auditOf(id, 'titleApplications.withdraw')[0].summary).toContain('撤回审核通过');
  });

  it('when the sending org withdraws one application of a batch, then it is 待送审 at the sender and the rest of the batch stays', async () => {
    const [a, b] = [await submit(), await submit()];
    await pass(unit, a);
    await pass(unit, b);
    const batchId = await send(unit, [a, b]);
    // Any reviewer of the org that sent it up may take it back.
    const res = await withdraw(unit2, a);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      status: 'awaiting_submission',
      currentOrgId: t.seed.orgIds.cc_hospital,
      assigneeName: '单位审核员周婷',
    });
    expect(await record(dept, b)).toMatchObject({ status: 'pending', currentOrgId: t.seed.orgIds.cc_health });
    const batch = (await unit.get(`/api/submission-batches/${batchId}`)).body;
    expect(batch.applicationCount).toBe(2);
    expect(batch.withdrawn).toEqual([{ applicationId: a, withdrawnAt: expect.any(String) }]);
    expect((await dept.get(`/api/submission-batches/${batchId}`)).body.withdrawn).toHaveLength(1);
    const step = (await unit.get(`/api/title-applications/${a}/progress`)).body.steps.at(-1);
    expect(step).toMatchObject({ kind: 'withdrawn', batchId, orgId: t.seed.orgIds.cc_hospital });
    // Back at the sender it can be sent up again, in a new batch.
    await send(unit, [a]);
  });

  it('when the next level has claimed or reviewed it, then 409 names who acted and nothing moves', async () => {
    const claimed = await atDept();
    expect((await dept.post('/api/title-applications/claim', { ids: [claimed] })).status).toBe(200);
    const res = await withdraw(unit, claimed);
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/上级已办理该申报（长春市卫生健康委员会主管部门审核员陈刚 .* 已领取），不能撤回/);
    expect((await record(dept, claimed)).status).toBe('pending');

    const reviewed = await atDept();
    await pass(dept, reviewed);
    const late = await withdraw(unit, reviewed);
    expect(late.status).toBe(409);
    expect(late.body.message).toContain('已审核');
    expect((await record(unit, reviewed)).allowedActions).not.toContain('withdraw');
  });

  it('when the body is incomplete or stale, then 400 / 409 and nothing moves; a role without review rights gets 403', async () => {
    const id = await atDept();
    const missing = await unit.post(`/api/title-applications/${id}/withdraw`, {
      version: (await record(unit, id)).version,
    });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toHaveProperty('reason');
    expect((await withdraw(unit, id, '漏附材料', 1)).status).toBe(409);
    expect(
      (await admin.post(`/api/title-applications/${id}/withdraw`, { reason: '漏附材料', version: 1 })).status,
    ).toBe(403);
    expect((await withdraw(jlCity, id, '漏附材料', 1)).status).toBe(404);
    expect((await record(dept, id)).status).toBe('pending');
  });

  it('when the next level claims while the lower level withdraws, then exactly one wins, every time', async () => {
    for (let round = 0; round < 4; round++) {
      const id = await atDept();
      const version = (await record(unit, id)).version;
      const [w, c] = await Promise.all([
        withdraw(unit, id, '漏附材料', version),
        dept.post('/api/title-applications/claim', { ids: [id] }),
      ]);
      expect([w.status, c.status].sort(), JSON.stringify([w.body, c.body])).toEqual([200, 409]);
      const now = await record(unit, id);
      if (w.status === 200)
        expect(now).toMatchObject({ status: 'awaiting_submission', currentOrgId: t.seed.orgIds.cc_hospital });
      else {
        expect(now).toMatchObject({
          status: 'pending',
          currentOrgId: t.seed.orgIds.cc_health,
          assigneeName: '主管部门审核员陈刚',
        });
        expect(w.body.message).toContain('陈刚');
      }
    }
  });
});

describe('urge (催办)', () => {
  it('when the city bureau urges what waits at the department, then 200, an SMS to each reviewer there with a phone, a step, an audit row and a notice', async () => {
    const id = await atDept();
    // On its way up the city may open it (and only urge it).
    const seen = await record(city, id);
    expect(seen.allowedActions).toEqual(['urge']);
    const listed = await city.list('title-applications', { filter: { urgeable: true } });
    expect(listed.body.map((r: { id: number }) => r.id)).toContain(id);
    const res = await urge(city, id);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      applicationId: id,
      heldOrgName: '长春市卫生健康委员会',
      actorName: '市局审核员赵丽',
      notified: [{ name: '主管部门审核员陈刚', phone: '139****8888' }],
    });
    const sms = t.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.relatedType, 'title-applications'), eq(notifications.relatedId, id)))
      .all();
    expect(sms).toHaveLength(1);
    expect(sms[0]).toMatchObject({ phone: '13904318888', status: 'queued' });
    expect(sms[0].content).toContain('长春市人力资源和社会保障局市局审核员赵丽催办职称申报');
    const steps = (await dept.get(`/api/title-applications/${id}/progress`)).body.steps;
    expect(steps.at(-1)).toMatchObject({
      kind: 'urged',
      orgId: t.seed.orgIds.cc,
      opinion: '已超过本级审核时限，请尽快办理',
    });
    expect(auditOf(id, 'titleApplications.urge')).toHaveLength(1);
    const notices = (await dept.get('/api/title-applications/urges')).body;
    expect(notices[0]).toMatchObject({
      applicationId: id,
      actorName: '市局审核员赵丽',
      fromOrgName: '长春市人力资源和社会保障局',
    });
    const urged = await dept.list('title-applications', { filter: { currentOrgId: 'mine', urged: true } });
    expect(urged.body.map((r: { id: number }) => r.id)).toEqual([id]);
    // An urge changes nothing the holder is working on: the version stays.
    expect((await record(dept, id)).version).toBe(seen.version);
  });

  it('when it was urged today, then 429 for anyone until the next Beijing day (a calendar day, not 24 h)', async () => {
    t.clock.set('2026-11-03T23:50:00+08:00');
    await signIn();
    const id = await atDept();
    expect((await urge(city, id)).status).toBe(200);
    const again = await urge(prov, id, '请尽快办理');
    expect(again.status).toBe(429);
    expect(again.body.message).toContain('每个申报每天只能催办一次');
    t.clock.set('2026-11-04T00:10:00+08:00');
    await signIn();
    expect((await urge(prov, id, '省厅再次催办')).status).toBe(200);
    expect((await urge(city, id)).status).toBe(429);
  });

  it('when a reviewer outside the chain urges, then 404; the holder or a lower level, or nothing held, 409; another role 403', async () => {
    const id = await atDept();
    expect((await urge(jlCity, id)).status).toBe(404);
    expect((await jlCity.get(`/api/title-applications/${id}`)).status).toBe(404);
    expect(
      (await jlCity.list('title-applications', { filter: { urgeable: true } })).body.map((r: { id: number }) => r.id),
    ).not.toContain(id);
    expect((await urge(dept2, id)).status).toBe(409);
    expect((await urge(unit, id)).status).toBe(409);
    expect((await urge(admin, id)).status).toBe(403);
    const returned = await submit();
    const ret = await unit.post(`/api/title-applications/${returned}/review`, {
      result: 'return',
      opinion: '请补充学历证明',
      moduleErrors: ['education'],
      returnTo: 'applicant',
      resubmitTo: 'this_level',
      version: (await record(unit, returned)).version,
    });
    expect(ret.status).toBe(200);
    const none = await urge(dept, returned);
    expect(none.status).toBe(409);
    expect(none.body.message).toContain('无需催办');
    const empty = await city.post(`/api/title-applications/${id}/urge`, { message: '' });
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toHaveProperty('message');
  });
});
