import { Router } from 'express';
import type { AppContext } from '../../context';
import { actorOf, authorize } from '../../http/authorize';
import { parseListQuery, sendList } from '../../http/listQuery';
import { idParam } from '../../http/params';
import { parse } from '../../http/validate';
import { registerRecordAccess } from '../../http/recordAccess';
import { can } from '../../domain/policy';
import { CreateOrgBody, UpdateOrgBody } from './orgs.schemas';
import { orgListSpec } from './orgs.repo';
import * as service from './orgs.service';

export function orgRoutes(ctx: AppContext) {
  // The edit form's 操作记录: only who keeps the tree sees how it changed.
  registerRecordAccess('orgs', (_ctx, actor) => can(actor, 'orgs.write'));
  const r = Router();
  r.get('/', authorize('orgs.read'), (req, res) => {
    const p = parseListQuery(req.query, orgListSpec);
    const { rows, total } = service.list(ctx, actorOf(req), p);
    sendList(res, 'orgs', p, rows, total);
  });
  r.get('/:id', authorize('orgs.read'), (req, res) => res.json(service.get(ctx, actorOf(req), idParam(req))));
  r.post('/', authorize('orgs.write'), (req, res) =>
    res.status(201).json(service.create(ctx, actorOf(req), parse(CreateOrgBody, req.body))),
  );
  r.put('/:id', authorize('orgs.write'), (req, res) =>
    res.json(service.update(ctx, actorOf(req), idParam(req), parse(UpdateOrgBody, req.body))),
  );
  r.delete('/:id', authorize('orgs.write'), (req, res) => res.json(service.remove(ctx, actorOf(req), idParam(req))));
  return r;
}
