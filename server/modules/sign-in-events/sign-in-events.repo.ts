import { and, desc, eq, gte, lt, sql } from 'drizzle-orm';
import { signInEvents } from '../../../db/schema';
import { SIGN_IN_METHODS, SIGN_IN_OUTCOMES, SIGN_IN_REASONS } from '../../../db/schema/seals';
import type { Db, DbOrTx } from '../../../db/client';
import { boundedCount, dateBound, enumFilter, intFilter, type ListParams, type ListSpec } from '../../../db/lists';

export const signInEventListSpec: ListSpec = {
  resource: 'sign-in-events',
  table: signInEvents,
  idColumn: signInEvents.id,
  sortable: { id: signInEvents.id, at: signInEvents.at, reason: signInEvents.reason },
  filters: {
    unitId: intFilter(signInEvents.unitId),
    method: enumFilter(signInEvents.method, SIGN_IN_METHODS),
    outcome: enumFilter(signInEvents.outcome, SIGN_IN_OUTCOMES),
    reason: enumFilter(signInEvents.reason, SIGN_IN_REASONS),
    at_gte: dateBound(signInEvents.at, 'gte'),
    at_lte: dateBound(signInEvents.at, 'lte'),
  },
  defaultSort: ['at', 'DESC'],
};

export function listEvents(db: Db, p: ListParams) {
  const rows = db
    .select()
    .from(signInEvents)
    .where(p.where)
    .orderBy(...p.orderBy)
    .limit(p.limit)
    .offset(p.offset)
    .all();
  return { rows, total: boundedCount(db, signInEvents, p.where) };
}

export const insertEvent = (tx: DbOrTx, v: typeof signInEvents.$inferInsert) =>
  tx.insert(signInEvents).values(v).returning({ id: signInEvents.id }).get().id;

/** The hall's latest report for this person and method at this unit (served by sign_in_events_hash_idx). */
export const lastReport = (db: DbOrTx, unitId: number, idHash: string | null, method: string) =>
  db
    .select({ outcome: signInEvents.outcome, reason: signInEvents.reason })
    .from(signInEvents)
    .where(
      and(
        eq(signInEvents.unitId, unitId),
        eq(signInEvents.method, method as never),
        ...(idHash ? [eq(signInEvents.idHash, idHash)] : []),
      ),
    )
    .orderBy(desc(signInEvents.at))
    .get();

export const failuresByReason = (db: DbOrTx, since: string) =>
  db
    .select({ reason: signInEvents.reason, count: sql<number>`count(*)` })
    .from(signInEvents)
    .where(and(eq(signInEvents.outcome, 'failed'), gte(signInEvents.at, since)))
    .groupBy(signInEvents.reason)
    .all();

export const deleteOlderThan = (tx: DbOrTx, before: string) =>
  tx.delete(signInEvents).where(lt(signInEvents.at, before)).run().changes;
