/**
 * Deadlines in working days (工作日) on the bureau's calendar: Monday–Friday, minus public holidays,
 * plus the weekend days that are make-up working days (调休上班). Pure: dates are 'YYYY-MM-DD'
 * strings in Beijing time, the calendar is handed in.
 */

export interface WorkCalendar {
  /** Days off that would otherwise be working days (法定节假日, including the weekdays of a 调休 block). */
  holidays: ReadonlySet<string>;
  /** Saturdays and Sundays that are working days (调休上班). */
  workdays: ReadonlySet<string>;
}

/** A stretch when the clock stood still (waiting for 补正 materials). `to` null = still waiting. */
export interface Pause {
  from: string;
  to: string | null;
}

const DAY_MS = 86_400_000;
const parse = (d: string) => Date.parse(`${d}T00:00:00Z`);
const format = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const addDays = (date: string, n: number) => format(parse(date) + n * DAY_MS);

/** The calendar date in Beijing (UTC+8, no daylight saving) of an instant. */
export const beijingDate = (at: Date) => format(at.getTime() + 8 * 3_600_000);

export function isWeekend(date: string): boolean {
  const dow = new Date(parse(date)).getUTCDay();
  return dow === 0 || dow === 6;
}

export function isWorkingDay(date: string, cal: WorkCalendar): boolean {
  if (cal.workdays.has(date)) return true;
  if (cal.holidays.has(date)) return false;
  return !isWeekend(date);
}

/**
 * A paused day is one after the day the materials were asked for, up to and including the day they
 * came back: the agent worked on the request day, and the clock restarts the day after receipt,
 * exactly as it started the day after submission.
 */
const pausedOn = (date: string, pauses: readonly Pause[]) =>
  pauses.some((p) => date > p.from && (p.to === null || date <= p.to));

/** Ten years of days: a calendar that never yields a working day is a data error, not a loop. */
const SEARCH_LIMIT = 3660;

/**
 * The last day to decide: the `days`-th working day after `start` (受理之日起 N 个工作日, the start
 * day itself not counted), skipping paused days. While a pause is open the deadline is not known: null.
 */
export function deadline(input: {
  start: string;
  days: number;
  calendar: WorkCalendar;
  pauses?: readonly Pause[];
}): string | null {
  const pauses = input.pauses ?? [];
  if (pauses.some((p) => p.to === null)) return null;
  let date = input.start;
  let counted = 0;
  for (let i = 0; i < SEARCH_LIMIT; i++) {
    date = addDays(date, 1);
    if (isWorkingDay(date, input.calendar) && !pausedOn(date, pauses)) counted++;
    if (counted >= input.days) return date;
  }
  throw new Error(`工作日历中 ${input.start} 之后 ${SEARCH_LIMIT} 天内没有足够的工作日`);
}

/** Working days from `today` (exclusive) to `due` (inclusive); negative when `due` has passed. */
export function workingDaysLeft(today: string, due: string, cal: WorkCalendar): number {
  if (due === today) return 0;
  const [from, to, sign] = due > today ? [today, due, 1] : [due, today, -1];
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d, cal)) n++;
  return sign * n;
}

/** Overdue: the deadline day is over and the appeal is still waiting for an agent's decision. */
export const isOverdue = (due: string, today: string) => due < today;
