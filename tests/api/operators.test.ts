import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { operators, units } from '../../db/schema';
import { startTestApp, type TestApp } from '../helpers/testApp';
import type { ApiClient } from '../helpers/http';
import { seedUnit } from '../helpers/units';
import { createRng, residentId } from '../../db/seed/random';

let t: TestApp;
let jigou: ApiClient;
beforeAll(async () => {
  t = await startTestApp();
  jigou = await t.login('jigou01');
});
afterAll(() => t.close());

const rng = createRng(5);
const operator = (unitId: number, over: Record<string, unknown> = {}) => ({
  unitId,
  role: 'operator',
  name: '经办人甲',
  idType: 'resident_id',
  idNumber: residentId(rng, '220102'),
  phone: '13812345678',
  validFrom: '2026-01-01',
  validTo: '2027-12-31',
  manageRight: false,
  businessItemIds: [],
  ...over,
});
const unit = (id: number) => t.db.select().from(units).where(eq(units.id, id)).get()!;

describe('operators and quotas', () => {
  it('when an operator is created, then the unit shows 1 / 10 used', async () => {
    const id = seedUnit(t, { status: 'active' });
    const res = await jigou.post('/api/operators', operator(id));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ unitId: id, role: 'operator', phone: '138****5678', expired: false });
    expect((await jigou.get(`/api/units/${id}`)).body).toMatchObject({
      operatorCount: 1,
      operatorQuota: 10,
      atQuota: false,
    });
  });

  it('when the administrator place is taken, then a second administrator is refused with the numbers (409)', async () => {
    const id = seedUnit(t, { status: 'active' });
    expect((await jigou.post('/api/operators', operator(id, { role: 'admin' }))).status).toBe(201);
    const second = await jigou.post('/api/operators', operator(id, { role: 'admin' }));
    expect(second.status).toBe(409);
    expect(second.body.message).toContain('已用 1 / 共 1');
  });

  it('when the unit is full, then the 409 says so in its message with the numbers, and names no form field (nothing on the form is wrong)', async () => {
    const id = seedUnit(t, { status: 'active' });
    t.db.update(units).set({ operatorQuota: 1 }).where(eq(units.id, id)).run();
    expect((await jigou.post('/api/operators', operator(id))).status).toBe(201);
    expect((await jigou.get(`/api/units/${id}`)).body).toMatchObject({
      operatorCount: 1,
      operatorQuota: 1,
      atQuota: true,
    });
    const full = await jigou.post('/api/operators', operator(id, { name: '经办人乙' }));
    expect(full.status).toBe(409);
    expect(full.body.message).toBe('经办人名额已满（已用 1 / 共 1），请先调整名额');
    expect(full.body.errors).toBeUndefined();
  });

  it('when an active operator is past its validity, then it is listed as expired (the console shows 已过期, not 正常)', async () => {
    const id = seedUnit(t, { status: 'active' });
    const created = await jigou.post(
      '/api/operators',
      operator(id, { validFrom: '2025-01-01', validTo: '2026-12-31' }),
    );
    expect(created.body).toMatchObject({ status: 'active', expired: false });
    t.db.update(operators).set({ validTo: '2026-01-31' }).where(eq(operators.id, created.body.id)).run();
    expect((await jigou.get(`/api/operators/${created.body.id}`)).body).toMatchObject({
      status: 'active',
      expired: true,
    });
    const listed = await jigou.list('operators', { filter: { unitId: id, expired: true } });
    expect(listed.body.map((o: { id: number }) => o.id)).toEqual([created.body.id]);
  });

  it('when eight clerks race for the last two places, then exactly two succeed and the count never exceeds the quota', async () => {
    const id = seedUnit(t, { status: 'active' });
    t.db.update(units).set({ operatorQuota: 2 }).where(eq(units.id, id)).run();
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => jigou.post('/api/operators', operator(id, { name: `抢名额${i}` }))),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(2);
    expect(results.filter((r) => r.status === 409)).toHaveLength(6);
    expect(unit(id).operatorCount).toBe(2);
    const listed = await jigou.list('units', { filter: { atQuota: true } });
    expect(listed.body.map((u: any) => u.id)).toContain(id);
  });

  it('a quota may be raised with a reason, never below what is in use; then the operator fits', async () => {
    const id = seedUnit(t, { status: 'active' });
    t.db.update(units).set({ operatorQuota: 1 }).where(eq(units.id, id)).run();
    await jigou.post('/api/operators', operator(id));
    const u = (await jigou.get(`/api/units/${id}`)).body;
    const tooLow = await jigou.post(`/api/units/${id}/quota`, {
      adminQuota: 1,
      operatorQuota: 0,
      reason: '减少',
      version: u.version,
    });
    expect(tooLow.status).toBe(409);
    expect(tooLow.body.errors.operatorQuota).toContain('已有 1 名经办人');
    expect(
      (await jigou.post(`/api/units/${id}/quota`, { adminQuota: 1, operatorQuota: 3, version: u.version })).status,
    ).toBe(400);
    const raised = await jigou.post(`/api/units/${id}/quota`, {
      adminQuota: 1,
      operatorQuota: 3,
      reason: '业务扩大',
      version: u.version,
    });
    expect(raised.body.operatorQuota).toBe(3);
    expect((await jigou.post('/api/operators', operator(id, { name: '经办人乙' }))).status).toBe(201);
  });

  it('deleting frees the place; a frozen unit cannot get operators', async () => {
    const id = seedUnit(t, { status: 'active' });
    const op = (await jigou.post('/api/operators', operator(id))).body;
    expect((await jigou.delete(`/api/operators/${op.id}`)).status).toBe(200);
    expect(unit(id).operatorCount).toBe(0);
    const frozen = seedUnit(t, { status: 'frozen' });
    expect((await jigou.post('/api/operators', operator(frozen))).status).toBe(409);
  });

  it('an expired operator shows as expired and cannot be enabled until its end date moves', async () => {
    const id = seedUnit(t, { status: 'active' });
    const op = (await jigou.post('/api/operators', operator(id, { validFrom: '2025-01-01', validTo: '2025-06-30' })))
      .body;
    expect(op.expired).toBe(true);
    const off = (await jigou.post(`/api/operators/${op.id}/disable`, { version: op.version })).body;
    const refused = await jigou.post(`/api/operators/${op.id}/enable`, { version: off.version });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('到期');
    const edited = await jigou.put(`/api/operators/${op.id}`, { ...off, validTo: '2028-06-30' });
    expect(edited.status).toBe(200);
    expect((await jigou.post(`/api/operators/${op.id}/enable`, { version: edited.body.version })).body.status).toBe(
      'active',
    );
  });

  it('validates each field and the business scope against the catalogue', async () => {
    const id = seedUnit(t, { status: 'active' });
    const bad = await jigou.post(
      '/api/operators',
      operator(id, { name: '', idNumber: '123', phone: '1', validTo: '2025-01-01', role: 'boss' }),
    );
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(expect.arrayContaining(['idNumber', 'name', 'phone', 'role']));
    const unknownItem = await jigou.post('/api/operators', operator(id, { businessItemIds: [99999] }));
    expect(unknownItem.status).toBe(400);
    const admin = await t.login('admin');
    const item = await admin.post('/api/business-items', { name: '劳动合同拟定' });
    expect(item.status).toBe(201);
    expect((await admin.post('/api/business-items', { name: '劳动合同拟定' })).status).toBe(409);
    const ok = await jigou.post('/api/operators', operator(id, { businessItemIds: [item.body.id] }));
    expect(ok.body.businessItemIds).toEqual([item.body.id]);
    expect((await jigou.post('/api/business-items', { name: '不该由我加' })).status).toBe(403);
    expect((await jigou.list('business-items')).status).toBe(200);
  });

  it('when sysadmin renames a business item to a name another item has, then 409 on the name and the item keeps its own', async () => {
    const admin = await t.login('admin');
    await admin.post('/api/business-items', { name: '社保缴费申报' });
    const item = (await admin.post('/api/business-items', { name: '社保缴费查询' })).body;
    const clash = await admin.put(`/api/business-items/${item.id}`, { name: '社保缴费申报', version: item.version });
    expect(clash.status).toBe(409);
    expect(clash.body.errors).toEqual({ name: '该事项已存在' });
    expect((await admin.get(`/api/business-items/${item.id}`)).body).toMatchObject({
      name: '社保缴费查询',
      version: item.version,
    });
    const renamed = await admin.put(`/api/business-items/${item.id}`, {
      name: '社保缴费明细查询',
      version: item.version,
    });
    expect(renamed.body).toMatchObject({
      name: '社保缴费明细查询',
      version: item.version + 1,
      allowedActions: ['edit'],
    });
  });
});
