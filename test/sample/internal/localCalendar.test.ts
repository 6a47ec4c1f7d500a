import { describe, expect, it } from 'vitest';
import { openZone } from '../../../src/core/time/internal/zone.js';
import { SLOTS, buildLocalCalendar, localDayOf, localHourOf, wallToInstant } from '../../../src/sample/internal/localCalendar.js';

describe('buildLocalCalendar', () => {
  // Europe/Berlin 2026: CET (UTC+1) until 29 March 01:00 UTC, then CEST (UTC+2) until 25 October
  // 01:00 UTC (EU rule: last Sunday of March / October).
  const calendar = buildLocalCalendar('Europe/Berlin', Date.UTC(2026, 2, 27, 12), 4);

  it('starts at local midnight of the start date', () => {
    expect(calendar.hourStart[0]).toBe(Date.UTC(2026, 2, 26, 23));
    expect([...calendar.weekday]).toEqual([5, 6, 7, 1]);
  });

  it('maps wall-clock hours to instants on the 23-hour day of the spring change', () => {
    const sunday = 2 * SLOTS;
    expect(calendar.hourStart[sunday]).toBe(Date.UTC(2026, 2, 28, 23));
    expect(calendar.hourStart[sunday + 1]).toBe(Date.UTC(2026, 2, 29, 0));
    // 02:00 does not exist; it maps to 03:00 CEST = 01:00 UTC.
    expect(calendar.hourStart[sunday + 3]).toBe(Date.UTC(2026, 2, 29, 1));
    expect(calendar.hourStart[sunday + 9]).toBe(Date.UTC(2026, 2, 29, 7));
    expect(calendar.hourStart[sunday + 24]).toBe(Date.UTC(2026, 2, 29, 22));
    expect(calendar.hourStart[3 * SLOTS]).toBe(Date.UTC(2026, 2, 29, 22));
  });

  it('maps wall-clock hours on the 25-hour day of the autumn change', () => {
    const autumn = buildLocalCalendar('Europe/Berlin', Date.UTC(2026, 9, 25, 6), 2);
    expect(autumn.hourStart[0]).toBe(Date.UTC(2026, 9, 24, 22));
    expect(autumn.hourStart[9]).toBe(Date.UTC(2026, 9, 25, 8));
    expect(autumn.hourStart[24]).toBe(Date.UTC(2026, 9, 25, 23));
  });

  it('starts a day whose midnight is skipped at its first instant (America/Santiago)', () => {
    // Chile moves from UTC−4 to UTC−3 at 24:00 on Saturday 5 Sep 2026 (first Saturday of
    // September, 04:00 UTC): Sunday 6 Sep starts at 01:00 local = 04:00 UTC and lasts 23 hours.
    const santiago = buildLocalCalendar('America/Santiago', Date.UTC(2026, 8, 5, 12), 2);
    expect(santiago.hourStart[0]).toBe(Date.UTC(2026, 8, 5, 4));
    expect(santiago.hourStart[SLOTS]).toBe(Date.UTC(2026, 8, 6, 4));
    expect(santiago.hourStart[SLOTS + 9]).toBe(Date.UTC(2026, 8, 6, 12));
    expect(santiago.hourStart[2 * SLOTS - 1]).toBe(Date.UTC(2026, 8, 7, 3));
    expect([...santiago.weekday]).toEqual([6, 7]);
  });

  it('leaves out a local day that does not exist (Pacific/Apia skipped 30 Dec 2011)', () => {
    // Samoa moved from UTC−10 to UTC+14 at 24:00 on Thursday 29 Dec 2011 (10:00 UTC on the 30th):
    // the next local day is Saturday 31 Dec, which starts at that instant.
    const apia = buildLocalCalendar('Pacific/Apia', Date.UTC(2011, 11, 29, 22), 3);
    expect([...apia.weekday]).toEqual([4, 6, 7]);
    expect(apia.hourStart[0]).toBe(Date.UTC(2011, 11, 29, 10));
    expect(apia.hourStart[SLOTS]).toBe(Date.UTC(2011, 11, 30, 10));
    expect(apia.hourStart[SLOTS + 9]).toBe(Date.UTC(2011, 11, 30, 19));
    expect(apia.hourStart[2 * SLOTS]).toBe(Date.UTC(2011, 11, 31, 10));
    expect(localDayOf(apia, Date.UTC(2011, 11, 30, 9, 59))).toBe(0);
    expect(localDayOf(apia, Date.UTC(2011, 11, 30, 10))).toBe(1);
  });

  it('keeps offsets with seconds exact (Monrovia, UTC−00:44:30 until 1972)', () => {
    const monrovia = buildLocalCalendar('Africa/Monrovia', Date.UTC(1960, 0, 15, 12), 1);
    expect(monrovia.hourStart[0]).toBe(Date.UTC(1960, 0, 15, 0, 44, 30));
  });

  it('handles half-hour offsets', () => {
    const kolkata = buildLocalCalendar('Asia/Kolkata', Date.UTC(2026, 0, 1), 1);
    expect(kolkata.hourStart[0]).toBe(Date.UTC(2025, 11, 31, 18, 30));
    expect(kolkata.hourStart[9]).toBe(Date.UTC(2026, 0, 1, 3, 30));
  });
});

