import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { orgs, titleApplicationOrgs, titleApplications, titlePlans, titleReviewSteps } from '../../../db/schema';
import type { DbOrTx } from '../../../db/client';

/** One org's name, level and parent (the level decides whether batch pass is offered). */
export const orgOf = (db: DbOrTx, id: number) =>
  db
    .select({ id: orgs.id, name: orgs.name, level: orgs.level, parentId: orgs.parentId })
    .from(orgs)
    .where(eq(orgs.id, id))
    .get();

/** The city bureaus under a province bureau, by name. */
export const citiesUnder = (db: DbOrTx, provinceId: number) =>
  db
    .select({ id: orgs.id, name: orgs.name })
    .from(orgs)
    .where(and(eq(orgs.parentId, provinceId), eq(orgs.level, 'city')))
    .orderBy(asc(orgs.id))
    .all();

/** Whether each named plan allows batch pass. */
export const batchPassByPlan = (db: DbOrTx, planIds: number[]) =>
  new Map(
    (planIds.length
      ? db
          .select({ id: titlePlans.id, allowed: titlePlans.batchPassAllowed })
          .from(titlePlans)
          .where(inArray(titlePlans.id, planIds))
          .all()
      : []
    ).map((p) => [p.id, p.allowed]),
  );

/** The plan and level of each named application (what batch pass checks before each review). */
export const plansOf = (db: DbOrTx, ids: number[]) =>
  new Map(
    (ids.length
      ? db
          .select({ id: titleApplications.id, planId: titleApplications.planId })
          .from(titleApplications)
          .where(inArray(titleApplications.id, ids))
          .all()
      : []
    ).map((a) => [a.id, a.planId]),
  );

/**
 * What the statistics need of one plan at some orgs: every application of the plan that reached one
 * of them (with its chain position now) and all their review steps, oldest first.
 */
export function statsInput(db: DbOrTx, planId: number, orgIds: number[]) {
  const apps = db
    .selectDistinct({
      id: titleApplications.id,
      level: titleApplications.level,
      status: titleApplications.status,
      currentOrgId: titleApplications.currentOrgId,
      chain: titleApplications.chain,
    })
    .from(titleApplications)
    .innerJoin(titleApplicationOrgs, eq(titleApplicationOrgs.applicationId, titleApplications.id))
    .where(and(eq(titleApplications.planId, planId), inArray(titleApplicationOrgs.orgId, orgIds)))
    .all();
  const json = JSON.stringify(apps.map((a) => a.id));
  const steps = db
    .select({
      applicationId: titleReviewSteps.applicationId,
      kind: titleReviewSteps.kind,
      at: titleReviewSteps.at,
      step: titleReviewSteps.step,
      orgId: titleReviewSteps.orgId,
      result: titleReviewSteps.result,
      returnToOrgId: titleReviewSteps.returnToOrgId,
    })
    .from(titleReviewSteps)
    .where(sql`${titleReviewSteps.applicationId} IN (SELECT value FROM json_each(${json}))`)
    .orderBy(asc(titleReviewSteps.applicationId), asc(titleReviewSteps.id))
    .all();
  return { apps, steps };
}

/**
 * 评审结果汇总表 rows: each application of the plan the org reviewed, with its latest review there
 * (result, opinion, reviewer, time), oldest review first.
 */
export function resultSheetRows(db: DbOrTx, planId: number, orgId: number) {
  const latest = db
    .select({ id: sql<number>`max(${titleReviewSteps.id})`.as('latest_id') })
    .from(titleReviewSteps)
    .innerJoin(titleApplications, eq(titleApplications.id, titleReviewSteps.applicationId))
    .where(
      and(
        eq(titleApplications.planId, planId),
        eq(titleReviewSteps.orgId, orgId),
        eq(titleReviewSteps.kind, 'reviewed'),
      ),
    )
    .groupBy(titleReviewSteps.applicationId)
    .as('latest');
  return db
    .select({
      applicationId: titleApplications.id,
      applicantName: titleApplications.applicantName,
      applicantIdNumber: titleApplications.applicantIdNumber,
      series: titleApplications.series,
      level: titleApplications.level,
      titleName: titleApplications.titleName,
      unitOrgName: orgs.name,
      result: titleReviewSteps.result,
      opinion: titleReviewSteps.opinion,
      reviewerName: titleReviewSteps.actorName,
      at: titleReviewSteps.at,
    })
    .from(latest)
    .innerJoin(titleReviewSteps, eq(titleReviewSteps.id, latest.id))
    .innerJoin(titleApplications, eq(titleApplications.id, titleReviewSteps.applicationId))
    .innerJoin(orgs, eq(orgs.id, titleApplications.unitOrgId))
    .orderBy(asc(titleReviewSteps.at), asc(titleReviewSteps.id))
    .all();
}
