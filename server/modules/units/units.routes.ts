import { Router } from 'express';
import type { AppContext } from '../../context';
import { can } from '../../domain/policy';
import { actorOf, authorize } from '../../http/authorize';
import { parseListQuery, sendList } from '../../http/listQuery';
import { idParam } from '../../http/params';
import { registerRecordAccess } from '../../http/recordAccess';
import { parse } from '../../http/validate';
import { RevealQuery } from '../../security/revealLimit';
import { acceptUploads, uploadedFiles } from '../../files/upload';
import {
  BulkActivateBody,
  QuotaBody,
  ReasonBody,
  registerUnitBody,
  updateUnitBody,
  VersionBody,
} from './units.schemas';
import { unitListSpec } from './units.repo';
import * as service from './units.service';
import { signInCheck, SignInCheckBody } from './units.sign-in-check';

export function unitRoutes(ctx: AppContext) {
  registerRecordAccess('units', (_ctx, actor) => can(actor, 'units.read'));
  const today = () => ctx.clock.now();
  const r = Router();
  r.get('/', authorize('units.read'), (req, res) => {
    const p = parseListQuery(req.query, unitListSpec);
    const { rows, total } = service.list(ctx, actorOf(req), p);
    sendList(res, 'units', p, rows, total);
  });
  r.post('/activate', authorize('units.activate'), (req, res) => {
    res.json({ results: service.activateMany(ctx, actorOf(req), parse(BulkActivateBody, req.body).ids) });
  });
  r.get('/:id', authorize('units.read'), (req, res) => res.json(service.get(ctx, actorOf(req), idParam(req))));
  r.get('/:id/pii', authorize('units.revealPii'), (req, res) =>
    res.json(service.revealPii(ctx, actorOf(req), idParam(req), parse(RevealQuery, req.query).reason)),
  );
  r.get('/:id/changes', authorize('units.read'), (req, res) => res.json(service.changes(ctx, idParam(req))));
  r.get('/:id/receipt', authorize('units.read'), (req, res) => res.json(service.receipt(ctx, idParam(req))));
  // 线下经办窗口注册: multipart, the unit's fields and its three materials.
  r.post(
    '/',
    authorize('units.create'),
    acceptUploads(ctx, Object.keys(service.REGISTRATION_MATERIALS)),
    async (req, res) => {
      const body = parse(registerUnitBody(today()), req.body ?? {});
      res.status(201).json(await service.registerAtWindow(ctx, actorOf(req), body, uploadedFiles(req)));
    },
  );
  r.put('/:id', authorize('units.update'), (req, res) =>
    res.json(service.update(ctx, actorOf(req), idParam(req), parse(updateUnitBody(today()), req.body))),
  );
  r.post('/:id/activate', authorize('units.activate'), (req, res) =>
    res.json(service.act(ctx, actorOf(req), idParam(req), 'activate', parse(VersionBody, req.body).version)),
  );
  r.post('/:id/unfreeze', authorize('units.freeze'), (req, res) =>
    res.json(service.act(ctx, actorOf(req), idParam(req), 'unfreeze', parse(VersionBody, req.body).version)),
  );
  r.post('/:id/freeze', authorize('units.freeze'), (req, res) => {
    const b = parse(ReasonBody, req.body);
    res.json(service.act(ctx, actorOf(req), idParam(req), 'freeze', b.version, b.reason));
  });
  r.post('/:id/cancel', authorize('units.cancel'), (req, res) => {
    const b = parse(ReasonBody, req.body);
    res.json(service.act(ctx, actorOf(req), idParam(req), 'cancel', b.version, b.reason));
  });
  r.post('/:id/reset-password', authorize('units.resetPassword'), async (req, res) =>
    res.json(await service.resetPassword(ctx, actorOf(req), idParam(req), parse(VersionBody, req.body).version)),
  );
  r.post('/:id/sign-in-check', authorize('units.signInCheck'), (req, res) =>
    res.json(signInCheck(ctx, actorOf(req), idParam(req), parse(SignInCheckBody, req.body))),
  );
  r.post('/:id/quota', authorize('units.quota'), (req, res) =>
    res.json(service.setQuota(ctx, actorOf(req), idParam(req), parse(QuotaBody, req.body))),
  );
  return r;
}
