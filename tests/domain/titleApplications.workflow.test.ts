import { describe, expect, it } from 'vitest';
import { STAFF_ROLES, type StaffRole } from '../../server/domain/roles';
import { allowedEvents, nextState, transition } from '../../server/domain/workflows/stateMachine';
import {
  AUDIT_VERB,
  isLastStep,
  reviewEvent,
  reviewProblems,
  stepAfter,
  TITLE_APPLICATION_STATUSES,
  TITLE_MODULES,
  titleActions,
  titleApplicationWorkflow,
  titleLabels,
  type ActionContext,
  type ReviewInput,
  type TitleApplicationStatus,
  type TitleEvent,
} from '../../server/domain/workflows/titleApplications.workflow';

const EVENTS: TitleEvent[] = [
  'pass',
  'passFinal',
  'returnToApplicant',
  'returnToLevel',
  'reject',
  'forward',
  'resubmit',
  'claim',
  'reassign',
  'withdrawPass',
  'withdrawForward',
  'urge',
];
const REVIEW_EVENTS: TitleEvent[] = ['pass', 'passFinal', 'returnToApplicant', 'returnToLevel', 'reject'];

/** Every move the table allows, written out by hand: the table must say exactly this. */
const ALLOWED: Record<TitleApplicationStatus, Partial<Record<TitleEvent, TitleApplicationStatus>>> = {
  pending: {
    pass: 'awaiting_submission',
    passFinal: 'approved',
    returnToApplicant: 'returned',
    returnToLevel: 'pending',
    reject: 'rejected',
    claim: 'pending',
    reassign: 'pending',
    withdrawForward: 'awaiting_submission',
    urge: 'pending',
  },
  awaiting_submission: { forward: 'pending', withdrawPass: 'pending', urge: 'awaiting_submission' },
  returned: { resubmit: 'pending' },
  rejected: {},
  approved: {},
};
const reviewer: StaffRole[] = ['title_reviewer'];

// Orgs of a senior chain from a hospital: unit → department → city → province.
const [UNIT, DEPT, CITY, PROV] = [15, 12, 2, 1];
const chain = [{ orgId: UNIT }, { orgId: DEPT }, { orgId: CITY }, { orgId: PROV }];
const at = (currentStep: number) => ({ currentStep, chain });
const review = (over: Partial<ReviewInput> = {}): ReviewInput => ({
  result: 'pass',
  opinion: '材料齐全，同意推荐。',
  moduleErrors: [],
  returnTo: null,
  resubmitTo: null,
  ...over,
});

describe('the title application workflow table', () => {
  for (const from of TITLE_APPLICATION_STATUSES) {
    for (const event of EVENTS) {
      const to = ALLOWED[from][event];
      if (to && event !== 'resubmit') {
        it(`when a reviewer fires ${event} on a ${from} application, then it becomes ${to}`, () => {
          expect(transition(titleApplicationWorkflow, from, event, reviewer, titleLabels)).toBe(to);
        });
      } else if (!to) {
        it(`when anyone fires ${event} on a ${from} application, then it is refused with 409`, () => {
          expect(() => transition(titleApplicationWorkflow, from, event, reviewer, titleLabels)).toThrow(
            expect.objectContaining({ status: 409, code: 'illegal_transition' }),
          );
          expect(nextState(titleApplicationWorkflow, from, event)).toBeNull();
        });
      }
    }
  }

  it('when a reviewer asks what each status allows, then it is exactly the hand-written list (the resubmission is nobody’s)', () => {
    for (const from of TITLE_APPLICATION_STATUSES) {
      expect(allowedEvents(titleApplicationWorkflow, from, reviewer).sort()).toEqual(
        Object.keys(ALLOWED[from])
          .filter((e) => e !== 'resubmit')
          .sort(),
      );
      expect(Object.keys(titleApplicationWorkflow[from]).sort()).toEqual(Object.keys(ALLOWED[from]).sort());
    }
  });

  it('when the application is rejected or approved, then it is a dead end', () => {
    expect(titleApplicationWorkflow.rejected).toEqual({});
    expect(titleApplicationWorkflow.approved).toEqual({});
    for (const from of ['rejected', 'approved'] as const)
      for (const role of STAFF_ROLES) expect(allowedEvents(titleApplicationWorkflow, from, [role])).toEqual([]);
  });

  it('when the public hall resubmits, then it is pending again, and no staff role can fire that move', () => {
    expect(nextState(titleApplicationWorkflow, 'returned', 'resubmit')).toBe('pending');
    for (const role of STAFF_ROLES)
      expect(() => transition(titleApplicationWorkflow, 'returned', 'resubmit', [role], titleLabels)).toThrow(
        expect.objectContaining({ status: 403 }),
      );
  });

  it('when another role tries a reviewer move, then it is refused with 403 and offered nothing', () => {
    for (const role of STAFF_ROLES.filter((r) => r !== 'title_reviewer')) {
      expect(() => transition(titleApplicationWorkflow, 'pending', 'pass', [role], titleLabels)).toThrow(
        expect.objectContaining({ status: 403 }),
      );
      expect(() => transition(titleApplicationWorkflow, 'awaiting_submission', 'forward', [role], titleLabels)).toThrow(
        expect.objectContaining({ status: 403 }),
      );
      for (const from of TITLE_APPLICATION_STATUSES)
        expect(allowedEvents(titleApplicationWorkflow, from, [role])).toEqual([]);
    }
  });

  it('when an event is not in the table at all, then 400', () => {
    expect(() =>
      transition(titleApplicationWorkflow, 'pending', 'archive' as TitleEvent, reviewer, titleLabels),
    ).toThrow(expect.objectContaining({ status: 400 }));
  });

  it('has a Chinese label for every status and event, and an audit verb for every event', () => {
    for (const s of TITLE_APPLICATION_STATUSES) expect(titleLabels.state(s)).toMatch(/[\u4e00-\u9fa5]/);
    for (const e of EVENTS) {
      expect(titleLabels.event(e)).toMatch(/[\u4e00-\u9fa5]/);
      expect(AUDIT_VERB[e]).toMatch(/^[a-z]+$/);
    }
  });
});

