import { and, eq, inArray } from 'drizzle-orm';
import { files } from '../../../db/schema';
import type { Db, Tx } from '../../../db/client';

const OWNER = 'title-applications';

/** The 附件材料 files among `ids` (under any of `fields`), with who holds each (null: not claimed yet). */
export const findAttachments = (tx: Tx, ids: number[], fields: string[]) =>
  tx
    .select({ id: files.id, ownerId: files.ownerId })
    .from(files)
    .where(and(eq(files.ownerType, OWNER), inArray(files.field, fields), inArray(files.id, ids)))
    .all();

export const claimAttachment = (tx: Tx, fileId: number, applicationId: number, field: string) =>
  tx.update(files).set({ ownerId: applicationId, field }).where(eq(files.id, fileId)).run();

/** An application's 附件材料 files in upload order (the owner index serves it). */
export const attachmentFiles = (db: Db, applicationId: number, fields: string[]) =>
  db
    .select({ id: files.id, originalName: files.originalName, mime: files.mime, size: files.size })
    .from(files)
    .where(and(eq(files.ownerType, OWNER), eq(files.ownerId, applicationId), inArray(files.field, fields)))
    .orderBy(files.id)
    .all();
