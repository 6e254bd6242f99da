import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/testApp';
import type { ApiClient } from '../helpers/http';

let t: TestApp;
let admin: ApiClient;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
});
afterAll(() => t.close());

describe('the audit log', () => {
  it('when staff is created, then one row names actor, action, record and a masked summary — never the password', async () => {
    const created = await admin.post('/api/staff', { username: 'auditme', name: '审计对象', roles: ['appeal_agent'], phone: '13912345678', password: 'Secret#2026' });
    const rows = await admin.list('audit-logs', { filter: { resource: 'staff', resourceId: String(created.body.id) } });
    expect(rows.body).toHaveLength(1);
    const row = rows.body[0];
    expect(row).toMatchObject({ action: 'staff.create', actorName: '系统管理员', resource: 'staff' });
    expect(row.summary).toContain('139****5678');
    expect(row.summary).not.toContain('13912345678');
    expect(row.summary).not.toContain('Secret#2026');
    expect(row.ip).toBeTruthy();
  });

  it('records sign-in successes and failures', async () => {
    await t.anonymous().post('/api/auth/login', { username: 'kefu01', password: 'nope' });
    await t.login('kefu01');
    const failed = await admin.list('audit-logs', { filter: { action: 'auth.login_failed' } });
    const ok = await admin.list('audit-logs', { filter: { action: 'auth.login' } });
    expect(failed.body.length).toBeGreaterThan(0);
    expect(ok.body.some((r: any) => r.actorName === '客服张敏')).toBe(true);
  });

  it('when anyone tries to UPDATE or DELETE an audit row, then the database refuses', () => {
    expect(() => t.db.$client.prepare("UPDATE audit_logs SET summary = 'tampered'").run()).toThrow(/append-only/);
    expect(() => t.db.$client.prepare('DELETE FROM audit_logs').run()).toThrow(/append-only/);
  });

  it('has no PUT or DELETE over HTTP', async () => {
    const first = (await admin.list('audit-logs')).body[0];
    expect((await admin.put(`/api/audit-logs/${first.id}`, { summary: 'x' })).status).toBe(404);
    expect((await admin.delete(`/api/audit-logs/${first.id}`)).status).toBe(404);
  });

  it('filters by date range and exports CSV with a BOM, and the export itself is logged', async () => {
    const today = t.clock.now().toISOString().slice(0, 10);
    const inRange = await admin.list('audit-logs', { filter: { at_gte: today, at_lte: today } });
    expect(inRange.body.length).toBeGreaterThan(0);
    const future = await admin.list('audit-logs', { filter: { at_gte: '2099-01-01' } });
    expect(future.body).toHaveLength(0);
    const csv = await admin.raw(`/api/audit-logs/export?filter=${encodeURIComponent(JSON.stringify({ resource: 'staff' }))}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('staff.create');
    const exported = await admin.list('audit-logs', { filter: { action: 'auditLogs.export' } });
    expect(exported.body).toHaveLength(1);
  });

  it('when rows are written, then each one links to the hash of the row before it', () => {
    const rows = t.db.$client.prepare('SELECT id, prev_hash AS prevHash, hash FROM audit_logs ORDER BY id').all() as { id: number; prevHash: string; hash: string }[];
    expect(rows.length).toBeGreaterThan(3);
    expect(rows[0]).toMatchObject({ id: 1, prevHash: '0'.repeat(64) });
    rows.slice(1).forEach((row, i) => expect(row).toMatchObject({ id: rows[i].id + 1, prevHash: rows[i].hash }));
    expect(new Set(rows.map((r) => r.hash)).size).toBe(rows.length);
  });

  it('when the sysadmin asks, then GET /api/audit-logs/verify reports the chain intact up to the newest row', async () => {
    const newest = (await admin.list('audit-logs', { sort: ['id', 'DESC'], range: [0, 0] })).body[0];
    const res = await admin.get('/api/audit-logs/verify');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: true, legacy: 0, headId: newest.id });
    expect(res.body.checked).toBe(newest.id);
  });

  it('when anyone but the sysadmin asks for the verification, then 403', async () => {
    for (const username of ['kefu01', 'jigou01', 'shenhe_unit']) {
      expect((await (await t.login(username)).get('/api/audit-logs/verify')).status).toBe(403);
    }
  });
});
