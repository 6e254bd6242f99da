import type { AppContext } from '../../context';
import { conflict, notFound, staleVersion } from '../../domain/errors';
import { can } from '../../domain/policy';
import type { Actor } from '../../domain/roles';
import { beijingDate } from '../../domain/workingDays';
import { describeChanges, describeFields, recordAudit } from '../../audit/record';
import type { ListParams } from '../../../db/lists';
import {
  deleteTitlePlan,
  findTitlePlan,
  findTitlePlanByName,
  hasApplications,
  insertTitlePlan,
  listTitlePlans,
  updateTitlePlan,
  type TitlePlanRow,
} from './title-plans.repo';
import type { TitlePlanInput } from './title-plans.schemas';
import { recomputePlanDeadlines } from '../title-applications/title-applications.deadlines';

/** Whether the public hall takes applications for the plan today (Beijing date). */
export const isAccepting = (p: Pick<TitlePlanRow, 'active' | 'startDate' | 'endDate'>, today: string) =>
  p.active && p.startDate <= today && today <= p.endDate;

/** 申报状态 as the list shows it: taking applications, switched off, not yet open, or past its end date. */
export function windowState(p: Pick<TitlePlanRow, 'active' | 'startDate' | 'endDate'>, today: string) {
  if (isAccepting(p, today)) return 'accepting' as const;
  if (!p.active) return 'closed' as const;
  return today < p.startDate ? ('not_started' as const) : ('ended' as const);
}

/** `delete` only while nobody has applied (the console then offers no button the server would refuse). */
function present(ctx: AppContext, actor: Actor, p: TitlePlanRow) {
  const allowedActions = can(actor, 'titlePlans.write')
    ? ['edit', ...(hasApplications(ctx.db, p.id) ? [] : ['delete'])]
    : [];
  const today = beijingDate(ctx.clock.now());
  return { ...p, accepting: isAccepting(p, today), windowState: windowState(p, today), allowedActions };
}

function load(ctx: AppContext, id: number) {
  const p = findTitlePlan(ctx.db, id);
  if (!p) throw notFound('申报事项不存在');
  return p;
}

const duplicate = () => conflict('已有同名的申报事项', { name: '已有同名的申报事项' });

export function list(ctx: AppContext, actor: Actor, p: ListParams) {
  const { rows, total } = listTitlePlans(ctx.db, p);
  return { rows: rows.map((r) => present(ctx, actor, r)), total };
}

export const get = (ctx: AppContext, actor: Actor, id: number) => present(ctx, actor, load(ctx, id));

export function create(ctx: AppContext, actor: Actor, input: TitlePlanInput) {
  const at = ctx.clock.now().toISOString();
  const id = ctx.db.transaction(
    (tx) => {
      if (findTitlePlanByName(tx, input.name)) throw duplicate();
      const row = insertTitlePlan(tx, { ...input, createdAt: at, updatedAt: at });
      recordAudit(tx, {
        actor,
        action: 'titlePlans.create',
        resource: 'title-plans',
        resourceId: row.id,
        summary: describeFields({ ...input, levels: input.levels.join(',') }),
        at,
      });
      return row.id;
    },
    { behavior: 'immediate' },
  );
  return get(ctx, actor, id);
}

/**
 * Editing a plan never moves an application: series and level were checked when each was submitted.
 * A new 每级审核时限 moves the due dates of the levels still running.
 */
export function update(ctx: AppContext, actor: Actor, id: number, input: TitlePlanInput & { version: number }) {
  const at = ctx.clock.now().toISOString();
  ctx.db.transaction(
    (tx) => {
      const before = findTitlePlan(tx, id);
      if (!before) throw notFound('申报事项不存在');
      if (before.version !== input.version) throw staleVersion();
      const other = findTitlePlanByName(tx, input.name);
      if (other && other.id !== id) throw duplicate();
      const { version: _v, ...next } = input;
      if (next.series !== before.series && hasApplications(tx, id))
        throw conflict('该事项已有申报，不能修改职称系列', { series: '已有申报，不能修改职称系列' });
      updateTitlePlan(tx, id, { ...next, updatedAt: at, version: before.version + 1 });
      if (next.levelDeadlineDays !== before.levelDeadlineDays) recomputePlanDeadlines(tx, id);
      recordAudit(tx, {
        actor,
        action: 'titlePlans.update',
        resource: 'title-plans',
        resourceId: id,
        summary: describeChanges(before, next) || '无变化',
        at,
      });
    },
    { behavior: 'immediate' },
  );
  return get(ctx, actor, id);
}

/** Only a plan nobody applied to can go; otherwise switch it off (不再接受申报). */
export function remove(ctx: AppContext, actor: Actor, id: number) {
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction(
    (tx) => {
      const before = findTitlePlan(tx, id);
      if (!before) throw notFound('申报事项不存在');
      if (hasApplications(tx, id)) throw conflict('该事项已有申报，不能删除；如需停止申报，请关闭“接受申报”');
      deleteTitlePlan(tx, id);
      recordAudit(tx, {
        actor,
        action: 'titlePlans.delete',
        resource: 'title-plans',
        resourceId: id,
        summary: before.name,
        at,
      });
      return present(ctx, actor, before);
    },
    { behavior: 'immediate' },
  );
}
