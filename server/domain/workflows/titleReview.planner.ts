import type { TITLE_STEP_KINDS, TITLE_STEP_RESULTS } from '../../../db/schema/titles';
import { conflict, invalid, staleVersion } from '../errors';
import type { StaffRole } from '../roles';
import { TITLE_LEVEL_LABEL, type ChainStep, type TitleLevel } from '../titleRouting';
import { nextState, transition } from './stateMachine';
import { clockAfter } from '../titleDeadlines';
import { beijingDate, type Pause } from '../workingDays';
import {
  AUDIT_VERB,
  isLastStep,
  MODULE_LABEL,
  reviewEvent,
  reviewProblems,
  stepAfter,
  titleApplicationWorkflow,
  titleLabels,
  urgeRefusal,
  withdrawMove,
  type Arrival,
  type ResubmitTarget,
  type ReviewInput,
  type TitleApplicationStatus,
  type TitleEvent,
  type TitleModule,
} from './titleApplications.workflow';

/**
 * The moves of a title application as pure plans: given where it stands and who moves it, what the
 * row becomes, the progress step and the audit text. The service executes them (load, plan, save,
 * audit) and the demo data is made by the same plans, so the two can never tell different stories.
 */

/** The columns of an application that moves change. */
export interface TitleState {
  status: TitleApplicationStatus;
  currentStep: number;
  currentOrgId: number;
  assigneeId: number | null;
  returnedModules: TitleModule[] | null;
  returnedFromStep: number | null;
  resubmitTo: ResubmitTarget | null;
  revision: number;
  version: number;
  updatedAt: string;
  resubmittedAt: string | null;
  decidedAt: string | null;
  /** The level's clock (see titleDeadlines): moves set it; the due date is worked out from it on the calendar. */
  levelSince: string | null;
  levelPauses: Pause[];
  arrivedVia: Arrival | null;
}

/** An application as the planners see it; the names, when known, only make refusals readable. */
export interface PlannedApplication extends TitleState {
  id: number;
  applicantName: string;
  level: TitleLevel;
  chain: readonly ChainStep[];
  assigneeName?: string | null;
  currentOrgName?: string | null;
}

/** Who moves it: a reviewer of an org (the demo data's stand-ins have no staff id), or the applicant. */
export interface Mover {
  id: number | null;
  name: string;
  roles: readonly StaffRole[];
  orgId: number | null;
  /** 委托: the reviewers on leave whose work this one may act on today. */
  actsFor?: readonly { id: number; name: string }[];
}

export interface PlannedStep {
  kind: (typeof TITLE_STEP_KINDS)[number];
  at: string;
  step: number;
  orgId: number;
  orgName: string;
  orgLevel: string;
  actorId: number | null;
  actorName: string;
  onBehalfOfId?: number | null;
  onBehalfOfName?: string | null;
  result?: (typeof TITLE_STEP_RESULTS)[number];
  opinion?: string;
  moduleErrors?: TitleModule[] | null;
  returnToOrgId?: number | null;
  returnToName?: string | null;
  resubmitTo?: ResubmitTarget | null;
  batchId?: number;
  detail: string;
}

export interface MovePlan {
  event: TitleEvent;
  status: TitleApplicationStatus;
  patch: Partial<TitleState>;
  step: PlannedStep;
  /** `titleApplications.<verb>` */
  action: string;
  auditSummary: string;
}

/** How an application is named in messages and audit summaries: #12 张三（副高级）. */
export const nameOf = (a: { id: number; applicantName: string; level: TitleLevel }) =>
  `#${a.id} ${a.applicantName}（${TITLE_LEVEL_LABEL[a.level]}）`;

/** The public hall is not a staff member: steps and audit rows name the applicant instead. */
export const applicantMover = (name: string): Mover => ({ id: null, name: `申报人 ${name}`, roles: [], orgId: null });

