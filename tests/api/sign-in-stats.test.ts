import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGN_IN_REASONS } from '../../db/schema/seals';
import { startTestApp, type TestApp } from '../helpers/testApp';
import type { ApiClient } from '../helpers/http';
import { hall, seedSealUnit } from '../helpers/seals';

let t: TestApp;
let kefu: ApiClient;
beforeAll(async () => {
  t = await startTestApp();
  kefu = await t.login('kefu01');
});
afterAll(() => t.close());

const DAY = 86_400_000;
const ago = (days: number) => new Date(t.clock.now().getTime() - days * DAY).toISOString();

describe('failures by reason for the dashboard', () => {
  it('when failures arrive inside and outside the last 7 days, then only the failed ones inside count, every reason listed in order', async () => {
    const u = seedSealUnit(t);
    const send = (outcome: string, reason: string | undefined, at: string) =>
      hall(t).post('/api/intake/sign-in-events', {
        uscc: u.uscc,
        method: 'essc_scan',
        idNumber: u.operator.idNumber,
        name: u.operator.name,
        outcome,
        reason,
        at,
      });
    for (const r of [
      await send('failed', 'operator_expired', ago(1)),
      await send('failed', 'operator_expired', ago(6.9)),
      await send('failed', 'essc_not_activated', ago(3)),
      await send('failed', 'operator_expired', ago(8)),
      await send('succeeded', undefined, ago(1)),
    ])
      expect(r.status).toBe(202);
    const res = await kefu.get('/api/sign-in-events/stats?days=7');
    expect(res.status).toBe(200);
    expect(res.body.days).toBe(7);
    expect(res.body.reasons.map((r: { reason: string }) => r.reason)).toEqual([...SIGN_IN_REASONS]);
    const count = (reason: string) => res.body.reasons.find((r: { reason: string }) => r.reason === reason).count;
    expect(count('operator_expired')).toBe(2);
    expect(count('essc_not_activated')).toBe(1);
    expect(count('legal_rep_mismatch')).toBe(0);
    const wider = await kefu.get('/api/sign-in-events/stats?days=30');
    expect(wider.body.reasons.find((r: { reason: string }) => r.reason === 'operator_expired').count).toBe(3);
  });

  it('when days is out of range, then 400 on days; a title reviewer gets 403', async () => {
    const res = await kefu.get('/api/sign-in-events/stats?days=0');
    expect(res.status).toBe(400);
    expect(res.body.errors.days).toBeTruthy();
    const reviewer = await t.login('shenhe_unit');
    expect((await reviewer.get('/api/sign-in-events/stats?days=7')).status).toBe(403);
  });
});

describe('GET /api/regions for the picker', () => {
  it('lists the provinces without a parent, then the cities and counties under each', async () => {
    const provinces = (await kefu.get('/api/regions')).body as { code: string; name: string }[];
    expect(provinces).toContainEqual({ code: '220000', name: '吉林省' });
    const cities = (await kefu.get('/api/regions?parent=220000')).body;
    expect(cities).toContainEqual({ code: '222400', name: '延边朝鲜族自治州' });
    const counties = (await kefu.get('/api/regions?parent=220100')).body;
    expect(counties).toContainEqual({ code: '220184', name: '公主岭市' });
    expect((await kefu.get('/api/regions?parent=990000')).body).toEqual([]);
  });

  it('when the parent is not six digits, then 400; without a session, 401', async () => {
    expect((await kefu.get('/api/regions?parent=22')).status).toBe(400);
    expect((await t.anonymous().get('/api/regions')).status).toBe(401);
  });
});
