// The business-time walks behind addBusinessDuration, businessDurationMs and the SLA clocks.
//
// Shifts are taken day by day in local wall-clock time: shift [s, e) of local day d covers the
// instants [instantOfWall(d·DAY + s·MIN), instantOfWall(d·DAY + e·MIN)). The wall → instant map
// is non-decreasing, so shifts stay ordered and non-overlapping, and a shift containing a DST
// transition lasts its real elapsed time. The walks skip whole weeks arithmetically when the
// week holds no holiday and no offset change: such a week holds exactly the nominal weekly
// business time. From 2101 on the zone's offsets repeat every 400 Gregorian years (the year-type
// rule of OffsetModel) and so does the weekly schedule (146 097 days are 20 871 weeks): there the
// walks also skip whole 400-year cycles without a holiday, each worth the business time of one
// cycle, measured once per call.
import { ErrorCode, OmnicxError, type PathKey } from '../../core/errors/OmnicxError.js';
import { MAX_INSTANT } from '../../core/time/internal/civil.js';
import type { CalendarClock } from './calendarClock.js';
import { MS_PER_DAY, MS_PER_MINUTE, weekdayIndexOfDays } from './calendarTime.js';
import { CYCLE_DAYS, RULE_FROM_MS } from './offsetModel.js';

/** The parts of a compiled calendar the walks read. */
export interface WalkCalendar {
  readonly weeklyMinutes: readonly (readonly (readonly [number, number])[])[];
  readonly holidayDays: readonly number[];
  readonly weeklyBusinessMs: number;
}

const LAST_DAY = Math.floor(MAX_INSTANT / MS_PER_DAY) + 2;
const FIRST_DAY = -LAST_DAY;
/**
 * The first local day whose shifts, and those of every later day, lie where offsets follow the
 * year-type rule (offsets are less than a day, so 2101-01-01 + 3 days is safe). Day business
 * totals are periodic from here on with a period of CYCLE_DAYS.
 */
const RULE_DAY = Math.floor(RULE_FROM_MS / MS_PER_DAY) + 3;
/** Cycles are only worth measuring for durations of at least this many nominal weeks. */
const CYCLE_GATE_WEEKS = 20_000;

/** Index of the first element ≥ value. */
function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] as number) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

function outOfRange(path: readonly PathKey[]): OmnicxError {
  return new OmnicxError(
    ErrorCode.INVALID_INPUT,
    'The result lies outside the supported range of ±8.64e15 ms around 1970 (the Date range)',
    { path },
  );
}

/**
 * How many whole weeks starting at local day `day` can be counted at the nominal weekly business
 * time: no holiday among them, one UTC offset from the start of `day` to the end of the last
 * spill into the day after the last skipped day, every shift at or after `notBefore`, and all
 * of it ending by `notAfterWall` (a wall-clock bound in the offset of the week).
 */
function skippableWeeks(
  clock: CalendarClock,
  day: number,
  nextHoliday: number,
  notBefore: number,
  limitWeeks: number,
  endInstant: number,
): number {
  if (limitWeeks < 1) return 0;
  const dayStart = clock.instantOfWall(day * MS_PER_DAY);
  if (dayStart < notBefore) return 0;
  const offset = clock.offsetAt(dayStart);
  if (dayStart + offset !== day * MS_PER_DAY) return 0; // midnight skipped by a transition
  // Day d's shifts end before the wall (d + 2)·DAY, so k weeks need walls up to (day + 7k + 1)·DAY.
  // Enough for the weeks wanted (limitWeeks may be Infinity; endInstant caps it then).
  const horizon = Math.min(endInstant, dayStart + (Math.min(limitWeeks, 1e6) * 7 + 2) * MS_PER_DAY);
  const stableDay = Math.floor((clock.stableUntil(dayStart, horizon) + offset - 1) / MS_PER_DAY);
  const endDay = Math.floor((Math.min(endInstant, MAX_INSTANT) + offset) / MS_PER_DAY);
  const byOffset = Math.floor((Math.min(stableDay, endDay) - day - 1) / 7);
  const byHoliday = Math.floor((nextHoliday - day) / 7);
  return Math.max(0, Math.min(limitWeeks, byOffset, byHoliday));
}

