import { and, asc, desc, eq, inArray, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import {
  orgs,
  staff,
  submissionBatchItems,
  titleApplicationOrgs,
  titleApplications,
  titleModuleVersions,
  titlePlans,
  titleReviewSteps,
} from '../../../db/schema';
import type { Db, DbOrTx } from '../../../db/client';
import { AppError } from '../../domain/errors';
import type { Actor } from '../../domain/roles';
import { TITLE_LEVELS } from '../../domain/titleRouting';
import { TITLE_APPLICATION_STATUSES, type TitleModule } from '../../domain/workflows/titleApplications.workflow';
import {
  booleanFilter,
  boundedCount,
  dateBound,
  deferredPage,
  enumFilter,
  intFilter,
  piiSearch,
  textSearch,
  type FilterBuilder,
  type ListParams,
  type ListSpec,
} from '../../../db/lists';
import { regionCodeUnknown } from '../../domain/validators';
import { reviewLevelFilter } from './reviewLevel.repo';
import { HELD_STATUSES } from '../../domain/titleDeadlines';
import { urgeableCondition, urgedCondition } from './withdrawUrge.repo';

export type TitleApplicationRow = typeof titleApplications.$inferSelect;

/**
 * A reviewer's scope: the applications at their org or that ever reached it (DOMAIN: "at, or passed through";
 * every arrival records a visit). A correlated EXISTS (one probe of the (org_id, application_id) primary key
 * per row) lets the page walk the index that serves its filter and sort and stop at the LIMIT; `id IN (SELECT …)`
 * built the org's ~450k ids, twice a request, and sorted them. Staff without an org see none.
 */
// Qualified by hand: drizzle prints a bare "id" in single-table selects, which inside the subquery would not name the outer row.
const outerId = sql`${sql.identifier('title_applications')}.${sql.identifier('id')}`;

export function scopeOf(actor: Pick<Actor, 'orgId'>): SQL {
  if (actor.orgId == null) return sql`0`;
  return sql`EXISTS (SELECT 1 FROM ${titleApplicationOrgs} WHERE ${titleApplicationOrgs.applicationId} = ${outerId} AND ${titleApplicationOrgs.orgId} = ${actor.orgId})`;
}

/**
 * The scope a list needs: none when it asks only for what is at the caller's org now (`currentOrgId=mine`, the
 * queue's default view), which is in the scope by definition; the visit probe per row would be most of its cost.
 */
const listScope = (actor: Pick<Actor, 'orgId'>, p: ListParams) =>
  actor.orgId != null && (p.filter.currentOrgId === 'mine' || String(p.filter.urgeable) === 'true')
    ? undefined
    : scopeOf(actor);
/** The rows overdue on `today` (Beijing): held at a level past its last day. */
export const overdueCondition = (today: string): SQL =>
  and(
    inArray(titleApplications.status, [...HELD_STATUSES]),
    isNotNull(titleApplications.dueDate),
    lt(titleApplications.dueDate, today),
  )!;

/** How many rows of a GROUP BY are overdue on `today`. */
export const overdueFlag = (today: string) => sql<number>`sum(CASE WHEN ${overdueCondition(today)} THEN 1 ELSE 0 END)`;

const intOr =
  (special: Record<string, SQL>, column: Parameters<typeof intFilter>[0]): FilterBuilder =>
  (value, field) => {
    if (typeof value === 'string' && Object.hasOwn(special, value)) return special[value];
    return intFilter(column)(value, field);
  };

/**
 * The whitelist of the lists; "mine" means the caller (assignee) or the caller's org (current org);
 * `overdue` is judged against `today` (Beijing).
 */
export function titleApplicationListSpec(actor: Actor & { actsFor?: { id: number }[] }, today: string): ListSpec {
  const myOrg = actor.orgId ?? -1;
  // 委托: while a delegation is active, "mine" holds the delegators' work too (one assignee index probe per id).
  const mine = actor.actsFor?.length
    ? inArray(titleApplications.assigneeId, [actor.id, ...actor.actsFor.map((d) => d.id)])
    : eq(titleApplications.assigneeId, actor.id);
  return {
    resource: 'title-applications',
    table: titleApplications,
    idColumn: titleApplications.id,
    sortable: {
      id: titleApplications.id,
      submittedAt: titleApplications.submittedAt,
      updatedAt: titleApplications.updatedAt,
      applicantName: titleApplications.applicantName,
      status: titleApplications.status,
      level: titleApplications.level,
      series: titleApplications.series,
      planId: titleApplications.planId,
      currentOrgId: titleApplications.currentOrgId,
      unitOrgId: titleApplications.unitOrgId,
      dueDate: titleApplications.dueDate,
    },
    filters: {
      overdue: booleanFilter(overdueCondition(today), sql`NOT (${overdueCondition(today)})`),
      planId: intFilter(titleApplications.planId),
      status: enumFilter(titleApplications.status, TITLE_APPLICATION_STATUSES),
      series: (value) => eq(titleApplications.series, String(value).trim()),
      level: enumFilter(titleApplications.level, TITLE_LEVELS),
      unitOrgId: intFilter(titleApplications.unitOrgId),
      currentOrgId: intOr({ mine: eq(titleApplications.currentOrgId, myOrg) }, titleApplications.currentOrgId),
      assigneeId: intOr({ mine, unassigned: isNull(titleApplications.assigneeId) }, titleApplications.assigneeId),
      batchId: (value, field) => {
        const n = Number(value);
        if (!Number.isInteger(n)) throw new AppError(400, `筛选条件 ${field} 应为整数`, { [field]: '应为整数' });
        return sql`${titleApplications.id} IN (SELECT ${submissionBatchItems.applicationId} FROM ${submissionBatchItems} WHERE ${submissionBatchItems.batchId} = ${n})`;
      },
      submittedAt_gte: dateBound(titleApplications.submittedAt, 'gte'),
      submittedAt_lte: dateBound(titleApplications.submittedAt, 'lte'),
      reviewLevel: reviewLevelFilter,
      urged: booleanFilter(urgedCondition(), sql`NOT (${urgedCondition()})`),
      // What the caller's org may urge (held below it on its way up): its own scope (listScope).
      urgeable: booleanFilter(urgeableCondition(actor.orgId)),
    },
    // A name by any part of 3+ characters or by its first 1–2; an ID number or phone whole or by its last 4 (they are masked everywhere they are shown).
    search: (q) =>
      or(
        textSearch(
          { fts: 'title_applications_fts', idColumn: titleApplications.id, columns: [titleApplications.applicantName] },
          q,
        ),
        piiSearch(titleApplications.applicantIdNumber, q),
        piiSearch(titleApplications.applicantPhone, q),
      ),
    defaultSort: ['submittedAt', 'ASC'],
    keyset: ['submittedAt', 'updatedAt'],
  };
}

const unitOrg = alias(orgs, 'unit_org');
const currentOrg = alias(orgs, 'current_org');
const assignee = alias(staff, 'assignee');
const columns = {
  app: titleApplications,
  planName: titlePlans.name,
  unitOrgName: unitOrg.name,
  currentOrgName: currentOrg.name,
  assigneeName: assignee.name,
};

const base = (db: DbOrTx) =>
  db
    .select(columns)
    .from(titleApplications)
    .innerJoin(titlePlans, eq(titlePlans.id, titleApplications.planId))
    .innerJoin(unitOrg, eq(unitOrg.id, titleApplications.unitOrgId))
    .innerJoin(currentOrg, eq(currentOrg.id, titleApplications.currentOrgId))
    .leftJoin(assignee, eq(assignee.id, titleApplications.assigneeId));

export type TitleApplicationWithNames = NonNullable<ReturnType<typeof findTitleApplication>>;

/** One page of the applications within the caller's scope. */
export function listTitleApplications(db: Db, actor: Pick<Actor, 'orgId'>, p: ListParams) {
  const where = and(listScope(actor, p), p.where);
  const page = deferredPage(db, titleApplications, titleApplications.id, where, p);
  const rows = base(db)
    .where(page.where)
    .orderBy(...p.orderBy)
    .limit(p.limit)
    .offset(page.offset)
    .all();
  return { rows, total: boundedCount(db, titleApplications, where) };
}

export const findTitleApplication = (db: DbOrTx, id: number) => base(db).where(eq(titleApplications.id, id)).get();
/** The application with its names if the org ever had it, in one query (the visit probed by the primary key). */
export const findVisibleTitleApplication = (db: DbOrTx, orgId: number | null | undefined, id: number) =>
  orgId == null
    ? undefined
    : base(db)
        .where(and(eq(titleApplications.id, id), scopeOf({ orgId })))
        .get();
export const findTitleApplications = (db: DbOrTx, ids: number[]) =>
  ids.length ? base(db).where(inArray(titleApplications.id, ids)).all() : [];

export const hasVisited = (db: DbOrTx, orgId: number | null | undefined, applicationId: number) =>
  orgId != null &&
  !!db
    .select({ one: sql`1` })
    .from(titleApplicationOrgs)
    .where(and(eq(titleApplicationOrgs.orgId, orgId), eq(titleApplicationOrgs.applicationId, applicationId)))
    .get();

/** Records that the application reached `orgId` (a second arrival, after a return, changes nothing). */
export const addVisit = (tx: DbOrTx, applicationId: number, orgId: number, at: string) =>
  tx.insert(titleApplicationOrgs).values({ applicationId, orgId, arrivedAt: at }).onConflictDoNothing().run();

/** Every revision of every module, oldest first. */
export const moduleVersionsOf = (db: DbOrTx, applicationId: number) =>
  db
    .select()
    .from(titleModuleVersions)
    .where(eq(titleModuleVersions.applicationId, applicationId))
    .orderBy(asc(titleModuleVersions.module), asc(titleModuleVersions.revision))
    .all();

export const insertModule = (
  tx: DbOrTx,
  applicationId: number,
  module: TitleModule,
  revision: number,
  content: Record<string, unknown>,
  at: string,
) => tx.insert(titleModuleVersions).values({ applicationId, module, revision, content, createdAt: at }).run();

export const insertApplication = (tx: DbOrTx, values: typeof titleApplications.$inferInsert) =>
  tx
    .insert(titleApplications)
    .values({ ...values, regionCodeUnknown: regionCodeUnknown({ ids: [['resident_id', values.applicantIdNumber]] }) })
    .returning()
    .get();

/** Writes a planned move onto the version it was planned from; false when someone moved it meanwhile. */
export const applyMove = (tx: DbOrTx, id: number, fromVersion: number, patch: Partial<TitleApplicationRow>) =>
  tx
    .update(titleApplications)
    .set(patch)
    .where(and(eq(titleApplications.id, id), eq(titleApplications.version, fromVersion)))
    .run().changes === 1;

export type StepInsert = Omit<typeof titleReviewSteps.$inferInsert, 'id' | 'applicationId'>;
export const addStep = (tx: DbOrTx, applicationId: number, step: StepInsert) =>
  tx
    .insert(titleReviewSteps)
    .values({ ...step, applicationId })
    .run();

export const stepsOf = (db: DbOrTx, applicationId: number) =>
  db
    .select()
    .from(titleReviewSteps)
    .where(eq(titleReviewSteps.applicationId, applicationId))
    .orderBy(asc(titleReviewSteps.id))
    .all();

/** The latest return recorded for the application (its marked modules are what a reviewer re-checks). */
export const lastReturnOf = (db: DbOrTx, applicationId: number) =>
  db
    .select()
    .from(titleReviewSteps)
    .where(and(eq(titleReviewSteps.applicationId, applicationId), eq(titleReviewSteps.result, 'return')))
    .orderBy(desc(titleReviewSteps.id))
    .limit(1)
    .get();

/** An open application of the same person in the same plan (one application per person and plan at a time). */
export const openDuplicate = (db: DbOrTx, planId: number, idNumber: string) =>
  db
    .select({ id: titleApplications.id })
    .from(titleApplications)
    .where(
      and(
        eq(titleApplications.planId, planId),
        eq(titleApplications.applicantIdNumber, idNumber),
        sql`${titleApplications.status} <> 'rejected'`,
      ),
    )
    .get();

/** The review home's numbers: per plan and status, what waits at one org (and how much of it is overdue). */
export const countsAt = (db: DbOrTx, orgId: number, today: string) =>
  db
    .select({
      planId: titleApplications.planId,
      status: titleApplications.status,
      n: sql<number>`count(*)`,
      overdue: overdueFlag(today),
    })
    .from(titleApplications)
    .where(
      and(
        eq(titleApplications.currentOrgId, orgId),
        inArray(titleApplications.status, ['pending', 'awaiting_submission', 'returned']),
      ),
    )
    .groupBy(titleApplications.planId, titleApplications.status)
    .all();

export const allPlans = (db: DbOrTx) =>
  db.select().from(titlePlans).orderBy(desc(titlePlans.year), asc(titlePlans.id)).all();

/** Active title reviewers of one org: who applications there may be reassigned to. */
export function reviewersOf(db: DbOrTx, orgId: number) {
  return db
    .select({ id: staff.id, username: staff.username, name: staff.name })
    .from(staff)
    .where(
      and(
        eq(staff.orgId, orgId),
        eq(staff.status, 'active'),
        sql`EXISTS (SELECT 1 FROM json_each(${staff.roles}) WHERE value = 'title_reviewer')`,
      ),
    )
    .orderBy(asc(staff.username))
    .all();
}

export const orgNameOf = (db: DbOrTx, id: number) =>
  db.select({ name: orgs.name }).from(orgs).where(eq(orgs.id, id)).get()?.name ?? null;

/** The applications of a plan whose level clock runs (or is paused): the ones a change of its days moves. */
export const runningClocksOfPlan = (db: DbOrTx, planId: number) =>
  db
    .select({
      id: titleApplications.id,
      levelSince: titleApplications.levelSince,
      levelPauses: titleApplications.levelPauses,
      dueDate: titleApplications.dueDate,
    })
    .from(titleApplications)
    .where(and(eq(titleApplications.planId, planId), isNotNull(titleApplications.levelSince)))
    .all();

export const setDueDate = (tx: DbOrTx, id: number, dueDate: string | null) =>
  tx.update(titleApplications).set({ dueDate }).where(eq(titleApplications.id, id)).run();