/** The progress step every move writes, at the level and org it happened (names copied: the record outlives renames). */
function stepAt(a: Pick<PlannedApplication, 'chain'>, step: number, at: string, actor: Mover) {
  const org = a.chain[step];
  return {
    at,
    step,
    orgId: org.orgId,
    orgName: org.name,
    orgLevel: org.level,
    actorId: actor.id,
    actorName: actor.name,
  };
}

const moved = (a: TitleState, at: string) => ({ updatedAt: at, version: a.version + 1 });
/** The level clock after `event`, counted in Beijing days; nothing when the move leaves it as it was. */
function clock(event: TitleEvent, a: TitleState, at: string): Partial<TitleState> {
  const next = clockAfter(event, a, beijingDate(new Date(at)));
  const same = next.levelSince === a.levelSince && JSON.stringify(next.levelPauses) === JSON.stringify(a.levelPauses);
  return same ? {} : next;
}
const refuse = (reason: string | null) => {
  if (reason) throw conflict(reason);
};

/**
 * Submission lands 待审 at the first level of the chain computed for it. The id is not known yet:
 * the audit text does not need it.
 */
export function planSubmission(
  a: { applicantName: string; level: TitleLevel; chain: readonly ChainStep[] },
  planName: string,
  at: string,
) {
  const first = a.chain[0];
  const who = applicantMover(a.applicantName);
  const state: TitleState = {
    status: 'pending',
    currentStep: 0,
    currentOrgId: first.orgId,
    assigneeId: null,
    returnedModules: null,
    returnedFromStep: null,
    resubmitTo: null,
    revision: 1,
    version: 1,
    updatedAt: at,
    resubmittedAt: null,
    decidedAt: null,
    ...clockAfter('submit', { levelSince: null, levelPauses: [] }, beijingDate(new Date(at))),
    arrivedVia: 'submit',
  };
  const step: PlannedStep = { ...stepAt(a, 0, at, who), kind: 'submitted', detail: `提交至${first.name}` };
  return {
    state,
    step,
    action: 'titleApplications.submit',
    auditSummary: `${who.name} 提交${planName}（${TITLE_LEVEL_LABEL[a.level]}），审核链：${a.chain.map((s) => s.name).join(' → ')}`,
  };
}

/**
 * 审核 at the actor's level: only at their own org, on the version they saw, when no colleague
 * holds it; a valid review result; then pass (待送审, or 已通过 at the last level), return to the
 * applicant or an earlier level, or fail. A pass or a fail keeps whoever held it (or the reviewer);
 * a return to the applicant for this level keeps the returning reviewer; a return to a level frees it.
 */
