import { asc, count, gte, inArray, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { appeals, staff } from '../../../db/schema';
import type { Db } from '../../../db/client';
import { UNDECIDED_STATUSES } from '../../domain/workflows/appeals.workflow';

// Beijing calendar date of a stored UTC timestamp (UTC+8, no daylight saving).
const beijingDay = (column: SQLiteColumn) => sql<string>`date(${column}, '+8 hours')`;

/** Appeals received and decided per Beijing day since `fromUtc` (served by the submitted / decided indexes). */
export function appealsPerDay(db: Db, fromUtc: string) {
  const received = db
    .select({ date: beijingDay(appeals.submittedAt), n: count() })
    .from(appeals)
    .where(gte(appeals.submittedAt, fromUtc))
    .groupBy(beijingDay(appeals.submittedAt))
    .all();
  const decided = db
    .select({ date: beijingDay(appeals.decidedAt), n: count() })
    .from(appeals)
    .where(gte(appeals.decidedAt, fromUtc))
    .groupBy(beijingDay(appeals.decidedAt))
    .all();
  return { received, decided };
}

/** Of the appeals decided since `fromUtc`, how many were decided by their due date (Beijing). */
export function deadlineCompliance(db: Db, fromUtc: string) {
  const row = db
    .select({
      decided: count(),
      onTime: sql<number>`coalesce(sum(${beijingDay(appeals.decidedAt)} <= ${appeals.dueDate}), 0)`,
    })
    .from(appeals)
    .where(gte(appeals.decidedAt, fromUtc))
    .get();
  return { decided: row?.decided ?? 0, onTime: row?.onTime ?? 0 };
}

/** Undecided appeals per assignee (null = not yet claimed), served by appeals_assignee_idx. */
export function backlogPerAgent(db: Db) {
  return db
    .select({
      assigneeId: appeals.assigneeId,
      name: sql<string | null>`(SELECT ${staff.name} FROM ${staff} WHERE ${staff.id} = ${appeals.assigneeId})`,
      count: count(),
    })
    .from(appeals)
    .where(inArray(appeals.status, [...UNDECIDED_STATUSES]))
    .groupBy(appeals.assigneeId)
    .orderBy(sql`count(*) DESC`, asc(appeals.assigneeId))
    .all();
}

/** The undecided appeal that has waited longest. */
export function oldestWaiting(db: Db) {
  return (
    db
      .select({ id: appeals.id, name: appeals.name, submittedAt: appeals.submittedAt, dueDate: appeals.dueDate })
      .from(appeals)
      .where(inArray(appeals.status, [...UNDECIDED_STATUSES]))
      .orderBy(asc(appeals.submittedAt), asc(appeals.id))
      .limit(1)
      .get() ?? null
  );
}
