import type { AppContext } from '../../context';
import { notFound } from '../../domain/errors';
import type { Actor } from '../../domain/roles';
import { recordAudit } from '../../audit/record';
import { checkUploads, insertFileRows, withStoredUploads, type IncomingFile } from '../../files/storage';
import type { ListParams } from '../../../db/lists';
import { checkForward, forwardOne } from '../title-applications/title-applications.service';
import { BATCH_ATTACHMENT, type CreateBatchInput } from './submission-batches.schemas';
import { attachFile, findVisibleBatch, insertBatch, insertBatchItems, listBatches, type BatchWithNames } from './submission-batches.repo';

const RESOURCE = 'submission-batches';

/** `direction`: whether the caller's org sent the batch up or received it from below. */
const present = (actor: Actor, r: BatchWithNames) => ({
  ...r.batch,
  direction: r.batch.fromOrgId === actor.orgId ? ('sent' as const) : ('received' as const),
  fromOrgName: r.fromOrgName,
  toOrgName: r.toOrgName,
  attachment: r.attachment,
});

export function list(ctx: AppContext, actor: Actor, p: ListParams) {
  const { rows, total } = listBatches(ctx.db, actor, p);
  return { rows: rows.map((r) => present(actor, r)), total };
}

export function get(ctx: AppContext, actor: Actor, id: number) {
  const r = findVisibleBatch(ctx.db, actor, id);
  if (!r) throw notFound('送审批次不存在或不属于本机构');
  return present(actor, r);
}

/**
 * 批量送审 [003 §3.1 D–E]: the attachment is checked first, then in one transaction every selected
 * application is checked (all awaiting submission here, all going to the same next org) and either
 * all move up a level or none does; the stored file is removed again if anything is refused.
 */
export async function create(ctx: AppContext, actor: Actor, input: CreateBatchInput, incoming: IncomingFile[]) {
  const checked = await checkUploads(ctx, incoming, BATCH_ATTACHMENT);
  const at = ctx.clock.now().toISOString();
  // Checked before any byte is written too, so a refused batch costs no disk write.
  ctx.db.transaction((tx) => void checkForward(tx, actor, input.applicationIds), { behavior: 'immediate' });
  const id = await withStoredUploads(ctx, checked, (stored) =>
    ctx.db.transaction(
      (tx) => {
        const { rows, to } = checkForward(tx, actor, input.applicationIds);
        const fileId = insertFileRows(tx, stored, { type: RESOURCE, id: null }, actor.id, at).attachment;
        const batchId = insertBatch(tx, {
          fromOrgId: actor.orgId!,
          toOrgId: to.orgId,
          attachmentFileId: fileId,
          note: input.note,
          applicationCount: rows.length,
          createdBy: actor.id,
          createdByName: actor.name,
          createdAt: at,
        });
        attachFile(tx, fileId, batchId);
        insertBatchItems(tx, batchId, rows.map((r) => r.app.id));
        for (const r of rows) forwardOne(tx, actor, r, batchId, at);
        recordAudit(tx, { actor, action: 'submissionBatches.create', resource: RESOURCE, resourceId: batchId, summary: `送审 ${rows.length} 条申报至${to.name}，附${stored[0].originalName}`, at });
        return batchId;
      },
      { behavior: 'immediate' },
    ),
  );
  return get(ctx, actor, id);
}
