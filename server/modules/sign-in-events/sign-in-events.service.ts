import crypto from 'node:crypto';
import type { AppContext } from '../../context';
import { maskIdNumber } from '../../domain/validators';
import { recordAudit } from '../../audit/record';
import type { ListParams } from '../../../db/lists';
import { getSetting } from '../settings/settings.service';
import { findUnitByUscc } from '../seals/seals.repo';
import * as repo from './sign-in-events.repo';
import { SIGN_IN_REASONS } from '../../../db/schema/seals';

const DAY = 86_400_000;

/**
 * Keyed so the stored hash cannot be reversed by hashing every possible ID number; the intake key is
 * the one secret every deployment already has (production refuses to start without it).
 */
export const hashIdWith = (key: string | undefined, idNumber: string) =>
  crypto
    .createHmac('sha256', `sign-in:${key ?? ''}`)
    .update(idNumber.trim().toUpperCase())
    .digest('hex');
export const idHash = (ctx: AppContext, idNumber: string) => hashIdWith(ctx.config.intakeKey, idNumber);

export interface SignInEventInput {
  uscc: string;
  method: 'essc_scan' | 'jishiban_scan' | 'password';
  idNumber: string;
  name: string;
  outcome: 'succeeded' | 'failed';
  reason?: (typeof import('../../../db/schema/seals').SIGN_IN_REASONS)[number];
  at: string;
}

/** Stored for any USCC (a failed scan may name a unit that has no account yet). */
export function receive(ctx: AppContext, e: SignInEventInput) {
  const receivedAt = ctx.clock.now().toISOString();
  const unit = findUnitByUscc(ctx.db, e.uscc);
  const id = repo.insertEvent(ctx.db, {
    unitId: unit?.id ?? null,
    uscc: e.uscc,
    method: e.method,
    name: e.name,
    idNumberMasked: maskIdNumber(e.idNumber),
    idHash: idHash(ctx, e.idNumber),
    outcome: e.outcome,
    reason: e.outcome === 'failed' ? (e.reason ?? 'other') : null,
    at: new Date(e.at).toISOString(),
    receivedAt,
  });
  return { id };
}

export function list(ctx: AppContext, p: ListParams) {
  return repo.listEvents(ctx.db, p);
}

/** Failures by reason since `days` days ago, for the appeal agents' dashboard. */
export function failureStats(ctx: AppContext, days: number) {
  const since = new Date(ctx.clock.now().getTime() - days * DAY).toISOString();
  const counts = new Map(repo.failuresByReason(ctx.db, since).map((r) => [r.reason, r.count]));
  // Every reason in the table's order, zeros included, so the dashboard's bars keep their places.
  return { since, days, reasons: SIGN_IN_REASONS.map((reason) => ({ reason, count: counts.get(reason) ?? 0 })) };
}

/** Drops events beyond the retention setting; the deletion itself is audited. */
export function prune(ctx: AppContext) {
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction(
    (tx) => {
      const days = getSetting(tx, 'signInEvents.retentionDays');
      const removed = repo.deleteOlderThan(tx, new Date(ctx.clock.now().getTime() - days * DAY).toISOString());
      if (removed)
        recordAudit(tx, {
          actor: null,
          action: 'signInEvents.prune',
          resource: 'sign-in-events',
          summary: `清理 ${days} 天前的扫码登录记录 ${removed} 条`,
          at,
        });
      return removed;
    },
    { behavior: 'immediate' },
  );
}

/** Once at start and then daily; index.ts starts it beside the SMS dispatcher. */
export function startPruning(ctx: AppContext) {
  const run = () => {
    try {
      prune(ctx);
    } catch (err) {
      ctx.logger.error({ err }, 'sign-in events prune');
    }
  };
  run();
  const timer = setInterval(run, DAY);
  timer.unref();
  return () => clearInterval(timer);
}
