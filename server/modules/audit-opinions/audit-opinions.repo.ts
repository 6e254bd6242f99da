import { and, eq, isNull, or, type SQL } from 'drizzle-orm';
import { auditOpinions, staff } from '../../../db/schema';
import type { Db, DbOrTx } from '../../../db/client';
import { can } from '../../domain/policy';
import type { Actor } from '../../domain/roles';
import { allowedValue, boundedCount, like, type ListParams, type ListSpec } from '../../../db/lists';
import { OPINION_SCOPES } from './audit-opinions.schemas';
import { REVIEW_RESULTS } from '../../domain/workflows/titleApplications.workflow';

/** What a caller sees: the global opinions, and a reviewer their own (never a colleague's). */
export function visibleOpinions(actor: Actor): SQL {
  const reviewer = actor.roles.includes('title_reviewer');
  return reviewer
    ? or(isNull(auditOpinions.ownerId), eq(auditOpinions.ownerId, actor.id))!
    : isNull(auditOpinions.ownerId);
}

export function auditOpinionListSpec(actor: Actor): ListSpec {
  return {
    resource: 'audit-opinions',
    table: auditOpinions,
    idColumn: auditOpinions.id,
    sortable: {
      id: auditOpinions.id,
      sortOrder: auditOpinions.sortOrder,
      text: auditOpinions.text,
      result: auditOpinions.result,
      updatedAt: auditOpinions.updatedAt,
    },
    filters: {
      scope: (value, field) =>
        allowedValue(value, OPINION_SCOPES, field) === 'global'
          ? isNull(auditOpinions.ownerId)
          : eq(auditOpinions.ownerId, actor.id),
      result: (value, field) => eq(auditOpinions.result, allowedValue(value, REVIEW_RESULTS, field)),
      /** What the review form offers for a chosen result: the opinions written for it and those for any result. */
      forResult: (value, field) =>
        or(eq(auditOpinions.result, allowedValue(value, REVIEW_RESULTS, field)), isNull(auditOpinions.result))!,
    },
    search: (q) => like(auditOpinions.text, q, 'contains'),
    defaultSort: ['sortOrder', 'ASC'],
  };
}

const columns = { opinion: auditOpinions, ownerName: staff.name };
export type OpinionRow = typeof auditOpinions.$inferSelect;
export type OpinionWithOwner = { opinion: OpinionRow; ownerName: string | null };

export function listAuditOpinions(db: Db, actor: Actor, p: ListParams) {
  const where = and(visibleOpinions(actor), p.where);
  const rows = db
    .select(columns)
    .from(auditOpinions)
    .leftJoin(staff, eq(staff.id, auditOpinions.ownerId))
    .where(where)
    .orderBy(...p.orderBy)
    .limit(p.limit)
    .offset(p.offset)
    .all();
  return { rows, total: boundedCount(db, auditOpinions, where) };
}

/** One opinion the caller may see, or undefined (a colleague's own opinion does not exist for them). */
export const findVisibleOpinion = (db: DbOrTx, actor: Actor, id: number) =>
  db
    .select(columns)
    .from(auditOpinions)
    .leftJoin(staff, eq(staff.id, auditOpinions.ownerId))
    .where(and(eq(auditOpinions.id, id), visibleOpinions(actor)))
    .get();

export const findSameText = (db: DbOrTx, ownerId: number | null, text: string) =>
  db
    .select({ id: auditOpinions.id })
    .from(auditOpinions)
    .where(
      and(
        ownerId === null ? isNull(auditOpinions.ownerId) : eq(auditOpinions.ownerId, ownerId),
        eq(auditOpinions.text, text),
      ),
    )
    .get();

export const insertOpinion = (tx: DbOrTx, values: typeof auditOpinions.$inferInsert) =>
  tx.insert(auditOpinions).values(values).returning({ id: auditOpinions.id }).get();
export const updateOpinion = (tx: DbOrTx, id: number, values: Partial<OpinionRow>) =>
  tx.update(auditOpinions).set(values).where(eq(auditOpinions.id, id)).run();
export const deleteOpinion = (tx: DbOrTx, id: number) => tx.delete(auditOpinions).where(eq(auditOpinions.id, id)).run();

/** Global opinions are sysadmin's; a reviewer keeps only their own. */
export const mayEdit = (actor: Actor, o: Pick<OpinionRow, 'ownerId'>) =>
  o.ownerId === null ? can(actor, 'auditOpinions.write') && actor.roles.includes('sysadmin') : o.ownerId === actor.id;
