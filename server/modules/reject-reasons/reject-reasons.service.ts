import { eq } from 'drizzle-orm';
import { rejectReasons } from '../../../db/schema';
import type { AppContext } from '../../context';
import { conflict, notFound, staleVersion } from '../../domain/errors';
import { can } from '../../domain/policy';
import type { Actor } from '../../domain/roles';
import { describeChanges, describeFields, recordAudit } from '../../audit/record';
import { boundedCount, type ListParams } from '../../http/listQuery';
import { findByText, findRejectReason } from './reject-reasons.repo';

type Row = typeof rejectReasons.$inferSelect;
type Input = { text: string; sortOrder: number; active: boolean };

const present = (actor: Actor, r: Row) => ({ ...r, allowedActions: can(actor, 'rejectReasons.write') ? ['edit', 'delete'] : [] });

function load(ctx: AppContext, id: number) {
  const r = findRejectReason(ctx.db, id);
  if (!r) throw notFound('驳回原因不存在');
  return r;
}

const duplicate = () => conflict('已有相同的驳回原因', { text: '已有相同的驳回原因' });

export function list(ctx: AppContext, actor: Actor, p: ListParams) {
  const rows = ctx.db.select().from(rejectReasons).where(p.where).orderBy(...p.orderBy).limit(p.limit).offset(p.offset).all();
  return { rows: rows.map((r) => present(actor, r)), total: boundedCount(ctx.db, rejectReasons, p.where) };
}

export const get = (ctx: AppContext, actor: Actor, id: number) => present(actor, load(ctx, id));

export function create(ctx: AppContext, actor: Actor, input: Input) {
  const at = ctx.clock.now().toISOString();
  const id = ctx.db.transaction(
    (tx) => {
      if (findByText(tx, input.text)) throw duplicate();
      const row = tx.insert(rejectReasons).values({ ...input, createdAt: at, updatedAt: at }).returning({ id: rejectReasons.id }).get();
      recordAudit(tx, { actor, action: 'rejectReasons.create', resource: 'reject-reasons', resourceId: row.id, summary: describeFields(input), at });
      return row.id;
    },
    { behavior: 'immediate' },
  );
  return get(ctx, actor, id);
}

export function update(ctx: AppContext, actor: Actor, id: number, input: Input & { version: number }) {
  const at = ctx.clock.now().toISOString();
  ctx.db.transaction(
    (tx) => {
      const before = findRejectReason(tx, id);
      if (!before) throw notFound('驳回原因不存在');
      if (before.version !== input.version) throw staleVersion();
      const other = findByText(tx, input.text);
      if (other && other.id !== id) throw duplicate();
      const next = { text: input.text, sortOrder: input.sortOrder, active: input.active };
      tx.update(rejectReasons).set({ ...next, updatedAt: at, version: before.version + 1 }).where(eq(rejectReasons.id, id)).run();
      recordAudit(tx, { actor, action: 'rejectReasons.update', resource: 'reject-reasons', resourceId: id, summary: describeChanges(before, next) || '无变化', at });
    },
    { behavior: 'immediate' },
  );
  return get(ctx, actor, id);
}

/** Deleting a reason rewrites nothing: rejected appeals keep the text they were sent. */
export function remove(ctx: AppContext, actor: Actor, id: number) {
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction(
    (tx) => {
      const before = findRejectReason(tx, id);
      if (!before) throw notFound('驳回原因不存在');
      tx.delete(rejectReasons).where(eq(rejectReasons.id, id)).run();
      recordAudit(tx, { actor, action: 'rejectReasons.delete', resource: 'reject-reasons', resourceId: id, summary: before.text, at });
      return present(actor, before);
    },
    { behavior: 'immediate' },
  );
}
