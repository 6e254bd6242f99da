import { Router } from 'express';
import type { AppContext } from '../../context';

/** Unauthenticated: says whether the database answers, for the load balancer and for people. */
export function healthRoutes(ctx: AppContext) {
  const r = Router();
  r.get('/', (_req, res) => {
    try {
      ctx.db.$client.prepare('SELECT 1').get();
      res.json({ status: 'ok', database: 'ok', time: ctx.clock.now().toISOString() });
    } catch (err) {
      res.status(503).json({ status: 'error', database: String((err as Error).message) });
    }
  });
  return r;
}
