// Wall-clock hours of the local days that cover the simulated period, computed once so that the
// hot loop turns "day d, 09:00 local" into an instant with an array read instead of a Date.
// Offsets come from core's zone code (exact to the second, as the runtime's tz database reports).
import { isoWeekdayFromDays } from '../../core/time/internal/civil.js';
import { resolveCompatible, resolveFirstAtOrAfter } from '../../core/time/internal/resolve.js';
import { openZone, type Zone } from '../../core/time/internal/zone.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** Hour slots per local day: wall-clock 00:00 … 24:00 (= next day's 00:00). */
export const SLOTS = 25;

export interface LocalCalendar {
  /**
   * Number of local days in the table; day 0 is the local date of the period's start, and the
   * rows are the dates that exist in the zone (a date skipped by a change of side of the date
   * line has no row).
   */
  readonly dayCount: number;
  /** `hourStart[d * SLOTS + h]`: the instant of wall-clock h:00 on local day d (h = 0 … 24). */
  readonly hourStart: Float64Array;
  /** ISO weekday of each local day (1 = Monday … 7 = Sunday). */
  readonly weekday: Uint8Array;
}

/**
 * The instant at which the wall clock in `zone` shows `wall` (a wall time written as if it were
 * UTC), with 'compatible' disambiguation: a repeated wall time reads as the earlier instant, a
 * skipped one is moved forward by the gap.
 */
export function wallToInstant(zone: Zone, wall: number): number {
  return resolveCompatible(zone, wall);
}

/** The start of the local day whose wall-clock midnight is `wallMidnight` (its first instant when midnight is skipped). */
function dayStart(zone: Zone, wallMidnight: number): number {
  return resolveFirstAtOrAfter(zone, wallMidnight);
}

export function buildLocalCalendar(timeZone: string, startAt: number, dayCount: number): LocalCalendar {
  const zone = openZone(timeZone, ['timeZone']);
  const firstDay = Math.floor((startAt + zone.offsetMs(startAt)) / DAY_MS);
  const hourStart = new Float64Array(dayCount * SLOTS);
  const weekday = new Uint8Array(dayCount);
  let midnight = dayStart(zone, firstDay * DAY_MS);
  // `wallDay` runs ahead of `d` when a whole local date is skipped (Pacific/Apia 30 Dec 2011,
  // Pacific/Kiritimati 31 Dec 1994): such a date has no instant, so it gets no row, and its wall
  // hours (moved forward by the gap) would otherwise fall on the next date under a wrong weekday.
  let wallDay = firstDay;
  for (let d = 0; d < dayCount; d++, wallDay++) {
    let wallMidnight = wallDay * DAY_MS;
    let nextMidnight = dayStart(zone, wallMidnight + DAY_MS);
    while (nextMidnight === midnight) {
      wallDay++;
      wallMidnight = wallDay * DAY_MS;
      nextMidnight = dayStart(zone, wallMidnight + DAY_MS);
    }
    const base = d * SLOTS;
    if (nextMidnight - midnight === DAY_MS) {
      for (let h = 0; h < SLOTS; h++) hourStart[base + h] = midnight + h * HOUR_MS;
    } else {
      // A day with an offset change (DST): each wall hour on its own.
      hourStart[base] = midnight;
      for (let h = 1; h < SLOTS - 1; h++) hourStart[base + h] = wallToInstant(zone, wallMidnight + h * HOUR_MS);
      hourStart[base + SLOTS - 1] = nextMidnight;
    }
    weekday[d] = isoWeekdayFromDays(wallDay);
    midnight = nextMidnight;
  }
  return { dayCount, hourStart, weekday };
}

/** The local day that contains `at`, or −1 before the table, `dayCount` after it. */
export function localDayOf(calendar: LocalCalendar, at: number): number {
  const { hourStart, dayCount } = calendar;
  const first = hourStart[0] as number;
  if (at < first) return -1;
  let d = Math.floor((at - first) / DAY_MS);
  if (d >= dayCount) d = dayCount - 1;
  while (d > 0 && (hourStart[d * SLOTS] as number) > at) d--;
  while (d < dayCount && (hourStart[d * SLOTS + SLOTS - 1] as number) <= at) d++;
  return d;
}

/** The wall-clock hour (0–23) of `at` on local day `day` (which must contain `at`). */
export function localHourOf(calendar: LocalCalendar, day: number, at: number): number {
  const base = day * SLOTS;
  let h = 0;
  while (h < SLOTS - 2 && (calendar.hourStart[base + h + 1] as number) <= at) h++;
  return h;
}
