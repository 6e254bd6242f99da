import { usePermissions } from 'react-admin';
import type { Permission } from '../../server/domain/policy';

export type { Permission };

/**
 * The caller's permissions are the server's policy keys (`GET /api/auth/me`); the console keeps no role
 * table of its own. A react-admin resource is its policy key in kebab case (`audit-logs` → `auditLogs`).
 */
const policyResource = (resource: string) => resource.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** The policy verbs that let a react-admin action through; a resource has either `create`/`update` or one `write`. */
const VERBS: Record<string, string[]> = {
  list: ['read'],
  show: ['read'],
  export: ['read'],
  create: ['create', 'write'],
  edit: ['update', 'write'],
  delete: ['write'],
};

export function canAccessResource(permissions: readonly string[], resource: string, action: string): boolean {
  const key = policyResource(resource);
  return (VERBS[action] ?? []).some((verb) => permissions.includes(`${key}.${verb}`));
}

/** Whether the signed-in member may attempt `permission` (menus, widgets, list buttons; record buttons read `allowedActions`). */
export function useAllowed(permission: Permission): boolean {
  const { permissions } = usePermissions<Permission[]>();
  return !!permissions?.includes(permission);
}
