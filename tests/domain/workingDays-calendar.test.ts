import { describe, expect, it } from 'vitest';
import { OFFICIAL_CALENDARS } from '../../db/seed/appeals';
import { addDays, deadline, isWeekend, type WorkCalendar } from '../../server/domain/workingDays';

/** The holiday arrangements the demo calendar is seeded with, checked against the rules they must obey. */
function calendarOf(year: number): WorkCalendar {
  const holidays = new Set<string>();
  const workdays = new Set<string>();
  for (const h of OFFICIAL_CALENDARS[year]) {
    for (let d = `${year}-${h.off[0]}`; d <= `${year}-${h.off[1]}`; d = addDays(d, 1)) holidays.add(d);
    for (const w of h.work ?? []) workdays.add(`${year}-${w}`);
  }
  return { holidays, workdays };
}

describe('the seeded holiday arrangements', () => {
  for (const year of Object.keys(OFFICIAL_CALENDARS).map(Number)) {
    it(`${year}: every make-up working day is a Saturday or Sunday, and none is also a holiday`, () => {
      const cal = calendarOf(year);
      for (const d of cal.workdays) {
        expect(isWeekend(d), d).toBe(true);
        expect(cal.holidays.has(d), d).toBe(false);
      }
    });
  }

  it('2026: an appeal submitted on the eve of the national-day week is due after it, the make-up Saturday counting', () => {
    // Wed 09-30 → Thu 10-08 (1), Fri 10-09 (2), Sat 10-10 worked (3).
    expect(deadline({ start: '2026-09-30', days: 3, calendar: calendarOf(2026) })).toBe('2026-10-10');
  });

  it('2026: the nine-day spring festival is skipped whole, and the make-up Saturday before it counts', () => {
    // Fri 02-13 → Sat 02-14 worked (1), 02-15..02-23 off, Tue 02-24 (2), Wed 02-25 (3).
    expect(deadline({ start: '2026-02-13', days: 3, calendar: calendarOf(2026) })).toBe('2026-02-25');
  });
});
