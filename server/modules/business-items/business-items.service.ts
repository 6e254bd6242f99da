import { eq } from 'drizzle-orm';
import { businessItems } from '../../../db/schema';
import type { AppContext } from '../../context';
import { conflict, notFound, staleVersion } from '../../domain/errors';
import { can } from '../../domain/policy';
import type { Actor } from '../../domain/roles';
import { describeChanges, recordAudit } from '../../audit/record';
import { booleanFilter, boundedCount, like, type ListParams, type ListSpec } from '../../http/listQuery';

/** The catalogue of business items operators are authorised for; sysadmin keeps it, nothing is deleted (operators refer to it). */
export const businessItemListSpec: ListSpec = {
  resource: 'business-items',
  table: businessItems,
  idColumn: businessItems.id,
  sortable: { id: businessItems.id, name: businessItems.name },
  filters: { active: booleanFilter(eq(businessItems.active, true), eq(businessItems.active, false)) },
  search: (q) => like(businessItems.name, q, 'contains'),
  defaultSort: ['id', 'ASC'],
};

type Row = typeof businessItems.$inferSelect;
export interface BusinessItemInput {
  name: string;
  description?: string | null;
  active: boolean;
}

const present = (actor: Actor, row: Row) => ({ ...row, allowedActions: can(actor, 'businessItems.write') ? ['edit'] : [] });

export function list(ctx: AppContext, actor: Actor, p: ListParams) {
  const rows = ctx.db.select().from(businessItems).where(p.where).orderBy(...p.orderBy).limit(p.limit).offset(p.offset).all();
  return { rows: rows.map((r) => present(actor, r)), total: boundedCount(ctx.db, businessItems, p.where) };
}

export function get(ctx: AppContext, actor: Actor, id: number) {
  const row = ctx.db.select().from(businessItems).where(eq(businessItems.id, id)).get();
  if (!row) throw notFound('业务事项不存在');
  return present(actor, row);
}

export function create(ctx: AppContext, actor: Actor, input: BusinessItemInput) {
  const at = ctx.clock.now().toISOString();
  const row = ctx.db.transaction((tx) => {
    if (tx.select().from(businessItems).where(eq(businessItems.name, input.name)).get()) throw conflict('该事项已存在', { name: '该事项已存在' });
    const row = tx.insert(businessItems).values({ ...input, createdAt: at, updatedAt: at }).returning().get();
    recordAudit(tx, { actor, action: 'businessItems.create', resource: 'business-items', resourceId: row.id, summary: `新增业务事项 ${input.name}`, at });
    return row;
  });
  return present(actor, row);
}

export function update(ctx: AppContext, actor: Actor, id: number, input: BusinessItemInput & { version: number }) {
  const at = ctx.clock.now().toISOString();
  const row = ctx.db.transaction((tx) => {
    const before = tx.select().from(businessItems).where(eq(businessItems.id, id)).get();
    if (!before) throw notFound('业务事项不存在');
    if (before.version !== input.version) throw staleVersion();
    const next = { name: input.name, description: input.description ?? null, active: input.active };
    const row = tx.update(businessItems).set({ ...next, updatedAt: at, version: before.version + 1 }).where(eq(businessItems.id, id)).returning().get();
    recordAudit(tx, { actor, action: 'businessItems.update', resource: 'business-items', resourceId: id, summary: describeChanges(before, next) || '无变化', at });
    return row;
  });
  return present(actor, row);
}
