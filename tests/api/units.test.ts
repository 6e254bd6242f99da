import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLogs, files, notifications, unitChanges, units } from '../../db/schema';
import { startTestApp, type TestApp } from '../helpers/testApp';
import type { ApiClient } from '../helpers/http';
import { buildUnitFields, registrationForm, seedUnit } from '../helpers/units';
import { tinyPdf } from '../helpers/fixtures';

let t: TestApp;
let jigou: ApiClient;
beforeAll(async () => {
  t = await startTestApp();
  jigou = await t.login('jigou01');
});
afterAll(() => t.close());

const unitRow = (id: number) => t.db.select().from(units).where(eq(units.id, id)).get()!;
const smsFor = (id: number) =>
  t.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.relatedType, 'units'), eq(notifications.relatedId, id)))
    .all();

describe('offline window registration (线下经办窗口注册)', () => {
  it('when fields and materials are right, then the unit is active, channel offline, with a one-time password sent by SMS and a receipt', async () => {
    const fields = buildUnitFields();
    const res = await jigou.post('/api/units', registrationForm(fields));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'active',
      channel: 'offline',
      uscc: fields.uscc,
      idNumber: '110***********002X',
      phone: '135****7850',
      mustChangePassword: true,
      idValidTo: null,
    });
    expect(res.body.materials.map((m: any) => m.field).sort()).toEqual([
      'authorizationLetter',
      'businessLicense',
      'handlerId',
    ]);
    const [sms] = smsFor(res.body.id);
    expect(sms.content).toContain('{{secret}}');
    expect(sms.secret).toMatch(/^.{12}$/);
    expect(unitRow(res.body.id).passwordHash).toMatch(/^\$argon2id/);
    const receipt = (await jigou.get(`/api/units/${res.body.id}/receipt`)).body;
    expect(receipt).toMatchObject({ name: fields.name, account: fields.account, staffName: '机构管理员王强' });
    expect(receipt.materials.map((m: any) => m.label)).toEqual(
      expect.arrayContaining(['营业执照副本', '办理人身份证', '授权委托书']),
    );
  });

  it.each([
    ['uscc', { uscc: '91350100M000100Y44' }, '统一社会信用代码'],
    ['idNumber', { idNumber: '110105194912310021' }, '校验位'],
    ['phone', { phone: '12345678901' }, '手机号码'],
    ['account', { account: '1abc' }, '8–20'],
    ['idValidTo', { idValidFrom: '2010-01-01', idValidTo: '2015-01-01' }, '已过期'],
  ])('when %s is wrong, then 400 names it and nothing is stored', async (field, over, text) => {
    const before = t.db.select().from(units).all().length;
    const filesBefore = t.db.select().from(files).all().length;
    const res = await jigou.post('/api/units', registrationForm(buildUnitFields(over as Record<string, string>)));
    expect(res.status).toBe(400);
    expect(res.body.errors[field]).toContain(text);
    expect(t.db.select().from(units).all().length).toBe(before);
    expect(t.db.select().from(files).all().length).toBe(filesBefore);
  });

  it('when the USCC or account is already registered, then 409 names the field', async () => {
    const fields = buildUnitFields();
    expect((await jigou.post('/api/units', registrationForm(fields))).status).toBe(201);
    const again = await jigou.post('/api/units', registrationForm({ ...buildUnitFields(), uscc: fields.uscc }));
    expect(again.status).toBe(409);
    expect(again.body.errors.uscc).toBeTruthy();
    const sameAccount = await jigou.post(
      '/api/units',
      registrationForm({ ...buildUnitFields(), account: fields.account }),
    );
    expect(sameAccount.status).toBe(409);
    expect(sameAccount.body.errors.account).toBeTruthy();
  });

  it('when a material is of the wrong type or missing, then 415 / 400 and nothing is stored', async () => {
    const before = t.db.select().from(units).all().length;
    const wrong = await jigou.post(
      '/api/units',
      registrationForm(buildUnitFields(), {
        businessLicense: [Buffer.from('not a pdf'), 'licence.pdf'],
        handlerId: [tinyPdf(), 'id.pdf'],
        authorizationLetter: [tinyPdf(), 'a.pdf'],
      }),
    );
    expect(wrong.status).toBe(415);
    expect(wrong.body.errors.businessLicense).toContain('营业执照副本');
    const missing = await jigou.post(
      '/api/units',
      registrationForm(buildUnitFields(), { businessLicense: [tinyPdf(), 'l.pdf'] }),
    );
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.body.errors).sort()).toEqual(['authorizationLetter', 'handlerId']);
    expect(t.db.select().from(units).all().length).toBe(before);
  });
});

