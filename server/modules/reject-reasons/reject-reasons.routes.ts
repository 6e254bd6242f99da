import { Router } from 'express';
import type { AppContext } from '../../context';
import { can } from '../../domain/policy';
import { actorOf, authorize } from '../../http/authorize';
import { parseListQuery, sendList } from '../../http/listQuery';
import { idParam } from '../../http/params';
import { registerRecordAccess } from '../../http/recordAccess';
import { parse } from '../../http/validate';
import { CreateRejectReasonBody, UpdateRejectReasonBody } from './reject-reasons.schemas';
import { rejectReasonListSpec } from './reject-reasons.repo';
import * as service from './reject-reasons.service';

/** 常用驳回原因: sysadmin keeps the list, appeal agents pick from it when rejecting. */
export function rejectReasonRoutes(ctx: AppContext) {
  registerRecordAccess('reject-reasons', (_ctx, actor) => can(actor, 'rejectReasons.read'));
  const r = Router();
  r.get('/', authorize('rejectReasons.read'), (req, res) => {
    const p = parseListQuery(req.query, rejectReasonListSpec);
    const { rows, total } = service.list(ctx, actorOf(req), p);
    sendList(res, 'reject-reasons', p, rows, total);
  });
  r.get('/:id', authorize('rejectReasons.read'), (req, res) => res.json(service.get(ctx, actorOf(req), idParam(req))));
  r.post('/', authorize('rejectReasons.write'), (req, res) =>
    res.status(201).json(service.create(ctx, actorOf(req), parse(CreateRejectReasonBody, req.body))),
  );
  r.put('/:id', authorize('rejectReasons.write'), (req, res) =>
    res.json(service.update(ctx, actorOf(req), idParam(req), parse(UpdateRejectReasonBody, req.body))),
  );
  r.delete('/:id', authorize('rejectReasons.write'), (req, res) =>
    res.json(service.remove(ctx, actorOf(req), idParam(req))),
  );
  return r;
}
