import type { SeedContext } from './context';
import { addDays, beijingDate } from '../../server/domain/workingDays';
import { delegationProblems } from '../../server/domain/delegations';
import { insertDelegation, personOf } from '../../server/modules/delegations/delegations.repo';

/** 委托: shenhe_unit is on leave and shenhe_unit2 acts for them, active on the demo's today. */
export function seedDelegations(ctx: SeedContext) {
  const today = beijingDate(ctx.now);
  const at = ctx.now.toISOString();
  const delegator = personOf(ctx.db, ctx.staffIds.shenhe_unit);
  const delegate = personOf(ctx.db, ctx.staffIds.shenhe_unit2);
  const d = { delegator, delegate, startDate: addDays(today, -1), endDate: addDays(today, 13) };
  // The seed passes the same rules as the console's form.
  const problems = delegationProblems(d, [], today);
  if (Object.keys(problems).length) throw new Error(`演示委托不符合规则：${JSON.stringify(problems)}`);
  insertDelegation(ctx.db, {
    orgId: delegator!.orgId!,
    delegatorId: delegator!.id,
    delegateId: delegate!.id,
    startDate: d.startDate,
    endDate: d.endDate,
    reason: '休年假',
    createdById: delegator!.id,
    createdAt: at,
    updatedAt: at,
  });
  ctx.log('委托 1 条');
}
