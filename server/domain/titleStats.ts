import { beijingDate, workingDaysLeft, type WorkCalendar } from './workingDays';

/**
 * 审核统计 of one review org: how long applications stayed at its level and how they left it, read
 * from the progress steps alone (the application row only says where it is now). Pure.
 */

/** What the statistics read of a progress step (title_review_steps). */
export interface StatStep {
  kind: string;
  at: string;
  step: number;
  orgId: number | null;
  result: string | null;
  returnToOrgId: number | null;
}

/** One stay at a level: from arrival (待审 there) to the review that ended it, or still open. */
export interface Stint {
  orgId: number;
  from: string;
  to: string | null;
  /** The review result that ended it: pass, approve (终审通过), return, reject; null while open. */
  result: string | null;
}

/**
 * The stays of one application, in order. It arrives at an org when submitted or resubmitted there,
 * forwarded to it (the step is written at the sending level) or returned to it from above; a review
 * at the org ends the stay.
 */
export function stintsOf(chain: readonly { orgId: number }[], steps: readonly StatStep[]): Stint[] {
  const stints: Stint[] = [];
  let open: Stint | null = null;
  const arrive = (orgId: number | null | undefined, at: string) => {
    if (orgId == null) return;
    open = { orgId, from: at, to: null, result: null };
    stints.push(open);
  };
  for (const s of steps) {
    if (s.kind === 'submitted' || s.kind === 'resubmitted') arrive(s.orgId, s.at);
    else if (s.kind === 'forwarded') arrive(chain[s.step + 1]?.orgId, s.at);
    else if (s.kind === 'reviewed') {
      const ending = open as Stint | null;
      if (ending && ending.orgId === s.orgId) {
        ending.to = s.at;
        ending.result = s.result;
        open = null;
      }
      if (s.result === 'return' && s.returnToOrgId != null) arrive(s.returnToOrgId, s.at);
    }
  }
  return stints;
}

/** Working days from one instant to another on the bureau's calendar (Beijing dates; the arrival day not counted). */
export const workingDaysBetween = (from: string, to: string, cal: WorkCalendar) =>
  Math.max(0, workingDaysLeft(beijingDate(new Date(from)), beijingDate(new Date(to)), cal));

/** How long an application may wait at a level before it counts as overdue, unless its plan says otherwise. */
export const OVERDUE_AFTER_WORKING_DAYS = 10;

/**
 * Overdue at a level: still waiting there after more than the plan's 每级审核时限 (levelDeadlineDays)
 * working days since it arrived — the rule behind the application's own dueDate, read from the steps.
 */
export const isOverdueAtLevel = (
  arrivedAt: string,
  now: string,
  cal: WorkCalendar,
  deadlineDays = OVERDUE_AFTER_WORKING_DAYS,
) => workingDaysBetween(arrivedAt, now, cal) > deadlineDays;

export interface LevelStats {
  /** Applications that reached the org. */
  received: number;
  /** By the latest review at the org (an application waiting there again counts as pending). */
  passed: number;
  returned: number;
  failed: number;
  /** Waiting there for review now. */
  pending: number;
  overdue: number;
  /** Mean working days of the finished stays at the org, one decimal; null before any. */
  averageWorkingDays: number | null;
  /** passed / (passed + returned + failed), as a percentage with one decimal; null before any decision. */
  passRate: number | null;
}

export interface StatApplication {
  status: string;
  currentOrgId: number;
  chain: readonly { orgId: number }[];
  steps: readonly StatStep[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The numbers of one org over some applications. */
export function levelStats(
  apps: readonly StatApplication[],
  orgId: number,
  now: string,
  cal: WorkCalendar,
  deadlineDays = OVERDUE_AFTER_WORKING_DAYS,
): LevelStats {
  const s: LevelStats = {
    received: 0,
    passed: 0,
    returned: 0,
    failed: 0,
    pending: 0,
    overdue: 0,
    averageWorkingDays: null,
    passRate: null,
  };
  let days = 0;
  let finished = 0;
  for (const a of apps) {
    const here = stintsOf(a.chain, a.steps).filter((x) => x.orgId === orgId);
    if (!here.length) continue;
    s.received++;
    for (const x of here)
      if (x.to) {
        days += workingDaysBetween(x.from, x.to, cal);
        finished++;
      }
    const last = here.at(-1)!;
    if (!last.to) {
      if (a.status === 'pending' && a.currentOrgId === orgId) {
        s.pending++;
        if (isOverdueAtLevel(last.from, now, cal, deadlineDays)) s.overdue++;
      }
      continue;
    }
    if (last.result === 'pass' || last.result === 'approve') s.passed++;
    else if (last.result === 'return') s.returned++;
    else if (last.result === 'reject') s.failed++;
  }
  if (finished) s.averageWorkingDays = round1(days / finished);
  const decided = s.passed + s.returned + s.failed;
  if (decided) s.passRate = round1((100 * s.passed) / decided);
  return s;
}
