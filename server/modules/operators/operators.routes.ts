import { Router } from 'express';
import type { AppContext } from '../../context';
import { can } from '../../domain/policy';
import { actorOf, authorize } from '../../http/authorize';
import { parseListQuery, sendList } from '../../http/listQuery';
import { idParam } from '../../http/params';
import { registerRecordAccess } from '../../http/recordAccess';
import { parse } from '../../http/validate';
import { RevealQuery } from '../../security/revealLimit';
import { CreateOperatorBody, UpdateOperatorBody, VersionBody } from './operators.schemas';
import * as service from './operators.service';
import { operatorListSpec } from './operators.repo';

export function operatorRoutes(ctx: AppContext) {
  registerRecordAccess('operators', (_ctx, actor) => can(actor, 'operators.read'));
  const spec = operatorListSpec(() => ctx.clock.now().toISOString().slice(0, 10));
  const r = Router();
  r.get('/', authorize('operators.read'), (req, res) => {
    const p = parseListQuery(req.query, spec);
    const { rows, total } = service.list(ctx, actorOf(req), p);
    sendList(res, 'operators', p, rows, total);
  });
  r.get('/:id', authorize('operators.read'), (req, res) => res.json(service.get(ctx, actorOf(req), idParam(req))));
  r.get('/:id/pii', authorize('operators.revealPii'), (req, res) =>
    res.json(service.revealPii(ctx, actorOf(req), idParam(req), parse(RevealQuery, req.query).reason)),
  );
  r.post('/', authorize('operators.write'), (req, res) =>
    res.status(201).json(service.create(ctx, actorOf(req), parse(CreateOperatorBody, req.body))),
  );
  r.put('/:id', authorize('operators.write'), (req, res) =>
    res.json(service.update(ctx, actorOf(req), idParam(req), parse(UpdateOperatorBody, req.body))),
  );
  for (const event of ['disable', 'enable'] as const) {
    r.post(`/:id/${event}`, authorize('operators.write'), (req, res) =>
      res.json(service.changeStatus(ctx, actorOf(req), idParam(req), event, parse(VersionBody, req.body).version)),
    );
  }
  r.delete('/:id', authorize('operators.write'), (req, res) =>
    res.json(service.remove(ctx, actorOf(req), idParam(req))),
  );
  return r;
}
