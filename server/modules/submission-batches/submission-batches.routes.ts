import { Router } from 'express';
import type { AppContext } from '../../context';
import { can } from '../../domain/policy';
import { acceptUploads, uploadedFiles } from '../../files/upload';
import { actorOf, authorize } from '../../http/authorize';
import { parseListQuery, sendList } from '../../http/listQuery';
import { idParam } from '../../http/params';
import { registerRecordAccess } from '../../http/recordAccess';
import { parse } from '../../http/validate';
import { CreateBatchBody, BATCH_ATTACHMENT, BATCH_MAX } from './submission-batches.schemas';
import { batchListSpec, findVisibleBatch } from './submission-batches.repo';
import * as service from './submission-batches.service';

/** 送审批次: what an org sent up with its 推荐报告/申报函, and what it received from below. */
export function submissionBatchRoutes(ctx: AppContext) {
  // The attachment downloads through /api/files: the org that sent the batch and the one that received it.
  registerRecordAccess(
    'submission-batches',
    (c, actor, id) => can(actor, 'submissionBatches.read') && id !== null && !!findVisibleBatch(c.db, actor, id),
  );
  const r = Router();
  r.get('/', authorize('submissionBatches.read'), (req, res) => {
    const actor = actorOf(req);
    const p = parseListQuery(req.query, batchListSpec(actor));
    const { rows, total } = service.list(ctx, actor, p);
    sendList(res, 'submission-batches', p, rows, total);
  });
  r.get('/:id', authorize('submissionBatches.read'), (req, res) =>
    res.json(service.get(ctx, actorOf(req), idParam(req))),
  );
  r.post(
    '/',
    authorize('submissionBatches.create'),
    acceptUploads(ctx, Object.keys(BATCH_ATTACHMENT), BATCH_MAX + 10),
    async (req, res) => {
      const body = parse(CreateBatchBody, req.body ?? {});
      res.status(201).json(await service.create(ctx, actorOf(req), body, uploadedFiles(req)));
    },
  );
  return r;
}
