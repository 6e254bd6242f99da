import { Router } from 'express';
import type { AppContext } from '../../context';
import { can } from '../../domain/policy';
import { actorOf, authorize } from '../../http/authorize';
import { parseListQuery, sendList } from '../../http/listQuery';
import { idParam } from '../../http/params';
import { registerRecordAccess } from '../../http/recordAccess';
import { parse } from '../../http/validate';
import { ReasonBody } from './seals.schemas';
import { sealListSpec } from './seals.repo';
import * as service from './seals.service';

export function sealRoutes(ctx: AppContext) {
  registerRecordAccess('seals', (_ctx, actor) => can(actor, 'seals.read'));
  const r = Router();
  r.get('/', authorize('seals.read'), (req, res) => {
    const p = parseListQuery(req.query, sealListSpec);
    const { rows, total } = service.list(ctx, actorOf(req), p);
    sendList(res, 'seals', p, rows, total);
  });
  r.get('/:id', authorize('seals.read'), (req, res) => res.json(service.get(ctx, actorOf(req), idParam(req))));
  r.post('/:id/void', authorize('seals.void'), (req, res) => {
    const b = parse(ReasonBody, req.body);
    res.json(service.voidByStaff(ctx, actorOf(req), idParam(req), b.reason, b.version));
  });
  return r;
}
