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
    ['institution_admin', 'institutions.open', true],
    ['title_reviewer', 'institutions.read', false],
    ['sysadmin', 'titlePlans.write', true],
    ['title_reviewer', 'titlePlans.write', false],
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
});