/**
 * How many whole weeks ending with local day `day` (days day − 7k + 1 … day) can be counted
 * backward at the nominal weekly business time: no holiday among them (`previousHoliday` is the
 * last holiday ≤ day), one UTC offset over all their shifts (which lie within the walls
 * [(day − 7k + 1)·DAY, (day + 2)·DAY)), and all of them ending by `notAfter`.
 */
function skippableWeeksBack(clock: CalendarClock, day: number, previousHoliday: number, notAfter: number, limitWeeks: number): number {
  if (limitWeeks < 1) return 0;
  const topWall = (day + 2) * MS_PER_DAY;
  const top = clock.instantOfWall(topWall);
  if (top > notAfter) return 0;
  const offset = clock.offsetAt(top - 1);
  if (top - 1 + offset !== topWall - 1) return 0; // the wall just below the top is skipped
  const horizon = top - (Math.min(limitWeeks, 1e6) * 7 + 2) * MS_PER_DAY;
  const from = clock.stableFrom(top - 1, horizon);
  // Walls from from + offset on map to wall − offset, except just after a fall-back at `from`,
  // which repeats less than a day of walls: keep one more day away from it.
  const firstDay = Math.floor((from + offset) / MS_PER_DAY) + 2;
  const byOffset = Math.floor((day - firstDay + 1) / 7);
  const byHoliday = Math.floor((day - previousHoliday) / 7);
  return Math.max(0, Math.min(limitWeeks, byOffset, byHoliday));
}

/**
 * Business milliseconds of one 400-year cycle of days from RULE_DAY on, holidays aside: the
 * same for every run of CYCLE_DAYS consecutive days from RULE_DAY on (day totals are periodic
 * there). Measured once per call, as the business time of [a, a + cycle) for the instant a of
 * a local midnight: the spill of the day before into the window equals that of the window's
 * last day out of it.
 */
function cycleBusinessMs(calendar: WalkCalendar, clock: CalendarClock): number {
  if (clock.cycleBusinessMs === undefined) {
    const from = clock.instantOfWall((RULE_DAY + 1) * MS_PER_DAY);
    const plain: WalkCalendar = { weeklyMinutes: calendar.weeklyMinutes, holidayDays: [], weeklyBusinessMs: calendar.weeklyBusinessMs };
    clock.cycleBusinessMs = measureForward(plain, clock, from, from + CYCLE_DAYS * MS_PER_DAY);
  }
  return clock.cycleBusinessMs;
}

/** Whether `remaining` may hold a whole cycle: more than the gate, and more than a cycle once measured. */
function worthCycles(clock: CalendarClock, remaining: number, weeklyBusinessMs: number): boolean {
  return remaining > CYCLE_GATE_WEEKS * weeklyBusinessMs && !(clock.cycleBusinessMs !== undefined && remaining <= clock.cycleBusinessMs);
}

/**
 * How many whole cycles of days day … day + k·CYCLE_DAYS − 1 a forward walk can skip: all of
 * them from RULE_DAY on, at or after `notBefore`, no holiday among them, at most `limitDays`
 * days further (the shifts must end before the walk's end). 0 without measuring when the
 * conditions other than the duration already rule a cycle out.
 */
function skippableCyclesForward(
  clock: CalendarClock,
  day: number,
  nextHoliday: number,
  notBefore: number,
  limitDays: number,
): number {
  if (day < RULE_DAY) return 0;
  const byRoom = Math.floor(Math.min(limitDays, nextHoliday - day) / CYCLE_DAYS);
  if (byRoom < 1 || clock.instantOfWall(day * MS_PER_DAY) < notBefore) return 0;
  return byRoom;
}

