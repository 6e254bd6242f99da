import type { Tx } from '../../../db/client';
import type { AppContext } from '../../context';
import { AppError, conflict, notFound, staleVersion } from '../../domain/errors';
import type { Actor } from '../../domain/roles';
import { LEVEL_LABEL } from '../../domain/orgTree';
import { maskIdNumber, maskPhone } from '../../domain/validators';
import { recordAudit } from '../../audit/record';
import { recordReveal } from '../../security/revealLimit';
import { queueSms } from '../../sms/outbox';
import { titleApproved, titleRejected, titleReturned } from '../../sms/templates';
import { getSetting } from '../settings/settings.service';
import { addDays, beijingDate } from '../../domain/workingDays';
import type { ListParams } from '../../../db/lists';
import {
  MODULE_LABEL,
  TITLE_MODULES,
  titleActions,
  urgeRefusal,
} from '../../domain/workflows/titleApplications.workflow';
import {
  blockerOf,
  nameOf,
  planClaim,
  planForward,
  planReassign,
  planReview,
  type MovePlan,
  type PlannedApplication,
} from '../../domain/workflows/titleReview.planner';
import {
  addStep,
  addVisit,
  allPlans,
  applyMove,
  countsAt,
  findTitleApplication,
  findTitleApplications,
  findVisibleTitleApplication,
  hasVisited,
  lastReturnOf,
  listTitleApplications,
  moduleVersionsOf,
  orgNameOf,
  reviewersOf,
  stepsOf,
  type TitleApplicationWithNames,
} from './title-applications.repo';
import type { ReviewBodyInput } from './title-applications.schemas';
import { deleteDraftsOf } from './review-drafts.repo';
import { attachmentFiles } from './title-applications.attachments';
import { isTitleOverdue, titleToday, withDueDate } from './title-applications.deadlines';
import { actingActor } from '../delegations/delegations.service';

const RESOURCE = 'title-applications';

/** The caller with the reviewers they act for today (委托): their work counts as the caller's own. */
export const actingAs = (ctx: AppContext, actor: Actor) => actingActor(ctx.db, actor, titleToday(ctx.clock));

/** The review form's input; `version` is left out by batch pass, which reviews what it finds. */
type ReviewInputOf = Omit<ReviewBodyInput, 'version'> & { version?: number };

export function present(actor: Actor, r: TitleApplicationWithNames, today: string) {
  const a = r.app;
  return {
    ...a,
    overdue: isTitleOverdue(a, today),
    applicantIdNumber: maskIdNumber(a.applicantIdNumber),
    applicantPhone: maskPhone(a.applicantPhone),
    planName: r.planName,
    unitOrgName: r.unitOrgName,
    currentOrgName: r.currentOrgName,
    assigneeName: r.assigneeName,
    allowedActions: titleActions(a, actor),
  };
}

/** The application if the caller's org ever had it; the same 404 otherwise (other orgs' work is not to be probed). */
function loadVisible(ctx: AppContext, db: Tx | AppContext['db'], actor: Actor, id: number) {
  const r = findVisibleTitleApplication(db, actor.orgId, id);
  if (!r) throw notFound('申报不存在或不在本机构的审核范围内');
  return r;
}

/**
 * Readable: visible as above, or — to be urged — held below the caller's org on its way up to it
 * (issue 13: a higher level of the chain may urge the org that holds it, so it must be able to open it).
 */
function loadReadable(ctx: AppContext, actor: Actor, id: number) {
  const seen = findVisibleTitleApplication(ctx.db, actor.orgId, id);
  if (seen) return seen;
  const r = findTitleApplication(ctx.db, id);
  if (!r || urgeRefusal(r.app, actor.orgId)) throw notFound('申报不存在或不在本机构的审核范围内');
  return r;
}

export function list(ctx: AppContext, actor: Actor, p: ListParams) {
  const { rows, total } = listTitleApplications(ctx.db, actor, p);
  const today = titleToday(ctx.clock);
  return { rows: rows.map((r) => present(actor, r, today)), total };
}

/**
 * The review page: the record, each module's current content and — when the latest resubmission
 * changed it — the revision before, so the reviewer sees what the applicant changed.
 */
