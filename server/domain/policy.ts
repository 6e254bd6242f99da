import type { Actor, StaffRole } from './roles';

const ALL: readonly StaffRole[] = [
  'sysadmin',
  'appeal_agent',
  'institution_admin',
  'title_reviewer',
  'security_admin',
  'audit_admin',
];

/**
 * Who may do what — the one table every route goes through (`authorize(permission)`).
 * Anything not listed is denied. Scope rules (a reviewer's org, a file's owner) sit on top of this
 * in the services; this table only says which roles may attempt the action at all.
 */
export const POLICY = {
  // Foundation
  // 三员分立 (GB/T 22239 level 3): sysadmin keeps accounts, orgs, settings and catalogues; security_admin
  // assigns roles, unlocks and disables accounts and keeps the security settings; audit_admin reads,
  // exports and verifies the audit log and changes nothing else (server/domain/separationOfDuties.ts).
  'staff.read': ['sysadmin', 'security_admin'],
  /** Create accounts, reset passwords; in a PUT, the name and phone. */
  'staff.write': ['sysadmin'],
  /** PUT /api/staff/:id at all: what each may change in it is staff.write or staff.assignRoles. */
  'staff.update': ['sysadmin', 'security_admin'],
  /** Roles and a reviewer's org binding. */
  'staff.assignRoles': ['security_admin'],
  /** Unlock, disable, enable. */
  'staff.lock': ['security_admin'],
  'orgs.read': ALL,
  'orgs.write': ['sysadmin'],
  'auditLogs.read': ['audit_admin'],
  'auditLogs.export': ['audit_admin'],
  'auditLogs.verify': ['audit_admin'],
  'notifications.read': ALL,
  'notifications.resend': ['sysadmin', 'appeal_agent', 'institution_admin'],
  'settings.read': ALL,
  /** PUT /api/settings/:key at all: business settings need settings.write, security ones settings.writeSecurity. */
  'settings.update': ['sysadmin', 'security_admin'],
  'settings.write': ['sysadmin'],
  'settings.writeSecurity': ['security_admin'],
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
  'titleApplications.withdraw': ['title_reviewer'],
  'titleApplications.urge': ['title_reviewer'],
  'titlePlans.reports': ['title_reviewer'],
  'titlePlans.stats': ['title_reviewer'],
  'submissionBatches.read': ['title_reviewer'],
  'submissionBatches.create': ['title_reviewer'],
  'auditOpinions.read': ['title_reviewer', 'sysadmin'],
  'auditOpinions.write': ['title_reviewer', 'sysadmin'],
  /** 委托: a reviewer for themself (the service checks), a sysadmin for any reviewer. */
  'delegations.read': ['title_reviewer', 'sysadmin'],
  'delegations.write': ['title_reviewer', 'sysadmin'],

  // Legacy-user upgrade (历史用户升级): institution administrators import and unlock; sysadmin reads
  'legacyAccounts.read': ['institution_admin', 'sysadmin'],
  'legacyAccounts.import': ['institution_admin'],
  'legacyAccounts.unlock': ['institution_admin'],

  // Dashboard KPIs (each section follows the caller's own permissions)
  'dashboard.read': ALL,
  // The OpenAPI document of the intake and staff API, and its page
  'apiDocs.read': ALL,
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
