import type { AppContext } from '../../context';
import { notFound } from '../../domain/errors';
import type { Actor } from '../../domain/roles';
import type { ListParams } from '../../../db/lists';
import { recordReveal } from '../../security/revealLimit';
import { findUnit } from '../units/units.repo';
import { materialLabel } from './appeals.materials';
import { daysLeft, todayOf } from './appeals.deadlines';
import { diffOf, isRunning, present, timelineOf } from './appeals.present';
import {
  agents as agentsOf,
  eventsOf,
  extraMaterialsOf,
  findAppeal,
  listAppeals,
  materialsOf,
  smsOf,
  stats as statsOf,
} from './appeals.repo';

function load(ctx: AppContext, id: number) {
  const r = findAppeal(ctx.db, id);
  if (!r) throw notFound('申诉不存在');
  return r;
}

export function list(ctx: AppContext, actor: Actor, p: ListParams) {
  const today = todayOf(ctx);
  const { rows, total } = listAppeals(ctx.db, p);
  return { rows: rows.map((r) => present(actor, r, today)), total };
}

export const stats = (ctx: AppContext, actor: Actor) => statsOf(ctx.db, actor, todayOf(ctx));
export const agents = (ctx: AppContext) => agentsOf(ctx.db);

/** The review page: the record, its checklist with files, the deadline in working days, and for info changes the diff. */
export function get(ctx: AppContext, actor: Actor, id: number) {
  const r = load(ctx, id);
  const today = todayOf(ctx);
  const a = r.appeal;
  return {
    ...present(actor, r, today),
    workingDaysLeft: isRunning(a) ? daysLeft(ctx.db, today, a.dueDate) : null,
    materials: materialsOf(ctx.db, id).map((m) => ({ ...m, label: materialLabel(m.field) })),
    extraMaterials: extraMaterialsOf(ctx.db, id).map((m) => ({ ...m, label: materialLabel(m.field) })),
    diff: a.type === 'info_change' ? diffOf(a, a.unitId ? findUnit(ctx.db, a.unitId) : undefined) : null,
  };
}

export function revealPii(ctx: AppContext, actor: Actor, id: number, reason: string) {
  const a = load(ctx, id).appeal;
  recordReveal(ctx, {
    actor,
    reason,
    action: 'appeals.pii_reveal',
    resource: 'appeals',
    resourceId: id,
    summary: `查看申诉 #${id}（${a.name}）的完整证件号码与手机号码`,
  });
  return {
    idNumber: a.idNumber,
    phone: a.phone,
    ...(a.changes?.idNumber ? { requestedIdNumber: a.changes.idNumber } : {}),
    ...(a.changes?.phone ? { requestedPhone: a.changes.phone } : {}),
  };
}

/** What happened to the appeal, oldest first: its own events and the SMS it caused. */
export function timeline(ctx: AppContext, id: number) {
  load(ctx, id);
  return timelineOf(eventsOf(ctx.db, id), smsOf(ctx.db, id));
}
