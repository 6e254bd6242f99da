import { and, eq, or, type SQL } from 'drizzle-orm';
import { notifications } from '../../../db/schema';
import { NOTIFICATION_STATUSES } from '../../../db/schema/foundation';
import type { AppContext } from '../../context';
import { conflict, notFound, staleVersion } from '../../domain/errors';
import { can } from '../../domain/policy';
import type { Actor } from '../../domain/roles';
import { maskPhone } from '../../domain/validators';
import { recordAudit } from '../../audit/record';
import { boundedCount, dateBound, enumFilter, intFilter, like, piiSearch, type ListParams, type ListSpec } from '../../../db/lists';
import { contentForStaff } from '../../sms/outbox';

type Row = typeof notifications.$inferSelect;

export const notificationListSpec: ListSpec = {
  resource: 'notifications',
  table: notifications,
  idColumn: notifications.id,
  sortable: { id: notifications.id, createdAt: notifications.createdAt, status: notifications.status, sentAt: notifications.sentAt, attempts: notifications.attempts },
  filters: {
    status: enumFilter(notifications.status, NOTIFICATION_STATUSES),
    relatedType: (v) => eq(notifications.relatedType, String(v)),
    relatedId: intFilter(notifications.relatedId),
    createdAt_gte: dateBound(notifications.createdAt, 'gte'),
    createdAt_lte: dateBound(notifications.createdAt, 'lte'),
  },
  // Staff search by the last 4 digits a caller reads out (or the whole number); any other text is the message's.
  search: (q): SQL | undefined => or(piiSearch(notifications.phone, q), /^\d{4}$/.test(q) ? undefined : like(notifications.content, q, 'contains')),
  defaultSort: ['id', 'DESC'],
};

/** The secret and the full number never leave the outbox. */
function present(actor: Actor, n: Row) {
  const { secret: _secret, ...rest } = n;
  return {
    ...rest,
    phone: maskPhone(n.phone),
    content: contentForStaff(n.content),
    allowedActions: n.status === 'failed' && can(actor, 'notifications.resend') ? ['resend'] : [],
  };
}

const find = (ctx: AppContext, id: number) => ctx.db.select().from(notifications).where(eq(notifications.id, id)).get();

export function list(ctx: AppContext, actor: Actor, p: ListParams) {
  const rows = ctx.db.select().from(notifications).where(p.where).orderBy(...p.orderBy).limit(p.limit).offset(p.offset).all();
  return { rows: rows.map((n) => present(actor, n)), total: boundedCount(ctx.db, notifications, p.where) };
}

export function get(ctx: AppContext, actor: Actor, id: number) {
  const n = find(ctx, id);
  if (!n) throw notFound('短信记录不存在');
  return present(actor, n);
}

/** Counts per status for the dashboard (each bounded, like every list total). */
export const stats = (ctx: AppContext) => Object.fromEntries(NOTIFICATION_STATUSES.map((s) => [s, boundedCount(ctx.db, notifications, eq(notifications.status, s))]));

/** A failed SMS goes back to the queue with a fresh attempt budget. */
export function resend(ctx: AppContext, actor: Actor, id: number, version: number) {
  const at = ctx.clock.now().toISOString();
  ctx.db.transaction(
    (tx) => {
      const n = tx.select().from(notifications).where(eq(notifications.id, id)).get();
      if (!n) throw notFound('短信记录不存在');
      if (n.version !== version) throw staleVersion();
      if (n.status !== 'failed') throw conflict('只有发送失败的短信可以重新发送');
      tx.update(notifications)
        .set({ status: 'queued', attempts: 0, nextAttemptAt: at, updatedAt: at, version: version + 1 })
        .where(and(eq(notifications.id, id), eq(notifications.version, version)))
        .run();
      recordAudit(tx, { actor, action: 'notifications.resend', resource: 'notifications', resourceId: id, summary: `重新发送短信至 ${maskPhone(n.phone)}`, at });
    },
    { behavior: 'immediate' },
  );
  return get(ctx, actor, id);
}
