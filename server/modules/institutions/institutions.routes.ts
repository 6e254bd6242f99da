import { Router } from 'express';
import type { AppContext } from '../../context';
import { can } from '../../domain/policy';
import { actorOf, authorize } from '../../http/authorize';
import { parseListQuery, sendList } from '../../http/listQuery';
import { idParam } from '../../http/params';
import { registerRecordAccess } from '../../http/recordAccess';
import { parse } from '../../http/validate';
import { RevealQuery } from '../../security/revealLimit';
import {
  AdminBody,
  DisableBody,
  RegisterInstitutionBody,
  UpdateInstitutionBody,
  VersionBody,
} from './institutions.schemas';
import { institutionListSpec } from './institutions.repo';
import * as service from './institutions.service';

export function institutionRoutes(ctx: AppContext) {
  registerRecordAccess('institutions', (_ctx, actor) => can(actor, 'institutions.read'));
  const r = Router();
  r.get('/', authorize('institutions.read'), (req, res) => {
    const p = parseListQuery(req.query, institutionListSpec);
    const { rows, total } = service.list(ctx, actorOf(req), p);
    sendList(res, 'institutions', p, rows, total);
  });
  r.get('/stats', authorize('institutions.read'), (_req, res) => res.json(service.stats(ctx)));
  r.get('/:id', authorize('institutions.read'), (req, res) => res.json(service.get(ctx, actorOf(req), idParam(req))));
  r.get('/:id/pii', authorize('institutions.revealPii'), (req, res) =>
    res.json(service.revealPii(ctx, actorOf(req), idParam(req), parse(RevealQuery, req.query).reason)),
  );
  r.post('/', authorize('institutions.create'), (req, res) =>
    res.status(201).json(service.register(ctx, actorOf(req), parse(RegisterInstitutionBody, req.body))),
  );
  r.put('/:id', authorize('institutions.update'), (req, res) =>
    res.json(service.update(ctx, actorOf(req), idParam(req), parse(UpdateInstitutionBody, req.body))),
  );
  r.post('/:id/open', authorize('institutions.open'), async (req, res) =>
    res.json(await service.open(ctx, actorOf(req), idParam(req), parse(AdminBody, req.body))),
  );
  r.post('/:id/change-admin', authorize('institutions.changeAdmin'), async (req, res) =>
    res.json(await service.changeAdmin(ctx, actorOf(req), idParam(req), parse(AdminBody, req.body))),
  );
  r.post('/:id/reset-password', authorize('institutions.resetPassword'), async (req, res) =>
    res.json(await service.resetPassword(ctx, actorOf(req), idParam(req), parse(VersionBody, req.body).version)),
  );
  r.post('/:id/disable', authorize('institutions.disable'), (req, res) => {
    const body = parse(DisableBody, req.body);
    res.json(service.disable(ctx, actorOf(req), idParam(req), body.version, body.reason));
  });
  r.post('/:id/enable', authorize('institutions.disable'), (req, res) =>
    res.json(service.enable(ctx, actorOf(req), idParam(req), parse(VersionBody, req.body).version)),
  );
  return r;
}
