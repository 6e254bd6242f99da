import type { Actor, StaffRole } from './roles';

const ALL: readonly StaffRole[] = ['sysadmin', 'appeal_agent', 'institution_admin', 'title_reviewer'];

/**
 * Who may do what — the one table every route goes through (`authorize(permission)`).
 * Anything not listed is denied. Scope rules (a reviewer's org, a file's owner) sit on top of this
 * in the services; this table only says which roles may attempt the action at all.
 */
export const POLICY = {
  // Foundation
  'staff.read': ['sysadmin'],
  'staff.write': ['sysadmin'],
  'orgs.read': ALL,
  'orgs.write': ['sysadmin'],
  'auditLogs.read': ['sysadmin'],
  'notifications.read': ALL,
  'notifications.resend': ['sysadmin', 'appeal_agent', 'institution_admin'],
  'settings.read': ALL,
  'settings.write': ['sysadmin'],
  'files.read': ALL,

  // Units and operators (institution-management administrators; appeal agents read units)
  'units.read': ['institution_admin', 'appeal_agent'],
  'units.revealPii': ['institution_admin', 'appeal_agent'],
  'units.create': ['institution_admin'],
  'units.update': ['institution_admin'],
  'units.activate': ['institution_admin'],
  'units.freeze': ['institution_admin'],
  'units.cancel': ['institution_admin'],
  'units.resetPassword': ['institution_admin'],
  'units.quota': ['institution_admin'],
  'operators.read': ['institution_admin'],
  'operators.write': ['institution_admin'],
  'operators.revealPii': ['institution_admin'],
  'units.signInCheck': ['institution_admin', 'appeal_agent'],
  'seals.read': ['institution_admin', 'appeal_agent'],
  'seals.void': ['institution_admin'],
  'sealGrants.read': ['institution_admin', 'appeal_agent'],
  'signInEvents.read': ['institution_admin', 'appeal_agent'],
  'regions.read': ALL,
  'businessItems.read': ['institution_admin', 'sysadmin'],
  'businessItems.write': ['sysadmin'],

  // Appeals
  'appeals.read': ['appeal_agent'],
  'appeals.revealPii': ['appeal_agent'],
  'appeals.claim': ['appeal_agent'],
  'appeals.assign': ['appeal_agent'],
  'appeals.decide': ['appeal_agent'],
  'rejectReasons.read': ['appeal_agent', 'sysadmin'],
  'rejectReasons.write': ['sysadmin'],
  'workCalendar.read': ['appeal_agent', 'sysadmin'],
  'workCalendar.write': ['sysadmin'],

  // Institutions
  'institutions.read': ['institution_admin'],
  'institutions.revealPii': ['institution_admin'],
  'institutions.create': ['institution_admin'],
  'institutions.update': ['institution_admin'],
  'institutions.open': ['institution_admin'],
  'institutions.changeAdmin': ['institution_admin'],
  'institutions.resetPassword': ['institution_admin'],
  'institutions.disable': ['institution_admin'],

  // Title applications
  'titlePlans.read': ['title_reviewer', 'sysadmin'],
  'titlePlans.write': ['sysadmin'],
  'titleApplications.read': ['title_reviewer'],
  'titleApplications.revealPii': ['title_reviewer'],
  'titleApplications.review': ['title_reviewer'],
  'titleApplications.claim': ['title_reviewer'],
  'titleApplications.reassign': ['title_reviewer'],
  'titleApplications.batchReview': ['title_reviewer'],
  'titleApplications.export': ['title_reviewer'],
  'titlePlans.reports': ['title_reviewer'],
  'titlePlans.stats': ['title_reviewer'],
  'submissionBatches.read': ['title_reviewer'],
  'submissionBatches.create': ['title_reviewer'],
  'auditOpinions.read': ['title_reviewer', 'sysadmin'],
  'auditOpinions.write': ['title_reviewer', 'sysadmin'],

  // Legacy-user upgrade (历史用户升级): institution administrators import and unlock; sysadmin reads
  'legacyAccounts.read': ['institution_admin', 'sysadmin'],
  'legacyAccounts.import': ['institution_admin'],
  'legacyAccounts.unlock': ['institution_admin'],
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof POLICY;

export function can(actor: Pick<Actor, 'roles'>, permission: Permission): boolean {
  const allowed: readonly StaffRole[] = POLICY[permission];
  return actor.roles.some((r) => allowed.includes(r));
}

/** The policy keys the roles allow, in table order: what `/api/auth/me` tells the console the caller may attempt. */
export function permissionsOf(roles: StaffRole[]): Permission[] {
  return (Object.keys(POLICY) as Permission[]).filter((p) => can({ roles }, p));
}
