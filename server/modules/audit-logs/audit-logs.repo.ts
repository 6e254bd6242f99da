import { and, asc, desc, eq, gt, lte, or, sql } from 'drizzle-orm';
import { auditLogs } from '../../../db/schema';
import type { Db, DbOrTx } from '../../../db/client';
import type { ChainContent } from '../../audit/chain';
import { AUDIT_ACTION_LABELS } from '../../audit/actionLabels';
import { boundedCount, dateBound, intFilter, like, type ListParams, type ListSpec } from '../../../db/lists';

export const auditLogListSpec: ListSpec = {
  resource: 'audit-logs',
  table: auditLogs,
  idColumn: auditLogs.id,
  sortable: {
    id: auditLogs.id,
    at: auditLogs.at,
    action: auditLogs.action,
    resource: auditLogs.resource,
    actorId: auditLogs.actorId,
  },
  filters: {
    actorId: intFilter(auditLogs.actorId),
    // A labelled action (the console's select) is matched exactly, so `appeals.pii_reveal` leaves out `…_refused`;
    // anything else as a prefix (`units.`).
    action: (v) =>
      Object.hasOwn(AUDIT_ACTION_LABELS, String(v))
        ? eq(auditLogs.action, String(v))
        : like(auditLogs.action, String(v), 'prefix'),
    resource: (v) => eq(auditLogs.resource, String(v)),
    resourceId: (v) => eq(auditLogs.resourceId, String(v)),
    at_gte: dateBound(auditLogs.at, 'gte'),
    at_lte: dateBound(auditLogs.at, 'lte'),
  },
  search: (q) => or(like(auditLogs.summary, q, 'contains'), like(auditLogs.actorName, q, 'prefix')),
  defaultSort: ['id', 'DESC'],
};

export function listAuditLogs(db: Db, p: ListParams) {
  const rows = db
    .select()
    .from(auditLogs)
    .where(p.where)
    .orderBy(...p.orderBy)
    .limit(p.limit)
    .offset(p.offset)
    .all();
  return { rows, total: boundedCount(db, auditLogs, p.where) };
}

export const findAuditLog = (db: Db, id: number) => db.select().from(auditLogs).where(eq(auditLogs.id, id)).get();

export function trail(db: Db, resource: string, resourceId: string, limit = 200) {
  return db
    .select()
    .from(auditLogs)
    .where(and(eq(auditLogs.resource, resource), eq(auditLogs.resourceId, resourceId)))
    .orderBy(desc(auditLogs.id))
    .limit(limit)
    .all();
}

/** The row a new audit row chains onto; read inside the inserting transaction. */
export function lastAuditLink(db: DbOrTx) {
  return db
    .select({ id: auditLogs.id, hash: auditLogs.hash })
    .from(auditLogs)
    .orderBy(desc(auditLogs.id))
    .limit(1)
    .get();
}

export function insertAuditRow(db: DbOrTx, row: typeof auditLogs.$inferInsert) {
  db.insert(auditLogs).values(row).run();
}

/** One page of the chain walk, by id (keyset, so page 100 costs what page 1 does). */
export function chainRowsAfter(db: Db, afterId: number, untilId: number, limit: number) {
  return db
    .select()
    .from(auditLogs)
    .where(and(gt(auditLogs.id, afterId), lte(auditLogs.id, untilId)))
    .orderBy(asc(auditLogs.id))
    .limit(limit)
    .all();
}

/** A row with its link and hash already computed (server/audit/chain.ts). */
export type ChainedAuditRow = ChainContent & { prevHash: string; hash: string };

/**
 * Rows already chained, in order. One JSON parameter rather than 11 bound variables a row: SQLite's
 * limit never applies, and drizzle does not build a 10,000-row statement (that took most of a large batch's time).
 */
export function insertAuditRows(db: DbOrTx, rows: ChainedAuditRow[]) {
  const cols = [
    'id',
    'at',
    'actorId',
    'actorName',
    'action',
    'resource',
    'resourceId',
    'summary',
    'ip',
    'prevHash',
    'hash',
  ] as const;
  db.run(sql`INSERT INTO audit_logs (id, at, actor_id, actor_name, action, resource, resource_id, summary, ip, prev_hash, hash)
    SELECT ${sql.raw(cols.map((_, i) => `value ->> ${i}`).join(', '))} FROM json_each(${JSON.stringify(rows.map((r) => cols.map((c) => r[c])))}) ORDER BY key`);
}
