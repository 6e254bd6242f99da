import { and, eq } from 'drizzle-orm';
import { files, submissionBatches, titlePlanReports } from '../../../db/schema';
import type { DbOrTx } from '../../../db/client';

const columns = {
  report: titlePlanReports,
  file: { id: files.id, originalName: files.originalName, mime: files.mime, size: files.size },
};
const base = (db: DbOrTx) =>
  db.select(columns).from(titlePlanReports).innerJoin(files, eq(files.id, titlePlanReports.fileId));

export type ReportWithFile = NonNullable<ReturnType<typeof findReport>>;

export const findReport = (db: DbOrTx, id: number) => base(db).where(eq(titlePlanReports.id, id)).get();

/** The org's report for the plan (there is at most one). */
export const reportsOf = (db: DbOrTx, planId: number, orgId: number) =>
  base(db)
    .where(and(eq(titlePlanReports.planId, planId), eq(titlePlanReports.orgId, orgId)))
    .all();

export const insertReport = (tx: DbOrTx, values: typeof titlePlanReports.$inferInsert) =>
  tx.insert(titlePlanReports).values(values).returning({ id: titlePlanReports.id }).get().id;

/** Whether the org received a batch that carried the report (it then reads the report as its attachment). */
export const receivedWithReport = (db: DbOrTx, orgId: number, reportId: number) =>
  !!db
    .select({ id: submissionBatches.id })
    .from(submissionBatches)
    .where(and(eq(submissionBatches.toOrgId, orgId), eq(submissionBatches.reportId, reportId)))
    .limit(1)
    .get();

/** The stored file is recorded before the report row exists; it is tied to the report once that has an id. */
export const attachReportFile = (tx: DbOrTx, fileId: number, reportId: number) =>
  tx.update(files).set({ ownerId: reportId }).where(eq(files.id, fileId)).run();
