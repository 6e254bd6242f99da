import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/testApp';
import type { ApiClient } from '../helpers/http';
import { seedProcessingAppeal } from '../helpers/appeals';
import { MATERIAL_FIELDS } from '../../server/modules/appeals/appeals.materials';

let t: TestApp;
let admin: ApiClient;
let auditor: ApiClient;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  auditor = await t.login('auditor');
});
afterAll(() => t.close());

describe('the audit log', () => {
  it('when staff is created, then one row names actor, action, record and a masked summary — never the password', async () => {
    const created = await admin.post('/api/staff', {
      username: 'auditme',
      name: '审计对象',
      phone: '13912345678',
      password: 'Secret#2026',
    });
    const rows = await auditor.list('audit-logs', {
      filter: { resource: 'staff', resourceId: String(created.body.id) },
    });
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
    const failed = await auditor.list('audit-logs', { filter: { action: 'auth.login_failed' } });
    const ok = await auditor.list('audit-logs', { filter: { action: 'auth.login' } });
    expect(failed.body.length).toBeGreaterThan(0);
    expect(ok.body.some((r: any) => r.actorName === '客服张敏')).toBe(true);
  });

  it('when anyone tries to UPDATE or DELETE an audit row, then the database refuses', () => {
    expect(() => t.db.$client.prepare("UPDATE audit_logs SET summary = 'tampered'").run()).toThrow(/append-only/);
    expect(() => t.db.$client.prepare('DELETE FROM audit_logs').run()).toThrow(/append-only/);
  });

  it('has no PUT or DELETE over HTTP', async () => {
    const first = (await auditor.list('audit-logs')).body[0];
    expect((await auditor.put(`/api/audit-logs/${first.id}`, { summary: 'x' })).status).toBe(404);
    expect((await auditor.delete(`/api/audit-logs/${first.id}`)).status).toBe(404);
  });

  it('filters by date range and exports CSV with a BOM, and the export itself is logged', async () => {
    const today = t.clock.now().toISOString().slice(0, 10);
    const inRange = await auditor.list('audit-logs', { filter: { at_gte: today, at_lte: today } });
    expect(inRange.body.length).toBeGreaterThan(0);
    const future = await auditor.list('audit-logs', { filter: { at_gte: '2099-01-01' } });
    expect(future.body).toHaveLength(0);
    const csv = await auditor.raw(
      `/api/audit-logs/export?filter=${encodeURIComponent(JSON.stringify({ resource: 'staff' }))}`,
    );
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('staff.create');
    const exported = await auditor.list('audit-logs', { filter: { action: 'auditLogs.export' } });
    expect(exported.body).toHaveLength(1);
  });

  it('when rows are written, then each one links to the hash of the row before it', () => {
    const rows = t.db.$client.prepare('SELECT id, prev_hash AS prevHash, hash FROM audit_logs ORDER BY id').all() as {
      id: number;
      prevHash: string;
      hash: string;
    }[];
    expect(rows.length).toBeGreaterThan(3);
    expect(rows[0]).toMatchObject({ id: 1, prevHash: '0'.repeat(64) });
    rows.slice(1).forEach((row, i) => expect(row).toMatchObject({ id: rows[i].id + 1, prevHash: rows[i].hash }));
    expect(new Set(rows.map((r) => r.hash)).size).toBe(rows.length);
  });

  it('when the audit administrator asks, then GET /api/audit-logs/verify reports the chain intact up to the newest row', async () => {
    const newest = (await auditor.list('audit-logs', { sort: ['id', 'DESC'], range: [0, 0] })).body[0];
    const res = await auditor.get('/api/audit-logs/verify');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: true, legacy: 0, headId: newest.id });
    expect(res.body.checked).toBe(newest.id);
  });

  it('when anyone but the audit administrator asks for the verification, then 403', async () => {
    for (const username of ['kefu01', 'jigou01', 'shenhe_unit', 'admin', 'secadmin']) {
      expect((await (await t.login(username)).get('/api/audit-logs/verify')).status).toBe(403);
    }
  });

  it('when a row is listed or opened on its own, then it carries its Chinese action, object and summary', async () => {
    const created = await admin.post('/api/staff', {
      username: 'readable',
      name: '可读对象',
      phone: '13912345679',
      password: 'Secret#2026',
    });
    const listed = (
      await auditor.list('audit-logs', { filter: { resource: 'staff', resourceId: String(created.body.id) } })
    ).body[0];
    expect(listed).toMatchObject({
      action: 'staff.create',
      actionLabel: '新建工作人员',
      resourceLabel: '工作人员',
      objectLabel: `工作人员 #${created.body.id}`,
      objectRef: { resource: 'staff', id: String(created.body.id) },
    });
    expect(listed.summaryText).toBe('用户名：readable；姓名：可读对象；角色：空；审核机构：空；手机号码：139****5679');
    const one = await auditor.get(`/api/audit-logs/${listed.id}`);
    expect(one.status).toBe(200);
    expect(one.body).toEqual({ ...listed, prevHash: expect.any(String), hash: expect.any(String) });
    expect(one.body.prevHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('when an entry does not exist, then 404; and only the audit administrator opens one', async () => {
    expect((await auditor.get('/api/audit-logs/99999999')).status).toBe(404);
    expect((await auditor.get('/api/audit-logs/abc')).status).toBe(404);
    expect((await (await t.login('kefu01')).get('/api/audit-logs/1')).status).toBe(403);
  });

  it('when the filters are offered, then every action and object type comes with its label, and a labelled action matches exactly', async () => {
    const labels = await auditor.get('/api/audit-logs/labels');
    expect(labels.body.actions).toEqual(
      expect.arrayContaining([
        { id: 'auth.login', name: '登录' },
        { id: 'files.view_refused', name: '查看材料（超出上限，已拒绝）' },
      ]),
    );
    expect(labels.body.resources).toEqual(expect.arrayContaining([{ id: 'title-applications', name: '职称申报' }]));
    await t.anonymous().post('/api/auth/login', { username: 'kefu01', password: 'nope' });
    const logins = await auditor.list('audit-logs', { filter: { action: 'auth.login' } });
    expect(logins.body.length).toBeGreaterThan(0);
    expect(logins.body.every((r: { action: string }) => r.action === 'auth.login')).toBe(true);
    expect(
      (await auditor.list('audit-logs', { filter: { action: 'auth.' } })).body.some(
        (r: { action: string }) => r.action === 'auth.login_failed',
      ),
    ).toBe(true);
  });

  it('when a setting changes, then its row names the setting and reads as a change', async () => {
    expect((await admin.put('/api/settings/appeals.deadlineWorkingDays', { value: 5 })).status).toBe(200);
    const row = (await auditor.list('audit-logs', { filter: { action: 'settings.update' } })).body[0];
    expect(row).toMatchObject({
      resourceId: 'appeals.deadlineWorkingDays',
      objectLabel: '业务设置「申诉办理时限（工作日）」',
      summaryText: '申诉办理时限（工作日） 由 3 改为 5',
    });
  });

  it('when an approved appeal creates its unit, then neither row reads as a window registration', async () => {
    const kefu = await t.login('kefu01');
    let appeal = await seedProcessingAppeal(t, kefu, { type: 'assisted_registration' });
    for (const field of MATERIAL_FIELDS) {
      const checked = await kefu.post(`/api/appeals/${appeal.id}/checklist`, {
        field,
        verdict: 'acceptable',
        note: '',
        version: appeal.version,
      });
      if (checked.status === 200) appeal = checked.body;
    }
    const approved = await kefu.post(`/api/appeals/${appeal.id}/approve`, { note: '', version: appeal.version });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    const rows = (await auditor.list('audit-logs', { filter: { q: `申诉 #${appeal.id}` }, range: [0, 9] })).body as {
      action: string;
      actionLabel: string;
      summaryText: string;
      objectLabel: string;
    }[];
    const created = rows.find((r) => r.action === 'units.create')!;
    expect(created.actionLabel).toBe('申诉通过后创建单位');
    expect(created.summaryText).toMatch(
      new RegExp(`^通过申诉 #${appeal.id} 创建单位账号（待激活）：统一社会信用代码：`),
    );
    expect(created.objectLabel).toMatch(/^单位账号 #\d+$/);
    expect(rows.map((r) => r.actionLabel)).not.toContain('线下窗口注册单位');
    expect(rows.find((r) => r.action === 'appeals.approve')!.actionLabel).toBe('通过申诉');
  });
});
