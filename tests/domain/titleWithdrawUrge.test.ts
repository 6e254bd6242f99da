import { describe, expect, it } from 'vitest';
import {
  titleActions,
  urgeRefusal,
  withdrawMove,
  type ActionContext,
} from '../../server/domain/workflows/titleApplications.workflow';
import { planUrge, planWithdraw, type PlannedApplication } from '../../server/domain/workflows/titleReview.planner';
import { clockAfter } from '../../server/domain/titleDeadlines';

// A senior chain from a hospital: unit → department → city → province.
const [UNIT, DEPT, CITY, PROV] = [15, 12, 2, 1];
const chain = [
  { orgId: UNIT, name: '长春市中心医院', level: 'unit' },
  { orgId: DEPT, name: '长春市卫生健康委员会', level: 'department' },
  { orgId: CITY, name: '长春市人力资源和社会保障局', level: 'city' },
  { orgId: PROV, name: '吉林省人力资源和社会保障厅', level: 'province' },
] as const;
const passer = { id: 7, orgId: DEPT };
const colleague = { id: 8, orgId: DEPT };
const city = { id: 9, orgId: CITY };

/** Sent up from DEPT to CITY by batch: 待审 at the city, nobody there has touched it. */
const sentUp = (over: Partial<ActionContext> = {}): ActionContext => ({
  status: 'pending',
  currentStep: 2,
  chain,
  currentOrgId: CITY,
  assigneeId: null,
  arrivedVia: 'forward',
  ...over,
});
/** Passed at DEPT by the passer, not batched yet. */
const passed = (over: Partial<ActionContext> = {}): ActionContext => ({
  status: 'awaiting_submission',
  currentStep: 1,
  chain,
  currentOrgId: DEPT,
  assigneeId: passer.id,
  arrivedVia: 'forward',
  ...over,
});

describe('withdrawMove: the withdraw transitions, allowed before the next level acts and refused after', () => {
  const cases: [string, ActionContext, { id: number; orgId: number }, string | null][] = [
    // allowed
    ['a pass not yet batched, by the reviewer who passed it', passed(), passer, 'withdrawPass'],
    ['a batch sent up, nobody at the next level has claimed it, by the passer', sentUp(), passer, 'withdrawForward'],
    ['a batch sent up, untouched, by a colleague of the sending org', sentUp(), colleague, 'withdrawForward'],
    // refused: the next level acted
    ['the next level claimed it', sentUp({ assigneeId: city.id }), passer, null],
    [
      'the next level passed it (待送审 there)',
      sentUp({ status: 'awaiting_submission', assigneeId: city.id }),
      passer,
      null,
    ],
    ['the next level returned it to the applicant', sentUp({ status: 'returned' }), passer, null],
    ['the next level rejected it', sentUp({ status: 'rejected', assigneeId: city.id }), passer, null],
    ['it went on above the next level', sentUp({ currentStep: 3, currentOrgId: PROV }), passer, null],
    [
      'it came back down to the next level by a return (not a send)',
      sentUp({ arrivedVia: 'returnToLevel' }),
      passer,
      null,
    ],
    ['it came back to the next level by a resubmission', sentUp({ arrivedVia: 'resubmit' }), passer, null],
    // refused: nothing of the actor's to take back
    ['a pass by a colleague', passed(), colleague, null],
    ['not passed yet at the actor’s level', passed({ status: 'pending' }), passer, null],
    ['the actor’s org is above it', sentUp(), { id: 10, orgId: PROV }, null],
    ['the actor’s org is not in its chain', sentUp(), { id: 11, orgId: 99 }, null],
  ];
  for (const [when, a, actor, event] of cases)
    it(`when ${when}, then ${event ?? 'it is refused'}`, () => {
      const move = withdrawMove(a, actor);
      if (event) expect(move).toEqual({ event, step: event === 'withdrawPass' ? a.currentStep : a.currentStep - 1 });
      else expect(move).toHaveProperty('refusal');
      expect(titleActions(a, { ...actor, roles: ['title_reviewer'] }).includes('withdraw')).toBe(!!event);
    });

  it('when the next level acted, then the refusal names who did', () => {
    expect(withdrawMove(sentUp({ assigneeId: city.id }), passer, '赵丽 11-02 09:30 已领取')).toEqual({
      refusal: '上级已办理该申报（赵丽 11-02 09:30 已领取），不能撤回',
    });
  });

  it('when a non-reviewer is at the sending org, then withdraw is not offered', () => {
    expect(titleActions(sentUp(), { ...passer, roles: ['sysadmin'] })).not.toContain('withdraw');
  });

  it('when a batch is taken back down, then the sender’s clock restarts; a pass taken back keeps it', () => {
    const before = { levelSince: '2026-10-20', levelPauses: [] };
    expect(clockAfter('withdrawForward', before, '2026-11-02')).toEqual({ levelSince: '2026-11-02', levelPauses: [] });
    expect(clockAfter('withdrawPass', before, '2026-11-02')).toEqual(before);
  });
});

