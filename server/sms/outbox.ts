import { notifications } from '../../db/schema';
import type { Tx } from '../../db/client';

export interface QueuedSms {
  phone: string;
  /** May contain `{{secret}}`, replaced by `secret` only when the provider sends it. */
  content: string;
  secret?: string;
  relatedType?: string;
  relatedId?: number;
  at: string;
}

/** Queues an SMS inside the caller's transaction: it is sent only if the change commits. */
export function queueSms(tx: Tx, sms: QueuedSms): number {
  const row = tx
    .insert(notifications)
    .values({
      phone: sms.phone,
      content: sms.content,
      secret: sms.secret ?? null,
      status: 'queued',
      nextAttemptAt: sms.at,
      relatedType: sms.relatedType ?? null,
      relatedId: sms.relatedId ?? null,
      createdAt: sms.at,
      updatedAt: sms.at,
    })
    .returning({ id: notifications.id })
    .get();
  return row.id;
}

export const SECRET_PLACEHOLDER = '{{secret}}';

/** What staff see: the secret never leaves the outbox in a response. */
export const contentForStaff = (content: string) => content.replaceAll(SECRET_PLACEHOLDER, '******');
