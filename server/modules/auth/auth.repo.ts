import { and, eq, gt, isNull, lt, lte, or, sql } from 'drizzle-orm';
import { staff } from '../../../db/schema';
import type { DbOrTx } from '../../../db/client';

export const findStaffByUsername = (db: DbOrTx, username: string) =>
  db.select().from(staff).where(eq(staff.username, username)).get();
export const findStaffById = (db: DbOrTx, id: number) => db.select().from(staff).where(eq(staff.id, id)).get();

/**
 * Counts an attempt before its password is checked, in one statement, so parallel guesses each see
 * the others: the slot number returned is this attempt's place in the run of failures. Undefined when
 * the account is locked, or when `max` attempts are already counted (failed or still being checked).
 * An expired lock starts a fresh count.
 */
export function reserveAttempt(db: DbOrTx, id: number, max: number, now: string): number | undefined {
  return db
    .update(staff)
    .set({
      failedLogins: sql`CASE WHEN ${staff.lockedUntil} IS NULL THEN ${staff.failedLogins} + 1 ELSE 1 END`,
      lockedUntil: null,
    })
    .where(
      and(
        eq(staff.id, id),
        or(and(isNull(staff.lockedUntil), lt(staff.failedLogins, max)), lte(staff.lockedUntil, now)),
      ),
    )
    .returning({ slot: staff.failedLogins })
    .get()?.slot;
}

/** Locks the account until `until` unless it is locked already; true when this call set the lock. */
export function lockAccount(db: DbOrTx, id: number, until: string, now: string): boolean {
  return !!db
    .update(staff)
    .set({ lockedUntil: until })
    .where(and(eq(staff.id, id), or(isNull(staff.lockedUntil), lte(staff.lockedUntil, now))))
    .returning({ id: staff.id })
    .get();
}

/** The end of the account's lock, if it is locked at `now`. */
export const lockedUntilOf = (db: DbOrTx, id: number, now: string): string | undefined =>
  db
    .select({ until: staff.lockedUntil })
    .from(staff)
    .where(and(eq(staff.id, id), gt(staff.lockedUntil, now)))
    .get()?.until ?? undefined;

/** A right password ends the run of failures, unless a parallel attempt locked the account meanwhile (false then). */
export function clearFailures(db: DbOrTx, id: number, lastLoginAt?: string): boolean {
  return !!db
    .update(staff)
    .set({ failedLogins: 0, ...(lastLoginAt ? { lastLoginAt } : {}) })
    .where(and(eq(staff.id, id), isNull(staff.lockedUntil)))
    .returning({ id: staff.id })
    .get();
}

export function setOwnPassword(db: DbOrTx, id: number, passwordHash: string, at: string, version: number) {
  db.update(staff)
    .set({ passwordHash, mustChangePassword: false, passwordChangedAt: at, updatedAt: at, version })
    .where(eq(staff.id, id))
    .run();
}
