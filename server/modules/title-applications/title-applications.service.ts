import { and, eq, inArray, sql } from 'drizzle-orm';
import { titleApplications } from '../../../db/schema';
import type { Tx } from '../../../db/client';
import type { AppContext } from '../../context';
import { AppError, conflict, invalid, notFound, staleVersion } from '../../domain/errors';
import type { Actor } from '../../domain/roles';
import { LEVEL_LABEL } from '../../domain/orgTree';
import { maskIdNumber, maskPhone } from '../../domain/validators';
import { recordAudit } from '../../audit/record';
import { recordReveal } from '../../security/revealLimit';
import type { ListParams } from '../../http/listQuery';
import { TITLE_LEVEL_LABEL } from '../../domain/titleRouting';
import {
  AUDIT_VERB,
  MODULE_LABEL,
  TITLE_MODULES,
  reviewEvent,
  reviewProblems,
  stepAfter,
  titleActions,
  titleApplicationWorkflow,
  titleLabels,
  type TitleEvent,
  type TitleModule,
} from '../../domain/workflows/titleApplications.workflow';
import { transition } from '../../domain/workflows/stateMachine';
import {
  addStep,
  addVisit,
  allPlans,
  findTitleApplication,
  findTitleApplications,
  hasVisited,
  lastReturnOf,
  listTitleApplications,
  moduleVersionsOf,
  orgNameOf,
  reviewersOf,
  scopeOf,
  stepsOf,
  type StepInsert,
  type TitleApplicationWithNames,
} from './title-applications.repo';
import type { ReviewBodyInput } from './title-applications.schemas';

const RESOURCE = 'title-applications';

/** How an application is named in messages and audit summaries: #12 张三（副高级）. */
export const nameOf = (a: { id: number; applicantName: string; level: keyof typeof TITLE_LEVEL_LABEL }) => `#${a.id} ${a.applicantName}（${TITLE_LEVEL_LABEL[a.level]}）`;

export function present(actor: Actor, r: TitleApplicationWithNames) {
  const a = r.app;
  return {
    ...a,
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
  const r = findTitleApplication(db, id);
  if (!r || !hasVisited(db, actor.orgId, id)) throw notFound('申报不存在或不在本机构的审核范围内');
  return r;
}

export function list(ctx: AppContext, actor: Actor, p: ListParams) {
  const { rows, total } = listTitleApplications(ctx.db, { ...p, where: and(scopeOf(actor), p.where) });
  return { rows: rows.map((r) => present(actor, r)), total };
}

/**
 * The review page: the record, each module's current content and — when the latest resubmission
 * changed it — the revision before, so the reviewer sees what the applicant changed.
 */
export function get(ctx: AppContext, actor: Actor, id: number) {
  const r = loadVisible(ctx, ctx.db, actor, id);
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
    };
  });
  const ret = lastReturnOf(ctx.db, id);
  return {
    ...present(actor, r),
    modules,
    lastReturn: ret ? { orgName: ret.orgName, actorName: ret.actorName, at: ret.at, opinion: ret.opinion, moduleErrors: ret.moduleErrors, returnToName: ret.returnToName } : null,
  };
}

export function revealPii(ctx: AppContext, actor: Actor, id: number) {
  const a = loadVisible(ctx, ctx.db, actor, id).app;
  recordReveal(ctx, { actor, action: 'titleApplications.pii_reveal', resource: RESOURCE, resourceId: id, summary: `查看申报 ${nameOf(a)} 的完整证件号码与手机号码` });
  return { applicantIdNumber: a.applicantIdNumber, applicantPhone: a.applicantPhone };
}

/** 审核进度: every step so far, and each level of the stored chain as done / where it is now / still ahead. */
export function progress(ctx: AppContext, actor: Actor, id: number) {
  const a = loadVisible(ctx, ctx.db, actor, id).app;
  const steps = stepsOf(ctx.db, id).map(({ applicationId: _a, actorId: _b, ...s }) => s);
  const chain = a.chain.map((s, i) => ({
    ...s,
    levelLabel: LEVEL_LABEL[s.level],
    state: i < a.currentStep || (i === a.currentStep && a.status === 'approved') ? 'done' : i === a.currentStep ? 'current' : 'ahead',
  }));
  return { status: a.status, currentStep: a.currentStep, chain, steps };
}

