import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/testApp';
import type { ApiClient } from '../helpers/http';
import { totalOf } from '../helpers/http';
import { createStaff } from '../helpers/staff';

let t: TestApp;
let admin: ApiClient;
let auditor: ApiClient;
beforeAll(async () => {
  t = await startTestApp();
  [admin, auditor] = await Promise.all([t.login('admin'), t.login('auditor')]);
});
afterAll(() => t.close());

describe('staff administration', () => {
  it('when sysadmin opens an account and the security administrator makes it a reviewer with an org, then it is listed with masked phone and allowed actions', async () => {
    const res = await createStaff(t, {
      username: 'reviewer9',
      name: '审核员九',
      roles: ['title_reviewer'],
      orgId: t.seed.orgIds.cc,
      phone: '13512347850',
      password: 'Start#2026',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      username: 'reviewer9',
      roles: ['title_reviewer'],
      orgId: t.seed.orgIds.cc,
      phone: '135****7850',
      status: 'active',
      mustChangePassword: true,
    });
    expect(res.body.allowedActions).toEqual(expect.arrayContaining(['edit', 'disable']));
    expect((await admin.get(`/api/staff/${res.body.id}`)).body.allowedActions).toEqual(['edit', 'resetPassword']);
    expect(JSON.stringify(res.body)).not.toContain('passwordHash');
  });

  it('when a reviewer has no org, a role is unknown or the password is weak, then each field gets its message', async () => {
    const res = await admin.post('/api/staff', {
      username: '9bad',
      name: '',
      roles: ['title_reviewer', 'boss'],
      password: 'short',
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors)).toEqual(expect.arrayContaining(['username', 'name', 'password']));
    const noOrg = await createStaff(t, {
      username: 'noorg1',
      name: '无机构',
      roles: ['title_reviewer'],
      password: 'Start#2026',
    });
    expect(noOrg.status).toBe(400);
    expect(noOrg.body.errors.orgId).toMatch(/审核机构/);
  });

  it('when the username exists, then 409 names the field', async () => {
    const res = await admin.post('/api/staff', { username: 'kefu01', name: '重复', password: 'Start#2026' });
    expect(res.status).toBe(409);
    expect(res.body.errors.username).toBeTruthy();
  });

  it('when two people edit the same staff record, then the second gets 409 and nothing of theirs is saved', async () => {
    const list = await admin.list('staff', { filter: { q: 'kefu02' } });
    const row = list.body[0];
    const first = await admin.put(`/api/staff/${row.id}`, {
      name: '客服李静（组长）',
      roles: ['appeal_agent'],
      version: row.version,
    });
    expect(first.status).toBe(200);
    const second = await admin.put(`/api/staff/${row.id}`, {
      name: '别人改的',
      roles: ['appeal_agent'],
      version: row.version,
    });
    expect(second.status).toBe(409);
    expect((await admin.get(`/api/staff/${row.id}`)).body.name).toBe('客服李静（组长）');
  });

  it('filters by role and status and searches by name', async () => {
    const reviewers = await admin.list('staff', { filter: { role: 'title_reviewer' } });
    expect(reviewers.body.every((s: any) => s.roles.includes('title_reviewer'))).toBe(true);
    expect(totalOf(reviewers)).toBeGreaterThanOrEqual(6);
    const bad = await admin.list('staff', { filter: { role: 'boss' } });
    expect(bad.status).toBe(400);
    const byName = await admin.list('staff', { filter: { q: '客服' } });
    expect(byName.body.length).toBeGreaterThanOrEqual(2);
  });
});

describe('roles: each non-admin role gets 403 on staff and audit logs, and may read orgs', () => {
  for (const username of ['kefu01', 'jigou01', 'shenhe_unit']) {
    it(`as ${username}`, async () => {
      const c = await t.login(username);
      expect((await c.list('staff')).status).toBe(403);
      expect((await c.post('/api/staff', {})).status).toBe(403);
      expect((await c.list('audit-logs')).status).toBe(403);
      expect((await c.post('/api/orgs', { name: '新机构', level: 'province' })).status).toBe(403);
      expect((await c.list('orgs')).status).toBe(200);
      expect((await c.put('/api/settings/appeals.deadlineWorkingDays', { value: 5 })).status).toBe(403);
    });
  }
});

