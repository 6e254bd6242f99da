import type { AppContext } from '../../context';
import { AppError, forbidden } from '../../domain/errors';
import type { Actor } from '../../domain/roles';
import type { BatchReviewInput } from './title-applications.schemas';
import { reviewOne } from './title-applications.service';
import { batchPassByPlan, orgOf, plansOf } from './title-stats.repo';

export interface BatchReviewOutcome {
  id: number;
  outcome: 'passed' | 'refused';
  reason: string | null;
}

/**
 * 批量通过 above the employer unit: each application is its own review (the same rules, step, audit
 * row and SMS as one passed on its page, in its own transaction), so one refused does not stop the
 * rest; the answer says what became of each. The employer unit reviews one by one (its reviewers
 * check the modules first-hand), and a plan may switch batch pass off for every level.
 */
export function batchReview(ctx: AppContext, actor: Actor, input: BatchReviewInput): BatchReviewOutcome[] {
  const org = actor.orgId == null ? undefined : orgOf(ctx.db, actor.orgId);
  if (!org || org.level === 'unit') throw forbidden('用人单位一级须逐条审核，不能批量通过');
  const planOf = plansOf(ctx.db, input.ids);
  const allowed = batchPassByPlan(ctx.db, [...new Set(planOf.values())]);
  return input.ids.map((id) => {
    const planId = planOf.get(id);
    if (planId !== undefined && !allowed.get(planId))
      return { id, outcome: 'refused', reason: '该申报事项不允许批量通过，请逐条审核' };
    try {
      reviewOne(ctx, actor, id, {
        result: 'pass',
        opinion: input.opinion,
        moduleErrors: [],
        returnTo: null,
        resubmitTo: null,
      });
      return { id, outcome: 'passed', reason: null };
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      return { id, outcome: 'refused', reason: err.message };
    }
  });
}