/** The review home: per plan, what waits at the caller's org (待审, 待送审) and what it returned (已退回). */
export function counters(ctx: AppContext, actor: Actor) {
  const orgId = actor.orgId ?? -1;
  const counts = ctx.db
    .select({ planId: titleApplications.planId, status: titleApplications.status, n: sql<number>`count(*)` })
    .from(titleApplications)
    .where(and(eq(titleApplications.currentOrgId, orgId), inArray(titleApplications.status, ['pending', 'awaiting_submission', 'returned'])))
    .groupBy(titleApplications.planId, titleApplications.status)
    .all();
  const n = (planId: number, status: string) => counts.find((c) => c.planId === planId && c.status === status)?.n ?? 0;
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
    })),
  };
}

export const reviewers = (ctx: AppContext, actor: Actor) => (actor.orgId == null ? [] : reviewersOf(ctx.db, actor.orgId));

// ---- moves ----

type AppRow = TitleApplicationWithNames['app'];

/** The step row every move writes, with the level and org it happened at (names copied: the record outlives renames). */
function stepAt(a: AppRow, step: number, at: string, actor: Pick<Actor, 'id' | 'name'> | null): Omit<StepInsert, 'kind'> {
  const org = a.chain[step];
  return { at, step, orgId: org.orgId, orgName: org.name, orgLevel: org.level, actorId: actor?.id ?? null, actorName: actor?.name ?? null };
}

/** Where the caller may act: at their own org, on the version they saw, not held by a colleague. */
function checkActor(a: AppRow, actor: Actor, assigneeName: string | null, opts: { version?: number; ignoreAssignee?: boolean } = {}) {
  if (a.currentOrgId !== actor.orgId) throw conflict('该申报当前不在本机构审核，不能办理');
  if (opts.version !== undefined && a.version !== opts.version) throw staleVersion();
  if (!opts.ignoreAssignee && a.assigneeId !== null && a.assigneeId !== actor.id) throw conflict(`该申报已由${assigneeName ?? '其他审核员'}领取，请联系其转派`);
}

/**
 * 审核 at the caller's level: pass (待送审, or 已通过 at the last level), return to the applicant or
 * to an earlier level of the chain, or fail. One transition, one step row, one audit row.
 */
