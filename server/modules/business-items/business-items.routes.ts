import { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { actorOf, authorize } from '../../http/authorize';
import { parseListQuery, sendList } from '../../http/listQuery';
import { idParam } from '../../http/params';
import { parse, versionField } from '../../http/validate';
import { businessItemListSpec } from './business-items.repo';
import * as service from './business-items.service';

export const Body = z.object({
  name: z.string({ error: '请输入事项名称' }).trim().min(2, '事项名称至少 2 个字').max(60, '事项名称不能超过 60 个字'),
  description: z.string().trim().max(200).nullable().optional(),
  active: z.boolean().default(true),
});

export function businessItemRoutes(ctx: AppContext) {
  const r = Router();
  r.get('/', authorize('businessItems.read'), (req, res) => {
    const p = parseListQuery(req.query, businessItemListSpec);
    const { rows, total } = service.list(ctx, actorOf(req), p);
    sendList(res, 'business-items', p, rows, total);
  });
  r.get('/:id', authorize('businessItems.read'), (req, res) => res.json(service.get(ctx, actorOf(req), idParam(req))));
  r.post('/', authorize('businessItems.write'), (req, res) =>
    res.status(201).json(service.create(ctx, actorOf(req), parse(Body, req.body))),
  );
  r.put('/:id', authorize('businessItems.write'), (req, res) =>
    res.json(service.update(ctx, actorOf(req), idParam(req), parse(Body.extend({ version: versionField }), req.body))),
  );
  return r;
}
