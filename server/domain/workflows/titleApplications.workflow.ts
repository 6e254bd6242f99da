import type { StaffRole } from '../roles';
import { TITLE_STATUS_LABELS } from '../labels';
import { allowedEvents, type TransitionTable } from './stateMachine';

export const TITLE_APPLICATION_STATUSES = [
  'pending',
  'awaiting_submission',
  'returned',
  'rejected',
  'approved',
] as const;
export type TitleApplicationStatus = (typeof TITLE_APPLICATION_STATUSES)[number];

/** The modules of an application [003 §3.1 C]; each is reviewed on its own and may be marked wrong. */
export const TITLE_MODULES = [
  'basic',
  'education',
  'work_history',
  'qualifications',
  'achievements',
  'publications',
  'continuing_education',
  'awards',
  'attachments',
] as const;
export type TitleModule = (typeof TITLE_MODULES)[number];

export const MODULE_LABEL: Record<TitleModule, string> = {
  basic: '基本信息',
  education: '学历信息',
  work_history: '工作经历',
  qualifications: '资格证书',
  achievements: '业绩成果',
  publications: '论文著作',
  continuing_education: '继续教育',
  awards: '获奖情况',
  attachments: '附件材料',
};

export type TitleEvent =
  | 'pass'
  | 'passFinal'
  | 'returnToApplicant'
  | 'returnToLevel'
  | 'reject'
  | 'forward'
  | 'resubmit'
  | 'claim'
  | 'reassign'
  | 'withdrawPass'
  | 'withdrawForward'
  | 'urge';

/** How an application came to the level it is at; a 撤回送审 needs it to have been sent up (not returned down). */
export const ARRIVALS = ['submit', 'forward', 'returnToLevel', 'resubmit', 'withdrawForward'] as const;
export type Arrival = (typeof ARRIVALS)[number];

const REVIEWER = ['title_reviewer'] as const;

/**
 * 待审 at one level → 通过 (待送审, batch-submitted to the next level: 待审 there) | at the last level
 * 通过 approves directly | 退回修改 to the applicant (已退回) or to an earlier level (待审 there) |
 * 不通过. Which level the application is at is not a status: the pure rules below move the step.
 * The resubmission comes from the public hall, never from a staff member. 撤回: the reviewer who passed
 * it takes the pass back (待送审 → 待审), or the org that sent it up takes it back down while the next
 * level has not acted on it (待审 there → 待送审 at the sender). 催办 changes nothing but is only
 * possible while a level holds the application (who may urge is `urgeRefusal`).
 */
export const titleApplicationWorkflow: TransitionTable<TitleApplicationStatus, TitleEvent> = {
  pending: {
    pass: { to: 'awaiting_submission', roles: REVIEWER },
    passFinal: { to: 'approved', roles: REVIEWER },
    returnToApplicant: { to: 'returned', roles: REVIEWER },
    returnToLevel: { to: 'pending', roles: REVIEWER },
    reject: { to: 'rejected', roles: REVIEWER },
    claim: { to: 'pending', roles: REVIEWER },
    reassign: { to: 'pending', roles: REVIEWER },
    withdrawForward: { to: 'awaiting_submission', roles: REVIEWER },
    urge: { to: 'pending', roles: REVIEWER },
  },
  awaiting_submission: {
    forward: { to: 'pending', roles: REVIEWER },
    withdrawPass: { to: 'pending', roles: REVIEWER },
    urge: { to: 'awaiting_submission', roles: REVIEWER },
  },
  returned: {
    resubmit: { to: 'pending', roles: [] },
  },
  rejected: {},
  approved: {},
};

export const titleLabels = {
  state: (s: TitleApplicationStatus) => TITLE_STATUS_LABELS[s],
  event: (e: TitleEvent) =>
    ({
      pass: '审核通过',
      passFinal: '审核通过（终审）',
      returnToApplicant: '退回申报人修改',
      returnToLevel: '退回下级审核机构',
      reject: '审核不通过',
      forward: '送审',
      resubmit: '重新提交',
      claim: '领取',
      reassign: '转派',
      withdrawPass: '撤回审核通过',
      withdrawForward: '撤回送审',
      urge: '催办',
    })[e],
};

