// Local calendar readings in one time zone for a whole replay. Intl formatting costs microseconds
// per call, far too much per event, so offsets are memoised per UTC day in a cache owned by this
// clock (created per call, never module-level). A day is cached only when the offset is the same
// at both of its ends; otherwise the exact offset is read every time. Like core/time (and
// Temporal), this assumes at most one offset transition within 24 hours, so equal ends mean no
// transition in between and the cache never changes a result.
import type { PathKey } from '../../core/errors/OmnicxError.js';
import { MS_PER_DAY, MS_PER_HOUR, civilFromDays, daysFromCivil, daysInMonth, isoWeekdayFromDays } from '../../core/time/internal/civil.js';
import { resolveCompatible, resolveFirstAtOrAfter } from '../../core/time/internal/resolve.js';
import { openZone, type Zone } from '../../core/time/internal/zone.js';

const BUCKET_MS = 86_400_000;

export interface LocalReading {
  /** Days from 1970-01-01 to the local date. */
  readonly day: number;
  readonly hour: number;
  readonly weekday: number;
}

export interface Clock {
  readonly name: string;
  readonly offset: (ms: number) => number;
  readonly reading: (ms: number) => LocalReading;
  readonly day: (ms: number) => number;
  /** Local year and month (1–12). */
  readonly yearMonth: (ms: number) => { readonly year: number; readonly month: number };
  readonly startOfYear: (year: number) => number;
  readonly startOfMonth: (year: number, month: number) => number;
  readonly addMonths: (ms: number, months: number) => number;
  readonly addDays: (ms: number, days: number) => number;
}

export function openClock(timeZone: string, path: readonly PathKey[]): Clock {
  const exact: Zone = openZone(timeZone, path);
  const cache = new Map<number, number>();
  const offset = (ms: number): number => {
    const bucket = Math.floor(ms / BUCKET_MS);
    let cached = cache.get(bucket);
    if (cached === undefined) {
      const start = exact.offsetMs(bucket * BUCKET_MS);
      cached = start === exact.offsetMs(bucket * BUCKET_MS + BUCKET_MS - 1) ? start : Number.NaN;
      cache.set(bucket, cached);
    }
    return Number.isNaN(cached) ? exact.offsetMs(ms) : cached;
  };
  // The core resolvers read offsets through this zone, so they hit the cache too.
  const zone: Zone = { name: timeZone, offsetMs: offset };
  const day = (ms: number): number => Math.floor((ms + offset(ms)) / MS_PER_DAY);
  const shift = (ms: number, build: (year: number, month: number, dayOfMonth: number) => number): number => {
    const wall = ms + offset(ms);
    const days = Math.floor(wall / MS_PER_DAY);
    const civil = civilFromDays(days);
    return resolveCompatible(zone, build(civil.year, civil.month, civil.day) * MS_PER_DAY + (wall - days * MS_PER_DAY));
  };
  return {
    name: timeZone,
    offset,
    day,
    reading: (ms) => {
      const wall = ms + offset(ms);
      const days = Math.floor(wall / MS_PER_DAY);
      return { day: days, hour: Math.floor((wall - days * MS_PER_DAY) / MS_PER_HOUR), weekday: isoWeekdayFromDays(days) };
    },
    yearMonth: (ms) => {
      const civil = civilFromDays(day(ms));
      return { year: civil.year, month: civil.month };
    },
    startOfYear: (year) => resolveFirstAtOrAfter(zone, daysFromCivil(year, 1, 1) * MS_PER_DAY),
    startOfMonth: (year, month) => resolveFirstAtOrAfter(zone, daysFromCivil(year, month, 1) * MS_PER_DAY),
    addMonths: (ms, months) =>
      shift(ms, (year, month, dayOfMonth) => {
        const total = year * 12 + (month - 1) + months;
        const y = Math.floor(total / 12);
        const m = total - y * 12 + 1;
        return daysFromCivil(y, m, Math.min(dayOfMonth, daysInMonth(y, m)));
      }),
    addDays: (ms, days) => (days === 0 ? ms : shift(ms, (year, month, dayOfMonth) => daysFromCivil(year, month, dayOfMonth) + days)),
  };
}
