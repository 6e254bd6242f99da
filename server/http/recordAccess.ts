import type { AppContext } from '../context';
import type { Actor } from '../domain/roles';

/**
 * Whether `actor` may see one record of a type — the owner check behind file downloads and
 * per-record audit trails. Each module registers its own (role and scope, e.g. a reviewer's org).
 */
export type RecordAccessCheck = (ctx: AppContext, actor: Actor, id: number | null) => boolean;

const checks = new Map<string, RecordAccessCheck>();

export function registerRecordAccess(type: string, check: RecordAccessCheck) {
  checks.set(type, check);
}

/** Records of a type nobody registered are visible to nobody. */
export function canSeeRecord(ctx: AppContext, actor: Actor, type: string, id: number | null): boolean {
  const check = checks.get(type);
  return check ? check(ctx, actor, id) : false;
}