export function planReview(
  a: PlannedApplication,
  input: ReviewInput & { version?: number },
  actor: Mover,
  at: string,
): MovePlan {
  if (a.currentOrgId !== actor.orgId) throw conflict('该申报当前不在本机构审核，不能办理');
  if (input.version !== undefined && a.version !== input.version) throw staleVersion();
  const forWhom = heldFor(a, actor);
  if (forWhom === undefined) throw conflict(`该申报已由${a.assigneeName ?? '其他审核员'}领取，请联系其转派`);
  const problems = reviewProblems(input, a);
  if (Object.keys(problems).length) throw invalid(Object.values(problems).join('；'), problems);
  const event = reviewEvent(input, a);
  const status = transition(titleApplicationWorkflow, a.status, event, actor.roles, titleLabels);
  const returnToStep = event === 'returnToLevel' ? a.chain.findIndex((s) => s.orgId === input.returnTo) : undefined;
  const step = stepAfter(event, a, { returnToStep });
  const modules = input.moduleErrors as TitleModule[];
  const toApplicant = event === 'returnToApplicant';
  const patch: Partial<TitleState> = {
    status,
    currentStep: step,
    currentOrgId: a.chain[step].orgId,
    ...clock(event, a, at),
    ...moved(a, at),
  };
  if (toApplicant) {
    // Coming straight back to this level, it comes back to the reviewer who returned it.
    Object.assign(patch, {
      returnedModules: modules,
      returnedFromStep: a.currentStep,
      resubmitTo: input.resubmitTo,
      assigneeId: input.resubmitTo === 'this_level' ? (forWhom?.id ?? actor.id) : null,
    });
  } else if (event === 'returnToLevel') {
    Object.assign(patch, { assigneeId: null, arrivedVia: 'returnToLevel' });
  } else {
    Object.assign(patch, { assigneeId: a.assigneeId ?? actor.id, ...(event === 'pass' ? {} : { decidedAt: at }) });
  }
  const target = returnToStep !== undefined ? a.chain[returnToStep] : null;
  const where = target
    ? `，退回至${target.name}`
    : toApplicant
      ? `，退回申报人（${input.resubmitTo === 'first_level' ? '从第一级重新审核' : '修改后回到本级'}）`
      : '';
  const marked = modules.length ? `，问题模块：${modules.map((m) => MODULE_LABEL[m]).join('、')}` : '';
  return {
    event,
    status,
    patch,
    step: {
      ...stepAt(a, a.currentStep, at, actor),
      onBehalfOfId: forWhom?.id ?? null,
      onBehalfOfName: forWhom?.name ?? null,
      kind: 'reviewed',
      result: event === 'passFinal' ? 'approve' : input.result,
      opinion: input.opinion,
      moduleErrors: modules.length ? modules : null,
      returnToOrgId: target?.orgId ?? null,
      returnToName: target ? target.name : toApplicant ? '申报人' : null,
      resubmitTo: toApplicant ? input.resubmitTo : null,
      detail: '',
    },
    action: `titleApplications.${AUDIT_VERB[event]}`,
    auditSummary: `${titleLabels.event(event)} ${nameOf(a)}${where}${marked}；意见：${input.opinion}${forWhom ? `（代 ${forWhom.name} 审核）` : ''}`,
  };
}

/**
 * For whom the actor may act on an application: themself (null) when nobody or they hold it, the
 * delegator whose work it is when they act for them (委托), undefined when a colleague holds it.
 */
export function heldFor(a: Pick<TitleState, 'assigneeId'>, actor: Pick<Mover, 'id' | 'actsFor'>) {
  if (a.assigneeId === null || a.assigneeId === actor.id) return null;
  return actor.actsFor?.find((d) => d.id === a.assigneeId);
}

/**
 * Why a bulk move (领取, 转派, 送审) cannot happen to this application now, or null; a bulk action
 * names the reason for each application it refuses. `to` is the reviewer a 转派 hands it to.
 */
export function blockerOf(
  a: PlannedApplication,
  actor: Mover,
  event: 'claim' | 'reassign' | 'forward',
  to?: { id: number; name: string },
): string | null {
  if (a.currentOrgId !== actor.orgId) return `当前在${a.currentOrgName ?? a.chain[a.currentStep].name}，不在本机构`;
  if (!titleApplicationWorkflow[a.status][event])
    return `当前状态为「${titleLabels.state(a.status)}」，不能${titleLabels.event(event)}`;
  if (event === 'claim')
    return a.assigneeId === actor.id ? '已由您领取' : a.assigneeId !== null ? `已由${a.assigneeName}领取` : null;
  if (event === 'reassign') return to && a.assigneeId === to.id ? `已由${to.name}办理` : null;
  return isLastStep(a) ? '已是最后一级，无需送审' : null;
}

/** 领取: a pending application at the actor's org that nobody holds. */
export function planClaim(a: PlannedApplication, actor: Mover, at: string): MovePlan {
  refuse(blockerOf(a, actor, 'claim'));
  const status = transition(titleApplicationWorkflow, a.status, 'claim', actor.roles, titleLabels);
  return {
    event: 'claim',
    status,
    patch: { assigneeId: actor.id, ...moved(a, at) },
    step: { ...stepAt(a, a.currentStep, at, actor), kind: 'claimed', detail: `${actor.name} 领取` },
    action: `titleApplications.${AUDIT_VERB.claim}`,
    auditSummary: `领取申报 ${nameOf(a)}`,
  };
}

