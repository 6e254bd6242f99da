import { Router } from 'express';
import { and, eq, like as sqlLike, type SQL } from 'drizzle-orm';
import { notifications } from '../../../db/schema';
import { NOTIFICATION_STATUSES } from '../../../db/schema/foundation';
import type { AppContext } from '../../context';
import { conflict, notFound, staleVersion } from '../../domain/errors';
import { maskPhone } from '../../domain/validators';
import { recordAudit } from '../../audit/record';
import { actorOf, authorize } from '../../http/authorize';
import { boundedCount, dateBound, enumFilter, intFilter, parseListQuery, sendList, type ListSpec } from '../../http/listQuery';
import { idParam } from '../../http/params';
import { parse, versionField } from '../../http/validate';
import { z } from 'zod';
import { contentForStaff } from '../../sms/outbox';
import { can } from '../../domain/policy';
import type { Actor } from '../../domain/roles';

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
  // Staff search by the last digits a caller reads out, never by a full number shown on screen.
  search: (q): SQL | undefined => (/^\d{4}$/.test(q) ? sqlLike(notifications.phone, `%${q}`) : sqlLike(notifications.content, `%${q}%`)),
  defaultSort: ['id', 'DESC'],
};

/** The secret and the full number never leave the outbox. */
const present = (actor: Actor, n: Row) => {
  const { secret: _secret, ...rest } = n;
  return {
    ...rest,
    phone: maskPhone(n.phone),
    content: contentForStaff(n.content),
    allowedActions: n.status === 'failed' && can(actor, 'notifications.resend') ? ['resend'] : [],
  };
};

export function notificationRoutes(ctx: AppContext) {
  const r = Router();
  r.get('/', authorize('notifications.read'), (req, res) => {
    const p = parseListQuery(req.query, notificationListSpec);
    const rows = ctx.db.select().from(notifications).where(p.where).orderBy(...p.orderBy).limit(p.limit).offset(p.offset).all();
    sendList(res, 'notifications', p, rows.map((n) => present(actorOf(req), n)), boundedCount(ctx.db, notifications, p.where));
  });
  /** Counts per status for the dashboard (each bounded, like every list total). */
  r.get('/stats', authorize('notifications.read'), (_req, res) => {
    res.json(Object.fromEntries(NOTIFICATION_STATUSES.map((s) => [s, boundedCount(ctx.db, notifications, eq(notifications.status, s))])));
  });
  r.get('/:id', authorize('notifications.read'), (req, res) => {
    const n = ctx.db.select().from(notifications).where(eq(notifications.id, idParam(req))).get();
    if (!n) throw notFound('短信记录不存在');
    res.json(present(actorOf(req), n));
  });
  /** A failed SMS goes back to the queue with a fresh attempt budget. */
  r.post('/:id/resend', authorize('notifications.resend'), (req, res) => {
    const id = idParam(req);
    const { version } = parse(z.object({ version: versionField }), req.body);
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
        recordAudit(tx, { actor: actorOf(req), action: 'notifications.resend', resource: 'notifications', resourceId: id, summary: `重新发送短信至 ${maskPhone(n.phone)}`, at });
      },
      { behavior: 'immediate' },
    );
    const n = ctx.db.select().from(notifications).where(eq(notifications.id, id)).get()!;
    res.json(present(actorOf(req), n));
  });
  return r;
}
