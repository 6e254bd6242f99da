import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import { auditLogs, signInEvents, units } from '../../db/schema';
import { startTestApp, type TestApp } from '../helpers/testApp';
import type { ApiClient } from '../helpers/http';
import { hall, newId, seedSealUnit } from '../helpers/seals';
import { prune } from '../../server/modules/sign-in-events/sign-in-events.service';

let t: TestApp;
let kefu: ApiClient;
beforeAll(async () => {
  t = await startTestApp();
  kefu = await t.login('kefu01');
});
afterAll(() => t.close());

const check = (unitId: number, body: object) => kefu.post(`/api/units/${unitId}/sign-in-check`, body);
const failing = (res: { body: { checks: { key: string; ok: boolean | null }[] } }) =>
  res.body.checks.filter((c) => c.ok === false).map((c) => c.key);
const report = (
  uscc: string,
  p: { idNumber: string; name: string },
  method: string,
  outcome: string,
  reason?: string,
) =>
  hall(t).post('/api/intake/sign-in-events', {
    uscc,
    method,
    idNumber: p.idNumber,
    name: p.name,
    outcome,
    reason,
    at: t.clock.now().toISOString(),
  });

describe('the sign-in check', () => {
  it('when the operator on record calls with the right identity, then ok, and the audit row holds the masked ID and the verdict', async () => {
    const u = seedSealUnit(t);
    const res = await check(u.unitId, { ...u.operator, method: 'password' });
    expect(res.status).toBe(200);
    expect(res.body.verdict).toBe('ok');
    expect(res.body.checks.map((c: any) => c.key)).toEqual([
      'unit_active',
      'person_on_record',
      'identity_match',
      'operator_active',
      'operator_valid_today',
    ]);
    const row = t.db
      .select()
      .from(auditLogs)
      .where(and(eq(auditLogs.action, 'units.sign_in_check.pii_reveal'), eq(auditLogs.resourceId, String(u.unitId))))
      .get()!;
    expect(row.summary).toContain('结论 ok');
    expect(row.summary).not.toContain(u.operator.idNumber);
    expect(row.summary).toContain(u.operator.idNumber.slice(-4));
  });

  it('when the unit is frozen, then unit_active fails with its fix', async () => {
    const u = seedSealUnit(t);
    t.db.update(units).set({ status: 'frozen' }).where(eq(units.id, u.unitId)).run();
    const res = await check(u.unitId, { ...u.legalRep, method: 'password' });
    expect(res.body.verdict).toBe('blocked');
    expect(failing(res)).toEqual(['unit_active']);
    expect(res.body.checks[0].fix).toContain('解除冻结');
  });

  it('when the caller is nobody on record, then person_on_record fails and the fix is to add the operator in 吉事办', async () => {
    const u = seedSealUnit(t);
    const res = await check(u.unitId, {
      name: '陌生人',
      idType: 'resident_id',
      idNumber: newId(),
      method: 'jishiban_scan',
    });
    expect(failing(res)).toEqual(['person_on_record']);
    expect(res.body.checks.find((c: any) => c.key === 'person_on_record').fix).toContain(
      '【我的经办人】中添加该经办人',
    );
  });

  it('when the name is right but the ID number is not, then identity_match names 证件号码 without revealing the recorded one', async () => {
    const u = seedSealUnit(t);
    const res = await check(u.unitId, {
      name: u.operator.name,
      idType: 'resident_id',
      idNumber: newId(),
      method: 'password',
    });
    expect(failing(res)).toEqual(['identity_match']);
    const c = res.body.checks.find((x: any) => x.key === 'identity_match');
    expect(c.message).toBe('证件号码与登记的不一致');
    expect(JSON.stringify(res.body)).not.toContain(u.operator.idNumber.slice(-4));
  });

  it('when the operator is disabled, then operator_active fails', async () => {
    const u = seedSealUnit(t);
    t.db.$client.prepare('UPDATE operators SET status = ? WHERE id = ?').run('disabled', u.operatorId);
    expect(failing(await check(u.unitId, { ...u.operator, method: 'password' }))).toEqual(['operator_active']);
  });

  it('when the operator validity ended yesterday, then operator_valid_today fails and the fix is to edit the validity', async () => {
    const u = seedSealUnit(t, { operatorValidTo: '2026-11-01' });
    const res = await check(u.unitId, { ...u.operator, method: 'essc_scan' });
    expect(failing(res)).toEqual(['operator_valid_today']);
    expect(res.body.checks.find((c: any) => c.key === 'operator_valid_today').fix).toContain('修改有效期');
    // No report from the hall yet: the e-SSC is unknown, which does not block.
    expect(res.body.checks.find((c: any) => c.key === 'essc_activated').ok).toBeNull();
  });

  it('when the hall reported the e-SSC not activated, then essc_activated fails; after a succeeded scan it passes', async () => {
    const u = seedSealUnit(t);
    expect((await report(u.uscc, u.operator, 'essc_scan', 'failed', 'essc_not_activated')).status).toBe(202);
    expect(failing(await check(u.unitId, { ...u.operator, method: 'essc_scan' }))).toEqual(['essc_activated']);
    t.clock.advance(60_000);
    await report(u.uscc, u.operator, 'essc_scan', 'succeeded');
    expect((await check(u.unitId, { ...u.operator, method: 'essc_scan' })).body.verdict).toBe('ok');
  });

  it('when the hall last reported a 吉事办 legal-representative mismatch, then legal_rep_registered fails', async () => {
    const u = seedSealUnit(t);
    await report(u.uscc, u.legalRep, 'jishiban_scan', 'failed', 'legal_rep_mismatch');
    const res = await check(u.unitId, { ...u.legalRep, method: 'jishiban_scan' });
    expect(failing(res)).toEqual(['legal_rep_registered']);
    expect(res.body.checks.find((c: any) => c.key === 'legal_rep_registered').fix).toContain('法人注册');
  });

  it('when the check is run, then it counts against the PII reveal limit (429 beyond it)', async () => {
    const u = seedSealUnit(t);
    const kefu2 = await t.login('kefu02');
    t.db.$client
      .prepare(
        "INSERT INTO settings (key, value, updated_at) VALUES ('pii.revealLimitPerHour', '1', ?) ON CONFLICT(key) DO UPDATE SET value = '1'",
      )
      .run(t.clock.now().toISOString());
    try {
      expect(
        (await kefu2.post(`/api/units/${u.unitId}/sign-in-check`, { ...u.legalRep, method: 'password' })).status,
      ).toBe(200);
      expect(
        (await kefu2.post(`/api/units/${u.unitId}/sign-in-check`, { ...u.legalRep, method: 'password' })).status,
      ).toBe(429);
    } finally {
      t.db.$client.prepare("DELETE FROM settings WHERE key = 'pii.revealLimitPerHour'").run();
    }
  });

  it('when the body lacks the ID number or the caller is a title reviewer, then it is refused', async () => {
    const u = seedSealUnit(t);
    expect((await check(u.unitId, { name: '甲', idType: 'resident_id', method: 'password' })).status).toBe(400);
    const reviewer = await t.login('shenhe_unit');
    expect(
      (await reviewer.post(`/api/units/${u.unitId}/sign-in-check`, { ...u.legalRep, method: 'password' })).status,
    ).toBe(403);
  });
});

