import type { DbOrTx, Tx } from '../../../db/client';
import { isLevelOverdue, levelDueDate, type LevelClock } from '../../domain/titleDeadlines';
import { beijingDate } from '../../domain/workingDays';
import type { Clock } from '../../clock';
import { loadCalendar } from '../appeals/appeals.repo';
import { findTitlePlan } from '../title-plans/title-plans.repo';
import { runningClocksOfPlan, setDueDate } from './title-applications.repo';

/**
 * 每级审核时限 of title applications, in one place: the due date of the level an application stands
 * at (the plan's working days on the work calendar the appeals use, from the level's clock), whether
 * it is overdue (the lists' SQL for it is `overdueCondition` in the repo). Other jobs (stats, exports) call these.
 */

/** Deadlines are counted in Beijing days, whatever the server's own time zone. */
export const titleToday = (clock: Clock) => beijingDate(clock.now());

/** The due date for a level clock of an application of `planId` (null when at no level or paused). */
export function titleDueDate(db: DbOrTx, planId: number, c: LevelClock): string | null {
  if (!c.levelSince) return null;
  const days = findTitlePlan(db, planId)?.levelDeadlineDays;
  if (days === undefined) throw new Error(`申报事项 #${planId} 不存在`);
  return levelDueDate(c, days, loadCalendar(db, c.levelSince));
}

/** A move's patch with the due date its clock gives, when the move changed the clock. */
export function withDueDate<P extends Partial<LevelClock>>(db: DbOrTx, planId: number, patch: P) {
  if (patch.levelSince === undefined || patch.levelPauses === undefined) return patch;
  return { ...patch, dueDate: titleDueDate(db, planId, patch as LevelClock) };
}

/** `overdue` as records carry it. */
export const isTitleOverdue = isLevelOverdue;

/**
 * A plan's new number of days moves the deadlines still running (inside the plan change's transaction).
 * The version is not bumped: the due date is derived, and a reviewer's open screen stays valid.
 */
export function recomputePlanDeadlines(tx: Tx, planId: number): number {
  let moved = 0;
  for (const r of runningClocksOfPlan(tx, planId)) {
    const due = titleDueDate(tx, planId, r);
    if (due !== r.dueDate) {
      setDueDate(tx, r.id, due);
      moved++;
    }
  }
  return moved;
}
