export const STAFF_ROLES = [
  'sysadmin',
  'appeal_agent',
  'institution_admin',
  'title_reviewer',
  'security_admin',
  'audit_admin',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Who is acting: the signed-in staff member, as every service receives it. */
export interface Actor {
  id: number;
  username: string;
  name: string;
  roles: StaffRole[];
  orgId: number | null;
  ip?: string;
}