/** The audit action (`titleApplications.<verb>`) each move is recorded as. */
export const AUDIT_VERB: Record<TitleEvent, string> = {
  pass: 'pass',
  passFinal: 'approve',
  returnToApplicant: 'return',
  returnToLevel: 'return',
  reject: 'reject',
  forward: 'forward',
  resubmit: 'resubmit',
  claim: 'claim',
  reassign: 'reassign',
  withdrawPass: 'withdraw',
  withdrawForward: 'withdraw',
  urge: 'urge',
};

export const REVIEW_RESULTS = ['pass', 'return', 'reject'] as const;
export type ReviewResult = (typeof REVIEW_RESULTS)[number];
export const RESUBMIT_TARGETS = ['this_level', 'first_level'] as const;
export type ResubmitTarget = (typeof RESUBMIT_TARGETS)[number];

export interface ReviewInput {
  result: ReviewResult;
  opinion: string;
  moduleErrors: readonly string[];
  /** 'applicant', or the id of an earlier org of this application's chain. */
  returnTo?: 'applicant' | number | null;
  resubmitTo?: ResubmitTarget | null;
}

/** Where an application stands in its chain: what the rules need. */
export interface Position {
  status: TitleApplicationStatus;
  /** Index into the chain of the level it is at (or was at, when it left the chain). */
  currentStep: number;
  chain: readonly { orgId: number }[];
  /** Set while returned to the applicant: the step that returned it and where the resubmission goes. */
  returnedFromStep?: number | null;
  resubmitTo?: ResubmitTarget | null;
}

export const isLastStep = (p: Pick<Position, 'currentStep' | 'chain'>) => p.currentStep === p.chain.length - 1;

/** The move a review result makes at this position. */
export function reviewEvent(
  input: Pick<ReviewInput, 'result' | 'returnTo'>,
  p: Pick<Position, 'currentStep' | 'chain'>,
): TitleEvent {
  if (input.result === 'pass') return isLastStep(p) ? 'passFinal' : 'pass';
  if (input.result === 'reject') return 'reject';
  return input.returnTo === 'applicant' ? 'returnToApplicant' : 'returnToLevel';
}

/**
 * What is wrong with a review, field by field (400): the opinion is required; a return names at least
 * one problem module and a target that is the applicant or an EARLIER level of this application's
 * chain; returning to the applicant says where the resubmission goes; a pass marks no module wrong.
 */
export function reviewProblems(input: ReviewInput, p: Pick<Position, 'currentStep' | 'chain'>): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!input.opinion.trim()) errors.opinion = '请填写审核意见';
  const unknown = input.moduleErrors.filter((m) => !(TITLE_MODULES as readonly string[]).includes(m));
  if (unknown.length) errors.moduleErrors = `没有这些模块：${unknown.join('、')}`;
  if (input.result === 'pass' && input.moduleErrors.length)
    errors.moduleErrors = '有模块被标记为有误，不能审核通过；请退回修改或改为无误';
  if (input.result === 'return') {
    if (!input.moduleErrors.length) errors.moduleErrors = '退回修改须至少选择一个问题模块';
    if (input.returnTo == null) errors.returnTo = '请选择退回目标';
    else if (input.returnTo !== 'applicant') {
      const k = p.chain.findIndex((s) => s.orgId === input.returnTo);
      if (k < 0 || k >= p.currentStep) errors.returnTo = '只能退回申报人，或本申报审核链中的下级审核机构';
    }
    if (input.returnTo === 'applicant' && !input.resubmitTo)
      errors.resubmitTo = '请选择申报人修改后重新提交到本级还是从第一级重新审核';
  }
  return errors;
}

/**
 * The step an application is at after a move (the table decides the status). Only `forward` climbs,
 * and by exactly one level; returns go down; a resubmission goes back to the returning level or
 * the first, as the returning reviewer chose.
 */
export function stepAfter(event: TitleEvent, p: Position, params: { returnToStep?: number } = {}): number {
  switch (event) {
    case 'forward':
      if (isLastStep(p)) throw new Error('the last level has nobody to forward to');
      return p.currentStep + 1;
    case 'returnToLevel':
      if (params.returnToStep === undefined || params.returnToStep < 0 || params.returnToStep >= p.currentStep)
        throw new Error('return only to an earlier level');
      return params.returnToStep;
    case 'resubmit':
      return p.resubmitTo === 'first_level' ? 0 : (p.returnedFromStep ?? p.currentStep);
    default:
      return p.currentStep;
  }
}