describe('wallToInstant', () => {
  it('reads a wall time in the zone', () => {
    const newYork = openZone('America/New_York', []);
    expect(wallToInstant(newYork, Date.UTC(2026, 6, 1, 9))).toBe(Date.UTC(2026, 6, 1, 13));
    expect(wallToInstant(newYork, Date.UTC(2026, 0, 1, 9))).toBe(Date.UTC(2026, 0, 1, 14));
  });

  it('reads a repeated wall time as the earlier instant and moves a skipped one forward by the gap', () => {
    const newYork = openZone('America/New_York', []);
    // 1 Nov 2026, 01:30 happens twice (EDT, UTC−4, then EST, UTC−5): the first is 05:30 UTC.
    expect(wallToInstant(newYork, Date.UTC(2026, 10, 1, 1, 30))).toBe(Date.UTC(2026, 10, 1, 5, 30));
    // 8 Mar 2026, 02:30 does not exist: read with the offset before (UTC−5), 07:30 UTC = 03:30 EDT.
    expect(wallToInstant(newYork, Date.UTC(2026, 2, 8, 2, 30))).toBe(Date.UTC(2026, 2, 8, 7, 30));
  });
});

describe('localDayOf and localHourOf', () => {
  const calendar = buildLocalCalendar('Europe/Berlin', Date.UTC(2026, 2, 27, 12), 4);

  it('finds the local day and hour of an instant across the change', () => {
    expect(localDayOf(calendar, Date.UTC(2026, 2, 26, 23))).toBe(0);
    expect(localDayOf(calendar, Date.UTC(2026, 2, 28, 22, 59))).toBe(1);
    expect(localDayOf(calendar, Date.UTC(2026, 2, 29, 21, 59))).toBe(2);
    expect(localDayOf(calendar, Date.UTC(2026, 2, 29, 22))).toBe(3);
    expect(localHourOf(calendar, 2, Date.UTC(2026, 2, 29, 7, 30))).toBe(9);
    expect(localHourOf(calendar, 2, Date.UTC(2026, 2, 28, 23, 30))).toBe(0);
    expect(localHourOf(calendar, 3, Date.UTC(2026, 2, 30, 21, 59))).toBe(23);
  });

  it('reports instants outside the table', () => {
    expect(localDayOf(calendar, Date.UTC(2026, 2, 26, 22))).toBe(-1);
    expect(localDayOf(calendar, Date.UTC(2026, 2, 30, 22))).toBe(4);
    expect(localDayOf(calendar, Date.UTC(2027, 0, 1))).toBe(4);
  });
});
