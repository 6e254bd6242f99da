import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitReceipts, units } from '../../db/schema';
import { startTestApp, type TestApp } from '../helpers/testApp';
import type { ApiClient } from '../helpers/http';
import { buildUnitFields, registrationForm } from '../helpers/units';

let t: TestApp;
let jigou: ApiClient;
beforeAll(async () => {
  t = await startTestApp();
  jigou = await t.login('jigou01');
});
afterAll(() => t.close());

/** Moves the clock (forward) and signs in again, since the session would have gone idle meanwhile. */
async function at(instant: string) {
  t.clock.set(instant);
  jigou = await t.login('jigou01');
}
const register = (over: Record<string, string> = {}) =>
  jigou.post('/api/units', registrationForm(buildUnitFields(over)));

describe('受理编号 of a window registration', () => {
  it('when units are registered at the window, then each gets SL + the Beijing date + the next 4-digit sequence of that day, also on its receipt', async () => {
    // 01:00 in Beijing on 3 November is still 2 November in UTC: the number follows Beijing.
    await at('2026-11-02T17:00:00Z');
    const results = await Promise.all([register(), register(), register()]);
    expect(results.map((r) => r.status)).toEqual([201, 201, 201]);
    const numbers = results.map((r) => r.body.receiptNo as string);
    for (const n of numbers) expect(n).toMatch(/^SL20261103\d{4}$/);
    expect([...numbers].sort()).toEqual(['SL202611030001', 'SL202611030002', 'SL202611030003']);

    const receipt = (await jigou.get(`/api/units/${results[0].body.id}/receipt`)).body;
    expect(receipt).toMatchObject({
      receiptNo: results[0].body.receiptNo,
      staffName: '机构管理员王强',
      handler: { name: '李娜', idType: 'resident_id', idNumber: '110***********1239', phone: '139****0002' },
    });
  });

  it('when the Beijing day turns, then the sequence starts again at 0001', async () => {
    await at('2026-11-03T16:30:00Z'); // 00:30 on 4 November in Beijing
    const res = await register();
    expect(res.status).toBe(201);
    expect(res.body.receiptNo).toBe('SL202611040001');
  });

  it('when a 受理编号 is taken a second time, then the database refuses it', () => {
    const [a, b] = t.db.select({ id: units.id }).from(units).limit(2).all();
    const taken = t.db.select().from(unitReceipts).get()!;
    const row = { ...taken, unitId: a.id === taken.unitId ? b.id : a.id };
    expect(() => t.db.insert(unitReceipts).values(row).run()).toThrow(/UNIQUE/);
  });
});

describe('办理人 on the window form', () => {
  it.each([
    ['handlerName', { handlerName: '' }, '办理人姓名'],
    ['handlerIdNumber', { handlerIdNumber: '110105199003071234' }, '校验位'],
    ['handlerIdNumber', { handlerIdNumber: '' }, '请输入办理人证件号码'],
    ['handlerIdType', { handlerIdType: 'driver_licence' }, '办理人证件类型'],
    ['handlerPhone', { handlerPhone: '0431-8888888' }, '办理人手机号码'],
  ])(
    'when %s is wrong (%o), then 400 names it and no unit and no receipt number are taken',
    async (field, over, text) => {
      const unitsBefore = t.db.select().from(units).all().length;
      const receiptsBefore = t.db.select().from(unitReceipts).all().length;
      const res = await register(over);
      expect(res.status).toBe(400);
      expect(res.body.errors[field]).toContain(text);
      expect(t.db.select().from(units).all().length).toBe(unitsBefore);
      expect(t.db.select().from(unitReceipts).all().length).toBe(receiptsBefore);
    },
  );

  it('when a passport holder comes to the window, then their passport number is accepted and shown masked', async () => {
    await at('2026-11-05T02:00:00Z');
    const res = await register({ handlerIdType: 'passport', handlerIdNumber: 'E12345678' });
    expect(res.status).toBe(201);
    const receipt = (await jigou.get(`/api/units/${res.body.id}/receipt`)).body;
    expect(receipt.handler.idType).toBe('passport');
    expect(receipt.handler.idNumber).not.toContain('12345');
  });
});
