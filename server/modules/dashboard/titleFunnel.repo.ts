import { and, eq, inArray, sql } from 'drizzle-orm';
import { orgs, titleApplicationOrgs, titleApplications, titlePlans, titleReviewSteps } from '../../../db/schema';
import type { Db } from '../../../db/client';
import type { Actor } from '../../domain/roles';
import { scopeOf } from '../title-applications/title-applications.repo';

/**
 * The review funnel of each active plan by review level, over the applications in the caller's scope:
 * how many reached each level (arrived at one of its orgs) and what that level's reviews decided.
 * Computed from the arrivals and the review steps, not from the applications' current status.
 */
export function titleFunnel(db: Db, actor: Pick<Actor, 'orgId'>) {
  const inScope = and(eq(titlePlans.active, true), scopeOf(actor));
  const reached = db
    .select({
      planId: titleApplications.planId,
      level: orgs.level,
      n: sql<number>`count(DISTINCT ${titleApplicationOrgs.applicationId})`,
    })
    .from(titleApplicationOrgs)
    .innerJoin(titleApplications, eq(titleApplications.id, titleApplicationOrgs.applicationId))
    .innerJoin(titlePlans, eq(titlePlans.id, titleApplications.planId))
    .innerJoin(orgs, eq(orgs.id, titleApplicationOrgs.orgId))
    .where(inScope)
    .groupBy(titleApplications.planId, orgs.level)
    .all();
  const reviewed = db
    .select({
      planId: titleApplications.planId,
      level: titleReviewSteps.orgLevel,
      result: titleReviewSteps.result,
      n: sql<number>`count(DISTINCT ${titleReviewSteps.applicationId})`,
    })
    .from(titleReviewSteps)
    .innerJoin(titleApplications, eq(titleApplications.id, titleReviewSteps.applicationId))
    .innerJoin(titlePlans, eq(titlePlans.id, titleApplications.planId))
    .where(and(inScope, eq(titleReviewSteps.kind, 'reviewed')))
    .groupBy(titleApplications.planId, titleReviewSteps.orgLevel, titleReviewSteps.result)
    .all();
  const planIds = [...new Set(reached.map((r) => r.planId))];
  const plans = planIds.length
    ? db
        .select({ id: titlePlans.id, name: titlePlans.name })
        .from(titlePlans)
        .where(inArray(titlePlans.id, planIds))
        .orderBy(titlePlans.id)
        .all()
    : [];
  return { plans, reached, reviewed };
}
