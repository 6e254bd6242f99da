import { Router } from 'express';
import { z } from 'zod';
import { regionChildren } from '../../domain/regions';
import { authorize } from '../../http/authorize';
import { parse } from '../../http/validate';

export const ChildrenQuery = z.object({
  parent: z
    .string()
    .regex(/^\d{6}$/, '上级行政区划代码应为 6 位数字')
    .optional(),
});

/** GB/T 2260 divisions for the cascading 省 / 市 / 县 picker: the provinces, or the children of `parent`. */
export function regionRoutes() {
  const r = Router();
  r.get('/', authorize('regions.read'), (req, res) => res.json(regionChildren(parse(ChildrenQuery, req.query).parent)));
  return r;
}