describe('sign-in events', () => {
  it('when the hall reports an event, then it is stored masked with a hash and listed by reason for staff', async () => {
    const u = seedSealUnit(t);
    expect((await report(u.uscc, u.operator, 'essc_scan', 'failed', 'operator_expired')).status).toBe(202);
    const row = t.db.select().from(signInEvents).where(eq(signInEvents.unitId, u.unitId)).get()!;
    expect(row.idNumberMasked).not.toBe(u.operator.idNumber);
    expect(row.idHash).toMatch(/^[0-9a-f]{64}$/);
    const listed = await kefu.list('sign-in-events', {
      filter: { unitId: u.unitId, reason: 'operator_expired', outcome: 'failed' },
    });
    expect(listed.body).toHaveLength(1);
    expect(JSON.stringify(listed.body)).not.toContain(u.operator.idNumber);
    const stats = await kefu.get('/api/sign-in-events/stats?days=7');
    expect(stats.body.reasons.find((r: any) => r.reason === 'operator_expired').count).toBeGreaterThanOrEqual(1);
  });

  it('when events are older than the retention, then pruning removes exactly those', async () => {
    const u = seedSealUnit(t);
    const old = new Date(t.clock.now().getTime() - 91 * 86_400_000).toISOString();
    const recent = new Date(t.clock.now().getTime() - 89 * 86_400_000).toISOString();
    for (const at of [old, recent])
      await hall(t).post('/api/intake/sign-in-events', {
        uscc: u.uscc,
        method: 'password',
        idNumber: u.legalRep.idNumber,
        name: '李法人',
        outcome: 'failed',
        reason: 'other',
        at,
      });
    expect(prune(t.ctx)).toBeGreaterThanOrEqual(1);
    const left = t.db
      .select()
      .from(signInEvents)
      .where(eq(signInEvents.unitId, u.unitId))
      .all()
      .map((e) => e.at);
    expect(left).toEqual([recent]);
    expect(t.db.select().from(auditLogs).where(like(auditLogs.action, 'signInEvents.prune')).all()).toHaveLength(1);
  });
});