export function get(ctx: AppContext, actor: Actor, id: number) {
  return detail(ctx, actingAs(ctx, actor), loadReadable(ctx, actor, id));
}

function detail(ctx: AppContext, actor: Actor, r: TitleApplicationWithNames) {
  const id = r.app.id;
  const versions = moduleVersionsOf(ctx.db, id);
  const modules = TITLE_MODULES.map((module) => {
    const mine = versions.filter((v) => v.module === module);
    const current = mine.at(-1);
    const changed = !!current && r.app.revision > 1 && current.revision === r.app.revision;
    return {
      module,
      label: MODULE_LABEL[module],
      content: current?.content ?? {},
      revision: current?.revision ?? 1,
      previous: changed ? (mine.at(-2)?.content ?? null) : null,
      changed,
      // 附件材料: the stored files its entries name by fileId, for the viewer.
      ...(module === 'attachments' ? { files: attachmentFiles(ctx.db, id) } : {}),
    };
  });
  const ret = lastReturnOf(ctx.db, id);
  return {
    ...present(actor, r, titleToday(ctx.clock)),
    modules,
    lastReturn: ret
      ? {
          orgName: ret.orgName,
          actorName: ret.actorName,
          at: ret.at,
          opinion: ret.opinion,
          moduleErrors: ret.moduleErrors,
          returnToName: ret.returnToName,
        }
      : null,
  };
}

export function revealPii(ctx: AppContext, actor: Actor, id: number, reason: string) {
  const a = loadVisible(ctx, ctx.db, actor, id).app;
  recordReveal(ctx, {
    actor,
    reason,
    action: 'titleApplications.pii_reveal',
    resource: RESOURCE,
    resourceId: id,
    summary: `查看申报 ${nameOf(a)} 的完整证件号码与手机号码`,
  });
  return { applicantIdNumber: a.applicantIdNumber, applicantPhone: a.applicantPhone };
}

/** 审核进度: every step so far, and each level of the stored chain as done / where it is now / still ahead. */
export function progress(ctx: AppContext, actor: Actor, id: number) {
  const a = loadReadable(ctx, actor, id).app;
  const steps = stepsOf(ctx.db, id).map(({ applicationId: _a, actorId: _b, onBehalfOfId: _c, ...s }) => s);
  // Returned to the applicant, it sits at no level: the level that returned it says so instead of 当前所在.
  const here = a.status === 'returned' ? 'returned' : 'current';
  const chain = a.chain.map((s, i) => ({
    ...s,
    levelLabel: LEVEL_LABEL[s.level],
    state:
      i < a.currentStep || (i === a.currentStep && a.status === 'approved')
        ? 'done'
        : i === a.currentStep
          ? here
          : 'ahead',
  }));
  return { status: a.status, currentStep: a.currentStep, chain, steps };
}

/** The review home: per plan, what waits at the caller's org (待审, 待送审) and what it returned (已退回). */
export function counters(ctx: AppContext, actor: Actor) {
  const orgId = actor.orgId ?? -1;
  const counts = countsAt(ctx.db, orgId, titleToday(ctx.clock));
  const n = (planId: number, status: string) => counts.find((c) => c.planId === planId && c.status === status)?.n ?? 0;
  const overdue = (planId: number) =>
    counts.filter((c) => c.planId === planId).reduce((sum, c) => sum + (c.overdue ?? 0), 0);
  return {
    orgId: actor.orgId,
    orgName: actor.orgId == null ? null : orgNameOf(ctx.db, actor.orgId),
    plans: allPlans(ctx.db).map((p) => ({
      planId: p.id,
      planName: p.name,
      series: p.series,
      year: p.year,
      pending: n(p.id, 'pending'),
      awaitingSubmission: n(p.id, 'awaiting_submission'),
      returned: n(p.id, 'returned'),
      overdue: overdue(p.id),
      levelDeadlineDays: p.levelDeadlineDays,
    })),
  };
}

export const reviewers = (ctx: AppContext, actor: Actor) =>
  actor.orgId == null ? [] : reviewersOf(ctx.db, actor.orgId);

/** The application as the planners see it, with the names that make a refusal readable. */
const planned = (r: TitleApplicationWithNames): PlannedApplication => ({
  ...r.app,
  assigneeName: r.assigneeName,
  currentOrgName: r.currentOrgName,
});

