import type { AppContext } from '../context';
import { SECRET_PLACEHOLDER } from './outbox';
import { dueNotifications, updateNotification } from './outbox.repo';
import type { SmsProvider } from './providers';

const BATCH = 20;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 3_600_000;

/** 30 s, 1 min, 2 min … capped at an hour. */
export const retryDelayMs = (attempts: number) =>
  Math.min(BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);

/**
 * Sends what is due. A row stays `queued` until the provider accepts it, so a gateway that is down
 * loses nothing; after `maxAttempts` failures it becomes `failed` with the last error, for staff to resend.
 */
export function createSmsDispatcher(ctx: AppContext, provider: SmsProvider) {
  let running = false;

  async function runOnce(): Promise<{ sent: number; failed: number }> {
    if (running) return { sent: 0, failed: 0 };
    running = true;
    let sent = 0;
    let failed = 0;
    try {
      const now = ctx.clock.now().toISOString();
      const due = dueNotifications(ctx.db, now, BATCH);
      for (const sms of due) {
        const text = sms.secret ? sms.content.replaceAll(SECRET_PLACEHOLDER, sms.secret) : sms.content;
        const attempts = sms.attempts + 1;
        try {
          await provider.send(sms.phone, text);
          const at = ctx.clock.now().toISOString();
          // The one-time secret has reached the phone; it is not kept at rest any longer.
          updateNotification(ctx.db, sms.id, {
            status: 'sent',
            attempts,
            sentAt: at,
            lastError: null,
            secret: null,
            provider: provider.name,
            updatedAt: at,
            version: sms.version + 1,
          });
          sent++;
        } catch (err) {
          const at = ctx.clock.now();
          const giveUp = attempts >= ctx.config.sms.maxAttempts;
          updateNotification(ctx.db, sms.id, {
            status: giveUp ? 'failed' : 'queued',
            attempts,
            lastError: String((err as Error)?.message ?? err).slice(0, 500),
            nextAttemptAt: new Date(at.getTime() + retryDelayMs(attempts)).toISOString(),
            provider: provider.name,
            updatedAt: at.toISOString(),
            version: sms.version + 1,
          });
          if (giveUp) failed++;
          ctx.logger.warn({ smsId: sms.id, attempts, err: (err as Error)?.message }, 'sms send failed');
        }
      }
    } finally {
      running = false;
    }
    return { sent, failed };
  }

  let timer: NodeJS.Timeout | undefined;
  return {
    runOnce,
    start(intervalMs: number) {
      timer = setInterval(() => void runOnce().catch((err) => ctx.logger.error({ err }, 'sms dispatcher')), intervalMs);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
    },
  };
}

export type SmsDispatcher = ReturnType<typeof createSmsDispatcher>;
