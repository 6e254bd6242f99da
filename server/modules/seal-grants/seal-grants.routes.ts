import { Router } from 'express';
import type { AppContext } from '../../context';
import { actorOf, authorize } from '../../http/authorize';
import { parseListQuery, sendList } from '../../http/listQuery';
import { idParam } from '../../http/params';
import { parse } from '../../http/validate';
import { beijingDate } from '../../domain/workingDays';
import { ReasonBody } from '../seals/seals.schemas';
import { ChangeGrantBody, RemoveGrantBody } from './seal-grants.schemas';
import * as service from './seal-grants.service';
import { grantListSpec } from './seal-grants.repo';

export function sealGrantRoutes(ctx: AppContext) {
  const spec = grantListSpec(() => beijingDate(ctx.clock.now()));
  const r = Router();
  r.get('/', authorize('sealGrants.read'), (req, res) => {
    const p = parseListQuery(req.query, spec);
    const { rows, total } = service.list(ctx, actorOf(req), p);
    sendList(res, 'seal-grants', p, rows, total);
  });
  r.get('/:id', authorize('sealGrants.read'), (req, res) => res.json(service.get(ctx, actorOf(req), idParam(req))));
  r.post('/:id/revoke', authorize('seals.void'), (req, res) => {
    const b = parse(ReasonBody, req.body);
    res.json(service.revokeByStaff(ctx, actorOf(req), idParam(req), b.reason, b.version));
  });
  return r;
}

/** 编辑 / 删除被授权人 from the hall (X-Intake-Key). */
export function sealGrantIntakeRoutes(ctx: AppContext) {
  const r = Router();
  r.put('/:id', (req, res) =>
    res.json(service.changeFromHall(ctx, idParam(req), parse(ChangeGrantBody, req.body), req.ip)),
  );
  r.delete('/:id', (req, res) =>
    res.json(service.removeFromHall(ctx, idParam(req), parse(RemoveGrantBody, req.body ?? {}), req.ip)),
  );
  return r;
}
