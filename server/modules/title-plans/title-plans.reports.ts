import type { AppContext } from '../../context';
import { conflict, notFound } from '../../domain/errors';
import type { Actor } from '../../domain/roles';
import { recordAudit } from '../../audit/record';
import type { UploadRule } from '../../files/kinds';
import { checkUploads, insertFileRows, withStoredUploads, type IncomingFile } from '../../files/storage';
import { findTitlePlan } from './title-plans.repo';
import {
  attachReportFile,
  findReport,
  insertReport,
  receivedWithReport,
  reportsOf,
  type ReportWithFile,
} from './title-plans.reports.repo';

export const REPORT_RESOURCE = 'title-plan-reports';

/** 推荐报告 for a plan: the same kinds a batch attachment takes. */
export const REPORT_UPLOAD: Record<string, UploadRule> = {
  attachment: { label: '推荐报告', kinds: ['pdf', 'jpg', 'png', 'doc', 'docx'], required: true },
};

const present = (r: ReportWithFile) => ({ ...r.report, file: r.file });

/** Who may read a report (and download its file): the org that uploaded it, and every org a batch carried it to. */
export const canSeeReport = (ctx: AppContext, actor: Actor, id: number) => {
  const r = findReport(ctx.db, id);
  return !!r && actor.orgId != null && (r.report.orgId === actor.orgId || receivedWithReport(ctx.db, actor.orgId, id));
};

function loadPlan(ctx: AppContext, planId: number) {
  const plan = findTitlePlan(ctx.db, planId);
  if (!plan) throw notFound('申报事项不存在');
  return plan;
}

/** The caller's org's report for the plan ([] before it uploaded one). */
export function listReports(ctx: AppContext, actor: Actor, planId: number) {
  loadPlan(ctx, planId);
  return actor.orgId == null ? [] : reportsOf(ctx.db, planId, actor.orgId).map(present);
}

/**
 * Uploads the org's 推荐报告 for a plan, once: later batches of the plan choose it by `reportId`
 * instead of uploading it again. A second upload is refused (409); the file is checked by content
 * first and removed again if the row cannot be written.
 */
export async function uploadReport(ctx: AppContext, actor: Actor, planId: number, incoming: IncomingFile[]) {
  const plan = loadPlan(ctx, planId);
  if (actor.orgId == null) throw conflict('您未绑定审核机构，不能上传推荐报告');
  const orgId = actor.orgId;
  const checked = await checkUploads(ctx, incoming, REPORT_UPLOAD);
  const at = ctx.clock.now().toISOString();
  const id = await withStoredUploads(ctx, checked, (stored) =>
    ctx.db.transaction(
      (tx) => {
        if (reportsOf(tx, planId, orgId).length)
          throw conflict('本机构已上传过该申报事项的推荐报告，送审时请直接选用', { attachment: '已上传过推荐报告' });
        const fileId = insertFileRows(tx, stored, { type: REPORT_RESOURCE, id: null }, actor.id, at).attachment;
        const reportId = insertReport(tx, {
          planId,
          orgId,
          fileId,
          createdBy: actor.id,
          createdByName: actor.name,
          createdAt: at,
        });
        attachReportFile(tx, fileId, reportId);
        recordAudit(tx, {
          actor,
          action: 'titlePlans.report_upload',
          resource: 'title-plans',
          resourceId: planId,
          summary: `上传${plan.name}的推荐报告 ${stored[0].originalName}（报告 #${reportId}）`,
          at,
        });
        return reportId;
      },
      { behavior: 'immediate' },
    ),
  );
  return present(findReport(ctx.db, id)!);
}

/** The report a batch chose: the caller's org's own. */
export function reportForBatch(ctx: AppContext, actor: Actor, reportId: number) {
  const r = findReport(ctx.db, reportId);
  if (!r || r.report.orgId !== actor.orgId)
    throw conflict('所选推荐报告不存在或不是本机构上传的', { reportId: '请选择本机构上传的推荐报告' });
  return r.report;
}
