import { eq } from 'drizzle-orm';
import { workCalendar } from '../../../db/schema';
import type { Tx } from '../../../db/client';
import type { AppContext } from '../../context';
import { conflict, notFound, staleVersion } from '../../domain/errors';
import { can } from '../../domain/policy';
import type { Actor } from '../../domain/roles';
import { describeChanges, describeFields, recordAudit } from '../../audit/record';
import { boundedCount, type ListParams } from '../../http/listQuery';
import { recomputeDeadlines } from '../appeals/appeals.deadlines';
import { findByDate, findCalendarDay } from './work-calendar.repo';

type Row = typeof workCalendar.$inferSelect;
type Input = { date: string; kind: Row['kind']; name: string };

const present = (actor: Actor, r: Row) => ({ ...r, allowedActions: can(actor, 'workCalendar.write') ? ['edit', 'delete'] : [] });

function load(ctx: AppContext, id: number) {
  const r = findCalendarDay(ctx.db, id);
  if (!r) throw notFound('日历条目不存在');
  return r;
}

const taken = (date: string) => conflict(`${date} 已在工作日历中`, { date: '该日期已在工作日历中' });

/** Every change moves the deadlines of the appeals still running, in the same transaction. */
function withDeadlines(tx: Tx, summary: string) {
  const moved = recomputeDeadlines(tx);
  return moved ? `${summary}；${moved} 件申诉的办理期限随之调整` : summary;
}

export function list(ctx: AppContext, actor: Actor, p: ListParams) {
  const rows = ctx.db.select().from(workCalendar).where(p.where).orderBy(...p.orderBy).limit(p.limit).offset(p.offset).all();
  return { rows: rows.map((r) => present(actor, r)), total: boundedCount(ctx.db, workCalendar, p.where) };
}

export const get = (ctx: AppContext, actor: Actor, id: number) => present(actor, load(ctx, id));

export function create(ctx: AppContext, actor: Actor, input: Input) {
  const at = ctx.clock.now().toISOString();
  const id = ctx.db.transaction(
    (tx) => {
      if (findByDate(tx, input.date)) throw taken(input.date);
      const row = tx.insert(workCalendar).values({ ...input, createdAt: at, updatedAt: at }).returning({ id: workCalendar.id }).get();
      recordAudit(tx, { actor, action: 'workCalendar.create', resource: 'work-calendar', resourceId: row.id, summary: withDeadlines(tx, describeFields(input)), at });
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
      const before = findCalendarDay(tx, id);
      if (!before) throw notFound('日历条目不存在');
      if (before.version !== input.version) throw staleVersion();
      const other = findByDate(tx, input.date);
      if (other && other.id !== id) throw taken(input.date);
      const next = { date: input.date, kind: input.kind, name: input.name };
      tx.update(workCalendar).set({ ...next, updatedAt: at, version: before.version + 1 }).where(eq(workCalendar.id, id)).run();
      recordAudit(tx, { actor, action: 'workCalendar.update', resource: 'work-calendar', resourceId: id, summary: withDeadlines(tx, describeChanges(before, next) || '无变化'), at });
    },
    { behavior: 'immediate' },
  );
  return get(ctx, actor, id);
}

export function remove(ctx: AppContext, actor: Actor, id: number) {
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction(
    (tx) => {
      const before = findCalendarDay(tx, id);
      if (!before) throw notFound('日历条目不存在');
      tx.delete(workCalendar).where(eq(workCalendar.id, id)).run();
      recordAudit(tx, { actor, action: 'workCalendar.delete', resource: 'work-calendar', resourceId: id, summary: withDeadlines(tx, `${before.date} ${before.name}`), at });
      return present(actor, before);
    },
    { behavior: 'immediate' },
  );
}
