import { and, eq, or, type SQL } from 'drizzle-orm';
import { notifications } from '../../../db/schema';
import { NOTIFICATION_STATUSES } from '../../../db/schema/foundation';
import type { Db, DbOrTx } from '../../../db/client';
import {
  boundedCount,
  dateBound,
  enumFilter,
  intFilter,
  like,
  piiSearch,
  type ListParams,
  type ListSpec,
} from '../../../db/lists';

export type NotificationRow = typeof notifications.$inferSelect;

export const notificationListSpec: ListSpec = {
  resource: 'notifications',
  table: notifications,
  idColumn: notifications.id,
  sortable: {
    id: notifications.id,
    createdAt: notifications.createdAt,
    status: notifications.status,
    sentAt: notifications.sentAt,
    attempts: notifications.attempts,
  },
  filters: {
    status: enumFilter(notifications.status, NOTIFICATION_STATUSES),
    relatedType: (v) => eq(notifications.relatedType, String(v)),
    relatedId: intFilter(notifications.relatedId),
    createdAt_gte: dateBound(notifications.createdAt, 'gte'),
    createdAt_lte: dateBound(notifications.createdAt, 'lte'),
  },
  // Staff search by the last 4 digits a caller reads out (or the whole number); any other text is the message's.
  search: (q): SQL | undefined =>
    or(piiSearch(notifications.phone, q), /^\d{4}$/.test(q) ? undefined : like(notifications.content, q, 'contains')),
  defaultSort: ['id', 'DESC'],
};

export function listNotifications(db: Db, p: ListParams) {
  const rows = db
    .select()
    .from(notifications)
    .where(p.where)
    .orderBy(...p.orderBy)
    .limit(p.limit)
    .offset(p.offset)
    .all();
  return { rows, total: boundedCount(db, notifications, p.where) };
}

export const findNotification = (db: DbOrTx, id: number) =>
  db.select().from(notifications).where(eq(notifications.id, id)).get();

export const countNotificationsByStatus = (db: Db, status: NotificationRow['status']) =>
  boundedCount(db, notifications, eq(notifications.status, status));

/** Back to the queue with a fresh attempt budget; only if nobody changed it since `version`. */
export function requeueNotification(db: DbOrTx, id: number, version: number, at: string) {
  db.update(notifications)
    .set({ status: 'queued', attempts: 0, nextAttemptAt: at, updatedAt: at, version: version + 1 })
    .where(and(eq(notifications.id, id), eq(notifications.version, version)))
    .run();
}