/** 转派 to another reviewer of the same org (whether they are one is the caller's to know). */
export function planReassign(
  a: PlannedApplication,
  actor: Mover,
  to: { id: number; name: string; username: string },
  at: string,
): MovePlan {
  refuse(blockerOf(a, actor, 'reassign', to));
  const status = transition(titleApplicationWorkflow, a.status, 'reassign', actor.roles, titleLabels);
  const from = a.assigneeName ? `由${a.assigneeName}` : '';
  return {
    event: 'reassign',
    status,
    patch: { assigneeId: to.id, ...moved(a, at) },
    step: { ...stepAt(a, a.currentStep, at, actor), kind: 'reassigned', detail: `${from}转派给 ${to.name}` },
    action: `titleApplications.${AUDIT_VERB.reassign}`,
    auditSummary: `申报 ${nameOf(a)} ${from}转派给 ${to.name}（${to.username}）`,
  };
}

/** 送审 one application of a batch: 待审 at the next level, held by nobody there. */
export function planForward(a: PlannedApplication, actor: Mover, batchId: number, at: string): MovePlan {
  refuse(blockerOf(a, actor, 'forward'));
  const status = transition(titleApplicationWorkflow, a.status, 'forward', actor.roles, titleLabels);
  const step = stepAfter('forward', a);
  const next = a.chain[step];
  return {
    event: 'forward',
    status,
    patch: {
      status,
      currentStep: step,
      currentOrgId: next.orgId,
      assigneeId: null,
      // Written as a set (the batch's one UPDATE), so always whole: the next level's clock starts.
      ...clockAfter('forward', a, beijingDate(new Date(at))),
      arrivedVia: 'forward',
      ...moved(a, at),
    },
    step: {
      ...stepAt(a, a.currentStep, at, actor),
      kind: 'forwarded',
      batchId,
      detail: `送审至${next.name}（批次 #${batchId}）`,
    },
    action: `titleApplications.${AUDIT_VERB.forward}`,
    auditSummary: `申报 ${nameOf(a)} 送审至${next.name}（批次 #${batchId}）`,
  };
}

/**
 * 重新提交 from the public hall after a return to the applicant: only the modules the reviewer marked
 * may change, each sent one a new revision. Back to the returning level (to the reviewer who returned
 * it) or to the first (to anyone there), as the returning reviewer chose.
 */
export function planResubmit(a: PlannedApplication, sent: readonly TitleModule[], at: string): MovePlan {
  // The table gives `resubmit` to no staff role: only the public hall fires it, from 已退回.
  const status = nextState(titleApplicationWorkflow, a.status, 'resubmit');
  if (!status) throw conflict(`该申报当前状态为「${titleLabels.state(a.status)}」，不能重新提交`);
  const allowed = a.returnedModules ?? [];
  if (!sent.length)
    throw invalid('请提交修改后的模块', {
      modules: `请提交被退回的模块：${allowed.map((m) => MODULE_LABEL[m]).join('、')}`,
    });
  const refused = sent.filter((m) => !allowed.includes(m));
  if (refused.length) {
    const names = refused.map((m) => `「${MODULE_LABEL[m]}」`).join('、');
    throw conflict(`${names}未被退回修改，不能变更；可修改的模块：${allowed.map((m) => MODULE_LABEL[m]).join('、')}`, {
      modules: `${names}未被退回修改`,
    });
  }
  const step = stepAfter('resubmit', a);
  const target = a.chain[step];
  const who = applicantMover(a.applicantName);
  const modules = sent.map((m) => MODULE_LABEL[m]).join('、');
  return {
    event: 'resubmit',
    status,
    patch: {
      status,
      currentStep: step,
      currentOrgId: target.orgId,
      assigneeId: a.resubmitTo === 'this_level' ? a.assigneeId : null,
      returnedModules: null,
      returnedFromStep: null,
      resubmitTo: null,
      revision: a.revision + 1,
      resubmittedAt: at,
      ...clock('resubmit', a, at),
      arrivedVia: 'resubmit',
      ...moved(a, at),
    },
    step: {
      ...stepAt(a, step, at, who),
      kind: 'resubmitted',
      moduleErrors: [...sent],
      detail: `修改${modules}后重新提交至${target.name}`,
    },
    action: `titleApplications.${AUDIT_VERB.resubmit}`,
    auditSummary: `${who.name} 修改${modules}后重新提交申报 ${nameOf(a)}，至${target.name}`,
  };
}

