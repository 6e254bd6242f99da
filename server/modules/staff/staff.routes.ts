import { Router } from 'express';
import type { AppContext } from '../../context';
import { actorOf, authorize } from '../../http/authorize';
import { parseListQuery, sendList } from '../../http/listQuery';
import { parse } from '../../http/validate';
import { idParam } from '../../http/params';
import { registerRecordAccess } from '../../http/recordAccess';
import { can } from '../../domain/policy';
import { CreateStaffBody, ResetStaffPasswordBody, UpdateStaffBody, VersionBody } from './staff.schemas';
import { staffListSpec } from './staff.repo';
import * as service from './staff.service';

export function staffRoutes(ctx: AppContext) {
  // The edit form's 操作记录 beside it: whoever may open the account sees its trail.
  registerRecordAccess('staff', (_ctx, actor) => can(actor, 'staff.read'));
  const r = Router();
  r.get('/', authorize('staff.read'), (req, res) => {
    const p = parseListQuery(req.query, staffListSpec);
    const { rows, total } = service.list(ctx, actorOf(req), p);
    sendList(res, 'staff', p, rows, total);
  });
  r.get('/:id', authorize('staff.read'), (req, res) => {
    res.json(service.get(ctx, actorOf(req), idParam(req)));
  });
  r.post('/', authorize('staff.write'), async (req, res) => {
    res.status(201).json(await service.create(ctx, actorOf(req), parse(CreateStaffBody, req.body)));
  });
  r.put('/:id', authorize('staff.update'), (req, res) => {
    res.json(service.update(ctx, actorOf(req), idParam(req), parse(UpdateStaffBody, req.body)));
  });
  for (const event of ['disable', 'enable'] as const) {
    r.post(`/:id/${event}`, authorize('staff.lock'), (req, res) => {
      res.json(service.changeStatus(ctx, actorOf(req), idParam(req), event, parse(VersionBody, req.body).version));
    });
  }
  r.post('/:id/unlock', authorize('staff.lock'), (req, res) => {
    res.json(service.unlock(ctx, actorOf(req), idParam(req), parse(VersionBody, req.body).version));
  });
  r.post('/:id/reset-password', authorize('staff.write'), async (req, res) => {
    const body = parse(ResetStaffPasswordBody, req.body);
    res.json(await service.resetPassword(ctx, actorOf(req), idParam(req), body.version, body.password));
  });
  return r;
}
