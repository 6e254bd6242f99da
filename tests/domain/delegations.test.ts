import { describe, expect, it } from 'vitest';
import { delegationProblems, delegationStatusOn, type DelegationPerson } from '../../server/domain/delegations';

const reviewer = (id: number, orgId = 1): DelegationPerson => ({
  id,
  name: `审核员${id}`,
  orgId,
  roles: ['title_reviewer'],
  status: 'active',
});
const today = '2026-11-02';
const span = (over: Partial<Parameters<typeof delegationProblems>[1][number]>) => ({
  id: 9,
  delegatorId: 1,
  delegateId: 2,
  startDate: '2026-11-03',
  endDate: '2026-11-05',
  endedAt: null,
  ...over,
});
const problems = (
  over: Partial<Parameters<typeof delegationProblems>[0]> = {},
  others: Parameters<typeof delegationProblems>[1] = [],
) =>
  delegationProblems(
    { delegator: reviewer(1), delegate: reviewer(2), startDate: '2026-11-04', endDate: '2026-11-06', ...over },
    others,
    today,
  );

describe('delegation rules', () => {
  it('when two reviewers of one org and a range ahead, then there is no problem', () => {
    expect(problems()).toEqual({});
  });

  it.each([
    ['another org', { delegate: reviewer(2, 7) }, 'delegateId'],
    ['oneself', { delegate: reviewer(1) }, 'delegateId'],
    ['not a reviewer', { delegate: { ...reviewer(2), roles: ['appeal_agent' as const] } }, 'delegateId'],
    ['a disabled delegator', { delegator: { ...reviewer(1), status: 'disabled' } }, 'delegatorId'],
    ['an end before the start', { endDate: '2026-11-03' }, 'endDate'],
    ['an end before today', { startDate: '2026-10-01', endDate: '2026-11-01' }, 'endDate'],
  ])('when %s, then the field %s… is named', (_what, over, field) => {
    expect(Object.keys(problems(over))).toEqual([field]);
  });

  it('when the delegator already delegates over part of the range, then it overlaps; touching ranges do too, disjoint or ended ones do not', () => {
    expect(problems({}, [span({ delegateId: 3 })]).startDate).toContain('#9');
    expect(problems({}, [span({ startDate: '2026-11-06', endDate: '2026-11-09' })]).startDate).toBeDefined();
    expect(problems({}, [span({ startDate: '2026-11-07', endDate: '2026-11-09' })])).toEqual({});
    expect(problems({}, [span({ endedAt: '2026-11-02T01:00:00.000Z' })])).toEqual({});
  });

  it('when the delegator acts for someone then, or the delegate is away then, then it would be a chain', () => {
    expect(problems({}, [span({ delegatorId: 5, delegateId: 1 })]).delegatorId).toContain('正代他人审核');
    expect(problems({}, [span({ delegatorId: 2, delegateId: 5 })]).delegateId).toContain('已委托他人');
    // Outside the range, neither is a chain.
    expect(problems({}, [span({ delegatorId: 2, delegateId: 5, endDate: '2026-11-03' })])).toEqual({});
  });

  it('when judged on a day, then scheduled, active (both ends included), expired or ended', () => {
    const d = { startDate: '2026-11-03', endDate: '2026-11-05', endedAt: null };
    expect(['2026-11-02', '2026-11-03', '2026-11-05', '2026-11-06'].map((day) => delegationStatusOn(d, day))).toEqual([
      'scheduled',
      'active',
      'active',
      'expired',
    ]);
    expect(delegationStatusOn({ ...d, endedAt: '2026-11-04T00:00:00Z' }, '2026-11-04')).toBe('ended');
  });
});
