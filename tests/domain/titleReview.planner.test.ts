import { describe, expect, it } from 'vitest';
import type { ChainStep } from '../../server/domain/titleRouting';
import type { ReviewInput } from '../../server/domain/workflows/titleApplications.workflow';
import {
  planClaim,
  planForward,
  planReassign,
  planResubmit,
  planReview,
  planSubmission,
  type Mover,
  type PlannedApplication,
} from '../../server/domain/workflows/titleReview.planner';

// A senior chain from a hospital: unit → department → city → province.
const chain: ChainStep[] = [
  { orgId: 15, level: 'unit', name: '长春市中心医院' },
  { orgId: 12, level: 'department', name: '长春市卫生健康委员会' },
  { orgId: 2, level: 'city', name: '长春市人力资源和社会保障局' },
  { orgId: 1, level: 'province', name: '吉林省人力资源和社会保障厅' },
];
const AT = '2026-11-02T02:00:00.000Z';
const reviewerAt = (step: number, id = 100 + step): Mover => ({
  id,
  name: `审核员${id}`,
  roles: ['title_reviewer'],
  orgId: chain[step].orgId,
});

/** An application pending at `step`, nobody holding it, unless told otherwise. */
function app(step: number, over: Partial<PlannedApplication> = {}): PlannedApplication {
  return {
    id: 7,
    applicantName: '张三',
    level: 'associate_senior',
    chain,
    ...planSubmission({ applicantName: '张三', level: 'associate_senior', chain }, '2026年度卫生系列高级职称申报', AT)
      .state,
    currentStep: step,
    currentOrgId: chain[step].orgId,
    version: 3,
    ...over,
  };
}
const input = (over: Partial<ReviewInput> = {}): ReviewInput => ({
  result: 'pass',
  opinion: '材料齐全，同意推荐。',
  moduleErrors: [],
  returnTo: null,
  resubmitTo: null,
  ...over,
});
const refusal = (status: number, message?: string) =>
  expect.objectContaining({ status, ...(message ? { message: expect.stringContaining(message) } : {}) });

