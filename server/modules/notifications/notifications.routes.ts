import { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { actorOf, authorize } from '../../http/authorize';
import { parseListQuery, sendList } from '../../http/listQuery';
import { idParam } from '../../http/params';
import { parse, versionField } from '../../http/validate';
import * as service from './notifications.service';
import { notificationListSpec } from './notifications.repo';

export function notificationRoutes(ctx: AppContext) {
  const r = Router();
  r.get('/', authorize('notifications.read'), (req, res) => {
    const p = parseListQuery(req.query, notificationListSpec);
    const { rows, total } = service.list(ctx, actorOf(req), p);
    sendList(res, 'notifications', p, rows, total);
  });
  r.get('/stats', authorize('notifications.read'), (_req, res) => res.json(service.stats(ctx)));
  r.get('/:id', authorize('notifications.read'), (req, res) => res.json(service.get(ctx, actorOf(req), idParam(req))));
  r.post('/:id/resend', authorize('notifications.resend'), (req, res) => {
    res.json(
      service.resend(ctx, actorOf(req), idParam(req), parse(z.object({ version: versionField }), req.body).version),
    );
  });
  return r;
}
