import type { StaffRole } from './roles';

/**
 * 委托 (delegation on leave), as pure rules: a title reviewer names a colleague of the same org to act
 * on their work for a range of Beijing calendar dates (YYYY-MM-DD, which compare as strings).
 */
export interface DelegationSpan {
  id: number;
  delegatorId: number;
  delegateId: number;
  startDate: string;
  endDate: string;
  endedAt: string | null;
}

export type DelegationStatus = 'scheduled' | 'active' | 'expired' | 'ended';
export const DELEGATION_STATUSES = ['scheduled', 'active', 'expired', 'ended'] as const;

/** Active = not ended and today within [startDate, endDate]. */
export function delegationStatusOn(d: Omit<DelegationSpan, 'id' | 'delegatorId' | 'delegateId'>, today: string) {
  if (d.endedAt) return 'ended';
  if (today < d.startDate) return 'scheduled';
  return today > d.endDate ? 'expired' : 'active';
}

const overlaps = (a: { startDate: string; endDate: string }, b: { startDate: string; endDate: string }) =>
  a.startDate <= b.endDate && b.startDate <= a.endDate;

export interface DelegationPerson {
  id: number;
  name: string;
  orgId: number | null;
  roles: readonly StaffRole[];
  status: string;
}

export interface NewDelegation {
  delegator: DelegationPerson | undefined;
  delegate: DelegationPerson | undefined;
  startDate: string;
  endDate: string;
}

const range = (d: { startDate: string; endDate: string }) => `${d.startDate} 至 ${d.endDate}`;
const isReviewer = (p: DelegationPerson) => p.status === 'active' && p.roles.includes('title_reviewer');

/**
 * The field errors of a new delegation, given the delegations not ended that name either person
 * (`others`): both active title reviewers of one org, not oneself, a range that ends on or after it
 * starts and not before today, no overlap with the delegator's own, and no chain — during the range
 * the delegate delegates nothing and the delegator acts for nobody.
 */
export function delegationProblems(n: NewDelegation, others: readonly DelegationSpan[], today: string) {
  const errors: Record<string, string> = {};
  const { delegator, delegate } = n;
  if (!delegator) errors.delegatorId = '委托人不存在';
  else if (!isReviewer(delegator)) errors.delegatorId = '委托人须为在岗的职称审核员';
  if (!delegate) errors.delegateId = '被委托人不存在';
  else if (delegator && delegate.id === delegator.id) errors.delegateId = '不能委托给自己';
  else if (!isReviewer(delegate)) errors.delegateId = '被委托人须为在岗的职称审核员';
  else if (delegator && (delegator.orgId == null || delegate.orgId !== delegator.orgId))
    errors.delegateId = '被委托人须与委托人同一审核机构';
  if (n.endDate < n.startDate) errors.endDate = '结束日期不能早于开始日期';
  else if (n.endDate < today) errors.endDate = '结束日期不能早于今天';
  if (Object.keys(errors).length || !delegator || !delegate) return errors;
  const live = others.filter((o) => !o.endedAt && overlaps(o, n));
  const own = live.find((o) => o.delegatorId === delegator.id);
  if (own) errors.startDate = `与已有委托 #${own.id}（${range(own)}）的期间重叠`;
  const acting = live.find((o) => o.delegateId === delegator.id);
  if (acting) errors.delegatorId = `委托人在此期间正代他人审核（委托 #${acting.id}，${range(acting)}），不能再委托`;
  const away = live.find((o) => o.delegatorId === delegate.id);
  if (away) errors.delegateId = `被委托人在此期间已委托他人（委托 #${away.id}，${range(away)}），不能转委托`;
  return errors;
}
