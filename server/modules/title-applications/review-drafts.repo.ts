import { and, eq } from 'drizzle-orm';
import { reviewDrafts } from '../../../db/schema';
import type { DbOrTx } from '../../../db/client';

export type ReviewDraftRow = typeof reviewDrafts.$inferSelect;

export const findDraft = (db: DbOrTx, applicationId: number, reviewerId: number) =>
  db
    .select()
    .from(reviewDrafts)
    .where(and(eq(reviewDrafts.applicationId, applicationId), eq(reviewDrafts.reviewerId, reviewerId)))
    .get();

export const insertDraft = (tx: DbOrTx, values: typeof reviewDrafts.$inferInsert) =>
  tx.insert(reviewDrafts).values(values).returning().get();

/** Writes onto the version the reviewer's page last saw; undefined when another page saved meanwhile. */
export const updateDraft = (tx: DbOrTx, id: number, fromVersion: number, values: Partial<ReviewDraftRow>) =>
  tx
    .update(reviewDrafts)
    .set({ ...values, version: fromVersion + 1 })
    .where(and(eq(reviewDrafts.id, id), eq(reviewDrafts.version, fromVersion)))
    .returning()
    .get();

export const deleteDraft = (tx: DbOrTx, applicationId: number, reviewerId: number) =>
  tx
    .delete(reviewDrafts)
    .where(and(eq(reviewDrafts.applicationId, applicationId), eq(reviewDrafts.reviewerId, reviewerId)))
    .run().changes;

/** Every reviewer's draft of the application: none outlives the review that moves it on. */
export const deleteDraftsOf = (tx: DbOrTx, applicationId: number) =>
  tx.delete(reviewDrafts).where(eq(reviewDrafts.applicationId, applicationId)).run().changes;
