/**
 * Which roles see which resource in the menu: mirrors server/domain/policy.ts's read permissions.
 * The server still decides every request; this only keeps people from being shown doors that are locked.
 */
export type Role = 'sysadmin' | 'appeal_agent' | 'institution_admin' | 'title_reviewer';

export const RESOURCE_ROLES: Record<string, Role[]> = {
  staff: ['sysadmin'],
  orgs: ['sysadmin', 'appeal_agent', 'institution_admin', 'title_reviewer'],
  'audit-logs': ['sysadmin'],
  notifications: ['sysadmin', 'appeal_agent', 'institution_admin', 'title_reviewer'],
  settings: ['sysadmin'],
  units: ['institution_admin', 'appeal_agent'],
  operators: ['institution_admin'],
  'business-items': ['sysadmin', 'institution_admin'],
  appeals: ['appeal_agent'],
  'reject-reasons': ['sysadmin', 'appeal_agent'],
  'work-calendar': ['sysadmin', 'appeal_agent'],
  institutions: ['institution_admin'],
  'title-plans': ['sysadmin', 'title_reviewer'],
  'title-applications': ['title_reviewer'],
  'submission-batches': ['title_reviewer'],
  'audit-opinions': ['sysadmin', 'title_reviewer'],
  seals: ['institution_admin', 'appeal_agent'],
  'seal-grants': ['institution_admin', 'appeal_agent'],
  'sign-in-events': ['institution_admin', 'appeal_agent'],
};

/** Write access where it differs from read (the menu's create buttons, list actions). */
export const WRITE_ROLES: Record<string, Role[]> = {
  units: ['institution_admin'],
  orgs: ['sysadmin'],
  'title-plans': ['sysadmin'],
  'business-items': ['sysadmin'],
  operators: ['institution_admin'],
  'reject-reasons': ['sysadmin'],
  'work-calendar': ['sysadmin'],
};

export function canAccessResource(roles: Role[], resource: string, action: string): boolean {
  const table = action === 'list' || action === 'show' ? RESOURCE_ROLES : { ...RESOURCE_ROLES, ...WRITE_ROLES };
  const allowed = table[resource];
  return !!allowed && roles.some((r) => allowed.includes(r));
}