/** The earliest instant ≥ start at which `durationMs` (> 0) of business time has elapsed since start. */
export function addForward(
  calendar: WalkCalendar,
  clock: CalendarClock,
  start: number,
  durationMs: number,
  path: readonly PathKey[],
): number {
  const { weeklyMinutes, holidayDays, weeklyBusinessMs } = calendar;
  let remaining = durationMs;
  let day = Math.floor(clock.wallAt(start) / MS_PER_DAY) - 1;
  let h = lowerBound(holidayDays, day);
  for (;;) {
    if (day > LAST_DAY) throw outOfRange(path);
    while (h < holidayDays.length && (holidayDays[h] as number) < day) h++;
    if (remaining > weeklyBusinessMs) {
      if (worthCycles(clock, remaining, weeklyBusinessMs)) {
        const room = skippableCyclesForward(clock, day, holidayDays[h] ?? Infinity, start, Infinity);
        if (room > 0) {
          const cycle = cycleBusinessMs(calendar, clock);
          const cycles = Math.min(room, Math.floor((remaining - 1) / cycle));
          if (cycles > 0) {
            day += cycles * CYCLE_DAYS;
            remaining -= cycles * cycle;
            continue;
          }
        }
      }
      const limit = Math.floor((remaining - 1) / weeklyBusinessMs);
      const weeks = skippableWeeks(clock, day, holidayDays[h] ?? Infinity, start, limit, MAX_INSTANT);
      if (weeks > 0) {
        day += 7 * weeks;
        remaining -= weeks * weeklyBusinessMs;
        continue;
      }
    }
    const shifts = weeklyMinutes[weekdayIndexOfDays(day)] as readonly (readonly [number, number])[];
    if (shifts.length > 0 && holidayDays[h] !== day) {
      const base = day * MS_PER_DAY;
      // Day d's shifts lie within the walls [d·DAY, (d + 2)·DAY).
      const offset = clock.pureOffset(base, base + 2 * MS_PER_DAY);
      const pure = !Number.isNaN(offset);
      for (let j = 0; j < shifts.length; j++) {
        const shift = shifts[j] as readonly [number, number];
        const endWall = base + shift[1] * MS_PER_MINUTE;
        const end = pure ? endWall - offset : clock.instantOfWall(endWall);
        if (end <= start) continue;
        const beginWall = base + shift[0] * MS_PER_MINUTE;
        const begin = Math.max(pure ? beginWall - offset : clock.instantOfWall(beginWall), start);
        const length = end - begin;
        if (remaining <= length) {
          const result = begin + remaining;
          if (result > MAX_INSTANT) throw outOfRange(path);
          return result;
        }
        remaining -= length;
      }
    }
    day++;
  }
}

