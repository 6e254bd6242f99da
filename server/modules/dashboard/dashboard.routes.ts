import { Router } from 'express';
import type { AppContext } from '../../context';
import { actorOf, authorize } from '../../http/authorize';
import { kpis } from './dashboard.service';

/** The dashboard's KPIs, per the caller's roles (each number carries the list filter it stands for). */
export function dashboardRoutes(ctx: AppContext) {
  const r = Router();
  r.get('/kpis', authorize('dashboard.read'), (req, res) => res.json(kpis(ctx, actorOf(req))));
  return r;
}
