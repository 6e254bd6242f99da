import type { StaffRole } from './roles';
import { ROLE_LABELS } from '../audit/fieldLabels';

/** 三员 (GB/T 22239 level 3): the administrator's power split three ways; no account holds two of them. */
export const ADMIN_TRIAD = ['sysadmin', 'security_admin', 'audit_admin'] as const satisfies readonly StaffRole[];

/** Null when the roles may go together; otherwise the sentence naming the conflicting pair. */
export function triadConflict(roles: readonly string[]): string | null {
  const held = ADMIN_TRIAD.filter((r) => roles.includes(r));
  if (held.length < 2) return null;
  const names = held.map((r) => `「${ROLE_LABELS[r]}」`).join('与');
  return `三员分立：${names}不能由同一账号兼任`;
}