describe('planReview: who may review, and what each result does', () => {
  const forbidden: [string, () => unknown, number, string][] = [
    ['at another org', () => planReview(app(1), input(), reviewerAt(0), AT), 409, '不在本机构'],
    [
      'on a version the reviewer did not see',
      () => planReview(app(0), { ...input(), version: 2 }, reviewerAt(0), AT),
      409,
      '已被他人修改',
    ],
    [
      'held by a colleague',
      () => planReview(app(0, { assigneeId: 999, assigneeName: '王五' }), input(), reviewerAt(0), AT),
      409,
      '已由王五领取',
    ],
    ['without an opinion', () => planReview(app(0), input({ opinion: ' ' }), reviewerAt(0), AT), 400, '请填写审核意见'],
    [
      'passing with a module marked wrong',
      () => planReview(app(0), input({ moduleErrors: ['education'] }), reviewerAt(0), AT),
      400,
      '不能审核通过',
    ],
    [
      'returning to a later level',
      () =>
        planReview(
          app(1),
          input({ result: 'return', moduleErrors: ['basic'], returnTo: chain[2].orgId }),
          reviewerAt(1),
          AT,
        ),
      400,
      '下级审核机构',
    ],
    [
      'returning to its own level',
      () =>
        planReview(
          app(1),
          input({ result: 'return', moduleErrors: ['basic'], returnTo: chain[1].orgId }),
          reviewerAt(1),
          AT,
        ),
      400,
      '下级审核机构',
    ],
    [
      'returning to the applicant without saying where it comes back',
      () =>
        planReview(
          app(1),
          input({ result: 'return', moduleErrors: ['basic'], returnTo: 'applicant' }),
          reviewerAt(1),
          AT,
        ),
      400,
      '重新提交',
    ],
    [
      'while it waits for submission',
      () => planReview(app(0, { status: 'awaiting_submission' }), input(), reviewerAt(0), AT),
      409,
      '待送审',
    ],
    [
      'by a role that does not review',
      () => planReview(app(0), input(), { ...reviewerAt(0), roles: ['appeal_agent'] }, AT),
      403,
      '',
    ],
  ];
  for (const [when, move, status, message] of forbidden) {
    it(`when a review comes ${when}, then it is refused with ${status}`, () => {
      expect(move).toThrow(refusal(status, message));
    });
  }

  it('when the first level passes, then it waits for submission there, held by the reviewer, and the step and audit say so', () => {
    const plan = planReview(app(0), input(), reviewerAt(0), AT);
    expect([plan.event, plan.status, plan.action]).toEqual(['pass', 'awaiting_submission', 'titleApplications.pass']);
    expect(plan.patch).toEqual({
      status: 'awaiting_submission',
      currentStep: 0,
      currentOrgId: 15,
      assigneeId: 100,
      updatedAt: AT,
      version: 4,
    });
    expect(plan.step).toMatchObject({
      kind: 'reviewed',
      step: 0,
      orgId: 15,
      actorId: 100,
      result: 'pass',
      moduleErrors: null,
      returnToName: null,
    });
    expect(plan.auditSummary).toBe('审核通过 #7 张三（副高级）；意见：材料齐全，同意推荐。');
  });

  it('when a colleague held it, then a pass by the holder keeps the holder', () => {
    expect(planReview(app(0, { assigneeId: 105 }), input(), reviewerAt(0, 105), AT).patch.assigneeId).toBe(105);
  });

  it('when the last level passes, then it is approved and decided', () => {
    const plan = planReview(app(3), input(), reviewerAt(3), AT);
    expect([plan.event, plan.status, plan.step.result, plan.patch.decidedAt, plan.patch.currentStep]).toEqual([
      'passFinal',
      'approved',
      'approve',
      AT,
      3,
    ]);
  });

  it('when a level fails it, then it is rejected and decided where it is', () => {
    const plan = planReview(app(2), input({ result: 'reject', moduleErrors: ['publications'] }), reviewerAt(2), AT);
    expect([plan.status, plan.patch.decidedAt, plan.patch.currentStep, plan.step.moduleErrors]).toEqual([
      'rejected',
      AT,
      2,
      ['publications'],
    ]);
  });

  it('when it is returned to the applicant for this level, then it comes back to the returning reviewer at this level', () => {
    const plan = planReview(
      app(2),
      input({
        result: 'return',
        opinion: '请补充。',
        moduleErrors: ['publications', 'awards'],
        returnTo: 'applicant',
        resubmitTo: 'this_level',
      }),
      reviewerAt(2),
      AT,
    );
    expect(plan.status).toBe('returned');
    expect(plan.patch).toMatchObject({
      currentStep: 2,
      assigneeId: 102,
      returnedModules: ['publications', 'awards'],
      returnedFromStep: 2,
      resubmitTo: 'this_level',
    });
    expect(plan.step).toMatchObject({
      result: 'return',
      returnToOrgId: null,
      returnToName: '申报人',
      resubmitTo: 'this_level',
    });
    expect(plan.auditSummary).toBe(
      '退回申报人修改 #7 张三（副高级），退回申报人（修改后回到本级），问题模块：论文著作、获奖情况；意见：请补充。',
    );
  });

  it('when it is returned to the applicant from the first level, then nobody holds it', () => {
    const plan = planReview(
      app(2),
      input({ result: 'return', moduleErrors: ['basic'], returnTo: 'applicant', resubmitTo: 'first_level' }),
      reviewerAt(2),
      AT,
    );
    expect(plan.patch).toMatchObject({ assigneeId: null, returnedFromStep: 2, resubmitTo: 'first_level' });
  });

  it('when it is returned to an earlier level, then it is pending there and free', () => {
    const plan = planReview(
      app(2, { assigneeId: 102 }),
      input({ result: 'return', moduleErrors: ['basic'], returnTo: chain[0].orgId }),
      reviewerAt(2),
      AT,
    );
    expect([plan.event, plan.status]).toEqual(['returnToLevel', 'pending']);
    expect(plan.patch).toMatchObject({ currentStep: 0, currentOrgId: 15, assigneeId: null });
    expect(plan.step).toMatchObject({ step: 2, returnToOrgId: 15, returnToName: '长春市中心医院', resubmitTo: null });
  });
});