/** The latest instant ≤ start at which `durationMs` (> 0) of business time remains until start. */
export function addBackward(
  calendar: WalkCalendar,
  clock: CalendarClock,
  start: number,
  durationMs: number,
  path: readonly PathKey[],
): number {
  const { weeklyMinutes, holidayDays, weeklyBusinessMs } = calendar;
  let remaining = durationMs;
  let day = Math.floor(clock.wallAt(start) / MS_PER_DAY) + 1;
  let h = lowerBound(holidayDays, day + 1) - 1; // last holiday ≤ day
  for (;;) {
    if (day < FIRST_DAY) throw outOfRange(path);
    while (h >= 0 && (holidayDays[h] as number) > day) h--;
    if (remaining > weeklyBusinessMs) {
      const previousHoliday = h >= 0 ? (holidayDays[h] as number) : -Infinity;
      if (worthCycles(clock, remaining, weeklyBusinessMs) && day + 1 - RULE_DAY >= CYCLE_DAYS) {
        // Days day − k·CYCLE_DAYS + 1 … day, all from RULE_DAY on, no holiday, ending by start.
        const room = Math.floor(Math.min(day + 1 - RULE_DAY, day - previousHoliday) / CYCLE_DAYS);
        if (room > 0 && clock.instantOfWall((day + 2) * MS_PER_DAY) <= start) {
          const cycle = cycleBusinessMs(calendar, clock);
          const cycles = Math.min(room, Math.floor((remaining - 1) / cycle));
          if (cycles > 0) {
            day -= cycles * CYCLE_DAYS;
            remaining -= cycles * cycle;
            continue;
          }
        }
      }
      const weeks = skippableWeeksBack(clock, day, previousHoliday, start, Math.floor((remaining - 1) / weeklyBusinessMs));
      if (weeks > 0) {
        day -= 7 * weeks;
        remaining -= weeks * weeklyBusinessMs;
        continue;
      }
    }
    const shifts = weeklyMinutes[weekdayIndexOfDays(day)] as readonly (readonly [number, number])[];
    if (shifts.length > 0 && holidayDays[h] !== day) {
      const base = day * MS_PER_DAY;
      const offset = clock.pureOffset(base, base + 2 * MS_PER_DAY);
      const pure = !Number.isNaN(offset);
      for (let j = shifts.length - 1; j >= 0; j--) {
        const shift = shifts[j] as readonly [number, number];
        const beginWall = base + shift[0] * MS_PER_MINUTE;
        const begin = pure ? beginWall - offset : clock.instantOfWall(beginWall);
        if (begin >= start) continue;
        const endWall = base + shift[1] * MS_PER_MINUTE;
        const end = Math.min(pure ? endWall - offset : clock.instantOfWall(endWall), start);
        const length = end - begin;
        if (remaining <= length) {
          const result = end - remaining;
          if (result < -MAX_INSTANT) throw outOfRange(path);
          return result;
        }
        remaining -= length;
      }
    }
    day--;
  }
}

/** Business milliseconds in [start, end), start ≤ end. */
export function measureForward(calendar: WalkCalendar, clock: CalendarClock, start: number, end: number): number {
  const { weeklyMinutes, holidayDays, weeklyBusinessMs } = calendar;
  let total = 0;
  let day = Math.floor(clock.wallAt(start) / MS_PER_DAY) - 1;
  let h = lowerBound(holidayDays, day);
  for (;;) {
    const base = day * MS_PER_DAY;
    if (clock.instantOfWall(base) >= end) return total;
    while (h < holidayDays.length && (holidayDays[h] as number) < day) h++;
    if (end - base > (CYCLE_DAYS + 2) * MS_PER_DAY) {
      // The last skipped day's shifts end before the wall (its day + 2)·DAY, so before that instant + 1 day.
      const room = skippableCyclesForward(clock, day, holidayDays[h] ?? Infinity, start, Math.floor(end / MS_PER_DAY) - 2 - day);
      if (room > 0) {
        day += room * CYCLE_DAYS;
        total += room * cycleBusinessMs(calendar, clock);
        continue;
      }
    }
    // Cheap filter first: a week plus its spill cannot fit before `end` (offsets are < 1 day).
    const weeks =
      end - base > 9 * MS_PER_DAY ? skippableWeeks(clock, day, holidayDays[h] ?? Infinity, start, Infinity, end) : 0;
    if (weeks > 0) {
      day += 7 * weeks;
      total += weeks * weeklyBusinessMs;
      continue;
    }
    const shifts = weeklyMinutes[weekdayIndexOfDays(day)] as readonly (readonly [number, number])[];
    if (shifts.length > 0 && holidayDays[h] !== day) {
      const offset = clock.pureOffset(base, base + 2 * MS_PER_DAY);
      const pure = !Number.isNaN(offset);
      for (let j = 0; j < shifts.length; j++) {
        const shift = shifts[j] as readonly [number, number];
        const fromWall = base + shift[0] * MS_PER_MINUTE;
        const toWall = base + shift[1] * MS_PER_MINUTE;
        const from = Math.max(pure ? fromWall - offset : clock.instantOfWall(fromWall), start);
        const to = Math.min(pure ? toWall - offset : clock.instantOfWall(toWall), end);
        if (to > from) total += to - from;
      }
    }
    day++;
  }
}
