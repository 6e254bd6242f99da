import { and, eq, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { files, orgs, submissionBatches } from '../../../db/schema';
import type { Db, DbOrTx } from '../../../db/client';
import type { Actor } from '../../domain/roles';
import {
  findTitleApplications,
  type StepInsert,
  type TitleApplicationWithNames,
} from '../title-applications/title-applications.repo';
import { allowedValue, boundedCount, dateBound, like, type ListParams, type ListSpec } from '../../../db/lists';

export const BATCH_DIRECTIONS = ['sent', 'received'] as const;

/** A reviewer sees the batches their org sent and the ones it received. */
export function batchScope(actor: Pick<Actor, 'orgId'>): SQL {
  const org = actor.orgId ?? -1;
  return or(eq(submissionBatches.fromOrgId, org), eq(submissionBatches.toOrgId, org))!;
}

export function batchListSpec(actor: Actor): ListSpec {
  const org = actor.orgId ?? -1;
  return {
    resource: 'submission-batches',
    table: submissionBatches,
    idColumn: submissionBatches.id,
    sortable: {
      id: submissionBatches.id,
      createdAt: submissionBatches.createdAt,
      applicationCount: submissionBatches.applicationCount,
    },
    filters: {
      direction: (value, field) =>
        allowedValue(value, BATCH_DIRECTIONS, field) === 'sent'
          ? eq(submissionBatches.fromOrgId, org)
          : eq(submissionBatches.toOrgId, org),
      createdAt_gte: dateBound(submissionBatches.createdAt, 'gte'),
      createdAt_lte: dateBound(submissionBatches.createdAt, 'lte'),
    },
    search: (q) => like(submissionBatches.note, q, 'contains'),
    defaultSort: ['createdAt', 'DESC'],
  };
}

const fromOrg = alias(orgs, 'from_org');
const toOrg = alias(orgs, 'to_org');
const columns = {
  batch: submissionBatches,
  fromOrgName: fromOrg.name,
  toOrgName: toOrg.name,
  attachment: { id: files.id, originalName: files.originalName, mime: files.mime, size: files.size },
};
const base = (db: DbOrTx) =>
  db
    .select(columns)
    .from(submissionBatches)
    .innerJoin(fromOrg, eq(fromOrg.id, submissionBatches.fromOrgId))
    .innerJoin(toOrg, eq(toOrg.id, submissionBatches.toOrgId))
    .innerJoin(files, eq(files.id, submissionBatches.attachmentFileId));

export type BatchWithNames = NonNullable<ReturnType<typeof findBatch>>;

export function listBatches(db: Db, actor: Actor, p: ListParams) {
  const where = and(batchScope(actor), p.where);
  return {
    rows: base(db)
      .where(where)
      .orderBy(...p.orderBy)
      .limit(p.limit)
      .offset(p.offset)
      .all(),
    total: boundedCount(db, submissionBatches, where),
  };
}

export const findBatch = (db: DbOrTx, id: number) => base(db).where(eq(submissionBatches.id, id)).get();
export const findVisibleBatch = (db: DbOrTx, actor: Actor, id: number) =>
  base(db)
    .where(and(eq(submissionBatches.id, id), batchScope(actor)))
    .get();

export const insertBatch = (tx: DbOrTx, values: typeof submissionBatches.$inferInsert) =>
  tx.insert(submissionBatches).values(values).returning({ id: submissionBatches.id }).get().id;

// Ids travel as one JSON parameter (json_each), so a batch of 10,000 is one statement, never 10,000
// bound variables; SQLite's limit would refuse them.
const each = (values: unknown[]) => JSON.stringify(values);

/** The named applications with their names, read in chunks of ids SQLite's bound-variable limit allows. */
export function findApplications(tx: DbOrTx, ids: number[]): TitleApplicationWithNames[] {
  const rows: TitleApplicationWithNames[] = [];
  for (let i = 0; i < ids.length; i += 900) rows.push(...findTitleApplications(tx, ids.slice(i, i + 900)));
  return rows;
}

/** Which of the ids have ever reached the org (title_application_orgs), in one query. */
export function visitedBy(tx: DbOrTx, orgId: number | null | undefined, ids: number[]) {
  if (orgId == null) return new Set<number>();
  const rows = tx.all<{ id: number }>(
    sql`SELECT application_id AS id FROM title_application_orgs WHERE org_id = ${orgId} AND application_id IN (SELECT value FROM json_each(${each(ids)}))`,
  );
  return new Set(rows.map((r) => r.id));
}

/** A forward as the planner gave it: the row's new columns, written only onto the version it was planned from. */
export interface ForwardWrite {
  id: number;
  fromVersion: number;
  patch: {
    status: string;
    currentStep: number;
    currentOrgId: number;
    assigneeId: null;
    updatedAt: string;
    version: number;
    /** The next level's clock starts on arrival. */
    levelSince: string;
    levelPauses: unknown[];
    dueDate: string | null;
    arrivedVia: string;
  };
  step: StepInsert;
}

/**
 * The moves of a batch in one UPDATE; the number of rows changed, which is fewer than asked when
 * someone moved one of them meanwhile (the caller then rolls back).
 */
export function applyForwards(tx: DbOrTx, moves: ForwardWrite[]) {
  const json = each(moves.map((m) => ({ id: m.id, fromVersion: m.fromVersion, ...m.patch })));
  return tx.run(sql`UPDATE title_applications SET
      status = json_extract(m.value, '$.status'),
      current_step = json_extract(m.value, '$.currentStep'),
      current_org_id = json_extract(m.value, '$.currentOrgId'),
      assignee_id = json_extract(m.value, '$.assigneeId'),
      updated_at = json_extract(m.value, '$.updatedAt'),
      version = json_extract(m.value, '$.version'),
      level_since = json_extract(m.value, '$.levelSince'),
      level_pauses = json(json_extract(m.value, '$.levelPauses')),
      due_date = json_extract(m.value, '$.dueDate'),
      arrived_via = json_extract(m.value, '$.arrivedVia')
    FROM json_each(${json}) AS m
    WHERE title_applications.id = json_extract(m.value, '$.id') AND title_applications.version = json_extract(m.value, '$.fromVersion')`)
    .changes;
}

/** Their progress steps, in the order given (step ids follow it). */
export function insertForwardSteps(tx: DbOrTx, moves: ForwardWrite[]) {
  const json = each(moves.map((m) => ({ applicationId: m.id, ...m.step })));
  tx.run(sql`INSERT INTO title_review_steps (application_id, kind, at, step, org_id, org_name, org_level, actor_id, actor_name, batch_id, detail)
    SELECT json_extract(value, '$.applicationId'), json_extract(value, '$.kind'), json_extract(value, '$.at'), json_extract(value, '$.step'),
      json_extract(value, '$.orgId'), json_extract(value, '$.orgName'), json_extract(value, '$.orgLevel'), json_extract(value, '$.actorId'),
      json_extract(value, '$.actorName'), json_extract(value, '$.batchId'), json_extract(value, '$.detail')
    FROM json_each(${json}) ORDER BY key`);
}

/** The org they now stand at sees them from now on (an earlier arrival, after a return, is kept). */
export const insertVisits = (tx: DbOrTx, orgId: number, ids: number[], at: string) =>
  tx.run(
    sql`INSERT INTO title_application_orgs (org_id, application_id, arrived_at) SELECT ${orgId}, value, ${at} FROM json_each(${each(ids)}) WHERE true ON CONFLICT DO NOTHING`,
  );

export const insertBatchItems = (tx: DbOrTx, batchId: number, applicationIds: number[]) =>
  tx.run(
    sql`INSERT INTO submission_batch_items (batch_id, application_id) SELECT ${batchId}, value FROM json_each(${each(applicationIds)})`,
  );

/** The attachment is stored before the batch row exists; it is tied to the batch once that has an id. */
export const attachFile = (tx: DbOrTx, fileId: number, batchId: number) =>
  tx.update(files).set({ ownerId: batchId }).where(eq(files.id, fileId)).run();