describe('the 操作记录 beside the staff and org edit forms', () => {
  it('when sysadmin opens an edited account or org, then its trail is there; a reviewer gets 403 for both', async () => {
    const created = await createStaff(t, {
      username: 'trail01',
      name: '记录员',
      roles: ['appeal_agent'],
      password: 'Start#2026',
    });
    expect(created.status).toBe(201);
    const staffTrail = await admin.get(`/api/audit-logs/trail?resource=staff&resourceId=${created.body.id}`);
    expect(staffTrail.status).toBe(200);
    expect(staffTrail.body.length).toBeGreaterThan(0);
    expect(staffTrail.body[0]).toMatchObject({ action: expect.any(String), actionLabel: expect.any(String) });

    const org = await admin.post('/api/orgs', {
      name: '长春市记录测试中学',
      level: 'unit',
      parentId: t.seed.orgIds.cc_edu,
    });
    expect(org.status).toBe(201);
    const orgTrail = await admin.get(`/api/audit-logs/trail?resource=orgs&resourceId=${org.body.id}`);
    expect(orgTrail.status).toBe(200);
    expect(orgTrail.body.map((r: { action: string }) => r.action)).toContain('orgs.create');

    const reviewer = await t.login('shenhe_unit');
    expect((await reviewer.get(`/api/audit-logs/trail?resource=staff&resourceId=${created.body.id}`)).status).toBe(403);
    expect((await reviewer.get(`/api/audit-logs/trail?resource=orgs&resourceId=${org.body.id}`)).status).toBe(403);
  });
});

describe('the review-org tree', () => {
  it('when an org is created under a parent of a lower level, then it is refused with a field message', async () => {
    const res = await admin.post('/api/orgs', {
      name: '倒挂的市局',
      level: 'city',
      parentId: t.seed.orgIds.cc_hospital,
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.parentId).toBeTruthy();
  });

  it('when an org has children or reviewers, then deleting it is refused (409); a leaf goes', async () => {
    expect((await admin.delete(`/api/orgs/${t.seed.orgIds.cc_health}`)).status).toBe(409);
    const withReviewer = await admin.delete(`/api/orgs/${t.seed.orgIds.cc_hospital}`);
    expect(withReviewer.status).toBe(409);
    expect(withReviewer.body.message).toMatch(/工作人员/);
    const leaf = await admin.post('/api/orgs', {
      name: '长春市第二中学',
      level: 'unit',
      parentId: t.seed.orgIds.cc_edu,
    });
    expect(leaf.status).toBe(201);
    expect((await admin.delete(`/api/orgs/${leaf.body.id}`)).status).toBe(200);
    expect((await admin.get(`/api/orgs/${leaf.body.id}`)).status).toBe(404);
  });

  it('when an org is moved under its own descendant, then it is refused', async () => {
    const cc = (await admin.get(`/api/orgs/${t.seed.orgIds.cc_edu}`)).body;
    const res = await admin.put(`/api/orgs/${cc.id}`, {
      name: cc.name,
      parentId: t.seed.orgIds.cc_school,
      version: cc.version,
    });
    expect(res.status).toBe(400);
  });
});

describe('settings', () => {
  it('when sysadmin sets a value outside the rule, then 400; a valid value is stored and audited', async () => {
    expect((await admin.put('/api/settings/appeals.deadlineWorkingDays', { value: 0 })).status).toBe(400);
    const ok = await admin.put('/api/settings/appeals.deadlineWorkingDays', { value: 5 });
    expect(ok.status).toBe(200);
    expect(ok.body.value).toBe(5);
    const logs = await auditor.list('audit-logs', { filter: { action: 'settings.update' } });
    expect(logs.body[0].summary).toMatch(/3 → 5/);
  });
});
