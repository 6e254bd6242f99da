import { describe, expect, it } from 'vitest';
import { clockAfter, isLevelOverdue, levelDueDate, type LevelClock } from '../../server/domain/titleDeadlines';
import type { WorkCalendar } from '../../server/domain/workingDays';

// 2026 国庆节: 10-01..10-07 off, Sunday 09-20 and Saturday 10-10 worked (调休).
const national: WorkCalendar = {
  holidays: new Set(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07']),
  workdays: new Set(['2026-09-20', '2026-10-10']),
};
const none: WorkCalendar = { holidays: new Set(), workdays: new Set() };
const at = (levelSince: string | null, levelPauses: LevelClock['levelPauses'] = []): LevelClock => ({
  levelSince,
  levelPauses,
});

describe('a level’s due date on the work calendar', () => {
  it('when it arrives on a Monday with 10 days, then the level has until the Monday two weeks on (weekends skipped)', () => {
    expect(levelDueDate(at('2026-11-02'), 10, none)).toBe('2026-11-16');
  });

  it('when the days cross 国庆节, then the holiday is skipped and the make-up Saturday counts', () => {
    // 09-30 arrives; 10-01..07 off; 10-08 Thu, 10-09 Fri, 10-10 Sat (调休上班), 10-12 Mon …
    expect(levelDueDate(at('2026-09-30'), 3, national)).toBe('2026-10-10');
    expect(levelDueDate(at('2026-09-30'), 3, none)).toBe('2026-10-05');
    // The make-up Sunday before the holiday is a working day too.
    expect(levelDueDate(at('2026-09-18'), 1, national)).toBe('2026-09-20');
  });

  it('when it spent days back with the applicant, then those days do not count and the due date moves on by them', () => {
    // Returned on Wed 11-04, resubmitted on Mon 11-09: Thu, Fri (and the weekend, and Monday) are the applicant's.
    const paused = at('2026-11-02', [{ from: '2026-11-04', to: '2026-11-09' }]);
    expect(levelDueDate(paused, 10, none)).toBe('2026-11-19');
  });

  it('when it is still with the applicant, then the level has no due date', () => {
    expect(levelDueDate(at('2026-11-02', [{ from: '2026-11-04', to: null }]), 10, none)).toBeNull();
    expect(levelDueDate(at(null), 10, none)).toBeNull();
  });
});

describe('the level clock through the moves', () => {
  const running = { ...at('2026-11-02'), resubmitTo: null };

  it('when it is submitted, sent up or sent back to a level, then the clock restarts there today', () => {
    for (const e of ['submit', 'forward', 'returnToLevel'] as const)
      expect(clockAfter(e, running, '2026-11-10'), e).toEqual(at('2026-11-10'));
  });

  it('when a level claims, reassigns or passes it, then the clock runs on', () => {
    for (const e of ['claim', 'reassign', 'pass'] as const)
      expect(clockAfter(e, running, '2026-11-10'), e).toEqual(at('2026-11-02'));
  });

  it('when it goes back to the applicant and comes back to the same level, then the clock paused in between', () => {
    const away = clockAfter('returnToApplicant', running, '2026-11-04');
    expect(away).toEqual(at('2026-11-02', [{ from: '2026-11-04', to: null }]));
    const back = clockAfter('resubmit', { ...away, resubmitTo: 'this_level' }, '2026-11-09');
    expect(back).toEqual(at('2026-11-02', [{ from: '2026-11-04', to: '2026-11-09' }]));
  });

  it('when the applicant resubmits to the first level, then the clock restarts there', () => {
    const away = clockAfter('returnToApplicant', running, '2026-11-04');
    expect(clockAfter('resubmit', { ...away, resubmitTo: 'first_level' }, '2026-11-09')).toEqual(at('2026-11-09'));
  });

  it('when it is decided, then no level’s clock runs', () => {
    for (const e of ['passFinal', 'reject'] as const) expect(clockAfter(e, running, '2026-11-10'), e).toEqual(at(null));
  });
});

describe('overdue', () => {
  it('when the due day is over and a level holds it, then it is overdue; on the due day, or with the applicant, it is not', () => {
    expect(isLevelOverdue({ status: 'pending', dueDate: '2026-11-16' }, '2026-11-17')).toBe(true);
    expect(isLevelOverdue({ status: 'awaiting_submission', dueDate: '2026-11-16' }, '2026-11-17')).toBe(true);
    expect(isLevelOverdue({ status: 'pending', dueDate: '2026-11-16' }, '2026-11-16')).toBe(false);
    expect(isLevelOverdue({ status: 'returned', dueDate: null }, '2026-11-17')).toBe(false);
    expect(isLevelOverdue({ status: 'approved', dueDate: '2026-11-16' }, '2026-11-17')).toBe(false);
  });
});
