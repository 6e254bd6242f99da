import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { appealEvents, appeals, auditLogs } from '../../db/schema';
import { startTestApp, type TestApp } from '../helpers/testApp';
import type { ApiClient } from '../helpers/http';
import { seedProcessingAppeal, submitAppeal } from '../helpers/appeals';

let t: TestApp;
let kefu01: ApiClient;
let kefu02: ApiClient;
beforeAll(async () => {
  t = await startTestApp();
  kefu01 = await t.login('kefu01');
  kefu02 = await t.login('kefu02');
});
afterAll(() => t.close());

const rowsOf = (ids: number[]) => t.db.select().from(appeals).where(inArray(appeals.id, ids)).all();
const auditsOf = (action: string, ids: number[]) =>
  t.db
    .select()
    .from(auditLogs)
    .where(and(eq(auditLogs.action, action), inArray(auditLogs.resourceId, ids.map(String))))
    .all();
/** Everything a refused request must leave as it was. */
const snapshot = (ids: number[]) => ({
  appeals: rowsOf(ids).map((a) => [a.id, a.status, a.assigneeId, a.version]),
  audits: t.db.select().from(auditLogs).where(eq(auditLogs.resource, 'appeals')).all().length,
  events: t.db.select().from(appealEvents).where(inArray(appealEvents.appealId, ids)).all().length,
});

describe('bulk claim (POST /api/appeals/claim)', () => {
  it('when an agent claims several appeals, then each waiting one becomes theirs and is audited, and each other says why not', async () => {
    const waiting = [
      await submitAppeal(t, { name: '批量领取甲公司' }),
      await submitAppeal(t, { name: '批量领取乙公司' }),
    ];
    const held = (await seedProcessingAppeal(t, kefu02, { name: '批量领取丙公司' })).id as number;
    const res = await kefu01.post('/api/appeals/claim', { ids: [...waiting, held, 99999, waiting[0]] });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.results).toEqual([
      { id: waiting[0], result: 'claimed', name: '批量领取甲公司' },
      { id: waiting[1], result: 'claimed', name: '批量领取乙公司' },
      { id: held, result: 'refused', name: '批量领取丙公司', reason: expect.stringContaining('客服') },
      { id: 99999, result: 'not_found' },
    ]);
    expect(rowsOf(waiting).map((a) => [a.status, a.assigneeId])).toEqual(
      waiting.map(() => ['processing', t.seed.staffIds.kefu01]),
    );
    expect(rowsOf([held])[0]).toMatchObject({ status: 'processing', assigneeId: t.seed.staffIds.kefu02 });
    expect(auditsOf('appeals.claim', waiting)).toHaveLength(2);
    expect(auditsOf('appeals.claim', [held])).toHaveLength(1); // kefu02's own claim only
    expect(auditsOf('appeals.claim', waiting).every((a) => a.actorId === t.seed.staffIds.kefu01)).toBe(true);
  });
});

describe('bulk assign (POST /api/appeals/assign)', () => {
  it('when an agent assigns several appeals to a colleague, then each moves to them with its own audit row; one already theirs is refused', async () => {
    const waiting = await submitAppeal(t, { name: '批量转派甲公司' });
    const mine = (await seedProcessingAppeal(t, kefu01, { name: '批量转派乙公司' })).id as number;
    const theirs = (await seedProcessingAppeal(t, kefu02, { name: '批量转派丙公司' })).id as number;
    const res = await kefu01.post('/api/appeals/assign', {
      ids: [waiting, mine, theirs],
      assigneeId: t.seed.staffIds.kefu02,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.results.map((r: { id: number; result: string }) => [r.id, r.result])).toEqual([
      [waiting, 'assigned'],
      [mine, 'assigned'],
      [theirs, 'refused'],
    ]);
    expect(res.body.results[2].reason).toMatch(/已由.+办理/);
    expect(rowsOf([waiting, mine, theirs]).map((a) => a.assigneeId)).toEqual([
      t.seed.staffIds.kefu02,
      t.seed.staffIds.kefu02,
      t.seed.staffIds.kefu02,
    ]);
    expect(
      auditsOf('appeals.assign', [waiting, mine, theirs])
        .map((a) => Number(a.resourceId))
        .sort(),
    ).toEqual([waiting, mine].sort());
  });

  it('when the assignee is not an active agent or the ids are missing, then 400 naming the field and nothing changes', async () => {
    const id = await submitAppeal(t, { name: '批量转派丁公司' });
    const before = snapshot([id]);
    const notAgent = await kefu01.post('/api/appeals/assign', { ids: [id], assigneeId: t.seed.staffIds.admin });
    expect(notAgent.status).toBe(400);
    expect(notAgent.body.errors).toHaveProperty('assigneeId');
    for (const body of [
      { ids: [], assigneeId: t.seed.staffIds.kefu02 },
      { ids: 'all', assigneeId: t.seed.staffIds.kefu02 },
      { ids: [id] },
      { ids: Array.from({ length: 101 }, (_, i) => i + 1), assigneeId: t.seed.staffIds.kefu02 },
    ]) {
      const res = await kefu01.post('/api/appeals/assign', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(res.body.errors ?? {}).length, JSON.stringify(res.body)).toBeGreaterThan(0);
    }
    expect((await kefu01.post('/api/appeals/claim', { ids: [0] })).status).toBe(400);
    expect(snapshot([id])).toEqual(before);
  });

  it('when anyone but an appeal agent tries either, then 403 and nothing changes', async () => {
    const id = await submitAppeal(t, { name: '批量权限公司' });
    const before = snapshot([id]);
    for (const username of ['admin', 'jigou01', 'shenhe_unit']) {
      const who = await t.login(username);
      expect((await who.post('/api/appeals/claim', { ids: [id] })).status, username).toBe(403);
      expect(
        (await who.post('/api/appeals/assign', { ids: [id], assigneeId: t.seed.staffIds.kefu01 })).status,
        username,
      ).toBe(403);
    }
    expect(snapshot([id])).toEqual(before);
  });
});