describe('planResubmit: where a resubmission goes', () => {
  const returned = (over: Partial<PlannedApplication>) =>
    app(2, {
      status: 'returned',
      returnedModules: ['publications'],
      returnedFromStep: 2,
      assigneeId: 102,
      revision: 1,
      ...over,
    });

  it('when the returning reviewer chose this level, then it is pending there again, with them', () => {
    const plan = planResubmit(returned({ resubmitTo: 'this_level' }), ['publications'], AT);
    expect(plan.patch).toMatchObject({
      status: 'pending',
      currentStep: 2,
      currentOrgId: 2,
      assigneeId: 102,
      returnedModules: null,
      returnedFromStep: null,
      resubmitTo: null,
      revision: 2,
      resubmittedAt: AT,
    });
    expect(plan.step).toMatchObject({
      kind: 'resubmitted',
      step: 2,
      actorId: null,
      actorName: '申报人 张三',
      moduleErrors: ['publications'],
    });
  });

  it('when the returning reviewer chose the first level, then it is pending at the first level, free', () => {
    expect(planResubmit(returned({ resubmitTo: 'first_level' }), ['publications'], AT).patch).toMatchObject({
      currentStep: 0,
      currentOrgId: 15,
      assigneeId: null,
    });
  });

  it('when a module that was not returned is sent, or none, then it is refused', () => {
    expect(() => planResubmit(returned({ resubmitTo: 'this_level' }), ['publications', 'basic'], AT)).toThrow(
      refusal(409, '「基本信息」未被退回修改'),
    );
    expect(() => planResubmit(returned({ resubmitTo: 'this_level' }), [], AT)).toThrow(
      refusal(400, '请提交修改后的模块'),
    );
  });

  it('when it was not returned, then it cannot be resubmitted', () => {
    expect(() => planResubmit(app(1), ['publications'], AT)).toThrow(refusal(409, '不能重新提交'));
  });
});

describe('the bulk moves: claim, reassign, forward', () => {
  it('when a reviewer claims a free application at their org, then they hold it; a held one or another org’s is refused', () => {
    expect(planClaim(app(1), reviewerAt(1), AT).patch).toEqual({ assigneeId: 101, updatedAt: AT, version: 4 });
    expect(() => planClaim(app(1, { assigneeId: 101 }), reviewerAt(1), AT)).toThrow(refusal(409, '已由您领取'));
    expect(() => planClaim(app(1, { assigneeId: 109, assigneeName: '李四' }), reviewerAt(1), AT)).toThrow(
      refusal(409, '已由李四领取'),
    );
    expect(() => planClaim(app(1), reviewerAt(0), AT)).toThrow(refusal(409, '不在本机构'));
  });

  it('when it is reassigned, then the colleague holds it and the step says from whom; to its holder it is refused', () => {
    const to = { id: 111, name: '赵六', username: 'shenhe_dept2' };
    const plan = planReassign(app(1, { assigneeId: 101, assigneeName: '审核员101' }), reviewerAt(1), to, AT);
    expect([plan.patch.assigneeId, plan.step.detail, plan.auditSummary]).toEqual([
      111,
      '由审核员101转派给 赵六',
      '申报 #7 张三（副高级） 由审核员101转派给 赵六（shenhe_dept2）',
    ]);
    expect(() => planReassign(app(1, { assigneeId: 111 }), reviewerAt(1), to, AT)).toThrow(
      refusal(409, '已由赵六办理'),
    );
  });

  it('when a passed application is forwarded, then it is pending one level up, free; from the last level or before passing it is refused', () => {
    const plan = planForward(app(1, { status: 'awaiting_submission', assigneeId: 101 }), reviewerAt(1), 42, AT);
    expect(plan.patch).toEqual({
      status: 'pending',
      currentStep: 2,
      currentOrgId: 2,
      assigneeId: null,
      levelSince: '2026-11-02',
      levelPauses: [],
      arrivedVia: 'forward',
      updatedAt: AT,
      version: 4,
    });
    expect([plan.step.step, plan.step.batchId, plan.step.detail]).toEqual([
      1,
      42,
      '送审至长春市人力资源和社会保障局（批次 #42）',
    ]);
    expect(() => planForward(app(3, { status: 'awaiting_submission' }), reviewerAt(3), 42, AT)).toThrow(
      refusal(409, '已是最后一级'),
    );
    expect(() => planForward(app(1), reviewerAt(1), 42, AT)).toThrow(refusal(409, '不能送审'));
  });
});
