import { Router } from 'express';
import { z } from 'zod';
import { SIGN_IN_METHODS, SIGN_IN_OUTCOMES, SIGN_IN_REASONS } from '../../../db/schema/seals';
import type { AppContext } from '../../context';
import { authorize } from '../../http/authorize';
import { parseListQuery, sendList } from '../../http/listQuery';
import { parse } from '../../http/validate';
import { signInEventListSpec } from './sign-in-events.repo';
import * as service from './sign-in-events.service';

export const EventBody = z.object({
  uscc: z.string({ error: '请提供统一社会信用代码' }).trim().toUpperCase().min(1, '请提供统一社会信用代码'),
  method: z.enum(SIGN_IN_METHODS, { error: '登录方式无效' }),
  idNumber: z.string({ error: '请提供证件号码' }).trim().toUpperCase().min(1, '请提供证件号码'),
  name: z.string({ error: '请提供姓名' }).trim().min(1, '请提供姓名').max(30),
  outcome: z.enum(SIGN_IN_OUTCOMES, { error: '结果无效' }),
  reason: z.enum(SIGN_IN_REASONS, { error: '失败原因无效' }).optional(),
  at: z.iso.datetime({ offset: true, error: '时间格式应为 ISO 8601' }),
});
export const StatsQuery = z.object({ days: z.coerce.number().int().min(1).max(90).default(7) });

export function signInEventRoutes(ctx: AppContext) {
  const r = Router();
  r.get('/', authorize('signInEvents.read'), (req, res) => {
    const p = parseListQuery(req.query, signInEventListSpec);
    const { rows, total } = service.list(ctx, p);
    sendList(res, 'sign-in-events', p, rows, total);
  });
  r.get('/stats', authorize('signInEvents.read'), (req, res) =>
    res.json(service.failureStats(ctx, parse(StatsQuery, req.query).days)),
  );
  return r;
}

/** The hall reports every scan sign-in's outcome (X-Intake-Key). */
export function signInEventIntakeRoutes(ctx: AppContext) {
  const r = Router();
  r.post('/', (req, res) => res.status(202).json(service.receive(ctx, parse(EventBody, req.body))));
  return r;
}
