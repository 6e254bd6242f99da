import { eq, and, ne, sql } from 'drizzle-orm';
import { staff, staffSessions } from '../../db/schema';
import type { Db, DbOrTx, Tx } from '../../db/client';

export function insertSession(db: DbOrTx, tokenHash: string, staffId: number, at: string, ip: string | undefined) {
  db.insert(staffSessions).values({ tokenHash, staffId, createdAt: at, lastSeenAt: at, ip }).run();
}

export function deleteSession(db: DbOrTx, tokenHash: string) {
  db.delete(staffSessions).where(eq(staffSessions.tokenHash, tokenHash)).run();
}

export function deleteSessionsOf(tx: Tx, staffId: number, keepTokenHash?: string) {
  tx.delete(staffSessions)
    .where(
      keepTokenHash
        ? and(eq(staffSessions.staffId, staffId), ne(staffSessions.tokenHash, keepTokenHash))
        : eq(staffSessions.staffId, staffId),
    )
    .run();
}

/** The session and its staff member by token hash, prepared once: it runs on every request. Call `.get({ tokenHash })`. */
export const prepareSessionLookup = (db: Db) =>
  db
    .select({ session: staffSessions, staff })
    .from(staffSessions)
    .innerJoin(staff, eq(staff.id, staffSessions.staffId))
    .where(eq(staffSessions.tokenHash, sql.placeholder('tokenHash')))
    .prepare();

export function touchSession(db: Db, tokenHash: string, at: string) {
  db.update(staffSessions).set({ lastSeenAt: at }).where(eq(staffSessions.tokenHash, tokenHash)).run();
}