export function review(ctx: AppContext, actor: Actor, id: number, input: ReviewBodyInput) {
  const at = ctx.clock.now().toISOString();
  ctx.db.transaction(
    (tx) => {
      const r = loadVisible(ctx, tx, actor, id);
      const a = r.app;
      checkActor(a, actor, r.assigneeName, { version: input.version });
      const problems = reviewProblems(input, a);
      if (Object.keys(problems).length) throw invalid(Object.values(problems).join('；'), problems);
      const event = reviewEvent(input, a);
      const to = transition(titleApplicationWorkflow, a.status, event, actor.roles, titleLabels);
      const returnToStep = event === 'returnToLevel' ? a.chain.findIndex((s) => s.orgId === input.returnTo) : undefined;
      const step = stepAfter(event, a, { returnToStep });
      const modules = input.moduleErrors as TitleModule[];
      const changes: Partial<AppRow> = { status: to, currentStep: step, currentOrgId: a.chain[step].orgId, updatedAt: at, version: a.version + 1 };
      if (event === 'returnToApplicant') {
        // Coming straight back to this level, it comes back to the reviewer who returned it.
        Object.assign(changes, { returnedModules: modules, returnedFromStep: a.currentStep, resubmitTo: input.resubmitTo, assigneeId: input.resubmitTo === 'this_level' ? actor.id : null });
      } else if (event === 'returnToLevel') {
        Object.assign(changes, { assigneeId: null });
      } else if (event === 'passFinal' || event === 'reject') {
        Object.assign(changes, { decidedAt: at, assigneeId: a.assigneeId ?? actor.id });
      } else {
        Object.assign(changes, { assigneeId: a.assigneeId ?? actor.id });
      }
      const res = tx
        .update(titleApplications)
        .set(changes)
        .where(and(eq(titleApplications.id, id), eq(titleApplications.version, a.version)))
        .run();
      if (res.changes !== 1) throw staleVersion();
      const target = returnToStep !== undefined ? a.chain[returnToStep] : null;
      addStep(tx, id, {
        ...stepAt(a, a.currentStep, at, actor),
        kind: 'reviewed',
        result: event === 'passFinal' ? 'approve' : input.result,
        opinion: input.opinion,
        moduleErrors: modules.length ? modules : null,
        returnToOrgId: target?.orgId ?? null,
        returnToName: target ? target.name : event === 'returnToApplicant' ? '申报人' : null,
        resubmitTo: event === 'returnToApplicant' ? input.resubmitTo : null,
      });
      const where = target ? `，退回至${target.name}` : event === 'returnToApplicant' ? `，退回申报人（${input.resubmitTo === 'first_level' ? '从第一级重新审核' : '修改后回到本级'}）` : '';
      const marked = modules.length ? `，问题模块：${modules.map((m) => MODULE_LABEL[m]).join('、')}` : '';
      recordAudit(tx, {
        actor,
        action: `titleApplications.${AUDIT_VERB[event]}`,
        resource: RESOURCE,
        resourceId: id,
        summary: `${titleLabels.event(event)} ${nameOf(a)}${where}${marked}；意见：${input.opinion}`,
        at,
      });
    },
    { behavior: 'immediate' },
  );
  return get(ctx, actor, id);
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
  const rows = findTitleApplications(tx, ids);
  const found = new Map(rows.map((r) => [r.app.id, r]));
  const blockers: Blocker[] = [];
  for (const id of ids) if (!found.has(id) || !hasVisited(tx, actor.orgId, id)) blockers.push({ id, applicantName: null, reason: '申报不存在或不在本机构的审核范围内' });
  return { rows: ids.map((id) => found.get(id)).filter((r) => r !== undefined && hasVisited(tx, actor.orgId, r.app.id)) as TitleApplicationWithNames[], blockers };
}

/** Why `event` cannot happen to this application now, or null. */
function whyNot(r: TitleApplicationWithNames, actor: Actor, event: TitleEvent): string | null {
  const a = r.app;
  if (a.currentOrgId !== actor.orgId) return `当前在${r.currentOrgName}，不在本机构`;
  if (!titleApplicationWorkflow[a.status][event]) return `当前状态为「${titleLabels.state(a.status)}」，不能${titleLabels.event(event)}`;
  return null;
}

function moveEach(
  ctx: AppContext,
  actor: Actor,
  ids: number[],
  event: TitleEvent,
  what: string,
  extra: (r: TitleApplicationWithNames) => string | null,
  apply: (tx: Tx, r: TitleApplicationWithNames, at: string) => void,
) {
  const at = ctx.clock.now().toISOString();
  ctx.db.transaction(
    (tx) => {
      const { rows, blockers } = loadMany(tx, actor, ids);
      for (const r of rows) {
        const reason = whyNot(r, actor, event) ?? extra(r);
        if (reason) blockers.push({ id: r.app.id, applicantName: r.app.applicantName, reason });
      }
      if (blockers.length) throw blocked(`${what}未执行，以下申报不能${what}`, blockers);
      for (const r of rows) {
        transition(titleApplicationWorkflow, r.app.status, event, actor.roles, titleLabels);
        apply(tx, r, at);
      }
    },
    { behavior: 'immediate' },
  );
  return { ids, count: ids.length };
}