describe('reviewProblems: what is wrong with a review form', () => {
  it('when a pass, a reject or a return is complete, then nothing is wrong', () => {
    expect(reviewProblems(review(), at(1))).toEqual({});
    expect(
      reviewProblems(review({ result: 'reject', opinion: '不符合申报条件', moduleErrors: ['qualifications'] }), at(1)),
    ).toEqual({});
    expect(reviewProblems(review({ result: 'reject', opinion: '不符合申报条件' }), at(0))).toEqual({});
    expect(
      reviewProblems(
        review({ result: 'return', moduleErrors: ['awards'], returnTo: 'applicant', resubmitTo: 'this_level' }),
        at(0),
      ),
    ).toEqual({});
    expect(
      reviewProblems(
        review({ result: 'return', moduleErrors: ['awards'], returnTo: 'applicant', resubmitTo: 'first_level' }),
        at(3),
      ),
    ).toEqual({});
    expect(reviewProblems(review({ result: 'return', moduleErrors: ['work_history'], returnTo: UNIT }), at(1))).toEqual(
      {},
    );
    expect(reviewProblems(review({ result: 'return', moduleErrors: ['work_history'], returnTo: DEPT }), at(3))).toEqual(
      {},
    );
  });

  it('when the opinion is empty or blank, then the opinion is required', () => {
    for (const opinion of ['', '   ', '\n\t']) {
      for (const result of ['pass', 'reject'] as const)
        expect(reviewProblems(review({ result, opinion }), at(0))).toEqual({ opinion: '请填写审核意见' });
    }
  });

  it('when a return names no module, then at least one problem module is required', () => {
    expect(
      reviewProblems(review({ result: 'return', returnTo: 'applicant', resubmitTo: 'this_level' }), at(1)),
    ).toEqual({ moduleErrors: '退回修改须至少选择一个问题模块' });
  });

  it('when a return names no target, then the target is required', () => {
    for (const returnTo of [null, undefined])
      expect(reviewProblems(review({ result: 'return', moduleErrors: ['basic'], returnTo }), at(1))).toEqual({
        returnTo: '请选择退回目标',
      });
  });

  const notEarlier: [string, number, number][] = [
    ['its own current level', 1, DEPT],
    ['a later level', 1, CITY],
    ['the last level', 2, PROV],
    ['an org outside the chain', 3, 999],
    ['any level while at the first one', 0, UNIT],
  ];
  for (const [what, step, returnTo] of notEarlier) {
    it(`when a return goes to ${what}, then only the applicant or an earlier level may be chosen`, () => {
      expect(reviewProblems(review({ result: 'return', moduleErrors: ['education'], returnTo }), at(step))).toEqual({
        returnTo: '只能退回申报人，或本申报审核链中的下级审核机构',
      });
    });
  }

  it('when a return to the applicant does not say where the resubmission goes, then that is required', () => {
    for (const resubmitTo of [null, undefined]) {
      expect(
        reviewProblems(review({ result: 'return', moduleErrors: ['basic'], returnTo: 'applicant', resubmitTo }), at(2)),
      ).toEqual({ resubmitTo: expect.stringContaining('重新提交') });
    }
    // A return to a level needs no resubmission target.
    expect(
      reviewProblems(review({ result: 'return', moduleErrors: ['basic'], returnTo: UNIT, resubmitTo: null }), at(2)),
    ).toEqual({});
  });

  it('when a pass marks a module wrong, then it cannot pass', () => {
    expect(reviewProblems(review({ moduleErrors: ['publications'] }), at(0))).toEqual({
      moduleErrors: expect.stringContaining('不能审核通过'),
    });
  });

  it('when a module is unknown, then it is named', () => {
    expect(reviewProblems(review({ result: 'reject', moduleErrors: ['hobbies'] }), at(0))).toEqual({
      moduleErrors: '没有这些模块：hobbies',
    });
    expect(
      reviewProblems(
        review({ result: 'return', moduleErrors: ['basic', 'pets'], returnTo: 'applicant', resubmitTo: 'this_level' }),
        at(0),
      ),
    ).toEqual({ moduleErrors: '没有这些模块：pets' });
  });

  it('when everything is missing, then every problem is reported together under its field', () => {
    expect(
      Object.keys(reviewProblems(review({ result: 'return', opinion: ' ', returnTo: 'applicant' }), at(1))).sort(),
    ).toEqual(['moduleErrors', 'opinion', 'resubmitTo']);
    expect(
      Object.keys(
        reviewProblems(review({ result: 'return', opinion: '', moduleErrors: ['basic'], returnTo: CITY }), at(1)),
      ).sort(),
    ).toEqual(['opinion', 'returnTo']);
  });

  it('when every module is named, then each is a known module (the list the form offers)', () => {
    expect(reviewProblems(review({ result: 'reject', moduleErrors: [...TITLE_MODULES] }), at(0))).toEqual({});
  });
});

