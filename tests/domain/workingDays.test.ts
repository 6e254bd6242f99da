import { describe, expect, it } from 'vitest';
import {
  addDays,
  beijingDate,
  deadline,
  isOverdue,
  isWorkingDay,
  workingDaysLeft,
  type WorkCalendar,
} from '../../server/domain/workingDays';

const none: WorkCalendar = { holidays: new Set(), workdays: new Set() };
// 2026 国庆节: 10-01..10-07 off, Sunday 09-20 and Saturday 10-10 worked (调休).
const national: WorkCalendar = {
  holidays: new Set(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07']),
  workdays: new Set(['2026-09-20', '2026-10-10']),
};

describe('which days are working days', () => {
  it('when nothing is on the calendar, then Monday to Friday work and the weekend does not', () => {
    expect(['2026-11-02', '2026-11-03', '2026-11-06'].map((d) => isWorkingDay(d, none))).toEqual([true, true, true]);
    expect(['2026-11-07', '2026-11-08'].map((d) => isWorkingDay(d, none))).toEqual([false, false]);
  });

  it('when a weekday is a public holiday, then it is not a working day', () => {
    expect(isWorkingDay('2026-10-01', national)).toBe(false);
  });

  it('when a weekend day is a make-up working day (调休), then it is a working day', () => {
    expect(isWorkingDay('2026-09-20', national)).toBe(true);
    expect(isWorkingDay('2026-10-10', national)).toBe(true);
  });
});

describe('the deadline: N working days after the submission day', () => {
  it('when submitted on a Monday with 3 days, then the deadline is Thursday (the submission day does not count)', () => {
    expect(deadline({ start: '2026-11-02', days: 3, calendar: none })).toBe('2026-11-05');
  });

  it('when submitted on a Thursday, then the weekend is skipped', () => {
    expect(deadline({ start: '2026-11-05', days: 3, calendar: none })).toBe('2026-11-10');
  });

  it('when submitted on a Saturday, then counting starts on Monday', () => {
    expect(deadline({ start: '2026-11-07', days: 1, calendar: none })).toBe('2026-11-09');
  });

  it('when the national-day holiday falls in between, then its days are skipped and the make-up Saturday counts', () => {
    // Tue 09-29 → Wed 09-30 (1), 10-01..07 off, Thu 10-08 (2), Fri 10-09 (3).
    expect(deadline({ start: '2026-09-29', days: 3, calendar: national })).toBe('2026-10-09');
    // Thu 10-08 → Fri 10-09 (1), Sat 10-10 worked (2), Mon 10-12 (3).
    expect(deadline({ start: '2026-10-08', days: 3, calendar: national })).toBe('2026-10-12');
  });

  it('when the make-up Sunday comes right after submission, then it is the first working day', () => {
    expect(deadline({ start: '2026-09-19', days: 1, calendar: national })).toBe('2026-09-20');
  });

  it('when a supplement was waited for, then the working days after the request up to the day it came back do not count', () => {
    // Mon 11-02 submitted; asked on Tue 11-03; came back Thu 11-05: Wed and Thu are paused.
    // Tue (1), Fri (2), Mon 11-09 (3).
    expect(
      deadline({ start: '2026-11-02', days: 3, calendar: none, pauses: [{ from: '2026-11-03', to: '2026-11-05' }] }),
    ).toBe('2026-11-09');
  });

  it('when the supplement comes back on the day it was asked for, then nothing is paused', () => {
    expect(
      deadline({ start: '2026-11-02', days: 3, calendar: none, pauses: [{ from: '2026-11-03', to: '2026-11-03' }] }),
    ).toBe('2026-11-05');
  });

  it('when two supplements were waited for, then both pauses count', () => {
    const pauses = [
      { from: '2026-11-03', to: '2026-11-04' },
      { from: '2026-11-06', to: '2026-11-09' },
    ];
    // Tue (1), Wed paused, Thu (2), Fri the second request day (3).
    expect(deadline({ start: '2026-11-02', days: 3, calendar: none, pauses })).toBe('2026-11-06');
    expect(deadline({ start: '2026-11-02', days: 4, calendar: none, pauses })).toBe('2026-11-10');
  });

  it('while the supplement is still awaited, then there is no deadline', () => {
    expect(
      deadline({ start: '2026-11-02', days: 3, calendar: none, pauses: [{ from: '2026-11-03', to: null }] }),
    ).toBeNull();
  });

  it('when the calendar never offers a working day, then it is an error rather than an endless loop', () => {
    const everyDayOff: WorkCalendar = { holidays: { has: () => true } as unknown as Set<string>, workdays: new Set() };
    expect(() => deadline({ start: '2026-11-02', days: 1, calendar: everyDayOff })).toThrow(/工作日/);
  });
});

describe('days left and overdue', () => {
  it('counts the working days still to go, and negative ones once past', () => {
    expect(workingDaysLeft('2026-11-02', '2026-11-05', none)).toBe(3);
    expect(workingDaysLeft('2026-11-05', '2026-11-05', none)).toBe(0);
    expect(workingDaysLeft('2026-11-09', '2026-11-05', none)).toBe(-2);
    expect(workingDaysLeft('2026-09-30', '2026-10-09', national)).toBe(2);
  });

  it('is overdue only from the day after the deadline', () => {
    expect(isOverdue('2026-11-05', '2026-11-05')).toBe(false);
    expect(isOverdue('2026-11-05', '2026-11-06')).toBe(true);
  });

  it('reads dates in Beijing time, so 23:30 UTC is already the next day', () => {
    expect(beijingDate(new Date('2026-11-02T15:59:00Z'))).toBe('2026-11-02');
    expect(beijingDate(new Date('2026-11-02T16:00:00Z'))).toBe('2026-11-03');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