export interface ActionContext extends Position {
  currentOrgId: number | null;
  assigneeId: number | null;
  arrivedVia?: Arrival | null;
}

type Withdrawer = { id: number | null; orgId: number | null };

/**
 * The 撤回 the actor's position allows, or why not: the reviewer holding a pass not yet sent up takes
 * it back; the org one level down takes back what it sent up while nobody there claimed or reviewed it
 * (still 待审 there, held by nobody, arrived by 送审). `actedBy` says who acted at the next level (the
 * service reads it from the progress), for the refusal.
 */
export function withdrawMove(
  a: ActionContext,
  actor: Withdrawer,
  actedBy?: string | null,
): { event: 'withdrawPass' | 'withdrawForward'; step: number } | { refusal: string } {
  const k = a.chain.findIndex((s) => s.orgId === actor.orgId);
  if (actor.orgId == null || k < 0 || k > a.currentStep) return { refusal: '该申报不在本机构的审核链中，不能撤回' };
  if (k === a.currentStep) {
    if (a.status !== 'awaiting_submission') return { refusal: '该申报尚未在本级审核通过，没有可撤回的操作' };
    if (a.assigneeId !== actor.id) return { refusal: '只有审核通过该申报的审核员可以撤回审核通过' };
    return { event: 'withdrawPass', step: k };
  }
  const untouched =
    k === a.currentStep - 1 && a.status === 'pending' && a.arrivedVia === 'forward' && a.assigneeId === null;
  if (!untouched) return { refusal: `上级已办理该申报${actedBy ? `（${actedBy}）` : ''}，不能撤回` };
  return { event: 'withdrawForward', step: k };
}

/**
 * Why the actor may not 催办 the application, or null: only a level of its chain above the one that
 * holds it (pending or awaiting submission there) urges; `null` chain index = not in the chain at all.
 */
export function urgeRefusal(a: Pick<ActionContext, 'status' | 'chain' | 'currentStep'>, orgId: number | null) {
  const k = orgId == null ? -1 : a.chain.findIndex((s) => s.orgId === orgId);
  if (k < 0) return '该申报不在本机构的审核链中';
  if (!titleApplicationWorkflow[a.status].urge) return '该申报当前不在任何审核机构办理，无需催办';
  if (k <= a.currentStep) return '只有审核链中的上级审核机构可以催办';
  return null;
}

const REVIEW_EVENTS: readonly TitleEvent[] = ['pass', 'passFinal', 'returnToApplicant', 'returnToLevel', 'reject'];

/**
 * The actions a reviewer may take on an application (its `allowedActions`): only at their own org;
 * reviewing and claiming only when nobody else holds it; `pass`/`passFinal` by level; `review` stands
 * for "the review form may be sent".
 */
export function titleActions(
  a: ActionContext,
  actor: { id: number; orgId: number | null; roles: readonly StaffRole[]; actsFor?: readonly { id: number }[] },
): string[] {
  const reviewer = actor.roles.includes('title_reviewer');
  const from = [
    ...(reviewer && !('refusal' in withdrawMove(a, actor)) ? ['withdraw'] : []),
    ...(reviewer && !urgeRefusal(a, actor.orgId) ? ['urge'] : []),
  ];
  if (actor.orgId == null || a.currentOrgId !== actor.orgId) return from;
  // 委托: the work of a reviewer the actor acts for today is theirs to review too.
  const free =
    a.assigneeId === null || a.assigneeId === actor.id || !!actor.actsFor?.some((d) => d.id === a.assigneeId);
  const events = allowedEvents(titleApplicationWorkflow, a.status, actor.roles).filter((e) => {
    if (e === 'withdrawPass' || e === 'withdrawForward' || e === 'urge') return false;
    if (e === 'pass') return !isLastStep(a) && free;
    if (e === 'passFinal') return isLastStep(a) && free;
    if (e === 'returnToLevel') return a.currentStep > 0 && free;
    if (REVIEW_EVENTS.includes(e)) return free;
    if (e === 'claim') return a.assigneeId === null;
    return true;
  });
  return [...events, ...(events.some((e) => REVIEW_EVENTS.includes(e)) ? ['review'] : []), ...from];
}
