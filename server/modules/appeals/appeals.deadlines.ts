import type { DbOrTx, Tx } from '../../../db/client';
import type { AppContext } from '../../context';
import { beijingDate, deadline, workingDaysLeft, type Pause } from '../../domain/workingDays';
import { loadCalendar, runningAppeals, updateAppeal, type AppealRow } from './appeals.repo';

/** Deadlines are counted in Beijing working days, whatever the server's own time zone. */
export const todayOf = (ctx: AppContext) => beijingDate(ctx.clock.now());
export const submittedDay = (a: Pick<AppealRow, 'submittedAt'>) => beijingDate(new Date(a.submittedAt));

export function dueFrom(tx: DbOrTx, start: string, days: number, pauses: readonly Pause[]) {
  return deadline({ start, days, calendar: loadCalendar(tx, start), pauses });
}

/** Working days from today to the due date (negative once overdue), on the calendar as it stands. */
export const daysLeft = (db: DbOrTx, today: string, dueDate: string) =>
  workingDaysLeft(today, dueDate, loadCalendar(db, today < dueDate ? today : dueDate));

/**
 * A calendar change moves the deadlines still running; called inside the calendar change's own
 * transaction. The version is not bumped: the deadline is derived, and an agent's open screen stays valid.
 */
export function recomputeDeadlines(tx: Tx): number {
  const rows = runningAppeals(tx);
  if (!rows.length) return 0;
  const earliest = rows.map(submittedDay).sort()[0];
  const calendar = loadCalendar(tx, earliest);
  let moved = 0;
  for (const r of rows) {
    const due = deadline({ start: submittedDay(r), days: r.deadlineDays, calendar, pauses: r.pauses });
    if (due && due !== r.dueDate) {
      updateAppeal(tx, r.id, { dueDate: due });
      moved++;
    }
  }
  return moved;
}