/**
 * 撤回 by the actor's org: the pass taken back (待审 again, with the reviewer who passed it), or what
 * it sent up taken back down (待送审 again at the sender, held by the withdrawing reviewer, its clock
 * restarting there), while the next level has not claimed or reviewed it. `actedBy` names who did, for
 * the refusal; the version is checked after, so a reviewer who lost the race learns who acted.
 */
export function planWithdraw(
  a: PlannedApplication,
  input: { reason: string; version?: number },
  actor: Mover,
  at: string,
  context: { actedBy?: string | null; batchId?: number | null } = {},
): MovePlan {
  const move = withdrawMove(a, actor, context.actedBy);
  if ('refusal' in move) throw conflict(move.refusal);
  if (input.version !== undefined && a.version !== input.version) throw staleVersion();
  const { event, step } = move;
  const status = transition(titleApplicationWorkflow, a.status, event, actor.roles, titleLabels);
  const org = a.chain[step];
  const patch: Partial<TitleState> =
    event === 'withdrawForward'
      ? {
          status,
          currentStep: step,
          currentOrgId: org.orgId,
          assigneeId: actor.id,
          arrivedVia: 'withdrawForward',
          ...clock(event, a, at),
          ...moved(a, at),
        }
      : { status, ...clock(event, a, at), ...moved(a, at) };
  const batch = context.batchId ? `（批次 #${context.batchId}）` : '';
  const from = event === 'withdrawForward' ? `从${a.chain[a.currentStep].name}撤回送审${batch}` : '撤回审核通过';
  return {
    event,
    status,
    patch,
    step: {
      ...stepAt(a, step, at, actor),
      kind: 'withdrawn',
      opinion: input.reason,
      batchId: context.batchId ?? undefined,
      detail: `${from}，回到${org.name}「${titleLabels.state(status)}」`,
    },
    action: `titleApplications.${AUDIT_VERB[event]}`,
    auditSummary: `申报 ${nameOf(a)} ${from}，回到${org.name}「${titleLabels.state(status)}」；原因：${input.reason}`,
  };
}

/**
 * 催办 by a level above the one holding the application: nothing about the application changes (its
 * version neither, so the holder's open review stays valid); the step and the audit row record it, at
 * the urging level. Once a day is the service's to count.
 */
export function planUrge(a: PlannedApplication, message: string, actor: Mover, at: string) {
  refuse(urgeRefusal(a, actor.orgId));
  transition(titleApplicationWorkflow, a.status, 'urge', actor.roles, titleLabels);
  const k = a.chain.findIndex((s) => s.orgId === actor.orgId);
  const held = a.chain[a.currentStep];
  return {
    heldOrg: held,
    fromOrg: a.chain[k],
    step: {
      ...stepAt(a, k, at, actor),
      kind: 'urged',
      opinion: message,
      detail: `催办${held.name}（${titleLabels.state(a.status)}）`,
    } satisfies PlannedStep,
    action: 'titleApplications.urge',
    auditSummary: `催办申报 ${nameOf(a)}（${held.name}「${titleLabels.state(a.status)}」）；留言：${message}`,
  };
}
