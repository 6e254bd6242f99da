import { describe, expect, it } from 'vitest';
import { can, POLICY, type Permission } from '../../server/domain/policy';
import { STAFF_ROLES, type StaffRole } from '../../server/domain/roles';

const as = (...roles: StaffRole[]) => ({ roles });

describe('the policy table', () => {
  it('denies by default: a staff member with no roles may do nothing', () => {
    for (const p of Object.keys(POLICY) as Permission[]) expect(can(as(), p)).toBe(false);
  });

  it.each([
    ['sysadmin', 'staff.write', true],
    ['appeal_agent', 'staff.write', false],
    ['institution_admin', 'staff.read', false],
    ['title_reviewer', 'auditLogs.read', false],
    ['appeal_agent', 'units.read', true],
    ['appeal_agent', 'units.activate', false],
    ['institution_admin', 'units.activate', true],
    ['institution_admin', 'appeals.decide', false],
    ['appeal_agent', 'appeals.decide', true],
    ['title_reviewer', 'titleApplications.review', true],
    ['sysadmin', 'titleApplications.review', false],
    ['title_reviewer', 'titleApplications.withdraw', true],
    ['appeal_agent', 'titleApplications.withdraw', false],
    ['title_reviewer', 'titleApplications.urge', true],
    ['sysadmin', 'titleApplications.urge', false],
    ['institution_admin', 'institutions.open', true],
    ['title_reviewer', 'institutions.read', false],
    ['sysadmin', 'titlePlans.write', true],
    ['title_reviewer', 'titlePlans.write', false],
    // 三员分立
    ['sysadmin', 'auditLogs.read', false],
    ['sysadmin', 'staff.assignRoles', false],
    ['sysadmin', 'staff.lock', false],
    ['sysadmin', 'settings.writeSecurity', false],
    ['security_admin', 'staff.assignRoles', true],
    ['security_admin', 'staff.lock', true],
    ['security_admin', 'staff.write', false],
    ['security_admin', 'settings.writeSecurity', true],
    ['security_admin', 'settings.write', false],
    ['security_admin', 'auditLogs.read', false],
    ['audit_admin', 'auditLogs.read', true],
    ['audit_admin', 'auditLogs.export', true],
    ['audit_admin', 'auditLogs.verify', true],
    ['audit_admin', 'staff.read', false],
  ] as [StaffRole, Permission, boolean][])('%s → %s: %s', (role, permission, expected) => {
    expect(can(as(role), permission)).toBe(expected);
  });

  it('a staff member with several roles holds the union of their permissions', () => {
    expect(can(as('appeal_agent', 'institution_admin'), 'appeals.decide')).toBe(true);
    expect(can(as('appeal_agent', 'institution_admin'), 'institutions.open')).toBe(true);
    expect(can(as('appeal_agent', 'institution_admin'), 'staff.write')).toBe(false);
  });

  it('names only real roles', () => {
    for (const roles of Object.values(POLICY)) for (const r of roles) expect(STAFF_ROLES).toContain(r);
  });

  it('三员分立: the audit administrator holds reads and the audit log only, and nobody else reads the log', () => {
    const held = (Object.keys(POLICY) as Permission[]).filter((p) => can(as('audit_admin'), p));
    expect(held.filter((p) => !p.endsWith('.read') && !p.startsWith('auditLogs.'))).toEqual([]);
    const logReaders = STAFF_ROLES.filter((r) => can(as(r), 'auditLogs.read'));
    expect(logReaders).toEqual(['audit_admin']);
  });

  it('三员分立: no permission of one of the three administrators is given to another of them', () => {
    const triad: StaffRole[] = ['sysadmin', 'security_admin', 'audit_admin'];
    const shared = (Object.keys(POLICY) as Permission[]).filter(
      (p) => !p.endsWith('.read') && triad.filter((r) => can(as(r), p)).length > 1,
    );
    // PUT /api/staff/:id and /api/settings/:key: each may reach the route, the service splits what it may change.
    expect(shared).toEqual(['staff.update', 'settings.update']);
  });
});
