import type { AppContext } from '../../context';
import { conflict } from '../../domain/errors';
import type { Actor } from '../../domain/roles';
import { levelStats, type StatApplication } from '../../domain/titleStats';
import { loadCalendar } from '../appeals/appeals.repo';
import { citiesUnder, orgOf, statsInput } from '../title-applications/title-stats.repo';
import { get as getPlan } from './title-plans.service';

/** Every calendar entry the stays of a plan can span (a few dozen a year). */
const CALENDAR_FROM = '2000-01-01';

/**
 * 审核统计 of a plan at the caller's org: received, passed, returned, failed, pending, overdue, the
 * average working days at the level and the pass rate — in all and per title level; for the province
 * bureau also per city bureau under it (each city's own level).
 */
export function planStats(ctx: AppContext, actor: Actor, planId: number) {
  const plan = getPlan(ctx, actor, planId);
  const org = actor.orgId == null ? undefined : orgOf(ctx.db, actor.orgId);
  if (!org) throw conflict('您未绑定审核机构，没有审核统计');
  const cities = org.level === 'province' ? citiesUnder(ctx.db, org.id) : [];
  const { apps, steps } = statsInput(ctx.db, planId, [org.id, ...cities.map((c) => c.id)]);
  const stepsOf = new Map<number, typeof steps>();
  for (const s of steps) stepsOf.set(s.applicationId, [...(stepsOf.get(s.applicationId) ?? []), s]);
  const all = apps.map((a) => ({ ...a, steps: stepsOf.get(a.id) ?? [] }) satisfies StatApplication);
  const now = ctx.clock.now().toISOString();
  const cal = loadCalendar(ctx.db, CALENDAR_FROM);
  const at = (orgId: number, list: typeof all) => levelStats(list, orgId, now, cal, plan.levelDeadlineDays);
  return {
    planId,
    planName: plan.name,
    orgId: org.id,
    orgName: org.name,
    orgLevel: org.level,
    overdueAfterWorkingDays: plan.levelDeadlineDays,
    totals: at(org.id, all),
    byLevel: plan.levels.map((level) => ({
      level,
      ...at(
        org.id,
        all.filter((a) => a.level === level),
      ),
    })),
    cities: org.level === 'province' ? cities.map((c) => ({ orgId: c.id, orgName: c.name, ...at(c.id, all) })) : null,
  };
}