describe('reviewEvent: the move a review result makes', () => {
  it('when a pass is not at the last level, then it is pass; at the last level, passFinal', () => {
    expect([0, 1, 2].map((s) => reviewEvent({ result: 'pass' }, at(s)))).toEqual(['pass', 'pass', 'pass']);
    expect(reviewEvent({ result: 'pass' }, at(3))).toBe('passFinal');
    expect(reviewEvent({ result: 'pass' }, { currentStep: 0, chain: [{ orgId: UNIT }] })).toBe('passFinal');
  });

  it('when returning, then to the applicant is returnToApplicant and to a level is returnToLevel', () => {
    expect(reviewEvent({ result: 'return', returnTo: 'applicant' }, at(2))).toBe('returnToApplicant');
    expect(reviewEvent({ result: 'return', returnTo: UNIT }, at(2))).toBe('returnToLevel');
  });

  it('when rejecting, then reject at any level', () => {
    for (const s of [0, 1, 2, 3]) expect(reviewEvent({ result: 'reject' }, at(s))).toBe('reject');
  });

  it('isLastStep is true only at the end of the chain', () => {
    expect([0, 1, 2, 3].map((s) => isLastStep(at(s)))).toEqual([false, false, false, true]);
  });
});

describe('stepAfter: the level after a move', () => {
  const pos = (currentStep: number, over: Partial<ActionContext> = {}) => ({
    status: 'pending' as const,
    currentStep,
    chain,
    ...over,
  });

  it('when forwarded, then it climbs exactly one level', () => {
    for (const s of [0, 1, 2]) expect(stepAfter('forward', pos(s, { status: 'awaiting_submission' }))).toBe(s + 1);
  });

  it('when forwarded from the last level, then it throws (nobody is above)', () => {
    expect(() => stepAfter('forward', pos(3, { status: 'awaiting_submission' }))).toThrow('the last level');
  });

  it('when returned to a level, then it goes to exactly that earlier level', () => {
    expect(stepAfter('returnToLevel', pos(3), { returnToStep: 0 })).toBe(0);
    expect(stepAfter('returnToLevel', pos(3), { returnToStep: 2 })).toBe(2);
    expect(stepAfter('returnToLevel', pos(1), { returnToStep: 0 })).toBe(0);
  });

  it('when returned to the current, a later, a negative or no level, then it throws', () => {
    for (const returnToStep of [2, 3, -1, undefined])
      expect(() => stepAfter('returnToLevel', pos(2), { returnToStep })).toThrow('earlier');
    expect(() => stepAfter('returnToLevel', pos(0), { returnToStep: 0 })).toThrow('earlier');
  });

  it('when resubmitted to this level, then it goes back to the level that returned it', () => {
    expect(stepAfter('resubmit', pos(2, { status: 'returned', returnedFromStep: 2, resubmitTo: 'this_level' }))).toBe(
      2,
    );
    expect(stepAfter('resubmit', pos(3, { status: 'returned', returnedFromStep: 1, resubmitTo: 'this_level' }))).toBe(
      1,
    );
  });

  it('when resubmitted to the first level, then it starts again at step 0', () => {
    expect(stepAfter('resubmit', pos(3, { status: 'returned', returnedFromStep: 3, resubmitTo: 'first_level' }))).toBe(
      0,
    );
  });

  it('when no returning step was recorded, then the resubmission stays at the current level', () => {
    expect(
      stepAfter('resubmit', pos(2, { status: 'returned', returnedFromStep: null, resubmitTo: 'this_level' })),
    ).toBe(2);
  });

  it('when any other move happens, then the level does not change', () => {
    for (const e of ['pass', 'passFinal', 'returnToApplicant', 'reject', 'claim', 'reassign'] as const)
      expect(stepAfter(e, pos(2))).toBe(2);
  });
});

