import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLogs, titleApplications } from '../../db/schema';
import { startTestApp, type TestApp } from '../helpers/testApp';
import type { ApiClient } from '../helpers/http';
import { residentIdFor } from '../helpers/fixtures';
import { batchForm, buildTitleApplication, createTitlePlan, submitTitleApplication } from '../helpers/titles';

let t: TestApp;
let unit: ApiClient, dept: ApiClient, dept2: ApiClient, admin: ApiClient;
let planId: number;
let people = 0;

beforeAll(async () => {
  t = await startTestApp();
  [unit, dept, dept2, admin] = await Promise.all(
    ['shenhe_unit', 'shenhe_dept', 'shenhe_dept2', 'admin'].map((u) => t.login(u)),
  );
  planId = (await createTitlePlan(admin)).id;
});
afterAll(() => t.close());
beforeEach(() => t.clock.advance(61_000));

async function submit(plan = planId) {
  const res = await submitTitleApplication(
    t,
    buildTitleApplication(t, {
      planId: plan,
      applicant: { name: '李文华', idNumber: residentIdFor(500 + ++people), phone: '13604312345' },
    }),
  );
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as number;
}

/** Applications passed at the hospital and sent up: 待审 at the health commission. */
async function atDept(n: number, plan = planId) {
  const ids: number[] = [];
  for (let i = 0; i < n; i++) ids.push(await submit(plan));
  const passed = await unit.post('/api/title-applications/batch-review', { ids, result: 'pass', opinion: '同意' });
  expect(passed.status).toBe(403);
  for (const id of ids) {
    const { version } = (await unit.get(`/api/title-applications/${id}`)).body as { version: number };
    const res = await unit.post(`/api/title-applications/${id}/review`, {
      result: 'pass',
      opinion: '同意推荐',
      version,
    });
    expect(res.status).toBe(200);
  }
  expect((await unit.post('/api/submission-batches', batchForm(ids))).status).toBe(201);
  return ids;
}

const passAudits = (id: number) =>
  t.db
    .select()
    .from(auditLogs)
    .where(
      and(
        eq(auditLogs.resource, 'title-applications'),
        eq(auditLogs.resourceId, String(id)),
        eq(auditLogs.action, 'titleApplications.pass'),
      ),
    )
    .all();

describe('batch pass (批量通过) above the employer unit', () => {
  it('when a department passes a mix of ids, then each eligible one passes on its own with its audit row and each other says why', async () => {
    const [a, b, c, held] = await atDept(4);
    const stillAtUnit = await submit();
    expect((await dept2.post('/api/title-applications/claim', { ids: [held] })).status).toBe(200);
    const res = await dept.post('/api/title-applications/batch-review', {
      ids: [a, stillAtUnit, b, held, 999_999, c],
      result: 'pass',
      opinion: '经审核，同意推荐。',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const byId = new Map((res.body as { id: number; outcome: string; reason: string | null }[]).map((r) => [r.id, r]));
    expect([a, b, c].map((id) => byId.get(id))).toEqual(
      [a, b, c].map((id) => ({ id, outcome: 'passed', reason: null })),
    );
    expect(byId.get(stillAtUnit)).toMatchObject({ outcome: 'refused', reason: expect.stringContaining('不在本机构') });
    expect(byId.get(held)).toMatchObject({ outcome: 'refused', reason: expect.stringContaining('领取') });
    expect(byId.get(999_999)).toMatchObject({ outcome: 'refused' });
    for (const id of [a, b, c]) {
      const row = t.db.select().from(titleApplications).where(eq(titleApplications.id, id)).get()!;
      expect(row.status).toBe('awaiting_submission');
      expect(passAudits(id)).toHaveLength(2); // the hospital's pass and the department's
    }
    const heldRow = t.db.select().from(titleApplications).where(eq(titleApplications.id, held)).get()!;
    expect(heldRow.status).toBe('pending');
    expect(passAudits(held)).toHaveLength(1);
  });

  it('when the plan switches batch pass off, then every item is refused and nothing moves', async () => {
    const off = await createTitlePlan(admin, { batchPassAllowed: false });
    const ids = await atDept(1, off.id);
    const res = await dept.post('/api/title-applications/batch-review', { ids, result: 'pass', opinion: '同意' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual([{ id: ids[0], outcome: 'refused', reason: expect.stringContaining('不允许批量通过') }]);
    expect(t.db.select().from(titleApplications).where(eq(titleApplications.id, ids[0])).get()!.status).toBe('pending');
  });

  it('when the body asks for anything but pass, more than 500 ids or no opinion, then 400 names the field', async () => {
    const bad = async (body: Record<string, unknown>, field: string) => {
      const res = await dept.post('/api/title-applications/batch-review', body);
      expect(res.status).toBe(400);
      expect(res.body.errors).toHaveProperty(field);
    };
    await bad({ ids: [1], result: 'reject', opinion: '不同意' }, 'result');
    await bad({ ids: Array.from({ length: 501 }, (_, i) => i + 1), result: 'pass', opinion: '同意' }, 'ids');
    await bad({ ids: [1], result: 'pass', opinion: '  ' }, 'opinion');
  });
});
