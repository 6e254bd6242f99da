import { and, eq, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { files, orgs, submissionBatchItems, submissionBatches } from '../../../db/schema';
import type { Db, DbOrTx } from '../../../db/client';
import type { Actor } from '../../domain/roles';
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
    sortable: { id: submissionBatches.id, createdAt: submissionBatches.createdAt, applicationCount: submissionBatches.applicationCount },
    filters: {
      direction: (value, field) => (allowedValue(value, BATCH_DIRECTIONS, field) === 'sent' ? eq(submissionBatches.fromOrgId, org) : eq(submissionBatches.toOrgId, org)),
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
  return { rows: base(db).where(where).orderBy(...p.orderBy).limit(p.limit).offset(p.offset).all(), total: boundedCount(db, submissionBatches, where) };
}

export const findBatch = (db: DbOrTx, id: number) => base(db).where(eq(submissionBatches.id, id)).get();
export const findVisibleBatch = (db: DbOrTx, actor: Actor, id: number) => base(db).where(and(eq(submissionBatches.id, id), batchScope(actor))).get();

export const insertBatch = (tx: DbOrTx, values: typeof submissionBatches.$inferInsert) => tx.insert(submissionBatches).values(values).returning({ id: submissionBatches.id }).get().id;

export const insertBatchItems = (tx: DbOrTx, batchId: number, applicationIds: number[]) =>
  tx.insert(submissionBatchItems).values(applicationIds.map((applicationId) => ({ batchId, applicationId }))).run();

/** The attachment is stored before the batch row exists; it is tied to the batch once that has an id. */
export const attachFile = (tx: DbOrTx, fileId: number, batchId: number) => tx.update(files).set({ ownerId: batchId }).where(eq(files.id, fileId)).run();
