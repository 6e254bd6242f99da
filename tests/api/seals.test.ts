import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLogs, notifications, operators, sealGrants, seals, units } from '../../db/schema';
import { startTestApp, type TestApp } from '../helpers/testApp';
import type { ApiClient } from '../helpers/http';
import { FACE, hall, newId, seedSealUnit } from '../helpers/seals';

let t: TestApp;
let jigou: ApiClient;
let kefu: ApiClient;
let intake: ApiClient;
beforeAll(async () => {
  t = await startTestApp();
  jigou = await t.login('jigou01');
  kefu = await t.login('kefu01');
  intake = hall(t);
});
afterAll(() => t.close());

const apply = (uscc: string, by: object, over: object = {}) =>
  intake.post('/api/intake/seals', { uscc, type: 'official', appliedBy: by, faceVerifiedAt: FACE, ...over });
const grant = (sealId: number, by: object, over: object = {}) =>
  intake.post(`/api/intake/seals/${sealId}/grants`, {
    person: { name: '赵被授', idType: 'resident_id', idNumber: newId() },
    validFrom: '2026-11-01',
    validTo: '2027-03-31',
    by,
    ...over,
  });
const seal = (id: number) => t.db.select().from(seals).where(eq(seals.id, id)).get()!;
const grantRow = (id: number) => t.db.select().from(sealGrants).where(eq(sealGrants.id, id)).get()!;

describe('applying for a seal from the hall', () => {
  it('when the legal representative applies without a name, then the seal is active and named after the unit and type', async () => {
    const u = seedSealUnit(t);
    const res = await apply(u.uscc, u.legalRep);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'active' });
    expect(seal(res.body.id)).toMatchObject({
      name: `${u.unitName}单位公章`,
      appliedByRole: 'legal_rep',
      appliedByName: '李法人',
    });
    const rows = t.db
      .select()
      .from(auditLogs)
      .where(and(eq(auditLogs.resource, 'seals'), eq(auditLogs.resourceId, String(res.body.id))))
      .all();
    expect(rows.map((r) => r.action)).toEqual(['seals.apply']);
  });

  it('when a second seal of the same type is applied for, then 409 names the existing seal; after voiding it, the type is free again', async () => {
    const u = seedSealUnit(t);
    const first = await apply(u.uscc, u.operator);
    expect(first.status).toBe(201);
    const again = await apply(u.uscc, u.legalRep);
    expect(again.status).toBe(409);
    expect(again.body.message).toContain(`编号 ${first.body.id}`);
    expect(again.body.errors).toHaveProperty('type');
    expect(
      (await intake.post(`/api/intake/seals/${first.body.id}/void`, { by: u.legalRep, faceVerifiedAt: FACE })).status,
    ).toBe(200);
    expect((await apply(u.uscc, u.legalRep)).status).toBe(201);
  });

  it('when the name is over 50 characters, then 400 on name', async () => {
    const u = seedSealUnit(t);
    const res = await apply(u.uscc, u.legalRep, { name: '章'.repeat(51) });
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty('name');
    expect((await apply(u.uscc, u.legalRep, { name: '章'.repeat(50) })).status).toBe(201);
  });

  it.each([
    [
      'a stranger',
      (_u: ReturnType<typeof seedSealUnit>) => ({ idType: 'resident_id', idNumber: newId(), name: '路人' }),
      '不是本单位',
    ],
    [
      'an operator without 管理权限',
      (u: ReturnType<typeof seedSealUnit>) => u.operator,
      '没有管理权限',
      { manageRight: false },
    ],
    [
      'an operator whose validity ended',
      (u: ReturnType<typeof seedSealUnit>) => u.operator,
      '到期',
      { operatorValidTo: '2026-10-31' },
    ],
  ] as [string, (u: ReturnType<typeof seedSealUnit>) => object, string, Parameters<typeof seedSealUnit>[1]?][])(
    'when %s applies, then 403 says why',
    async (_label, who, text, over = {}) => {
      const u = seedSealUnit(t, over);
      const res = await apply(u.uscc, who(u));
      expect(res.status).toBe(403);
      expect(res.body.message).toContain(text);
      expect(res.body.errors).toHaveProperty('by');
    },
  );

  it('when the unit is frozen, then 409; an unknown USCC is 404 on uscc; no key is 401', async () => {
    const u = seedSealUnit(t);
    t.db.update(units).set({ status: 'frozen' }).where(eq(units.id, u.unitId)).run();
    expect((await apply(u.uscc, u.legalRep)).status).toBe(409);
    const unknown = await apply('91220101MA00000000', u.legalRep);
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors).toHaveProperty('uscc');
    expect((await t.anonymous().post('/api/intake/seals', {})).status).toBe(401);
  });
});

