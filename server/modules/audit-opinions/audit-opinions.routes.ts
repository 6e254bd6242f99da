import { Router } from 'express';
import type { AppContext } from '../../context';
import { can } from '../../domain/policy';
import { actorOf, authorize } from '../../http/authorize';
import { parseListQuery, sendList } from '../../http/listQuery';
import { idParam } from '../../http/params';
import { registerRecordAccess } from '../../http/recordAccess';
import { parse } from '../../http/validate';
import { CreateAuditOpinionBody, UpdateAuditOpinionBody } from './audit-opinions.schemas';
import { auditOpinionListSpec, findVisibleOpinion } from './audit-opinions.repo';
import * as service from './audit-opinions.service';

/** 常用意见: each reviewer's own plus the global ones; the review form offers them to pick. */
export function auditOpinionRoutes(ctx: AppContext) {
  registerRecordAccess(
    'audit-opinions',
    (c, actor, id) => can(actor, 'auditOpinions.read') && id !== null && !!findVisibleOpinion(c.db, actor, id),
  );
  const r = Router();
  r.get('/', authorize('auditOpinions.read'), (req, res) => {
    const actor = actorOf(req);
    const p = parseListQuery(req.query, auditOpinionListSpec(actor));
    const { rows, total } = service.list(ctx, actor, p);
    sendList(res, 'audit-opinions', p, rows, total);
  });
  r.get('/:id', authorize('auditOpinions.read'), (req, res) => res.json(service.get(ctx, actorOf(req), idParam(req))));
  r.post('/', authorize('auditOpinions.write'), (req, res) =>
    res.status(201).json(service.create(ctx, actorOf(req), parse(CreateAuditOpinionBody, req.body))),
  );
  r.put('/:id', authorize('auditOpinions.write'), (req, res) =>
    res.json(service.update(ctx, actorOf(req), idParam(req), parse(UpdateAuditOpinionBody, req.body))),
  );
  r.delete('/:id', authorize('auditOpinions.write'), (req, res) =>
    res.json(service.remove(ctx, actorOf(req), idParam(req))),
  );
  return r;
}