/** 领取: pending applications at the caller's org that nobody holds. */
export function claim(ctx: AppContext, actor: Actor, ids: number[]) {
  return moveEach(
    ctx,
    actor,
    ids,
    'claim',
    '领取',
    (r) => (r.app.assigneeId === actor.id ? '已由您领取' : r.app.assigneeId !== null ? `已由${r.assigneeName}领取` : null),
    (tx, r, at) => {
      const a = r.app;
      tx.update(titleApplications).set({ assigneeId: actor.id, updatedAt: at, version: a.version + 1 }).where(eq(titleApplications.id, a.id)).run();
      addStep(tx, a.id, { ...stepAt(a, a.currentStep, at, actor), kind: 'claimed', detail: `${actor.name} 领取` });
      recordAudit(tx, { actor, action: 'titleApplications.claim', resource: RESOURCE, resourceId: a.id, summary: `领取申报 ${nameOf(a)}`, at });
    },
  );
}

/** 转派 to another active title reviewer of the same org (e.g. a colleague on leave holds them). */
export function reassign(ctx: AppContext, actor: Actor, ids: number[], assigneeId: number) {
  const target = reviewers(ctx, actor).find((s) => s.id === assigneeId);
  if (!target) throw conflict('只能转派给本机构在岗的职称审核员', { assigneeId: '请选择本机构在岗的职称审核员' });
  return moveEach(
    ctx,
    actor,
    ids,
    'reassign',
    '转派',
    (r) => (r.app.assigneeId === assigneeId ? `已由${target.name}办理` : null),
    (tx, r, at) => {
      const a = r.app;
      tx.update(titleApplications).set({ assigneeId, updatedAt: at, version: a.version + 1 }).where(eq(titleApplications.id, a.id)).run();
      const from = r.assigneeName ? `由${r.assigneeName}` : '';
      addStep(tx, a.id, { ...stepAt(a, a.currentStep, at, actor), kind: 'reassigned', detail: `${from}转派给 ${target.name}` });
      recordAudit(tx, { actor, action: 'titleApplications.reassign', resource: RESOURCE, resourceId: a.id, summary: `申报 ${nameOf(a)} ${from}转派给 ${target.name}（${target.username}）`, at });
    },
  );
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
    const reason = whyNot(r, actor, 'forward') ?? (next(r) ? null : '已是最后一级，无需送审');
    if (reason) blockers.push({ id: r.app.id, applicantName: r.app.applicantName, reason });
    else if (!to) to = next(r);
    else if (next(r).orgId !== to.orgId) blockers.push({ id: r.app.id, applicantName: r.app.applicantName, reason: `应送往${next(r).name}，与本批其他申报（${to.name}）不同，请分批送审` });
  }
  if (blockers.length || !to) throw blocked('送审未执行，以下申报不能送审', blockers);
  return { rows, to };
}

/** 送审 one application of a checked batch: 待审 at the next level, which now sees it. */
export function forwardOne(tx: Tx, actor: Actor, r: TitleApplicationWithNames, batchId: number, at: string) {
  const a = r.app;
  const to = transition(titleApplicationWorkflow, a.status, 'forward', actor.roles, titleLabels);
  const step = stepAfter('forward', a);
  const next = a.chain[step];
  const res = tx
    .update(titleApplications)
    .set({ status: to, currentStep: step, currentOrgId: next.orgId, assigneeId: null, updatedAt: at, version: a.version + 1 })
    .where(and(eq(titleApplications.id, a.id), eq(titleApplications.version, a.version)))
    .run();
  if (res.changes !== 1) throw staleVersion();
  addVisit(tx, a.id, next.orgId, at);
  addStep(tx, a.id, { ...stepAt(a, a.currentStep, at, actor), kind: 'forwarded', batchId, detail: `送审至${next.name}（批次 #${batchId}）` });
  recordAudit(tx, { actor, action: 'titleApplications.forward', resource: RESOURCE, resourceId: a.id, summary: `申报 ${nameOf(a)} 送审至${next.name}（批次 #${batchId}）`, at });
}
