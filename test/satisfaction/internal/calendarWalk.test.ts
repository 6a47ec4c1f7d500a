import { describe, expect, it } from 'vitest';
import { defineBusinessCalendar } from '../../../src/satisfaction/index.js';
import { CalendarClock } from '../../../src/satisfaction/internal/calendarClock.js';
import { measureForward } from '../../../src/satisfaction/internal/calendarWalk.js';
import { referenceMeasure, type WalkReferenceCalendar } from '../walkReference.js';

// businessDurationMs refuses spans over 100 years; the SLA clocks call measureForward without
// that limit, so its skip over whole 400-year cycles is tested here.
describe('measureForward over more than a 400-year cycle', () => {
  const definition: WalkReferenceCalendar = {
    timeZone: 'Europe/Berlin',
    weekly: { sun: [['02:00', '03:00']], wed: [['23:00', '01:00']] },
    holidays: ['2500-01-05'],
  };
  const calendar = defineBusinessCalendar(definition);
  const measure = (from: number, to: number): number =>
    measureForward(calendar, new CalendarClock(calendar.timeZone, calendar.offsetTable, ['calendar', 'timeZone']), from, to);

  it('equals the slow walk and the sum of its parts, with and without a holiday in the span', () => {
    for (const [from, to] of [
      // 410 years: one cycle skipped, then the rest walked
      [Date.UTC(2600, 4, 5, 7, 3), Date.UTC(3010, 1, 2, 1, 30)],
      // the holiday of 2500-01-05 leaves no whole cycle on either side
      [Date.UTC(2150, 4, 5, 7, 3), Date.UTC(2560, 1, 2, 1, 30)],
    ] as const) {
      const whole = measure(from, to);
      expect(whole).toBe(referenceMeasure(from, to, definition));
      const middle = from + 200 * 365 * 86_400_000;
      expect(whole).toBe(measure(from, middle) + measure(middle, to));
    }
  });
});
