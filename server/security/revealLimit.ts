import { z } from 'zod';
import type { AppContext } from '../context';
import type { Actor } from '../domain/roles';
import { AppError } from '../domain/errors';
import { recordAudit, type AuditEntry } from '../audit/record';
import { getSetting } from '../modules/settings/settings.service';
import { revealsSince } from './reveals.repo';

/** The audit actions that count as a reveal of personal data (see reveals.repo.ts). */
export type RevealAction = `${string}.pii_reveal` | 'files.view';

const HOUR = 3_600_000;

/** `GET …/pii?reason=…`: every reveal of personal data says why (picked from the common reasons or typed); the audit row keeps it. */
export const RevealQuery = z.object({
  reason: z
    .string({ error: '请填写查看原因' })
    .trim()
    .min(2, '请填写查看原因（至少 2 个字）')
    .max(100, '查看原因不能超过 100 个字'),
});

/**
 * Every reveal of personal data — a /pii answer, an opened ID image — goes through here: within the
 * staff member's hourly limit it writes the reveal's audit row; beyond it, an `<action>_refused` row
 * and 429. Checked and recorded in one immediate transaction, so two tabs cannot both take the last one.
 */
export function recordReveal(
  ctx: AppContext,
  { reason, ...given }: Omit<AuditEntry, 'action' | 'at'> & { actor: Actor; action: RevealAction; reason?: string },
) {
  const entry = reason ? { ...given, summary: `${given.summary ?? ''}；查看原因：${reason}` } : given;
  const now = ctx.clock.now();
  const at = now.toISOString();
  const refused = ctx.db.transaction(
    (tx) => {
      const limit = getSetting(tx, 'pii.revealLimitPerHour');
      const used = revealsSince(tx, entry.actor.id, new Date(now.getTime() - HOUR).toISOString());
      if (used.count < limit) {
        recordAudit(tx, { ...entry, at });
        return null;
      }
      recordAudit(tx, {
        ...entry,
        action: `${entry.action}_refused`,
        summary: `超出每小时 ${limit} 次上限，未予显示：${entry.summary ?? ''}`,
        at,
      });
      const freeAt = new Date(used.oldest!).getTime() + HOUR;
      return { limit, minutes: Math.max(1, Math.ceil((freeAt - now.getTime()) / 60_000)) };
    },
    { behavior: 'immediate' },
  );
  if (refused) {
    throw new AppError(
      429,
      `您一小时内查看个人敏感信息已达 ${refused.limit} 次上限，请约 ${refused.minutes} 分钟后再试；如确因工作需要，请联系系统管理员调整业务设置`,
    );
  }
}
