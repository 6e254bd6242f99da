import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/testApp';
import type { ApiClient } from '../helpers/http';
import { totalOf } from '../helpers/http';
import { COUNT_CAP } from '../../db/lists';
import { auditLogs } from '../../db/schema';

let t: TestApp;
let admin: ApiClient;
let auditor: ApiClient;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  auditor = await t.login('auditor');
});
afterAll(() => t.close());

describe('the simple-rest contract (API.md § Conventions)', () => {
  it('answers a list with Content-Range and honours sort and range', async () => {
    const res = await admin.list('orgs', { sort: ['name', 'DESC'], range: [0, 4] });
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(5);
    expect(res.headers.get('content-range')).toBe('orgs 0-4/12');
    const names = res.body.map((o: any) => o.name);
    expect([...names].sort().reverse()).toEqual(names);
    const page2 = await admin.list('orgs', { sort: ['id', 'ASC'], range: [10, 19] });
    expect(page2.body).toHaveLength(2);
    expect(page2.headers.get('content-range')).toBe('orgs 10-11/12');
  });

  it('when the sort field is not whitelisted, then 400 names it', async () => {
    const res = await admin.list('orgs', { sort: ['passwordHash', 'ASC'] });
    expect(res.status).toBe(400);
    expect(res.body.message).toContain('passwordHash');
  });

  it('when a filter field is not whitelisted, then 400 names it', async () => {
    const res = await admin.list('staff', { filter: { passwordHash: 'x' } });
    expect(res.status).toBe(400);
    expect(res.body.errors.passwordHash).toBeTruthy();
  });

  it('when sort, range or filter are not JSON, then 400', async () => {
    expect((await admin.get('/api/orgs?sort=name')).status).toBe(400);
    expect((await admin.get('/api/orgs?range=[5,1]')).status).toBe(400);
    expect((await admin.get('/api/orgs?filter=[1]')).status).toBe(400);
  });

  it('filter={"id":[…]} is getMany', async () => {
    const ids = [t.seed.orgIds.prov, t.seed.orgIds.cc];
    const res = await admin.list('orgs', { filter: { id: ids } });
    expect(res.body.map((o: any) => o.id).sort()).toEqual(ids.sort());
  });

  it('q is the free-text search; LIKE wildcards typed by a person are taken literally', async () => {
    expect((await admin.list('orgs', { filter: { q: '卫生健康' } })).body).toHaveLength(2);
    expect((await admin.list('orgs', { filter: { q: '%' } })).body).toHaveLength(0);
  });

  it('caps the page size at 1000 rows', async () => {
    const res = await admin.list('orgs', { range: [0, 5000] });
    expect(res.status).toBe(200);
  });

  it('when a page would reach past the counted rows, then 400 asks to narrow the filter', async () => {
    const last = await admin.list('orgs', { range: [COUNT_CAP - 25, COUNT_CAP - 1] });
    expect(last.status).toBe(200);
    const beyond = await admin.list('orgs', { range: [COUNT_CAP - 25, COUNT_CAP] });
    expect(beyond.status).toBe(400);
    expect(beyond.body.message).toContain('缩小筛选范围');
    expect(beyond.body.errors.range).toBeTruthy();
    const deep = await auditor.list('audit-logs', { range: [500_000, 500_024] });
    expect(deep.status).toBe(400);
    expect(deep.body.errors.range).toBeTruthy();
  });

  it('counts totals only up to the cap, so large tables never cost a full scan', async () => {
    const at = new Date().toISOString();
    const stmt = t.db.$client.prepare('INSERT INTO audit_logs (at, action, resource, summary) VALUES (?, ?, ?, ?)');
    t.db.$client.transaction(() => {
      for (let i = 0; i < COUNT_CAP + 50; i++) stmt.run(at, 'bulk.test', 'test', `row ${i}`);
    })();
    const res = await auditor.list('audit-logs', { range: [0, 9] });
    expect(totalOf(res)).toBe(COUNT_CAP);
    const filtered = await auditor.list('audit-logs', { filter: { action: 'auth.' } });
    expect(totalOf(filtered)).toBeLessThan(100);
    expect(t.db.select().from(auditLogs).all().length).toBeGreaterThan(COUNT_CAP);
  });
});
