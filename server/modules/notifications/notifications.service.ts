import { NOTIFICATION_STATUSES } from '../../../db/schema/foundation';
import type { AppContext } from '../../context';
import { conflict, notFound, staleVersion } from '../../domain/errors';
import { can } from '../../domain/policy';
import type { Actor } from '../../domain/roles';
import { maskPhone } from '../../domain/validators';
import { recordAudit } from '../../audit/record';
import type { ListParams } from '../../../db/lists';
import {
  countNotificationsByStatus,
  findNotification,
  listNotifications,
  requeueNotification,
  type NotificationRow,
} from './notifications.repo';
import { contentForStaff } from '../../sms/outbox';

/** The secret and the full number never leave the outbox. */
function present(actor: Actor, n: NotificationRow) {
  const { secret: _secret, ...rest } = n;
  return {
    ...rest,
    phone: maskPhone(n.phone),
    content: contentForStaff(n.content),
    allowedActions: n.status === 'failed' && can(actor, 'notifications.resend') ? ['resend'] : [],
  };
}

export function list(ctx: AppContext, actor: Actor, p: ListParams) {
  const { rows, total } = listNotifications(ctx.db, p);
  return { rows: rows.map((n) => present(actor, n)), total };
}

export function get(ctx: AppContext, actor: Actor, id: number) {
  const n = findNotification(ctx.db, id);
  if (!n) throw notFound('短信记录不存在');
  return present(actor, n);
}

/** Counts per status for the dashboard (each bounded, like every list total). */
export const stats = (ctx: AppContext) =>
  Object.fromEntries(NOTIFICATION_STATUSES.map((s) => [s, countNotificationsByStatus(ctx.db, s)]));

/** A failed SMS goes back to the queue with a fresh attempt budget. */
export function resend(ctx: AppContext, actor: Actor, id: number, version: number) {
  const at = ctx.clock.now().toISOString();
  ctx.db.transaction(
    (tx) => {
      const n = findNotification(tx, id);
      if (!n) throw notFound('短信记录不存在');
      if (n.version !== version) throw staleVersion();
      if (n.status !== 'failed') throw conflict('只有发送失败的短信可以重新发送');
      requeueNotification(tx, id, version, at);
      recordAudit(tx, {
        actor,
        action: 'notifications.resend',
        resource: 'notifications',
        resourceId: id,
        summary: `重新发送短信至 ${maskPhone(n.phone)}`,
        at,
      });
    },
    { behavior: 'immediate' },
  );
  return get(ctx, actor, id);
}
