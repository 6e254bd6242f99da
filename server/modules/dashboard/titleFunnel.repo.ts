import { and, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { orgs, titleApplicationOrgs, titleApplications, titlePlans, titleReviewSteps } from '../../../db/schema';
import type { Db } from '../../../db/client';
import type { Actor } from '../../domain/roles';

// The caller's scope (applications that reached their org, as every reviewer list has it), driven from the
// (org_id, application_id) key, so the work grows with the org's applications, not the whole table.
const reachedMine = alias(titleApplicationOrgs, 'mine');

/**
 * The review funnel of each active plan by review level, over the applications in the caller's scope:
 * how many reached each level (arrived at one of its orgs) and what that level's reviews decided.
 * Computed from the arrivals and the review steps, not from the applications' current status.
 */
export function titleFunnel(db: Db, actor: Pick<Actor, 'orgId'>) {
  if (actor.orgId == null) return { plans: [], reached: [], reviewed: [] };
  const inScope = and(eq(reachedMine.orgId, actor.orgId), eq(titlePlans.active, true));
  const reached = db
    .select({
      planId: titleApplications.planId,
      level: orgs.level,
      n: sql<number>`count(DISTINCT ${titleApplicationOrgs.applicationId})`,
    })
    .from(reachedMine)
    .innerJoin(titleApplications, eq(titleApplications.id, reachedMine.applicationId))
    .innerJoin(titlePlans, eq(titlePlans.id, titleApplications.planId))
    .innerJoin(titleApplicationOrgs, eq(titleApplicationOrgs.applicationId, reachedMine.applicationId))
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
    .from(reachedMine)
    .innerJoin(titleApplications, eq(titleApplications.id, reachedMine.applicationId))
    .innerJoin(titlePlans, eq(titlePlans.id, titleApplications.planId))
    .innerJoin(titleReviewSteps, eq(titleReviewSteps.applicationId, reachedMine.applicationId))
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
