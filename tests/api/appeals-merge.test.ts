import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { files, notifications } from '../../db/schema';
import type { ApiClient } from '../helpers/http';
import { buildAppealFields, seedProcessingAppeal, submitAppeal } from '../helpers/appeals';
import { startTestApp, type TestApp } from '../helpers/testApp';

// Issue 14 item 2: duplicate appeals are linked at intake and merged by an agent.
let t: TestApp;
let kefu01: ApiClient;
let kefu02: ApiClient;
beforeAll(async () => {
  t = await startTestApp();
  [kefu01, kefu02] = await Promise.all([t.login('kefu01'), t.login('kefu02')]);
});
afterAll(() => t.close());

const smsOf = (id: number) =>
  t.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.relatedType, 'appeals'), eq(notifications.relatedId, id)))
    .all();
const show = async (id: number) => (await kefu01.get(`/api/appeals/${id}`)).body;
const timeline = async (id: number) => (await kefu01.get(`/api/appeals/${id}/timeline`)).body as { kind: string }[];

describe('duplicate appeals', () => {
  it('when an appeal arrives with the USCC of an open one, or its phone and name, then it is linked as a possible duplicate; otherwise not', async () => {
    const first = buildAppealFields({ phone: '13600001111' });
    const keptId = await submitAppeal(t, first);
    const sameUscc = await submitAppeal(t, { uscc: first.uscc, phone: '13600002222' });
    const samePhoneAndName = await submitAppeal(t, { name: first.name, phone: first.phone });
    const unrelated = await submitAppeal(t, { phone: '13600003333' });
    expect((await show(sameUscc)).duplicateOfId).toBe(keptId);
    expect((await show(samePhoneAndName)).duplicateOfId).toBe(keptId);
    expect((await show(unrelated)).duplicateOfId).toBeNull();
    expect((await show(keptId)).duplicateOfId).toBeNull();
    // The queue carries the mark, and the panel finds both by either rule.
    const queue = await kefu01.list('appeals', { filter: { id: [sameUscc, unrelated] } });
    expect(queue.body.map((a: { duplicateOfId: number | null }) => a.duplicateOfId)).toEqual(
      expect.arrayContaining([keptId, null]),
    );
    const panel = await kefu01.list('appeals', { filter: { duplicatesOf: keptId } });
    expect(panel.body.map((a: { id: number }) => a.id).sort()).toEqual([sameUscc, samePhoneAndName].sort());
  });

  it('when an agent merges a duplicate, then it is merged, its files are the kept appeal’s extra materials, one SMS names the kept appeal, and both timelines say so', async () => {
    const kept = await seedProcessingAppeal(t, kefu01);
    const dupId = await submitAppeal(t, { uscc: kept.uscc });
    const dup = await show(dupId);
    const dupFiles = (dup.materials as { file: { id: number } }[]).map((m) => m.file.id);
    expect(dupFiles).toHaveLength(7);
    expect(dup.allowedActions).toContain('merge');

    const res = await kefu01.post(`/api/appeals/${dupId}/merge`, { intoId: kept.id, version: dup.version });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ status: 'merged', mergedIntoId: kept.id, allowedActions: [], materials: [] });

    const after = await show(kept.id);
    expect(after.status).toBe('processing');
    expect(after.version).toBe(kept.version + 1);
    expect(after.materials).toHaveLength(7);
    expect(after.extraMaterials.map((m: { file: { id: number } }) => m.file.id).sort()).toEqual([...dupFiles].sort());
    expect(after.extraMaterials[0]).toMatchObject({ fromAppealId: dupId, label: expect.any(String) });
    for (const id of dupFiles)
      expect(t.db.select().from(files).where(eq(files.id, id)).get()).toMatchObject({ ownerId: kept.id });
    // The kept appeal's staff open the moved files through the kept appeal.
    expect((await kefu01.raw(`/api/files/${dupFiles[0]}`)).status).toBe(200);

    const sms = smsOf(dupId);
    expect(sms).toHaveLength(1);
    expect(sms[0].content).toContain(`编号 ${kept.id}`);
    expect(smsOf(kept.id)).toHaveLength(0);
    expect((await timeline(dupId)).map((e) => e.kind)).toContain('merged');
    expect((await timeline(kept.id)).map((e) => e.kind)).toContain('merged_in');
    const trail = await kefu01.get(`/api/audit-logs/trail?resource=appeals&resourceId=${kept.id}`);
    expect(trail.body.map((r: { action: string }) => r.action)).toContain('appeals.merged_in');
  });

  it('when the USCCs differ, then merging needs a reason (400), and with one it goes through', async () => {
    const fields = buildAppealFields({ phone: '13600004444' });
    const keptId = await submitAppeal(t, fields);
    const dupId = await submitAppeal(t, { name: fields.name, phone: fields.phone });
    const dup = await show(dupId);
    const bare = await kefu01.post(`/api/appeals/${dupId}/merge`, { intoId: keptId, version: dup.version });
    expect(bare.status).toBe(400);
    expect(bare.body.errors.reason).toBeTruthy();
    expect((await show(dupId)).status).toBe('submitted');
    const ok = await kefu01.post(`/api/appeals/${dupId}/merge`, {
      intoId: keptId,
      version: dup.version,
      reason: '信用代码填错一位，同一单位重复提交',
    });
    expect(ok.status).toBe(200);
    expect(ok.body.decisionNote).toContain('信用代码填错一位');
  });

  it('when the duplicate or the kept appeal is decided, then 409; a stale version 409; another agent’s claimed appeal 403; nothing changes', async () => {
    const kept = await seedProcessingAppeal(t, kefu01);
    const decided = await kefu01.post(`/api/appeals/${kept.id}/reject`, { reason: '材料不全', version: kept.version });
    expect(decided.status).toBe(200);
    const dupId = await submitAppeal(t, { uscc: kept.uscc });
    const dup = await show(dupId);
    // Its open twin is decided: nothing to merge into.
    const intoDecided = await kefu01.post(`/api/appeals/${dupId}/merge`, { intoId: kept.id, version: dup.version });
    expect(intoDecided.status).toBe(409);
    // A decided appeal never merges.
    const other = await submitAppeal(t);
    const fromDecided = await kefu01.post(`/api/appeals/${kept.id}/merge`, {
      intoId: other,
      version: decided.body.version,
    });
    expect(fromDecided.status).toBe(409);
    expect((await kefu01.post(`/api/appeals/${dupId}/merge`, { intoId: other, version: dup.version + 1 })).status).toBe(
      409,
    );
    const claimed = await seedProcessingAppeal(t, kefu02);
    expect(
      (await kefu01.post(`/api/appeals/${claimed.id}/merge`, { intoId: other, version: claimed.version, reason: 'x' }))
        .status,
    ).toBe(403);
    expect((await show(dupId)).status).toBe('submitted');
    expect(smsOf(dupId)).toHaveLength(0);
  });

  it('when anyone but an appeal agent merges, then 403', async () => {
    const a = await submitAppeal(t);
    const b = await submitAppeal(t);
    for (const username of ['admin', 'jigou01', 'auditor']) {
      const c = await t.login(username);
      expect((await c.post(`/api/appeals/${a}/merge`, { intoId: b, version: 1 })).status).toBe(403);
    }
  });
});