/**
 * Executes a planned move: the row (on the version it was planned from, with the due date its level
 * clock gives), its progress step, its audit row. Returns the patch written.
 */
export function save(tx: Tx, actor: Actor, a: TitleApplicationWithNames['app'], plan: MovePlan) {
  const patch = withDueDate(tx, a.planId, plan.patch);
  if (!applyMove(tx, a.id, a.version, patch)) throw staleVersion();
  addStep(tx, a.id, plan.step);
  recordAudit(tx, {
    actor,
    action: plan.action,
    resource: RESOURCE,
    resourceId: a.id,
    summary: plan.auditSummary,
    at: plan.step.at,
  });
  return patch;
}

/**
 * What the applicant is told of a review: a return to them (the modules to correct and the date to
 * resubmit by), and the final result (passed at the last level, or failed). A pass that moves it up
 * or a return to an earlier level says nothing yet: the applicant's part has not changed.
 */
function applicantSms(
  tx: Tx,
  r: TitleApplicationWithNames,
  event: MovePlan['event'],
  input: ReviewInputOf,
  now: Date,
): string | null {
  const a = {
    applicantName: r.app.applicantName,
    titleName: r.app.titleName,
    planName: r.planName,
    orgName: r.currentOrgName,
  };
  if (event === 'returnToApplicant') {
    const deadline = addDays(beijingDate(now), getSetting(tx, 'titles.resubmitDays'));
    return titleReturned({
      ...a,
      modules: input.moduleErrors.map((m) => MODULE_LABEL[m]).join('、'),
      opinion: input.opinion,
      deadline,
    });
  }
  if (event === 'passFinal') return titleApproved(a);
  if (event === 'reject') return titleRejected({ ...a, opinion: input.opinion });
  return null;
}

/**
 * 审核 at the caller's level: pass (待送审, or 已通过 at the last level), return to the applicant or
 * to an earlier level of the chain, or fail. One transition, one step row, one audit row.
 */
export function review(ctx: AppContext, actor: Actor, id: number, input: ReviewBodyInput) {
  return detail(ctx, actingAs(ctx, actor), reviewOne(ctx, actor, id, input));
}

/** A review without its answer page: the transition in its own immediate transaction (batch pass runs one per item). */
export function reviewOne(ctx: AppContext, actor: Actor, id: number, input: ReviewInputOf) {
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction(
    (tx) => {
      const r = loadVisible(ctx, tx, actor, id);
      const plan = planReview(planned(r), input, actingActor(tx, actor, titleToday(ctx.clock)), at);
      const patch = save(tx, actor, r.app, plan);
      const text = applicantSms(tx, r, plan.event, input, ctx.clock.now());
      if (text) queueSms(tx, { phone: r.app.applicantPhone, content: text, relatedType: RESOURCE, relatedId: id, at });
      // The application has left this level (or is decided): no one's draft of this review stays.
      deleteDraftsOf(tx, id);
      // The row as written is the row read plus the patch; only names the move cannot tell are read again.
      return moved(r, patch, actor) ?? findTitleApplication(tx, id)!;
    },
    { behavior: 'immediate' },
  );
}

/**
 * The application after `patch`, its names included, when they follow from what is at hand: the new
 * current org is a step of the stored chain, the new assignee nobody, the caller or the one before.
 * Undefined when a name would have to be read.
 */
function moved(
  r: TitleApplicationWithNames,
  patch: MovePlan['patch'],
  actor: Actor,
): TitleApplicationWithNames | undefined {
  const app = { ...r.app, ...patch };
  const orgName =
    app.currentOrgId === r.app.currentOrgId
      ? r.currentOrgName
      : app.chain.find((s) => s.orgId === app.currentOrgId)?.name;
  const assigneeName =
    app.assigneeId == null
      ? null
      : app.assigneeId === r.app.assigneeId
        ? r.assigneeName
        : app.assigneeId === actor.id
          ? actor.name
          : undefined;
  if (orgName === undefined || assigneeName === undefined) return undefined;
  return { ...r, app, currentOrgName: orgName, assigneeName };
}

interface Blocker {
  id: number;
  applicantName: string | null;
  reason: string;
}