describe('activation', () => {
  it('activates one pending unit with a version, tells it by SMS, and refuses a second activation (409)', async () => {
    const id = seedUnit(t);
    const res = await jigou.post(`/api/units/${id}/activate`, { version: 1 });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('active');
    expect(smsFor(id)[0].content).toContain('已激活');
    const again = await jigou.post(`/api/units/${id}/activate`, { version: res.body.version });
    expect(again.status).toBe(409);
  });

  it('bulk: one request, one result per id — activated, not pending, not found', async () => {
    const a = seedUnit(t);
    const b = seedUnit(t);
    const active = seedUnit(t, { status: 'active' });
    const res = await jigou.post('/api/units/activate', { ids: [a, b, active, 999999] });
    expect(res.status).toBe(200);
    expect(res.body.results.map((r: any) => [r.id, r.result])).toEqual([
      [a, 'activated'],
      [b, 'activated'],
      [active, 'not_pending'],
      [999999, 'not_found'],
    ]);
    expect(unitRow(a).status).toBe('active');
    expect(
      t.db
        .select()
        .from(auditLogs)
        .where(and(eq(auditLogs.action, 'units.activate'), eq(auditLogs.resourceId, String(b))))
        .all(),
    ).toHaveLength(1);
  });
});

describe('status changes through one transition table', () => {
  it('freeze needs a reason; frozen can be unfrozen; cancelled is final', async () => {
    const id = seedUnit(t, { status: 'active' });
    expect((await jigou.post(`/api/units/${id}/freeze`, { version: 1 })).status).toBe(400);
    const frozen = await jigou.post(`/api/units/${id}/freeze`, { reason: '涉嫌冒用身份', version: 1 });
    expect(frozen.body).toMatchObject({ status: 'frozen', statusReason: '涉嫌冒用身份' });
    expect((await jigou.post(`/api/units/${id}/reset-password`, { version: frozen.body.version })).status).toBe(409);
    const thawed = await jigou.post(`/api/units/${id}/unfreeze`, { version: frozen.body.version });
    expect(thawed.body.status).toBe('active');
    const cancelled = await jigou.post(`/api/units/${id}/cancel`, {
      reason: '单位已注销登记',
      version: thawed.body.version,
    });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', allowedActions: [] });
    for (const action of ['activate', 'unfreeze'])
      expect((await jigou.post(`/api/units/${id}/${action}`, { version: cancelled.body.version })).status).toBe(409);
    expect(
      (await jigou.post(`/api/units/${id}/freeze`, { reason: '再冻结', version: cancelled.body.version })).status,
    ).toBe(409);
  });

  it('reset password sends a one-time password to the legal representative and forces a change', async () => {
    const id = seedUnit(t, { status: 'active', phone: '13912345678' });
    const res = await jigou.post(`/api/units/${id}/reset-password`, { version: 1 });
    expect(res.status).toBe(200);
    expect(unitRow(id).mustChangePassword).toBe(true);
    const sms = smsFor(id).at(-1)!;
    expect(sms.phone).toBe('13912345678');
    expect(sms.secret).toBeTruthy();
    const shown = (await jigou.get(`/api/notifications/${sms.id}`)).body;
    expect(shown.content).toContain('******');
  });

  it('when two clerks act on the same version, then the second gets 409', async () => {
    const id = seedUnit(t, { status: 'active' });
    const [a, b] = await Promise.all([
      jigou.post(`/api/units/${id}/freeze`, { reason: '第一位经办', version: 1 }),
      jigou.post(`/api/units/${id}/cancel`, { reason: '第二位经办', version: 1 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
  });
});

describe('editing, with change history', () => {
  it('changes what the clerk changed, keeps masked values, records field/old/new/who', async () => {
    const id = seedUnit(t, { status: 'active' });
    const shown = (await jigou.get(`/api/units/${id}`)).body;
    const res = await jigou.put(`/api/units/${id}`, { ...shown, name: '长春市新名称有限公司', legalRepName: '李娜' });
    expect(res.status).toBe(200);
    expect(unitRow(id).idNumber).toBe('11010519491231002X');
    const history = (await jigou.get(`/api/units/${id}/changes`)).body;
    expect(history.map((h: any) => h.field).sort()).toEqual(['legalRepName', 'name']);
    expect(history.find((h: any) => h.field === 'legalRepName')).toMatchObject({
      oldValue: '张伟',
      newValue: '李娜',
      changedByName: '机构管理员王强',
      source: 'edit',
    });
  });

  it('refuses a changed USCC (409 on the field) and a stale version (409)', async () => {
    const id = seedUnit(t, { status: 'active' });
    const shown = (await jigou.get(`/api/units/${id}`)).body;
    const uscc = await jigou.put(`/api/units/${id}`, { ...shown, uscc: '91350100M000100Y43' });
    expect(uscc.status).toBe(409);
    expect(uscc.body.errors.uscc).toBe('统一社会信用代码不能修改');
    await jigou.put(`/api/units/${id}`, { ...shown, name: '第一次修改' });
    expect((await jigou.put(`/api/units/${id}`, { ...shown, name: '第二次修改' })).status).toBe(409);
  });
});

describe('lists, filters, search and personal data', () => {
  it('filters by status and channel, searches USCC prefix and name, and masks ID numbers and phones', async () => {
    const id = seedUnit(t, { status: 'frozen', channel: 'third_party' });
    const row = unitRow(id);
    const byStatus = await jigou.list('units', { filter: { status: 'frozen', channel: 'third_party' } });
    expect(byStatus.body.map((u: any) => u.id)).toContain(id);
    expect(byStatus.body.every((u: any) => u.status === 'frozen')).toBe(true);
    expect((await jigou.list('units', { filter: { q: row.uscc.slice(0, 12) } })).body.map((u: any) => u.id)).toContain(
      id,
    );
    expect(JSON.stringify((await jigou.list('units')).body)).not.toContain('11010519491231002X');
    expect((await jigou.list('units', { filter: { status: 'sleeping' } })).status).toBe(400);
  });

  it('reveals the full data on request and audits it; appeal agents may read but not act', async () => {
    const id = seedUnit(t);
    const kefu = await t.login('kefu01');
    expect((await kefu.get(`/api/units/${id}`)).body.allowedActions).toEqual([]);
    expect((await kefu.get(`/api/units/${id}/pii?reason=核对身份信息`)).body.idNumber).toBe('11010519491231002X');
    expect(
      t.db
        .select()
        .from(auditLogs)
        .where(and(eq(auditLogs.action, 'units.pii_reveal'), eq(auditLogs.resourceId, String(id))))
        .all(),
    ).toHaveLength(1);
    expect((await kefu.post(`/api/units/${id}/activate`, { version: 1 })).status).toBe(403);
    expect((await kefu.post('/api/units/activate', { ids: [id] })).status).toBe(403);
    expect((await kefu.list('operators')).status).toBe(403);
  });

  it('other roles get 403', async () => {
    for (const username of ['admin', 'shenhe_unit']) {
      const c = await t.login(username);
      expect((await c.list('units')).status).toBe(403);
      expect((await c.post('/api/units', registrationForm(buildUnitFields()))).status).toBe(403);
    }
  });

  it('change history records quota changes with the reason', async () => {
    const id = seedUnit(t, { status: 'active' });
    await jigou.post(`/api/units/${id}/quota`, {
      adminQuota: 2,
      operatorQuota: 15,
      reason: '集团单位业务量大',
      version: 1,
    });
    const rows = t.db.select().from(unitChanges).where(eq(unitChanges.unitId, id)).all();
    expect(rows.map((r) => [r.field, r.oldValue, r.newValue, r.reason])).toEqual([
      ['adminQuota', '1', '2', '集团单位业务量大'],
      ['operatorQuota', '10', '15', '集团单位业务量大'],
    ]);
  });
});
