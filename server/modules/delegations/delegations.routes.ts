import { Router } from 'express';
import type { AppContext } from '../../context';
import { actorOf, authorize } from '../../http/authorize';
import { parseListQuery, sendList } from '../../http/listQuery';
import { idParam } from '../../http/params';
import { parse } from '../../http/validate';
import { CreateDelegationBody, EndDelegationBody } from './delegations.schemas';
import { delegationListSpec } from './delegations.repo';
import * as service from './delegations.service';

/** 委托: a title reviewer on leave names a colleague of the same org; the delegator or a sysadmin ends it. */
export function delegationRoutes(ctx: AppContext) {
  const r = Router();
  r.get('/', authorize('delegations.read'), (req, res) => {
    const actor = actorOf(req);
    const p = parseListQuery(req.query, delegationListSpec(actor, service.delegationToday(ctx)));
    const { rows, total } = service.list(ctx, actor, p);
    sendList(res, 'delegations', p, rows, total);
  });
  r.get('/current', authorize('delegations.read'), (req, res) => res.json(service.current(ctx, actorOf(req))));
  r.post('/', authorize('delegations.write'), (req, res) =>
    res.status(201).json(service.create(ctx, actorOf(req), parse(CreateDelegationBody, req.body))),
  );
  r.get('/:id', authorize('delegations.read'), (req, res) => res.json(service.get(ctx, actorOf(req), idParam(req))));
  r.post('/:id/end', authorize('delegations.write'), (req, res) =>
    res.json(service.end(ctx, actorOf(req), idParam(req), parse(EndDelegationBody, req.body).version)),
  );
  return r;
}
