import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogs, settings } from '../../db/schema';
import { SETTINGS } from '../../server/domain/settings';
import { startTestApp, type TestApp } from '../helpers/testApp';
import type { ApiClient } from '../helpers/http';

let t: TestApp;
let admin: ApiClient;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
});
afterAll(() => t.close());

const keys = Object.keys(SETTINGS);

describe('settings', () => {
  it('when a page is asked for, then only its rows come back with the right Content-Range', async () => {
    expect(keys.length).toBeGreaterThanOrEqual(4);
    const first = await admin.list('settings', { range: [0, 1] });
    expect(first.body.map((s: { id: string }) => s.id)).toEqual(keys.slice(0, 2));
    expect(first.headers.get('content-range')).toBe(`settings 0-1/${keys.length}`);
    const second = await admin.list('settings', { range: [2, 3] });
    expect(second.body.map((s: { id: string }) => s.id)).toEqual(keys.slice(2, 4));
    expect(second.headers.get('content-range')).toBe(`settings 2-3/${keys.length}`);
    const one = await admin.list('settings', { range: [1, 1] });
    expect(one.body.map((s: { id: string }) => s.id)).toEqual([keys[1]]);
    const beyond = await admin.list('settings', { range: [50, 59] });
    expect(beyond.body).toEqual([]);
    expect(beyond.headers.get('content-range')).toBe(`settings 50-50/${keys.length}`);
    expect((await admin.get('/api/settings?range=[3,1]')).status).toBe(400);
  });

  it('when settings are listed or opened, then each carries its Chinese description and says it cannot be deleted', async () => {
    const all = (await admin.list('settings', { range: [0, 99] })).body;
    expect(all).toHaveLength(keys.length);
    for (const s of all) {
      expect(s.description, s.id).toMatch(/[\u4e00-\u9fa5]{10,}/);
      expect(s.deletable).toBe(false);
    }
    expect((await admin.get('/api/settings/appeals.deadlineWorkingDays')).body.description).toContain('工作日');
  });

  it('when the sysadmin deletes a setting the system needs, then 409 names it and nothing changes', async () => {
    await admin.put('/api/settings/pii.revealLimitPerHour', { value: 90 });
    const stored = t.db.select().from(settings).all();
    const audits = t.db.select().from(auditLogs).all().length;
    for (const key of keys) {
      const res = await admin.delete(`/api/settings/${key}`);
      expect(res.status, key).toBe(409);
      expect(res.body.message).toContain(`「${SETTINGS[key as keyof typeof SETTINGS].label}」`);
    }
    expect(t.db.select().from(settings).all()).toEqual(stored);
    expect(t.db.select().from(auditLogs).all().length).toBe(audits);
    expect((await admin.get('/api/settings/pii.revealLimitPerHour')).body.value).toBe(90);
  });

  it('when someone else deletes, or the key is unknown, then 403 or 404', async () => {
    expect((await (await t.login('kefu01')).delete('/api/settings/appeals.deadlineWorkingDays')).status).toBe(403);
    expect((await admin.delete('/api/settings/no.such')).status).toBe(404);
    expect((await admin.delete('/api/settings/__proto__')).status).toBe(404);
  });
});
