import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY } from '../../server/domain/policy';
import { createStaff } from '../helpers/staff';
import { startTestApp, type TestApp } from '../helpers/testApp';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const permissionsOf = async (username: string, password?: string) =>
  (await (await t.login(username, password)).get('/api/auth/me')).body.permissions as string[];

describe('GET /api/auth/me permissions', () => {
  it('when an appeal agent asks, then it lists the appeal actions and unit reading, and nothing of the sysadmin or reviewers', async () => {
    const permissions = await permissionsOf('kefu01');
    expect(permissions).toEqual(
      expect.arrayContaining(['appeals.read', 'appeals.claim', 'appeals.decide', 'units.read', 'rejectReasons.read']),
    );
    expect(permissions).not.toContain('units.activate');
    expect(permissions).not.toContain('staff.read');
    expect(permissions).not.toContain('rejectReasons.write');
    expect(permissions).not.toContain('titleApplications.read');
  });

  it('when the sysadmin asks, then it lists the foundation writes and no case work', async () => {
    const permissions = await permissionsOf('admin');
    expect(permissions).toEqual(
      expect.arrayContaining(['staff.write', 'orgs.write', 'titlePlans.write', 'rejectReasons.write']),
    );
    expect(permissions).not.toContain('appeals.read');
    expect(permissions).not.toContain('units.read');
    // 三员分立: the log is the audit administrator's, roles and lockouts the security administrator's.
    expect(permissions).not.toContain('auditLogs.read');
    expect(permissions).not.toContain('staff.assignRoles');
  });

  it('when a member holds two roles, then the list is the union of both, each key once', async () => {
    const created = await createStaff(t, {
      username: 'both01',
      name: '双岗',
      roles: ['appeal_agent', 'institution_admin'],
      password: 'Start#2026',
    });
    expect(created.status).toBe(201);
    const permissions = await permissionsOf('both01', 'Start#2026');
    expect(permissions).toEqual(expect.arrayContaining(['appeals.decide', 'units.activate', 'institutions.open']));
    expect(new Set(permissions).size).toBe(permissions.length);
    expect(permissions).not.toContain('staff.read');
  });

  it('for every demo role, each listed key is a policy key and what it omits the server refuses (403)', async () => {
    for (const username of ['admin', 'kefu01', 'jigou01', 'shenhe_unit', 'secadmin', 'auditor']) {
      const c = await t.login(username);
      const permissions: string[] = (await c.get('/api/auth/me')).body.permissions;
      expect(permissions.every((p) => p in POLICY)).toBe(true);
      for (const [key, path] of [
        ['staff.read', '/api/staff'],
        ['appeals.read', '/api/appeals'],
        ['units.read', '/api/units'],
        ['titleApplications.read', '/api/title-applications'],
      ] as const) {
        expect({ username, key, status: (await c.get(path)).status }).toEqual({
          username,
          key,
          status: permissions.includes(key) ? 200 : 403,
        });
      }
    }
  });
});
