import { and, eq, gt, like, or, sql } from 'drizzle-orm';
import { auditLogs } from '../../db/schema';
import type { DbOrTx } from '../../db/client';

/**
 * The reveals a staff member made since `since`, read from the audit log itself: it is the record
 * of every reveal anyway, survives restarts, and audit_logs_actor_idx (actor_id, at) keeps this to
 * one actor's last hour of rows.
 */
export function revealsSince(db: DbOrTx, actorId: number, since: string) {
  return db
    .select({ count: sql<number>`count(*)`, oldest: sql<string | null>`min(${auditLogs.at})` })
    .from(auditLogs)
    .where(
      and(
        eq(auditLogs.actorId, actorId),
        gt(auditLogs.at, since),
        or(like(auditLogs.action, '%.pii_reveal'), eq(auditLogs.action, 'files.view')),
      ),
    )
    .get()!;
}
