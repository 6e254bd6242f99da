import { Router } from 'express';
import type { AppContext } from '../../context';
import { idParam } from '../../http/params';
import { parse } from '../../http/validate';
import { AddGrantBody } from '../seal-grants/seal-grants.schemas';
import * as grants from '../seal-grants/seal-grants.service';
import { ApplySealBody, HallVoidBody } from './seals.schemas';
import * as service from './seals.service';

/** 我的印章 from the hall (X-Intake-Key checked in front of this router). */
export function sealIntakeRoutes(ctx: AppContext) {
  const r = Router();
  r.post('/', (req, res) => res.status(201).json(service.applyFromHall(ctx, parse(ApplySealBody, req.body), req.ip)));
  r.post('/:id/void', (req, res) =>
    res.json(service.voidFromHall(ctx, idParam(req), parse(HallVoidBody, req.body), req.ip)),
  );
  r.post('/:id/grants', (req, res) =>
    res.status(201).json(grants.addFromHall(ctx, idParam(req), parse(AddGrantBody, req.body), req.ip)),
  );
  return r;
}