/** A bulk action moves every named application or none; the answer names each one that blocked it. */
export function blocked(message: string, blockers: Blocker[]) {
  const list = blockers.map((b) => `#${b.id}${b.applicantName ? ` ${b.applicantName}` : ''}：${b.reason}`).join('；');
  return new AppError(409, `${message}：${list}`, { ids: list }, 'blocked', blockers);
}

/** The named applications, each visible to the caller, or the blockers for the missing ones. */
function loadMany(tx: Tx, actor: Actor, ids: number[]) {
  const found = new Map(findTitleApplications(tx, ids).map((r) => [r.app.id, r]));
  const blockers: Blocker[] = [];
  const rows: TitleApplicationWithNames[] = [];
  for (const id of ids) {
    const r = found.get(id);
    // One visit probe per id (it was asked twice: once for the blockers, once for the rows).
    if (r && hasVisited(tx, actor.orgId, id)) rows.push(r);
    else blockers.push({ id, applicantName: null, reason: '申报不存在或不在本机构的审核范围内' });
  }
  return { rows, blockers };
}

function moveEach(
  ctx: AppContext,
  actor: Actor,
  ids: number[],
  event: 'claim' | 'reassign',
  what: string,
  to: { id: number; name: string } | undefined,
  plan: (a: PlannedApplication, at: string) => MovePlan,
) {
  const at = ctx.clock.now().toISOString();
  ctx.db.transaction(
    (tx) => {
      const { rows, blockers } = loadMany(tx, actor, ids);
      for (const r of rows) {
        const reason = blockerOf(planned(r), actor, event, to);
        if (reason) blockers.push({ id: r.app.id, applicantName: r.app.applicantName, reason });
      }
      if (blockers.length) throw blocked(`${what}未执行，以下申报不能${what}`, blockers);
      for (const r of rows) save(tx, actor, r.app, plan(planned(r), at));
    },
    { behavior: 'immediate' },
  );
  return { ids, count: ids.length };
}

/** 领取: pending applications at the caller's org that nobody holds. */
export const claim = (ctx: AppContext, actor: Actor, ids: number[]) =>
  moveEach(ctx, actor, ids, 'claim', '领取', undefined, (a, at) => planClaim(a, actor, at));

/** 转派 to another active title reviewer of the same org (e.g. a colleague on leave holds them). */
export function reassign(ctx: AppContext, actor: Actor, ids: number[], assigneeId: number) {
  const target = reviewers(ctx, actor).find((s) => s.id === assigneeId);
  if (!target) throw conflict('只能转派给本机构在岗的职称审核员', { assigneeId: '请选择本机构在岗的职称审核员' });
  return moveEach(ctx, actor, ids, 'reassign', '转派', target, (a, at) => planReassign(a, actor, target, at));
}

/**
 * Checks a batch before anything is written: every application awaiting submission at the caller's
 * org, all going to the same next org. Returns that org, or throws naming each blocker.
 */
export function checkForward(tx: Tx, actor: Actor, ids: number[]) {
  const { rows, blockers } = loadMany(tx, actor, ids);
  const next = (r: TitleApplicationWithNames) => r.app.chain[r.app.currentStep + 1];
  let to: { orgId: number; name: string } | undefined;
  for (const r of rows) {
    const reason = blockerOf(planned(r), actor, 'forward');
    if (reason) blockers.push({ id: r.app.id, applicantName: r.app.applicantName, reason });
    else if (!to) to = next(r);
    else if (next(r).orgId !== to.orgId)
      blockers.push({
        id: r.app.id,
        applicantName: r.app.applicantName,
        reason: `应送往${next(r).name}，与本批其他申报（${to.name}）不同，请分批送审`,
      });
  }
  if (blockers.length || !to) throw blocked('送审未执行，以下申报不能送审', blockers);
  return { rows, to };
}

/** 送审 one application of a checked batch: 待审 at the next level, which now sees it. */
export function forwardOne(tx: Tx, actor: Actor, r: TitleApplicationWithNames, batchId: number, at: string) {
  const plan = planForward(planned(r), actor, batchId, at);
  save(tx, actor, r.app, plan);
  addVisit(tx, r.app.id, plan.patch.currentOrgId!, at);
}
