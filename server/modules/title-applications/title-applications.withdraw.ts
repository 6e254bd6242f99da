import type { AppContext } from '../../context';
import type { Tx } from '../../../db/client';
import { notFound } from '../../domain/errors';
import type { Actor } from '../../domain/roles';
import { titleLabels } from '../../domain/workflows/titleApplications.workflow';
import { planWithdraw } from '../../domain/workflows/titleReview.planner';
import { findVisibleTitleApplication } from './title-applications.repo';
import type { WithdrawInput } from './title-applications.schemas';
import { get, save } from './title-applications.service';
import { lastMoveOf, markWithdrawn } from './withdrawUrge.repo';

/** `11-02 09:30`, Beijing time: when the next level acted, in a refusal. */
const beijingTime = (at: string) =>
  new Date(Date.parse(at) + 8 * 3_600_000).toISOString().slice(5, 16).replace('T', ' ');

const STEP_VERB: Record<string, string> = {
  claimed: '已领取',
  reassigned: '已转派',
  reviewed: '已审核',
  forwarded: '已送审',
  resubmitted: '已重新提交',
  withdrawn: '已撤回',
};

/**
 * 撤回 (issue 13 item 3): the reviewer who passed it takes the pass back (待审 again), or the org that
 * sent it up takes it back down (待送审 again there) while the next level has not claimed or reviewed it.
 * One immediate transaction: a claim at the next level and this withdrawal cannot both win; the loser is
 * told who acted. Taken out of a batch, only this item is marked; the batch stays where it went.
 */
export function withdraw(ctx: AppContext, actor: Actor, id: number, input: WithdrawInput) {
  const at = ctx.clock.now().toISOString();
  ctx.db.transaction((tx) => withdrawIn(tx, actor, id, input, at), { behavior: 'immediate' });
  return get(ctx, actor, id);
}

/** The withdrawal inside the caller's transaction, at `at` (the service's clock; the demo seed's past). */
export function withdrawIn(tx: Tx, actor: Actor, id: number, input: WithdrawInput, at: string) {
  const r = findVisibleTitleApplication(tx, actor.orgId, id);
  if (!r) throw notFound('申报不存在或不在本机构的审核范围内');
  const last = lastMoveOf(tx, id);
  // Who acted since it was sent up: the last step, unless it is the sending itself.
  const actedBy =
    last && last.kind !== 'forwarded' && last.step === r.app.currentStep
      ? `${last.orgName ?? ''}${last.actorName ?? ''} ${beijingTime(last.at)} ${STEP_VERB[last.kind] ?? titleLabels.state(r.app.status)}`
      : null;
  const batchId = last?.kind === 'forwarded' ? last.batchId : null;
  const plan = planWithdraw(
    { ...r.app, assigneeName: r.assigneeName, currentOrgName: r.currentOrgName },
    input,
    actor,
    at,
    { actedBy, batchId },
  );
  save(tx, actor, r.app, plan);
  if (plan.event === 'withdrawForward' && batchId) markWithdrawn(tx, batchId, id, at);
}
