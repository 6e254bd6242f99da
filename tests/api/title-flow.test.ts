import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/testApp';
import type { ApiClient } from '../helpers/http';
import { residentIdFor } from '../helpers/fixtures';
import {
  batchForm,
  buildTitleApplication,
  createTitlePlan,
  resubmitTitleApplication,
  submitTitleApplication,
} from '../helpers/titles';

let t: TestApp;
let unit: ApiClient, dept: ApiClient, admin: ApiClient;
let planId: number;
let people = 900;

beforeAll(async () => {
  t = await startTestApp();
  [unit, dept, admin] = await Promise.all(['shenhe_unit', 'shenhe_dept', 'admin'].map((u) => t.login(u)));
  planId = (await createTitlePlan(admin)).id;
});
afterAll(() => t.close());
beforeEach(() => t.clock.advance(61_000));

async function submit(over: Record<string, unknown> = {}) {
  const res = await submitTitleApplication(
    t,
    buildTitleApplication(t, {
      planId,
      applicant: { name: '李春梅', idNumber: residentIdFor(++people), phone: '13604312345' },
      ...over,
    }),
  );
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as number;
}
const record = async (c: ApiClient, id: number) => (await c.get(`/api/title-applications/${id}`)).body;
const review = async (c: ApiClient, id: number, body: Record<string, unknown> = {}) =>
  c.post(`/api/title-applications/${id}/review`, {
    result: 'pass',
    opinion: '材料齐全，同意推荐。',
    moduleErrors: [],
    ...body,
    version: (await record(c, id)).version,
  });
const batch = (c: ApiClient, ids: number[]) => c.post('/api/submission-batches', batchForm(ids));
const ids = (rows: { id: number }[]) => rows.map((r) => r.id);
const list = async (c: ApiClient, filter: Record<string, unknown>, sort = ['id', 'ASC']) =>
  (
    await c.get(
      `/api/title-applications?filter=${encodeURIComponent(JSON.stringify(filter))}&sort=${encodeURIComponent(JSON.stringify(sort))}`,
    )
  ).body as { id: number; dueDate: string | null; overdue: boolean }[];
/** Moves the clock to 09:00 Beijing of a day; the reviewers sign in again (sessions expire overnight). */
async function dayIs(date: string) {
  t.clock.set(`${date}T09:00:00+08:00`);
  [unit, dept, admin] = await Promise.all(['shenhe_unit', 'shenhe_dept', 'admin'].map((u) => t.login(u)));
}

describe('deadlines per level (每级审核时限)', () => {
  it('when a plan has 3 working days and a holiday falls inside, then the level is due after the holiday; overdue the day after', async () => {
    await dayIs('2026-11-02');
    const cal = await admin.post('/api/work-calendar', { date: '2026-11-04', kind: 'holiday', name: '测试假日' });
    expect(cal.status, JSON.stringify(cal.body)).toBe(201);
    const plan = await createTitlePlan(admin, { levelDeadlineDays: 3 });
    expect(plan).toMatchObject({ levelDeadlineDays: 3 });
    const id = await submit({ planId: plan.id });
    // Tue 03, (Wed 04 off), Thu 05, Fri 06.
    expect(await record(unit, id)).toMatchObject({ dueDate: '2026-11-06', overdue: false });
    await dayIs('2026-11-06');
    expect((await record(unit, id)).overdue).toBe(false);
    await dayIs('2026-11-09');
    expect((await record(unit, id)).overdue).toBe(true);
    expect(ids(await list(unit, { planId: plan.id, overdue: true }))).toEqual([id]);
    const home = (await unit.get('/api/title-applications/counters')).body;
    expect(home.plans.find((p: { planId: number }) => p.planId === plan.id)).toMatchObject({ pending: 1, overdue: 1 });

    // The next level's clock starts when the batch arrives there.
    expect((await review(unit, id)).status).toBe(200);
    expect((await record(unit, id)).overdue).toBe(true);
    expect((await batch(unit, [id])).status).toBe(201);
    expect(await record(dept, id)).toMatchObject({ dueDate: '2026-11-12', overdue: false });
    expect(ids(await list(unit, { planId: plan.id, overdue: true }))).toEqual([]);

    // sysadmin gives the plan more days: the running level's due date moves.
    const p = (await admin.get(`/api/title-plans/${plan.id}`)).body;
    const edited = await admin.put(`/api/title-plans/${plan.id}`, { ...p, levelDeadlineDays: 5 });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect((await record(dept, id)).dueDate).toBe('2026-11-16');
  });

  it('when it is back with the applicant, then the clock pauses: no due date meanwhile, and the days away are added', async () => {
    await dayIs('2026-11-16');
    const id = await submit();
    expect((await record(unit, id)).dueDate).toBe('2026-11-30');
    await dayIs('2026-11-18');
    const back = await review(unit, id, {
      result: 'return',
      opinion: '继续教育学时不足',
      moduleErrors: ['continuing_education'],
      returnTo: 'applicant',
      resubmitTo: 'this_level',
    });
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect(back.body).toMatchObject({ status: 'returned', dueDate: null, overdue: false });
    await dayIs('2026-11-23');
    const again = await resubmitTitleApplication(t, id, {
      modules: { continuing_education: { hours: 120, entries: [] } },
    });
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    // 19, 20 and 23 were the applicant's: three working days later than before.
    expect((await record(unit, id)).dueDate).toBe('2026-12-03');
  });

  it('when listed by due date, then the earliest deadline comes first', async () => {
    await dayIs('2026-11-24');
    const later = await submit();
    await dayIs('2026-11-20');
    const earlier = await submit();
    const rows = await list(unit, { id: [later, earlier] }, ['dueDate', 'ASC']);
    expect(ids(rows)).toEqual([earlier, later]);
  });
});
