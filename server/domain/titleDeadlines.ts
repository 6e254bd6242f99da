import { deadline, type Pause, type WorkCalendar } from './workingDays';
import type { ResubmitTarget, TitleApplicationStatus, TitleEvent } from './workflows/titleApplications.workflow';

/** 每级审核时限: working days each level has, per plan, unless sysadmin sets another. */
export const DEFAULT_LEVEL_DEADLINE_DAYS = 10;

/**
 * The clock of the level an application stands at: the Beijing day it arrived there and the stretches
 * it spent back with the applicant since. `levelSince` null = at no level (decided).
 */
export interface LevelClock {
  levelSince: string | null;
  levelPauses: Pause[];
}

/** The statuses in which a level holds the application, so its clock runs. */
export const HELD_STATUSES = ['pending', 'awaiting_submission'] as const satisfies readonly TitleApplicationStatus[];

const arrive = (today: string): LevelClock => ({ levelSince: today, levelPauses: [] });

/**
 * The clock after a move made on `today`: it restarts whenever the application arrives at a level
 * (submitted, sent up, sent back down, taken back down by the level that sent it up, resubmitted to the
 * first level); it pauses while the application is back with the applicant and runs on when it comes
 * back to the same level; it stops when the application is decided. Other moves (claim, reassign, pass at
 * the level and taking that pass back, urging) leave it.
 */
export function clockAfter(
  event: TitleEvent | 'submit',
  before: LevelClock & { resubmitTo?: ResubmitTarget | null },
  today: string,
): LevelClock {
  switch (event) {
    case 'submit':
    case 'forward':
    case 'returnToLevel':
    case 'withdrawForward':
      return arrive(today);
    case 'returnToApplicant':
      return { levelSince: before.levelSince, levelPauses: [...before.levelPauses, { from: today, to: null }] };
    case 'resubmit':
      if (before.resubmitTo === 'first_level' || !before.levelSince) return arrive(today);
      return {
        levelSince: before.levelSince,
        levelPauses: before.levelPauses.map((p) => (p.to === null ? { ...p, to: today } : p)),
      };
    case 'passFinal':
    case 'reject':
      return { levelSince: null, levelPauses: [] };
    default:
      return { levelSince: before.levelSince, levelPauses: before.levelPauses };
  }
}

/** The last day the current level has (null while with the applicant or decided). */
export function levelDueDate(clock: LevelClock, days: number, calendar: WorkCalendar): string | null {
  if (!clock.levelSince) return null;
  return deadline({ start: clock.levelSince, days, calendar, pauses: clock.levelPauses });
}

/** Overdue: the level still holds it and its last day is over. */
export const isLevelOverdue = (a: { status: TitleApplicationStatus; dueDate: string | null }, today: string) =>
  (HELD_STATUSES as readonly string[]).includes(a.status) && a.dueDate !== null && a.dueDate < today;