const planned = (a: ActionContext): PlannedApplication => ({
  ...a,
  id: 12,
  applicantName: '王秀兰',
  level: 'associate_senior',
  chain,
  currentOrgId: a.currentOrgId!,
  returnedModules: null,
  returnedFromStep: null,
  resubmitTo: null,
  revision: 1,
  version: 4,
  updatedAt: '2026-11-01T01:00:00.000Z',
  resubmittedAt: null,
  decidedAt: null,
  levelSince: '2026-11-01',
  levelPauses: [],
  arrivedVia: a.arrivedVia ?? null,
});
const mover = (m: { id: number; orgId: number }) => ({ ...m, name: '陈刚', roles: ['title_reviewer'] as const });

describe('planWithdraw: what a withdrawal writes', () => {
  it('when a batch is taken back, then it is 待送审 at the sender, held by the withdrawer, the step names the batch and the reason', () => {
    const plan = planWithdraw(
      planned(sentUp()),
      { reason: '漏附公示材料', version: 4 },
      mover(colleague),
      '2026-11-02T01:00:00.000Z',
      {
        batchId: 3,
      },
    );
    expect(plan.event).toBe('withdrawForward');
    expect(plan.patch).toMatchObject({
      status: 'awaiting_submission',
      currentStep: 1,
      currentOrgId: DEPT,
      assigneeId: colleague.id,
      arrivedVia: 'withdrawForward',
      levelSince: '2026-11-02',
      version: 5,
    });
    expect(plan.step).toMatchObject({ kind: 'withdrawn', step: 1, orgId: DEPT, opinion: '漏附公示材料', batchId: 3 });
    expect(plan.auditSummary).toContain('批次 #3');
    expect(plan.action).toBe('titleApplications.withdraw');
  });

  it('when a pass is taken back, then it is 待审 again at the same level with the same reviewer', () => {
    const plan = planWithdraw(
      planned(passed()),
      { reason: '复核发现学历有误' },
      mover(passer),
      '2026-11-02T01:00:00.000Z',
    );
    expect(plan.patch).toEqual(expect.objectContaining({ status: 'pending', version: 5 }));
    expect(plan.patch).not.toHaveProperty('currentStep');
    expect(plan.patch).not.toHaveProperty('assigneeId');
  });

  it('when the version is stale but the next level acted, then the refusal says who acted (not "refresh")', () => {
    expect(() =>
      planWithdraw(
        planned(sentUp({ assigneeId: city.id })),
        { reason: '漏附材料', version: 1 },
        mover(passer),
        '2026-11-02T01:00:00.000Z',
        {
          actedBy: '赵丽 已领取',
        },
      ),
    ).toThrow(expect.objectContaining({ status: 409, message: '上级已办理该申报（赵丽 已领取），不能撤回' }));
  });
});

describe('urgeRefusal: who may urge', () => {
  it('when a level above the holder urges a held application, then it may', () => {
    for (const status of ['pending', 'awaiting_submission'] as const) {
      expect(urgeRefusal(sentUp({ status, currentStep: 1, currentOrgId: DEPT }), CITY)).toBeNull();
      expect(urgeRefusal(sentUp({ status, currentStep: 1, currentOrgId: DEPT }), PROV)).toBeNull();
    }
  });

  it('when the holder itself, a level below, an org outside the chain, or a decided / returned application, then no', () => {
    const atDept = sentUp({ currentStep: 1, currentOrgId: DEPT });
    expect(urgeRefusal(atDept, DEPT)).toMatch('上级');
    expect(urgeRefusal(atDept, UNIT)).toMatch('上级');
    expect(urgeRefusal(atDept, 99)).toMatch('不在本机构的审核链中');
    expect(urgeRefusal(atDept, null)).toMatch('不在本机构的审核链中');
    for (const status of ['returned', 'rejected', 'approved'] as const)
      expect(urgeRefusal({ ...atDept, status }, CITY)).toMatch('无需催办');
  });

  it('when urged, then the plan records it at the urging level and names the holder, changing nothing else', () => {
    const plan = planUrge(
      planned(sentUp({ currentStep: 1, currentOrgId: DEPT })),
      '已超期，请尽快办理',
      mover(city),
      '2026-11-02T01:00:00.000Z',
    );
    expect(plan.heldOrg.orgId).toBe(DEPT);
    expect(plan.step).toMatchObject({ kind: 'urged', step: 2, orgId: CITY, opinion: '已超期，请尽快办理' });
    expect(plan).not.toHaveProperty('patch');
    expect(
      titleActions(sentUp({ currentStep: 1, currentOrgId: DEPT }), { ...city, roles: ['title_reviewer'] }),
    ).toEqual(['urge']);
  });
});