describe('grants from the hall', () => {
  it('when an operator grants within their validity, then 201 with the ID masked; beyond it, 400 on validTo', async () => {
    const u = seedSealUnit(t);
    const s = (await apply(u.uscc, u.legalRep)).body.id;
    const ok = await grant(s, u.operator);
    expect(ok.status).toBe(201);
    expect(ok.body.idNumber).toMatch(/^\d{3}\*+\d{3}[\dX]$/);
    expect(ok.body.status).toBe('active');
    const beyond = await grant(s, u.operator, { validTo: '2027-07-01' });
    expect(beyond.status).toBe(400);
    expect(beyond.body.errors).toHaveProperty('validTo');
    // The legal representative has no end of their own.
    expect((await grant(s, u.legalRep, { validTo: '2030-12-31' })).status).toBe(201);
  });

  it('when the person ID fails GB 11643, then 400 on person.idNumber', async () => {
    const u = seedSealUnit(t);
    const s = (await apply(u.uscc, u.legalRep)).body.id;
    const bad = await grant(s, u.legalRep, {
      person: { name: '赵被授', idType: 'resident_id', idNumber: '220102199001010070' },
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).join()).toContain('idNumber');
  });

  it('when a grant is changed and then removed, then only the validity moved and the row stays as revoked', async () => {
    const u = seedSealUnit(t);
    const s = (await apply(u.uscc, u.legalRep)).body.id;
    const g = (await grant(s, u.legalRep)).body;
    const changed = await intake.put(`/api/intake/seal-grants/${g.id}`, {
      validFrom: '2026-11-01',
      validTo: '2026-12-31',
      by: u.operator,
    });
    expect(changed.status).toBe(200);
    expect(grantRow(g.id)).toMatchObject({ validTo: '2026-12-31', personName: '赵被授' });
    expect((await intake.request('DELETE', `/api/intake/seal-grants/${g.id}`, { by: u.legalRep })).status).toBe(200);
    expect(grantRow(g.id).status).toBe('revoked');
    expect(
      (
        await intake.put(`/api/intake/seal-grants/${g.id}`, {
          validFrom: '2026-11-01',
          validTo: '2026-12-31',
          by: u.legalRep,
        })
      ).status,
    ).toBe(409);
  });

  it('when a grant ends before the Beijing date, then it reads expired and filters as expired', async () => {
    const u = seedSealUnit(t);
    const s = (await apply(u.uscc, u.legalRep)).body.id;
    // The test clock stands at 2026-11-02 09:00 Beijing time (01:00 UTC, still 11-01 by the UTC date).
    const lastDay = (await grant(s, u.legalRep, { validFrom: '2026-10-01', validTo: '2026-11-02' })).body;
    const ended = (await grant(s, u.legalRep, { validFrom: '2026-10-01', validTo: '2026-11-01' })).body;
    expect(lastDay.status).toBe('active');
    expect(ended.status).toBe('expired');
    const listed = await jigou.list('seal-grants', { filter: { sealId: s, status: 'expired' } });
    expect(listed.body.map((x: any) => x.id)).toEqual([ended.id]);
  });
});

