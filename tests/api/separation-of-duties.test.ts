import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY, type Permission } from '../../server/domain/policy';
import type { ApiClient } from '../helpers/http';
import { startTestApp, type TestApp } from '../helpers/testApp';

// Issue 14 item 3: 三员分立 (GB/T 22239 level 3) — sysadmin, security_admin, audit_admin.
let t: TestApp;
let admin: ApiClient;
let secadmin: ApiClient;
let auditor: ApiClient;
const staffId = (username: string) =>
  t.db.$client.prepare('SELECT id, version FROM staff WHERE username = ?').get(username) as {
    id: number;
    version: number;
  };
const lastAudit = (action: string) =>
  t.db.$client.prepare('SELECT * FROM audit_logs WHERE action = ? ORDER BY id DESC LIMIT 1').get(action) as
    { actor_name: string; summary: string } | undefined;

beforeAll(async () => {
  t = await startTestApp();
  [admin, secadmin, auditor] = await Promise.all([t.login('admin'), t.login('secadmin'), t.login('auditor')]);
});
afterAll(() => t.close());

describe('三员分立: the three administrators', () => {
  it('when the sysadmin reads, exports or verifies the audit log, then 403 each time', async () => {
    expect((await admin.list('audit-logs')).status).toBe(403);
    expect((await admin.get('/api/audit-logs/export')).status).toBe(403);
    expect((await admin.get('/api/audit-logs/verify')).status).toBe(403);
    expect((await secadmin.list('audit-logs')).status).toBe(403);
  });

  it('when the audit administrator tries any mutation the policy table has, then 403 and nothing is written', async () => {
    const before = (t.db.$client.prepare('SELECT count(*) AS n FROM audit_logs').get() as { n: number }).n;
    const kefu = staffId('kefu02');
    const tries: [string, string, unknown][] = [
      ['POST', '/api/staff', { username: 'sneaky', name: '潜入', password: 'Start#2026' }],
      ['PUT', `/api/staff/${kefu.id}`, { name: '改名', roles: ['appeal_agent'], version: kefu.version }],
      ['POST', `/api/staff/${kefu.id}/disable`, { version: kefu.version }],
      ['POST', `/api/staff/${kefu.id}/unlock`, { version: kefu.version }],
      ['POST', `/api/staff/${kefu.id}/reset-password`, { version: kefu.version, password: 'Start#2026' }],
      ['PUT', '/api/settings/appeals.deadlineWorkingDays', { value: 4 }],
      ['PUT', '/api/settings/security.lockoutThreshold', { value: 4 }],
      ['POST', '/api/orgs', { name: '新机构', level: 'province' }],
      ['POST', '/api/reject-reasons', { text: '审计员加的', sortOrder: 0 }],
      ['POST', '/api/business-items', { name: '审计员加的' }],
      ['POST', '/api/work-calendar', { date: '2026-12-31', kind: 'holiday', name: '假日' }],
      ['POST', '/api/notifications/1/resend', {}],
    ];
    for (const [method, path, body] of tries)
      expect({ method, path, status: (await auditor.request(method, path, body)).status }).toEqual({
        method,
        path,
        status: 403,
      });
    expect((t.db.$client.prepare('SELECT count(*) AS n FROM audit_logs').get() as { n: number }).n).toBe(before);
    // The table itself: outside its own log, the audit administrator only ever reads.
    const mutations = (Object.keys(POLICY) as Permission[]).filter(
      (p) => !p.endsWith('.read') && !p.startsWith('auditLogs.'),
    );
    const me = (await auditor.get('/api/auth/me')).body.permissions as string[];
    expect(me.filter((p) => mutations.includes(p as Permission))).toEqual([]);
  });

  it('when an account would hold two of the three, then 400 names the conflict — on create and on role assignment', async () => {
    const created = await admin.post('/api/staff', {
      username: 'twohats',
      name: '一人两岗',
      roles: ['sysadmin', 'audit_admin'],
      password: 'Start#2026',
    });
    expect(created.status).toBe(400);
    expect(created.body.message).toBe('三员分立：「系统管理员」与「审计管理员」不能由同一账号兼任');
    expect(created.body.errors.roles).toMatch(/三员分立/);
    const me = staffId('admin');
    const res = await secadmin.put(`/api/staff/${me.id}`, {
      name: '系统管理员',
      roles: ['sysadmin', 'security_admin'],
      version: me.version,
    });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/「系统管理员」与「安全管理员」/);
    expect(staffId('admin').version).toBe(me.version);
  });

  it('when the sysadmin changes roles or locks, then 403; the security administrator assigns, unlocks and disables, each audited', async () => {
    const opened = await admin.post('/api/staff', { username: 'kefu09', name: '客服九', password: 'Start#2026' });
    expect(opened.status).toBe(201);
    expect(opened.body.roles).toEqual([]);
    const { id, version } = opened.body;
    expect((await admin.put(`/api/staff/${id}`, { name: '客服九', roles: ['appeal_agent'], version })).status).toBe(
      403,
    );
    expect((await admin.post(`/api/staff/${id}/disable`, { version })).status).toBe(403);
    // The security administrator assigns roles but does not rename people.
    expect(
      (await secadmin.put(`/api/staff/${id}`, { name: '别的名字', roles: ['appeal_agent'], version })).status,
    ).toBe(403);
    const assigned = await secadmin.put(`/api/staff/${id}`, { name: '客服九', roles: ['appeal_agent'], version });
    expect(assigned.status).toBe(200);
    expect(assigned.body.roles).toEqual(['appeal_agent']);
    expect(lastAudit('staff.update')).toMatchObject({ actor_name: '安全管理员郑洁' });
    const disabled = await secadmin.post(`/api/staff/${id}/disable`, { version: assigned.body.version });
    expect(disabled.status).toBe(200);
    expect(lastAudit('staff.disable')).toMatchObject({ actor_name: '安全管理员郑洁' });
  });

  it('when a staff member locks themselves out, then the security administrator unlocks them (audited)', async () => {
    const c = t.anonymous();
    for (let i = 0; i < 5; i++) await c.post('/api/auth/login', { username: 'kefu01', password: 'Wrong@2026' });
    expect((await c.post('/api/auth/login', { username: 'kefu01', password: 'Kefu@2026' })).status).toBe(423);
    const row = (await secadmin.get(`/api/staff/${staffId('kefu01').id}`)).body;
    expect(row.allowedActions).toContain('unlock');
    expect((await secadmin.post(`/api/staff/${row.id}/unlock`, { version: row.version })).status).toBe(200);
    expect((await c.post('/api/auth/login', { username: 'kefu01', password: 'Kefu@2026' })).status).toBe(200);
    expect(lastAudit('staff.unlock')).toMatchObject({ actor_name: '安全管理员郑洁' });
  });

  it('when a security setting changes, then only the security administrator may, and the login rule follows it at once', async () => {
    expect((await admin.put('/api/settings/security.lockoutThreshold', { value: 3 })).status).toBe(403);
    expect((await secadmin.put('/api/settings/appeals.deadlineWorkingDays', { value: 4 })).status).toBe(403);
    const shown = (await admin.get('/api/settings/security.lockoutThreshold')).body;
    expect(shown).toMatchObject({ security: true, allowedActions: [] });
    const set = await secadmin.put('/api/settings/security.lockoutThreshold', { value: 3 });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ value: 3, allowedActions: ['edit'] });
    expect(lastAudit('settings.update')).toMatchObject({ actor_name: '安全管理员郑洁' });
    const c = t.anonymous();
    const codes: number[] = [];
    for (let i = 0; i < 3; i++)
      codes.push((await c.post('/api/auth/login', { username: 'jigou01', password: 'Wrong@2026' })).status);
    expect(codes).toEqual([401, 401, 423]);
  });

  it('when the audit administrator reads, exports and verifies the log, then each export and verification is itself audited', async () => {
    const list = await auditor.list('audit-logs', { filter: { action: 'staff.disable' } });
    expect(list.status).toBe(200);
    expect(list.body.length).toBeGreaterThan(0);
    const csv = await auditor.raw('/api/audit-logs/export');
    expect(csv.status).toBe(200);
    await csv.arrayBuffer();
    const verified = await auditor.get('/api/audit-logs/verify');
    expect(verified.body.ok).toBe(true);
    expect(lastAudit('auditLogs.export')).toMatchObject({ actor_name: '审计管理员何平' });
    expect(lastAudit('auditLogs.verify')).toMatchObject({ actor_name: '审计管理员何平' });
  });
});
