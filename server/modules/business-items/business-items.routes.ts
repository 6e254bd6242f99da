import { Router } from 'express';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { businessItems } from '../../../db/schema';
import type { AppContext } from '../../context';
import { conflict, notFound, staleVersion } from '../../domain/errors';
import { can } from '../../domain/policy';
import { describeChanges, recordAudit } from '../../audit/record';
import { actorOf, authorize } from '../../http/authorize';
import { booleanFilter, boundedCount, like, parseListQuery, sendList, type ListSpec } from '../../http/listQuery';
import { idParam } from '../../http/params';
import { parse, versionField } from '../../http/validate';

/** The catalogue of business items operators are authorised for; sysadmin keeps it, nothing is deleted (operators refer to it). */
const spec: ListSpec = {
  resource: 'business-items',
  table: businessItems,
  idColumn: businessItems.id,
  sortable: { id: businessItems.id, name: businessItems.name },
  filters: { active: booleanFilter(eq(businessItems.active, true), eq(businessItems.active, false)) },
  search: (q) => like(businessItems.name, q, 'contains'),
  defaultSort: ['id', 'ASC'],
};
const Body = z.object({
  name: z.string({ error: '请输入事项名称' }).trim().min(2, '事项名称至少 2 个字').max(60, '事项名称不能超过 60 个字'),
  description: z.string().trim().max(200).nullable().optional(),
  active: z.boolean().default(true),
});

export function businessItemRoutes(ctx: AppContext) {
  const r = Router();
  const present = (req: Parameters<typeof actorOf>[0], row: typeof businessItems.$inferSelect) => ({ ...row, allowedActions: can(actorOf(req), 'businessItems.write') ? ['edit'] : [] });
  r.get('/', authorize('businessItems.read'), (req, res) => {
    const p = parseListQuery(req.query, spec);
    const rows = ctx.db.select().from(businessItems).where(p.where).orderBy(...p.orderBy).limit(p.limit).offset(p.offset).all();
    sendList(res, 'business-items', p, rows.map((x) => present(req, x)), boundedCount(ctx.db, businessItems, p.where));
  });
  r.get('/:id', authorize('businessItems.read'), (req, res) => {
    const row = ctx.db.select().from(businessItems).where(eq(businessItems.id, idParam(req))).get();
    if (!row) throw notFound('业务事项不存在');
    res.json(present(req, row));
  });
  r.post('/', authorize('businessItems.write'), (req, res) => {
    const body = parse(Body, req.body);
    const at = ctx.clock.now().toISOString();
    const row = ctx.db.transaction((tx) => {
      if (tx.select().from(businessItems).where(eq(businessItems.name, body.name)).get()) throw conflict('该事项已存在', { name: '该事项已存在' });
      const row = tx.insert(businessItems).values({ ...body, createdAt: at, updatedAt: at }).returning().get();
      recordAudit(tx, { actor: actorOf(req), action: 'businessItems.create', resource: 'business-items', resourceId: row.id, summary: `新增业务事项 ${body.name}`, at });
      return row;
    });
    res.status(201).json(present(req, row));
  });
  r.put('/:id', authorize('businessItems.write'), (req, res) => {
    const body = parse(Body.extend({ version: versionField }), req.body);
    const id = idParam(req);
    const at = ctx.clock.now().toISOString();
    const row = ctx.db.transaction((tx) => {
      const before = tx.select().from(businessItems).where(eq(businessItems.id, id)).get();
      if (!before) throw notFound('业务事项不存在');
      if (before.version !== body.version) throw staleVersion();
      const next = { name: body.name, description: body.description ?? null, active: body.active };
      const row = tx.update(businessItems).set({ ...next, updatedAt: at, version: before.version + 1 }).where(eq(businessItems.id, id)).returning().get();
      recordAudit(tx, { actor: actorOf(req), action: 'businessItems.update', resource: 'business-items', resourceId: id, summary: describeChanges(before, next) || '无变化', at });
      return row;
    });
    res.json(present(req, row));
  });
  return r;
}
