import { and, desc, eq, inArray, isNull, ne, sql, type SQL } from 'drizzle-orm';
import { orgs, staff, submissionBatchItems, titleApplications, titleReviewSteps, titleUrges } from '../../../db/schema';
import type { DbOrTx } from '../../../db/client';
import { HELD_STATUSES } from '../../domain/titleDeadlines';

/** The latest progress step that moved or touched the application (an urge moves nothing). */
export const lastMoveOf = (db: DbOrTx, applicationId: number) =>
  db
    .select()
    .from(titleReviewSteps)
    .where(and(eq(titleReviewSteps.applicationId, applicationId), ne(titleReviewSteps.kind, 'urged')))
    .orderBy(desc(titleReviewSteps.id))
    .limit(1)
    .get();

/** 撤回 out of a batch: the item is marked, the batch and its other items stay as they are. */
export const markWithdrawn = (tx: DbOrTx, batchId: number, applicationId: number, at: string) =>
  tx
    .update(submissionBatchItems)
    .set({ withdrawnAt: at })
    .where(
      and(
        eq(submissionBatchItems.batchId, batchId),
        eq(submissionBatchItems.applicationId, applicationId),
        isNull(submissionBatchItems.withdrawnAt),
      ),
    )
    .run();

/** The items of a batch its sender took back, oldest first. */
export const withdrawnOf = (db: DbOrTx, batchId: number) =>
  db
    .select({ applicationId: submissionBatchItems.applicationId, withdrawnAt: submissionBatchItems.withdrawnAt })
    .from(submissionBatchItems)
    .where(and(eq(submissionBatchItems.batchId, batchId), sql`${submissionBatchItems.withdrawnAt} IS NOT NULL`))
    .orderBy(submissionBatchItems.withdrawnAt)
    .all();

export const urgeOfDay = (db: DbOrTx, applicationId: number, day: string) =>
  db
    .select()
    .from(titleUrges)
    .where(and(eq(titleUrges.applicationId, applicationId), eq(titleUrges.day, day)))
    .get();

export const insertUrge = (tx: DbOrTx, values: typeof titleUrges.$inferInsert) =>
  tx.insert(titleUrges).values(values).returning().get();

/** The active title reviewers of an org who have a phone: whom an urge is texted to. */
export const reviewerPhonesOf = (db: DbOrTx, orgId: number) =>
  db
    .select({ id: staff.id, name: staff.name, phone: staff.phone })
    .from(staff)
    .where(
      and(
        eq(staff.orgId, orgId),
        eq(staff.status, 'active'),
        sql`${staff.phone} IS NOT NULL AND ${staff.phone} <> ''`,
        sql`EXISTS (SELECT 1 FROM json_each(${staff.roles}) WHERE value = 'title_reviewer')`,
      ),
    )
    .orderBy(staff.username)
    .all() as { id: number; name: string; phone: string }[];

/**
 * The review home's 被催办 notices: the urges of applications still held at the org that was urged
 * (what it has since sent on or decided no longer asks anything of it), newest first.
 */
export const urgesHeldAt = (db: DbOrTx, orgId: number, limit = 20) =>
  db
    .select({
      id: titleUrges.id,
      applicationId: titleUrges.applicationId,
      applicantName: titleApplications.applicantName,
      level: titleApplications.level,
      status: titleApplications.status,
      dueDate: titleApplications.dueDate,
      fromOrgName: titleUrges.fromOrgName,
      actorName: titleUrges.actorName,
      message: titleUrges.message,
      at: titleUrges.at,
    })
    .from(titleUrges)
    .innerJoin(titleApplications, eq(titleApplications.id, titleUrges.applicationId))
    .where(
      and(
        eq(titleUrges.heldOrgId, orgId),
        eq(titleApplications.currentOrgId, orgId),
        inArray(titleApplications.status, [...HELD_STATUSES]),
      ),
    )
    .orderBy(desc(titleUrges.at), desc(titleUrges.id))
    .limit(limit)
    .all();

const outerId = sql`${sql.identifier('title_applications')}.${sql.identifier('id')}`;
const outer = (column: string) => sql`${sql.identifier('title_applications')}.${sql.identifier(column)}`;

/** `urged=true`: applications urged while at the org that holds them now (仅看被催办). */
export const urgedCondition = (): SQL =>
  sql`EXISTS (SELECT 1 FROM ${titleUrges} WHERE ${titleUrges.applicationId} = ${outerId} AND ${titleUrges.heldOrgId} = ${outer('current_org_id')})`;

/**
 * `urgeable=true`: what the caller's org may urge — held (待审, 待送审) at an org below it in the tree
 * whose stored chain climbs to it. The org tree is small; the held rows are found by their current org.
 */
export const urgeableCondition = (orgId: number | null | undefined): SQL => {
  if (orgId == null) return sql`0`;
  const below = sql`WITH RECURSIVE below(id) AS (SELECT ${orgs.id} FROM ${orgs} WHERE ${orgs.parentId} = ${orgId} UNION ALL SELECT o.id FROM ${orgs} o JOIN below ON o.parent_id = below.id) SELECT id FROM below`;
  return and(
    sql`${outer('current_org_id')} IN (${below})`,
    inArray(titleApplications.status, [...HELD_STATUSES]),
    sql`EXISTS (SELECT 1 FROM json_each(${outer('chain')}) WHERE json_extract(value, '$.orgId') = ${orgId})`,
  )!;
};