describe('titleActions: the buttons a reviewer sees', () => {
  const me = { id: 7, orgId: DEPT, roles: reviewer };
  const colleague = 8;
  const app = (over: Partial<ActionContext> = {}): ActionContext => ({
    status: 'pending',
    currentStep: 1,
    chain,
    currentOrgId: DEPT,
    assigneeId: null,
    ...over,
  });
  const sorted = (l: string[]) => [...l].sort();

  it('when the application is pending at my org and nobody holds it, then I may claim, reassign and review it, with return to an earlier level', () => {
    expect(sorted(titleActions(app(), me))).toEqual(
      sorted(['pass', 'returnToApplicant', 'returnToLevel', 'reject', 'claim', 'reassign', 'review']),
    );
  });

  it('when the application is at another org, or I have no org, then I may do nothing', () => {
    for (const currentOrgId of [UNIT, CITY, PROV, null]) expect(titleActions(app({ currentOrgId }), me)).toEqual([]);
    expect(titleActions(app(), { ...me, orgId: null })).toEqual([]);
  });

  it('when a non-reviewer at my org looks, then nothing', () => {
    expect(titleActions(app(), { ...me, roles: ['sysadmin'] })).toEqual([]);
  });

  it('when I hold it, then I may review and reassign but not claim again', () => {
    expect(sorted(titleActions(app({ assigneeId: me.id }), me))).toEqual(
      sorted(['pass', 'returnToApplicant', 'returnToLevel', 'reject', 'reassign', 'review']),
    );
  });

  it('when a colleague holds it, then I may only reassign it', () => {
    expect(titleActions(app({ assigneeId: colleague }), me)).toEqual(['reassign']);
  });

  it('when it is at the last level, then pass is passFinal', () => {
    const last = titleActions(app({ currentStep: 3, currentOrgId: PROV }), { ...me, orgId: PROV });
    expect(last).toContain('passFinal');
    expect(last).not.toContain('pass');
    const notLast = titleActions(app(), me);
    expect(notLast).toContain('pass');
    expect(notLast).not.toContain('passFinal');
  });

  it('when it is at the first level, then there is no earlier level to return to', () => {
    const first = titleActions(app({ currentStep: 0, currentOrgId: UNIT }), { ...me, orgId: UNIT });
    expect(first).not.toContain('returnToLevel');
    expect(first).toEqual(expect.arrayContaining(['pass', 'returnToApplicant', 'reject', 'review']));
  });

  it('when it awaits submission, then only forward — whoever passed it', () => {
    expect(titleActions(app({ status: 'awaiting_submission' }), me)).toEqual(['forward']);
    expect(titleActions(app({ status: 'awaiting_submission', assigneeId: colleague }), me)).toEqual(['forward']);
  });

  it('when it is returned, rejected or approved, then nothing, even for the reviewer who decided it', () => {
    for (const status of ['returned', 'rejected', 'approved'] as const) {
      expect(titleActions(app({ status }), me)).toEqual([]);
      expect(titleActions(app({ status, assigneeId: me.id }), me)).toEqual([]);
    }
  });

  it('review appears exactly when some review event is allowed', () => {
    for (const status of TITLE_APPLICATION_STATUSES) {
      for (const currentStep of [0, 1, 3]) {
        for (const assigneeId of [null, me.id, colleague]) {
          for (const currentOrgId of [DEPT, CITY]) {
            const actions = titleActions(app({ status, currentStep, assigneeId, currentOrgId }), me);
            expect(
              actions.includes('review'),
              JSON.stringify({ status, currentStep, assigneeId, currentOrgId, actions }),
            ).toBe(actions.some((e) => (REVIEW_EVENTS as string[]).includes(e)));
            expect(actions.filter((e) => e === 'review').length).toBeLessThanOrEqual(1);
          }
        }
      }
    }
  });
});
