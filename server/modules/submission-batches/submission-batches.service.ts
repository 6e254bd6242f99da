import type { AppContext } from '../../context';
import type { Tx } from '../../../db/client';
import { notFound, staleVersion } from '../../domain/errors';
import type { Actor } from '../../domain/roles';
import { recordAudits } from '../../audit/record';
import { checkUploads, insertFileRows, withStoredUploads, type IncomingFile } from '../../files/storage';
import type { ListParams } from '../../../db/lists';
import {
  blockerOf,
  planForward,
  type MovePlan,
  type PlannedApplication,
} from '../../domain/workflows/titleReview.planner';
import { withDueDate } from '../title-applications/title-applications.deadlines';
import type { ChainStep } from '../../domain/titleRouting';
import { blocked } from '../title-applications/title-applications.service';
import type { TitleApplicationWithNames } from '../title-applications/title-applications.repo';
import { BATCH_ATTACHMENT, type CreateBatchInput } from './submission-batches.schemas';
import { reportForBatch } from '../title-plans/title-plans.reports';
import { invalid } from '../../domain/errors';
import { withdrawnOf } from '../title-applications/withdrawUrge.repo';
import {
  applyForwards,
  attachFile,
  findApplications,
  findVisibleBatch,
  insertBatch,
  insertBatchItems,
  insertForwardSteps,
  insertVisits,
  listBatches,
  visitedBy,
  type BatchWithNames,
  type ForwardWrite,
} from './submission-batches.repo';

const RESOURCE = 'submission-batches';

/** `direction`: whether the caller's org sent the batch up or received it from below. */
const present = (actor: Actor, r: BatchWithNames) => ({
  ...r.batch,
  direction: r.batch.fromOrgId === actor.orgId ? ('sent' as const) : ('received' as const),
  fromOrgName: r.fromOrgName,
  toOrgName: r.toOrgName,
  attachment: r.attachment,
});

export function list(ctx: AppContext, actor: Actor, p: ListParams) {
  const { rows, total } = listBatches(ctx.db, actor, p);
  return { rows: rows.map((r) => present(actor, r)), total };
}

export function get(ctx: AppContext, actor: Actor, id: number) {
  const r = findVisibleBatch(ctx.db, actor, id);
  if (!r) throw notFound('送审批次不存在或不属于本机构');
  // 撤回: the items its sender took back since (the rest of the batch is where it went).
  return { ...present(actor, r), withdrawn: withdrawnOf(ctx.db, id) };
}

/** The application as the planners see it, with the names that make a refusal readable. */
const planned = (r: TitleApplicationWithNames): PlannedApplication => ({
  ...r.app,
  assigneeName: r.assigneeName,
  currentOrgName: r.currentOrgName,
});

/**
 * Every named application visible to the caller's org, awaiting submission there and going to the same
 * next org; returns them and that org, or throws naming each blocker. Loaded with one query per 900 ids
 * and decided in memory by the planner's rule.
 */
function checkBatch(tx: Tx, actor: Actor, ids: number[], reportPlanId?: number) {
  const found = new Map(findApplications(tx, ids).map((r) => [r.app.id, r]));
  const visited = visitedBy(tx, actor.orgId, ids);
  const blockers: { id: number; applicantName: string | null; reason: string }[] = [];
  const rows: TitleApplicationWithNames[] = [];
  let to: ChainStep | undefined;
  for (const id of ids) {
    const r = found.get(id);
    if (!r || !visited.has(id)) {
      blockers.push({ id, applicantName: null, reason: '申报不存在或不在本机构的审核范围内' });
      continue;
    }
    const reason = blockerOf(planned(r), actor, 'forward');
    const next = r.app.chain[r.app.currentStep + 1];
    if (reason) blockers.push({ id, applicantName: r.app.applicantName, reason });
    else if (reportPlanId !== undefined && r.app.planId !== reportPlanId)
      blockers.push({ id, applicantName: r.app.applicantName, reason: '属于其他申报事项，不能使用所选推荐报告' });
    else if (to && next.orgId !== to.orgId)
      blockers.push({
        id,
        applicantName: r.app.applicantName,
        reason: `应送往${next.name}，与本批其他申报（${to.name}）不同，请分批送审`,
      });
    else to ??= next;
    rows.push(r);
  }
  if (blockers.length || !to) throw blocked('送审未执行，以下申报不能送审', blockers);
  return { rows, to };
}

