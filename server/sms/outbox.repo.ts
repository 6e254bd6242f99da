import { and, asc, eq, lte } from 'drizzle-orm';
import { notifications } from '../../db/schema';
import type { Db } from '../../db/client';

/** Queued messages whose next attempt is due, oldest first. */
export const dueNotifications = (db: Db, now: string, limit: number) =>
  db
    .select()
    .from(notifications)
    .where(and(eq(notifications.status, 'queued'), lte(notifications.nextAttemptAt, now)))
    .orderBy(asc(notifications.nextAttemptAt))
    .limit(limit)
    .all();

export function updateNotification(db: Db, id: number, set: Partial<typeof notifications.$inferInsert>) {
  db.update(notifications).set(set).where(eq(notifications.id, id)).run();
}