describe('staff actions and account events', () => {
  it('when staff void a seal with a reason, then its grants end, the legal representative gets an SMS, all in one commit', async () => {
    const u = seedSealUnit(t);
    const s = (await apply(u.uscc, u.legalRep, { type: 'finance' })).body.id;
    const g1 = (await grant(s, u.legalRep)).body.id;
    const g2 = (await grant(s, u.operator)).body.id;
    expect((await jigou.post(`/api/seals/${s}/void`, { version: 1 })).status).toBe(400);
    expect((await kefu.post(`/api/seals/${s}/void`, { reason: '单位报告印章被盗用', version: 1 })).status).toBe(403);
    const res = await jigou.post(`/api/seals/${s}/void`, { reason: '单位报告印章被盗用', version: 1 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'voided', voidReason: '单位报告印章被盗用', allowedActions: [] });
    expect([grantRow(g1).status, grantRow(g2).status]).toEqual(['revoked', 'revoked']);
    const sms = t.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.relatedType, 'seals'), eq(notifications.relatedId, s)))
      .all();
    expect(sms).toHaveLength(1);
    expect(sms[0].content).toMatch(/财务专用章.*作废.*工作人员/);
    expect((await jigou.post(`/api/seals/${s}/void`, { reason: '再来', version: 2 })).status).toBe(409);
  });

  it('when the SMS cannot be queued, then the void rolls back with the grants intact', async () => {
    const u = seedSealUnit(t);
    const s = (await apply(u.uscc, u.legalRep, { type: 'contract' })).body.id;
    const g = (await grant(s, u.legalRep)).body.id;
    t.db.$client.exec(
      `CREATE TEMP TRIGGER no_sms BEFORE INSERT ON notifications BEGIN SELECT RAISE(ABORT, 'outbox down'); END`,
    );
    try {
      expect((await jigou.post(`/api/seals/${s}/void`, { reason: '测试回滚', version: 1 })).status).toBe(500);
    } finally {
      t.db.$client.exec('DROP TRIGGER no_sms');
    }
    expect(seal(s).status).toBe('active');
    expect(grantRow(g).status).toBe('active');
  });

  it('when the unit is frozen then unfrozen, then its seals are suspended then active; cancelled, they are voided (单位注销)', async () => {
    const u = seedSealUnit(t);
    const s = (await apply(u.uscc, u.legalRep)).body.id;
    const version = () => t.db.select().from(units).where(eq(units.id, u.unitId)).get()!.version;
    expect((await jigou.post(`/api/units/${u.unitId}/freeze`, { reason: '涉嫌违规', version: version() })).status).toBe(
      200,
    );
    expect(seal(s).status).toBe('suspended');
    expect((await grant(s, u.legalRep)).status).toBe(409);
    expect((await jigou.post(`/api/units/${u.unitId}/unfreeze`, { version: version() })).status).toBe(200);
    expect(seal(s).status).toBe('active');
    expect((await jigou.post(`/api/units/${u.unitId}/cancel`, { reason: '单位解散', version: version() })).status).toBe(
      200,
    );
    expect(seal(s)).toMatchObject({ status: 'voided', voidReason: '单位注销' });
    const history = await jigou.get(`/api/audit-logs/trail?resource=seals&resourceId=${s}`);
    expect(history.body.map((r: any) => r.action).sort()).toEqual([
      'seals.apply',
      'seals.restore',
      'seals.suspend',
      'seals.void',
    ]);
  });

  it('when an operator is removed or disabled, then the grants made to them are revoked', async () => {
    const u = seedSealUnit(t);
    const s = (await apply(u.uscc, u.legalRep)).body.id;
    const g = (await grant(s, u.legalRep, { person: u.operator })).body.id;
    const other = (await grant(s, u.legalRep)).body.id;
    expect((await jigou.delete(`/api/operators/${u.operatorId}`)).status).toBe(200);
    expect(grantRow(g)).toMatchObject({ status: 'revoked', revokedReason: '经办人已删除' });
    expect(grantRow(other).status).toBe('active');

    const u2 = seedSealUnit(t);
    const s2 = (await apply(u2.uscc, u2.legalRep)).body.id;
    const g2 = (await grant(s2, u2.legalRep, { person: u2.operator })).body.id;
    const v = t.db.select().from(operators).where(eq(operators.id, u2.operatorId)).get()!.version;
    expect((await jigou.post(`/api/operators/${u2.operatorId}/disable`, { version: v })).status).toBe(200);
    expect(grantRow(g2).status).toBe('revoked');
  });

  it('when staff revoke a grant, then a reason is required and the row is kept as revoked', async () => {
    const u = seedSealUnit(t);
    const s = (await apply(u.uscc, u.legalRep)).body.id;
    const g = (await grant(s, u.legalRep)).body.id;
    expect((await jigou.post(`/api/seal-grants/${g}/revoke`, { version: 1 })).status).toBe(400);
    const res = await jigou.post(`/api/seal-grants/${g}/revoke`, { reason: '单位申请', version: 1 });
    expect(res.body).toMatchObject({ status: 'revoked', revokedReason: '单位申请' });
  });

  it('when an appeal agent lists seals by unit name, then they read them but may not void', async () => {
    const u = seedSealUnit(t);
    const s = (await apply(u.uscc, u.legalRep)).body.id;
    const listed = await kefu.list('seals', { filter: { q: u.unitName } });
    expect(listed.status).toBe(200);
    expect(listed.body.map((x: any) => x.id)).toEqual([s]);
    expect(listed.body[0]).toMatchObject({ unitName: u.unitName, allowedActions: [] });
    expect(
      (await jigou.list('seals', { filter: { unitId: u.unitId, status: 'active', type: 'official' } })).body[0]
        .allowedActions,
    ).toEqual(['void']);
  });
});
