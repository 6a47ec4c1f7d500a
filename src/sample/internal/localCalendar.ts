// Wall-clock hours of the local days that cover the simulated period, computed once so that the
// hot loop turns "day d, 09:00 local" into an instant with an array read instead of a Date.
import { tzOffset } from '@date-fns/tz';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** Hour slots per local day: wall-clock 00:00 … 24:00 (= next day's 00:00). */
export const SLOTS = 25;

export interface LocalCalendar {
  /** Number of local days in the table; day 0 is the local date of the period's start. */
  readonly dayCount: number;
  /** `hourStart[d * SLOTS + h]`: the instant of wall-clock h:00 on local day d (h = 0 … 24). */
  readonly hourStart: Float64Array;
  /** ISO weekday of each local day (1 = Monday … 7 = Sunday). */
  readonly weekday: Uint8Array;
}

function offsetMs(timeZone: string, at: number): number {
  return tzOffset(timeZone, new Date(at)) * 60_000;
}

/**
 * The instant at which the wall clock in `timeZone` shows `wall` (a wall time written as if it
 * were UTC). Two passes settle the offset; a wall time skipped by a DST gap maps to the instant
 * one offset-step off, which no store hour in the simulation uses.
 */
export function wallToInstant(timeZone: string, wall: number): number {
  const first = offsetMs(timeZone, wall);
  const guess = wall - first;
  const second = offsetMs(timeZone, guess);
  return second === first ? guess : wall - second;
}

export function buildLocalCalendar(timeZone: string, startAt: number, dayCount: number): LocalCalendar {
  const localStart = new Date(startAt + offsetMs(timeZone, startAt));
  const year = localStart.getUTCFullYear();
  const month = localStart.getUTCMonth();
  const date = localStart.getUTCDate();
  const hourStart = new Float64Array(dayCount * SLOTS);
  const weekday = new Uint8Array(dayCount);
  let midnight = wallToInstant(timeZone, Date.UTC(year, month, date));
  for (let d = 0; d < dayCount; d++) {
    const wallMidnight = Date.UTC(year, month, date + d);
    const nextMidnight = wallToInstant(timeZone, wallMidnight + DAY_MS);
    const base = d * SLOTS;
    if (nextMidnight - midnight === DAY_MS) {
      for (let h = 0; h < SLOTS; h++) hourStart[base + h] = midnight + h * HOUR_MS;
    } else {
      // A day with an offset change (DST): each wall hour on its own.
      for (let h = 0; h < SLOTS - 1; h++) hourStart[base + h] = wallToInstant(timeZone, wallMidnight + h * HOUR_MS);
      hourStart[base + SLOTS - 1] = nextMidnight;
    }
    weekday[d] = ((new Date(wallMidnight).getUTCDay() + 6) % 7) + 1;
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
