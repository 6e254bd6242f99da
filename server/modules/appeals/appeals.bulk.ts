import type { AppContext } from '../../context';
import { AppError, invalid } from '../../domain/errors';
import type { Actor } from '../../domain/roles';
import { assign, claim } from './appeals.actions';
import { agents, findAppeal } from './appeals.repo';

export interface BulkOutcome {
  id: number;
  result: 'claimed' | 'assigned' | 'refused' | 'not_found';
  name?: string;
  /** Why this one was refused, as the single action would have said it (已由…领取, 已办结…). */
  reason?: string;
}

/**
 * Many appeals in one immediate transaction. Each goes through the single action itself (the same
 * table, the same rules, its event and its audit row), in a savepoint of its own: a refused one is
 * rolled back alone and answered with its reason, the others go through. The clerk acted on the list
 * as it was shown, so each is taken at its current version.
 */
function eachOf(
  ctx: AppContext,
  ids: number[],
  done: BulkOutcome['result'],
  act: (id: number, version: number) => void,
): BulkOutcome[] {
  return ctx.db.transaction(
    (tx) =>
      [...new Set(ids)].map((id): BulkOutcome => {
        const found = findAppeal(tx, id);
        if (!found) return { id, result: 'not_found' };
        const name = found.appeal.name;
        try {
          act(id, found.appeal.version);
          return { id, result: done, name };
        } catch (err) {
          if (err instanceof AppError && err.status < 500) return { id, result: 'refused', name, reason: err.message };
          throw err;
        }
      }),
    { behavior: 'immediate' },
  );
}

/** 批量领取: each selected appeal becomes the caller's (待受理 only; one already held says by whom). */
export function claimMany(ctx: AppContext, actor: Actor, ids: number[]): BulkOutcome[] {
  return eachOf(ctx, ids, 'claimed', (id, version) => claim(ctx, actor, id, version));
}

/** 批量转派 to one agent; an unknown or inactive agent refuses the whole request before anything moves. */
export function assignMany(ctx: AppContext, actor: Actor, ids: number[], assigneeId: number): BulkOutcome[] {
  if (!agents(ctx.db).some((s) => s.id === assigneeId))
    throw invalid('只能分派给在岗的申诉客服', { assigneeId: '请选择在岗的申诉客服' });
  return eachOf(ctx, ids, 'assigned', (id, version) => assign(ctx, actor, id, assigneeId, version));
}
