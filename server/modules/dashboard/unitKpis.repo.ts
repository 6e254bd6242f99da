import { and, count, eq, gte, sql } from 'drizzle-orm';
import { units } from '../../../db/schema';
import type { Db } from '../../../db/client';
import { boundedCount } from '../../../db/lists';

/** The institution administrator's numbers: what waits for activation, what was activated, who is full. */
export function unitCounts(db: Db, weekStartUtc: string) {
  return {
    pendingActivation: boundedCount(db, units, eq(units.status, 'pending_activation')),
    // The same condition as the units list's `atQuota` filter, on active units.
    atQuota: boundedCount(db, units, and(eq(units.status, 'active'), gte(units.operatorCount, units.operatorQuota))),
    activatedThisWeek: boundedCount(db, units, gte(units.activatedAt, weekStartUtc)),
  };
}

/** Activations per Beijing day since `fromUtc` (units_activated_idx). */
export function activationsPerDay(db: Db, fromUtc: string) {
  const day = sql<string>`date(${units.activatedAt}, '+8 hours')`;
  return db.select({ date: day, n: count() }).from(units).where(gte(units.activatedAt, fromUtc)).groupBy(day).all();
}