/**
 * 批量送审 [003 §3.1 D–E]: the attachment is checked first, then in one transaction every selected
 * application is checked and either all move up a level or none does; the stored file is removed
 * again if anything is refused. Up to 10,000 at once (a whole city's list), so the writes are
 * set-based: one UPDATE, one INSERT each for steps, visits and items, the audit rows chained in one pass.
 */
export async function create(ctx: AppContext, actor: Actor, input: CreateBatchInput, incoming: IncomingFile[]) {
  // A chosen report stands in for the upload: it is kept with this batch as with every other that chose it.
  const report = input.reportId === undefined ? undefined : reportForBatch(ctx, actor, input.reportId);
  const checked = await checkUploads(ctx, incoming, BATCH_ATTACHMENT, { requireAll: !report });
  if (report && checked.length)
    throw invalid('已选用推荐报告，请不要再上传附件', { attachment: '已选用推荐报告，请不要再上传附件' });
  const at = ctx.clock.now().toISOString();
  const id = await withStoredUploads(ctx, checked, (stored) =>
    ctx.db.transaction(
      (tx) => {
        const { rows, to } = checkBatch(tx, actor, input.applicationIds, report?.planId);
        const fileId = report
          ? report.fileId
          : insertFileRows(tx, stored, { type: RESOURCE, id: null }, actor.id, at).attachment;
        const batchId = insertBatch(tx, {
          fromOrgId: actor.orgId!,
          toOrgId: to.orgId,
          attachmentFileId: fileId,
          reportId: report?.id ?? null,
          note: input.note,
          applicationCount: rows.length,
          createdBy: actor.id,
          createdByName: actor.name,
          createdAt: at,
        });
        if (!report) attachFile(tx, fileId, batchId);
        const plans = rows.map((r) => ({ r, plan: planForward(planned(r), actor, batchId, at) }));
        // Every one arrives at the next level today: one due date per plan.
        const due = new Map<number, ForwardWrite['patch']>();
        const patchOf = (r: TitleApplicationWithNames, patch: MovePlan['patch']) =>
          withDueDate(tx, r.app.planId, patch) as ForwardWrite['patch'];
        const moves = plans.map(({ r, plan }) => {
          const first = due.get(r.app.planId) ?? patchOf(r, plan.patch);
          due.set(r.app.planId, first);
          return {
            id: r.app.id,
            fromVersion: r.app.version,
            patch: { ...(plan.patch as ForwardWrite['patch']), dueDate: first.dueDate },
            step: plan.step,
          };
        });
        if (applyForwards(tx, moves) !== moves.length) throw staleVersion();
        insertForwardSteps(tx, moves);
        insertVisits(tx, to.orgId, input.applicationIds, at);
        insertBatchItems(tx, batchId, input.applicationIds);
        recordAudits(tx, [
          ...plans.map(({ r, plan }) => ({
            actor,
            action: plan.action,
            resource: 'title-applications',
            resourceId: r.app.id,
            summary: plan.auditSummary,
            at,
          })),
          {
            actor,
            action: 'submissionBatches.create',
            resource: RESOURCE,
            resourceId: batchId,
            summary: `送审 ${rows.length} 条申报至${to.name}，附${report ? `推荐报告 #${report.id}` : stored[0].originalName}`,
            at,
          },
        ]);
        return batchId;
      },
      { behavior: 'immediate' },
    ),
  );
  return get(ctx, actor, id);
}
