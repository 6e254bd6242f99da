import type { z } from 'zod';
import type { AppContext } from '../../context';
import { can } from '../../domain/policy';
import type { Actor } from '../../domain/roles';
import { addDays, beijingDate } from '../../domain/workingDays';
import { ORG_LEVELS } from '../../../db/schema/foundation';
import { LEVEL_OUTCOMES, type LevelOutcome } from '../title-applications/reviewLevel.repo';
import { appealsPerDay, backlogPerAgent, deadlineCompliance, oldestWaiting } from './appealKpis.repo';
import { activationsPerDay, unitCounts } from './unitKpis.repo';
import { titleFunnel } from './titleFunnel.repo';
import type { Kpi as KpiSchema, KpisResponse } from './dashboard.schemas';

type Kpi = z.infer<typeof KpiSchema>;

export const APPEAL_WINDOW_DAYS = 30;

/** The instant a Beijing calendar day starts, and the last millisecond of it, as stored (UTC ISO). */
const dayStartUtc = (date: string) => new Date(`${date}T00:00:00+08:00`).toISOString();
const dayEndUtc = (date: string) => new Date(Date.parse(`${date}T00:00:00+08:00`) + 86_400_000 - 1).toISOString();
const daysFrom = (from: string, n: number) => Array.from({ length: n }, (_, i) => addDays(from, i));
const countsByDate = (rows: { date: string; n: number }[]) => new Map(rows.map((r) => [r.date, r.n]));

/** Monday of the Beijing week `date` falls in. */
export const weekStart = (date: string) => addDays(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));

function appealKpis(ctx: AppContext, today: string) {
  const from = addDays(today, -(APPEAL_WINDOW_DAYS - 1));
  const fromUtc = dayStartUtc(from);
  const { received, decided } = appealsPerDay(ctx.db, fromUtc);
  const got = countsByDate(received);
  const done = countsByDate(decided);
  const kpi = (value: number, filter: Record<string, unknown>): Kpi => ({ value, resource: 'appeals', filter });
  const compliance = deadlineCompliance(ctx.db, fromUtc);
  const oldest = oldestWaiting(ctx.db);
  return {
    from,
    to: today,
    days: daysFrom(from, APPEAL_WINDOW_DAYS).map((date) => ({
      date,
      received: kpi(got.get(date) ?? 0, { submittedAt_gte: dayStartUtc(date), submittedAt_lte: dayEndUtc(date) }),
      decided: kpi(done.get(date) ?? 0, { decidedAt_gte: dayStartUtc(date), decidedAt_lte: dayEndUtc(date) }),
    })),
    compliance: {
      // null while nothing was decided in the window: 0 % would accuse nobody of anything.
      percent: compliance.decided ? Math.round((compliance.onTime / compliance.decided) * 1000) / 10 : null,
      onTime: compliance.onTime,
      decided: kpi(compliance.decided, { decidedAt_gte: fromUtc }),
    },
    backlog: backlogPerAgent(ctx.db).map((b) => ({
      assigneeId: b.assigneeId,
      name: b.name,
      ...kpi(b.count, { status: 'undecided', assigneeId: b.assigneeId ?? 'unassigned' }),
    })),
    oldest: oldest && {
      id: oldest.id,
      name: oldest.name,
      submittedAt: oldest.submittedAt,
      dueDate: oldest.dueDate,
      waitingDays: Math.round((Date.parse(today) - Date.parse(beijingDate(new Date(oldest.submittedAt)))) / 86_400_000),
    },
  };
}

function unitKpis(ctx: AppContext, today: string) {
  const monday = weekStart(today);
  const mondayUtc = dayStartUtc(monday);
  const counts = unitCounts(ctx.db, mondayUtc);
  const perDay = countsByDate(activationsPerDay(ctx.db, mondayUtc));
  const kpi = (value: number, filter: Record<string, unknown>): Kpi => ({ value, resource: 'units', filter });
  return {
    weekStart: monday,
    pendingActivation: kpi(counts.pendingActivation, { status: 'pending_activation' }),
    activatedThisWeek: kpi(counts.activatedThisWeek, { activatedAt_gte: mondayUtc }),
    atQuota: kpi(counts.atQuota, { atQuota: true, status: 'active' }),
    days: daysFrom(monday, 7).map((date) => ({
      date,
      activated: kpi(perDay.get(date) ?? 0, { activatedAt_gte: dayStartUtc(date), activatedAt_lte: dayEndUtc(date) }),
    })),
  };
}

// The order an application climbs: employer unit first, province bureau last.
const CLIMB = [...ORG_LEVELS].reverse();

function titleKpis(ctx: AppContext, actor: Actor) {
  const { plans, reached, reviewed } = titleFunnel(ctx.db, actor);
  const reachedAt = new Map(reached.map((r) => [`${r.planId}|${r.level}`, r.n]));
  const outcomeAt = new Map<string, number>();
  for (const r of reviewed) {
    const outcome = (Object.keys(LEVEL_OUTCOMES) as LevelOutcome[]).find((o) =>
      (LEVEL_OUTCOMES[o] as readonly string[]).includes(r.result ?? ''),
    );
    if (!outcome) continue;
    const k = `${r.planId}|${r.level}|${outcome}`;
    outcomeAt.set(k, (outcomeAt.get(k) ?? 0) + r.n);
  }
  return {
    plans: plans.map((p) => ({
      planId: p.id,
      planName: p.name,
      levels: CLIMB.filter((level) => reachedAt.has(`${p.id}|${level}`)).map((level) => {
        const kpi = (value: number, reviewLevel: string): Kpi => ({
          value,
          resource: 'title-applications',
          filter: { planId: p.id, reviewLevel },
        });
        const outcome = (o: LevelOutcome) => kpi(outcomeAt.get(`${p.id}|${level}|${o}`) ?? 0, `${level}.${o}`);
        return {
          level,
          reached: kpi(reachedAt.get(`${p.id}|${level}`) ?? 0, level),
          passed: outcome('passed'),
          returned: outcome('returned'),
          rejected: outcome('rejected'),
        };
      }),
    })),
  };
}

/** The dashboard's numbers, one section per kind of work the caller's roles do. */
export function kpis(ctx: AppContext, actor: Actor): z.infer<typeof KpisResponse> {
  const today = beijingDate(ctx.clock.now());
  return {
    today,
    ...(can(actor, 'appeals.read') ? { appeals: appealKpis(ctx, today) } : {}),
    ...(can(actor, 'units.activate') ? { units: unitKpis(ctx, today) } : {}),
    ...(can(actor, 'titleApplications.read') ? { titles: titleKpis(ctx, actor) } : {}),
  };
}
