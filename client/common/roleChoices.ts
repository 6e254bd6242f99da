export const ROLE_CHOICES = [
  { id: 'sysadmin', name: 'app.roles.sysadmin' },
  { id: 'appeal_agent', name: 'app.roles.appeal_agent' },
  { id: 'institution_admin', name: 'app.roles.institution_admin' },
  { id: 'title_reviewer', name: 'app.roles.title_reviewer' },
  { id: 'security_admin', name: 'app.roles.security_admin' },
  { id: 'audit_admin', name: 'app.roles.audit_admin' },
];

/** Choices for an enum field from catalogue keys: `choices(['a','b'], 'units.status')`. */
export const choices = (values: readonly string[], prefix: string) =>
  values.map((id) => ({ id, name: `${prefix}.${id}` }));
