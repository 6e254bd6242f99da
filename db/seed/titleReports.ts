import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { asc, eq } from 'drizzle-orm';
import { files, orgs, titlePlanReports, titlePlans } from '../schema';
import { seedUploadDir, type SeedContext } from './context';
import { tinyPdf } from './samples';

/**
 * One reusable 推荐报告 per demo employer unit, for the first plan: the unit's reviewers choose it
 * for their next batch instead of uploading it again. Nothing random: the same rows every time.
 */
export function seedTitleReports(ctx: SeedContext) {
  const { db } = ctx;
  const plan = db.select().from(titlePlans).orderBy(asc(titlePlans.id)).limit(1).get();
  if (!plan) return;
  const units = db.select({ id: orgs.id, name: orgs.name }).from(orgs).where(eq(orgs.level, 'unit')).all();
  const uploadDir = seedUploadDir(db);
  fs.mkdirSync(uploadDir, { recursive: true });
  const at = new Date(ctx.now.getTime() - 20 * 86_400_000).toISOString();
  for (const unit of units) {
    const pdf = tinyPdf(`recommendation report ${unit.id}`);
    const storageName = `${crypto.randomUUID()}.pdf`;
    fs.writeFileSync(path.join(uploadDir, storageName), pdf);
    const fileId = db
      .insert(files)
      .values({
        storageName,
        originalName: `${unit.name}推荐报告.pdf`,
        mime: 'application/pdf',
        size: pdf.length,
        sha256: crypto.createHash('sha256').update(pdf).digest('hex'),
        ownerType: 'title-plan-reports',
        ownerId: null,
        field: 'attachment',
        uploadedBy: null,
        createdAt: at,
      })
      .returning({ id: files.id })
      .get().id;
    const reportId = db
      .insert(titlePlanReports)
      .values({ planId: plan.id, orgId: unit.id, fileId, createdByName: '演示数据', createdAt: at })
      .returning({ id: titlePlanReports.id })
      .get().id;
    db.update(files).set({ ownerId: reportId }).where(eq(files.id, fileId)).run();
  }
  ctx.log(`推荐报告 ${units.length} 份（${plan.name}）`);
}
