import { Router } from 'express';
import type { AppContext } from '../../context';
import { can } from '../../domain/policy';
import { beijingDate } from '../../domain/workingDays';
import { actorOf, authorize } from '../../http/authorize';
import { parseListQuery, sendList } from '../../http/listQuery';
import { idParam } from '../../http/params';
import { registerRecordAccess } from '../../http/recordAccess';
import { parse } from '../../http/validate';
import { RevealQuery } from '../../security/revealLimit';
import {
  ApproveBody,
  AssignBody,
  BulkAssignBody,
  BulkClaimBody,
  ChecklistBody,
  MergeBody,
  RejectBody,
  SupplementBody,
  VersionBody,
} from './appeals.schemas';
import { appealListSpec } from './appeals.repo';
import * as actions from './appeals.actions';
import * as service from './appeals.service';
import { assignMany, claimMany } from './appeals.bulk';
import { merge } from './appeals.merge';

export function appealRoutes(ctx: AppContext) {
  registerRecordAccess('appeals', (_ctx, actor) => can(actor, 'appeals.read'));
  const r = Router();
  r.get('/', authorize('appeals.read'), (req, res) => {
    const actor = actorOf(req);
    const p = parseListQuery(req.query, appealListSpec(actor, beijingDate(ctx.clock.now())));
    const { rows, total } = service.list(ctx, actor, p);
    sendList(res, 'appeals', p, rows, total);
  });
  r.get('/stats', authorize('appeals.read'), (req, res) => res.json(service.stats(ctx, actorOf(req))));
  r.get('/agents', authorize('appeals.assign'), (_req, res) => res.json(service.agents(ctx)));
  r.post('/claim', authorize('appeals.claim'), (req, res) =>
    res.json({ results: claimMany(ctx, actorOf(req), parse(BulkClaimBody, req.body).ids) }),
  );
  r.post('/assign', authorize('appeals.assign'), (req, res) => {
    const body = parse(BulkAssignBody, req.body);
    res.json({ results: assignMany(ctx, actorOf(req), body.ids, body.assigneeId) });
  });
  r.get('/:id', authorize('appeals.read'), (req, res) => res.json(service.get(ctx, actorOf(req), idParam(req))));
  r.get('/:id/pii', authorize('appeals.revealPii'), (req, res) =>
    res.json(service.revealPii(ctx, actorOf(req), idParam(req), parse(RevealQuery, req.query).reason)),
  );
  r.get('/:id/timeline', authorize('appeals.read'), (req, res) => res.json(service.timeline(ctx, idParam(req))));
  r.post('/:id/claim', authorize('appeals.claim'), (req, res) =>
    res.json(actions.claim(ctx, actorOf(req), idParam(req), parse(VersionBody, req.body).version)),
  );
  r.post('/:id/assign', authorize('appeals.assign'), (req, res) => {
    const body = parse(AssignBody, req.body);
    res.json(actions.assign(ctx, actorOf(req), idParam(req), body.assigneeId, body.version));
  });
  r.post('/:id/checklist', authorize('appeals.decide'), (req, res) =>
    res.json(actions.check(ctx, actorOf(req), idParam(req), parse(ChecklistBody, req.body))),
  );
  r.post('/:id/approve', authorize('appeals.decide'), (req, res) =>
    res.json(actions.approve(ctx, actorOf(req), idParam(req), parse(ApproveBody, req.body))),
  );
  r.post('/:id/reject', authorize('appeals.decide'), (req, res) =>
    res.json(actions.reject(ctx, actorOf(req), idParam(req), parse(RejectBody, req.body))),
  );
  r.post('/:id/request-supplement', authorize('appeals.decide'), (req, res) =>
    res.json(actions.requestSupplement(ctx, actorOf(req), idParam(req), parse(SupplementBody, req.body))),
  );
  r.post('/:id/merge', authorize('appeals.decide'), (req, res) =>
    res.json(merge(ctx, actorOf(req), idParam(req), parse(MergeBody, req.body))),
  );
  return r;
}
