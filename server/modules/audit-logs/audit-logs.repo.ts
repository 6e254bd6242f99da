import { and, desc, eq, or } from 'drizzle-orm';
import { auditLogs } from '../../../db/schema';
import type { Db } from '../../../db/client';
import { boundedCount, dateBound, intFilter, like, type ListParams, type ListSpec } from '../../http/listQuery';

export const auditLogListSpec: ListSpec = {
  resource: 'audit-logs',
  table: auditLogs,
  idColumn: auditLogs.id,
  sortable: { id: auditLogs.id, at: auditLogs.at, action: auditLogs.action, resource: auditLogs.resource, actorId: auditLogs.actorId },
  filters: {
    actorId: intFilter(auditLogs.actorId),
    action: (v) => like(auditLogs.action, String(v), 'prefix'),
    resource: (v) => eq(auditLogs.resource, String(v)),
    resourceId: (v) => eq(auditLogs.resourceId, String(v)),
    at_gte: dateBound(auditLogs.at, 'gte'),
    at_lte: dateBound(auditLogs.at, 'lte'),
  },
  search: (q) => or(like(auditLogs.summary, q, 'contains'), like(auditLogs.actorName, q, 'prefix')),
  defaultSort: ['id', 'DESC'],
};

export function listAuditLogs(db: Db, p: ListParams) {
  const rows = db.select().from(auditLogs).where(p.where).orderBy(...p.orderBy).limit(p.limit).offset(p.offset).all();
  return { rows, total: boundedCount(db, auditLogs, p.where) };
}

export function trail(db: Db, resource: string, resourceId: string, limit = 200) {
  return db
    .select()
    .from(auditLogs)
    .where(and(eq(auditLogs.resource, resource), eq(auditLogs.resourceId, resourceId)))
    .orderBy(desc(auditLogs.id))
    .limit(limit)
    .all();
}
