// Local calendar readings in one time zone for a whole replay. Intl formatting costs microseconds
// per call, far too much per event, so offsets are memoised per UTC day in a cache owned by this
// clock (created per call, never module-level). A day whose offset is the same at both of its
// ends is cached with that offset; a day whose ends differ, with the instant of its transition
// (found by bisection) and the offsets on either side. Like core/time (and Temporal), this
// assumes at most one offset transition within 24 hours, so equal ends mean no transition in
// between, different ends exactly one, and the cache never changes a result.
//
// The readings used per event (day, hour, weekday, month key, adding days or months) allocate
// nothing: a replay calls them a few times per purchase.
import type { PathKey } from '../../core/errors/OmnicxError.js';
import { MS_PER_DAY, MS_PER_HOUR, daysFromCivil, daysInMonth, isoWeekdayFromDays } from '../../core/time/internal/civil.js';
import { resolveFirstAtOrAfter } from '../../core/time/internal/resolve.js';
import { tableZone, type OffsetTable } from '../../core/time/internal/offsetTable.js';
import { openZone, type Zone } from '../../core/time/internal/zone.js';

const BUCKET_MS = 86_400_000;
const SLOTS = 1024;
/** Beyond any UTC offset a zone has had (the largest are about ±15 h). */
const REACH_MS = 26 * 3_600_000;
/** Readings of a kind after which a clock allocates its table for them. */
const LAZY_TABLES = 32;

export interface Clock {
  readonly name: string;
  readonly offset: (ms: number) => number;
  readonly day: (ms: number) => number;
  /** Local hour (0–23). */
  readonly hour: (ms: number) => number;
  /** Local ISO weekday (1 = Monday … 7 = Sunday). */
  readonly weekday: (ms: number) => number;
  /** Local year and month (1–12). */
  readonly yearMonth: (ms: number) => { readonly year: number; readonly month: number };
  /** Local year. */
  readonly year: (ms: number) => number;
  /** Local `year × 12 + month − 1`. */
  readonly monthKey: (ms: number) => number;
  readonly startOfYear: (year: number) => number;
  readonly startOfMonth: (year: number, month: number) => number;
  readonly addMonths: (ms: number, months: number) => number;
  readonly addDays: (ms: number, days: number) => number;
}

/**
 * A clock of `timeZone`; with `table` (a prepared programme's offsets of that zone) the offsets
 * come from the table instead of Intl (which is then opened only for instants outside it).
 */
export function openClock(timeZone: string, path: readonly PathKey[], table?: OffsetTable): Clock {
  const exact: Zone = table === undefined ? openZone(timeZone, path) : tableZone(timeZone, table, path);
  const cache = new Map<number, number>();
  // Days with a transition (cached as NaN): the instant of the transition and the offsets on
  // either side, found once by bisection.
  const transitions = new Map<number, { readonly at: number; readonly before: number; readonly after: number }>();
  // A direct-mapped table of recent buckets in front of the map (over 2.8 years of days without
  // a collision): a purchase reads offsets on a handful of days.
  const slotBucket = new Float64Array(SLOTS).fill(Number.NaN);
  const slotOffset = new Float64Array(SLOTS);
  // On a day with a transition, the offset is the one before the transition instant or the one
  // after (one transition within the day, as everywhere here), so a day costs one bisection of
  // exact readings instead of an exact reading per call.
  const transitionOffset = (ms: number, bucket: number): number => {
    let t = transitions.get(bucket);
    if (t === undefined) {
      let lo = bucket * BUCKET_MS;
      let hi = lo + BUCKET_MS - 1;
      const before = exact.offsetMs(lo);
      const after = exact.offsetMs(hi);
      // Invariant: offset(lo) = before, offset(hi) = after ≠ before.
      while (hi - lo > 1) {
        const mid = lo + Math.floor((hi - lo) / 2);
        if (exact.offsetMs(mid) === before) lo = mid;
        else hi = mid;
      }
      t = { at: hi, before, after };
      transitions.set(bucket, t);
    }
    return ms < t.at ? t.before : t.after;
  };
  // The last instant read and its offset: a purchase reads the offset of its own instant several
  // times (weekday, hour, cap day, maturity, expiry).
  let lastMs = Number.NaN;
  let lastOffset = 0;
  // The offset of a whole UTC day, or NaN for a day with a transition.
  const bucketOffset = (bucket: number): number => {
    const slot = bucket & (SLOTS - 1);
    if (slotBucket[slot] === bucket) return slotOffset[slot] as number;
    let cached = cache.get(bucket);
    if (cached === undefined) {
      const start = exact.offsetMs(bucket * BUCKET_MS);
      cached = start === exact.offsetMs(bucket * BUCKET_MS + BUCKET_MS - 1) ? start : Number.NaN;
      cache.set(bucket, cached);
    }
    slotBucket[slot] = bucket;
    slotOffset[slot] = cached;
    return cached;
  };
  const offset = (ms: number): number => {
    if (ms === lastMs) return lastOffset;
    const bucket = Math.floor(ms / BUCKET_MS);
    const cached = bucketOffset(bucket);
    const result = Number.isNaN(cached) ? transitionOffset(ms, bucket) : cached;
    lastMs = ms;
    lastOffset = result;
    return result;
  };
  // The core resolvers read offsets through this zone, so they hit the cache too.
  const zone: Zone = { name: timeZone, offsetMs: offset };
  // Local days whose wall times all resolve with one offset. For a wall time w of local day d,
  // the resolution below reads offsets at w − 1 day, w + 1 day and w − offset, all within
  // [d − 1 day − REACH, d + 2 days + REACH]; when the UTC days covering that range are each
  // without a transition and share one offset o (|o| ≤ REACH), every reading is o and w resolves
  // to w − o. Cached per local day (NaN: take the full resolution).
  // Like the months table below, allocated once the clock has been asked a few times: a replay
  // asks millions of times, a clock opened for one applyEvent call a handful.
  let wallDay: Float64Array | null = null;
  let wallDayOffset = new Float64Array(0);
  let uniformAsked = 0;
  const uniformOffset = (day: number): number => {
    if (wallDay === null) {
      if (++uniformAsked < LAZY_TABLES) return Number.NaN;
      wallDay = new Float64Array(SLOTS).fill(Number.NaN);
      wallDayOffset = new Float64Array(SLOTS);
    }
    const slot = day & (SLOTS - 1);
    if (wallDay[slot] === day) return wallDayOffset[slot] as number;
    const first = Math.floor((day * MS_PER_DAY - MS_PER_DAY - REACH_MS) / BUCKET_MS);
    const last = Math.floor((day * MS_PER_DAY + 2 * MS_PER_DAY + REACH_MS) / BUCKET_MS);
    let o = bucketOffset(first);
    for (let b = first + 1; b <= last && !Number.isNaN(o); b++) if (bucketOffset(b) !== o) o = Number.NaN;
    if (Math.abs(o) > REACH_MS) o = Number.NaN;
    wallDay[slot] = day;
    wallDayOffset[slot] = o;
    return o;
  };
  // Same resolution as core/time's resolveCompatible (Temporal's 'compatible' disambiguation:
  // the earlier of two readings, a skipped wall time read with the offset before the gap),
  // written without the intermediate arrays.
  const resolveCompatible = (wallMs: number): number => {
    const uniform = uniformOffset(Math.floor(wallMs / MS_PER_DAY));
    if (!Number.isNaN(uniform)) return wallMs - uniform;
    const before = offset(wallMs - MS_PER_DAY);
    const after = offset(wallMs + MS_PER_DAY);
    const first = wallMs - before;
    if (offset(first) === before) return first;
    if (before !== after) {
      const second = wallMs - after;
      if (offset(second) === after) return second;
    }
    return first;
  };
  // The local day `months` months after a local day (a replay adds the expiry months to the same
  // days repeatedly): source day, months, target day, per slot.
  let monthsFrom: Float64Array | null = null;
  let monthsBy = new Float64Array(0);
  let monthsTo = new Float64Array(0);
  let monthsAsked = 0;
  // Civil date of the last local day converted (a replay reads the same days repeatedly).
  let civilDays = Number.NaN;
  let civilYear = 0;
  let civilMonth = 0;
  let civilDay = 0;
  // core/time's civilFromDays (Howard Hinnant's civil_from_days), without its result object.
  const civil = (days: number): void => {
    if (days === civilDays) return;
    const z = days + 719_468;
    const era = Math.floor(z / 146_097);
    const doe = z - era * 146_097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    civilDays = days;
    civilDay = doy - Math.floor((153 * mp + 2) / 5) + 1;
    civilMonth = mp < 10 ? mp + 3 : mp - 9;
    civilYear = yoe + era * 400 + (civilMonth <= 2 ? 1 : 0);
  };
  const day = (ms: number): number => Math.floor((ms + offset(ms)) / MS_PER_DAY);
  const year = (ms: number): number => {
    civil(day(ms));
    return civilYear;
  };
  const monthKey = (ms: number): number => {
    civil(day(ms));
    return civilYear * 12 + civilMonth - 1;
  };
  return {
    name: timeZone,
    offset,
    day,
    hour: (ms) => {
      const wall = ms + offset(ms);
      return Math.floor((wall - Math.floor(wall / MS_PER_DAY) * MS_PER_DAY) / MS_PER_HOUR);
    },
    weekday: (ms) => isoWeekdayFromDays(day(ms)),
    yearMonth: (ms) => {
      civil(day(ms));
      return { year: civilYear, month: civilMonth };
    },
    year,
    monthKey,
    startOfYear: (y) => resolveFirstAtOrAfter(zone, daysFromCivil(y, 1, 1) * MS_PER_DAY),
    startOfMonth: (y, month) => resolveFirstAtOrAfter(zone, daysFromCivil(y, month, 1) * MS_PER_DAY),
    addMonths: (ms, months) => {
      const wall = ms + offset(ms);
      const days = Math.floor(wall / MS_PER_DAY);
      const slot = days & (SLOTS - 1);
      if (monthsFrom === null && ++monthsAsked >= LAZY_TABLES) {
        monthsFrom = new Float64Array(SLOTS).fill(Number.NaN);
        monthsBy = new Float64Array(SLOTS);
        monthsTo = new Float64Array(SLOTS);
      }
      let target: number;
      if (monthsFrom !== null && monthsFrom[slot] === days && monthsBy[slot] === months) target = monthsTo[slot] as number;
      else {
        civil(days);
        const total = civilYear * 12 + (civilMonth - 1) + months;
        const y = Math.floor(total / 12);
        const m = total - y * 12 + 1;
        target = daysFromCivil(y, m, Math.min(civilDay, daysInMonth(y, m)));
        if (monthsFrom !== null) {
          monthsFrom[slot] = days;
          monthsBy[slot] = months;
          monthsTo[slot] = target;
        }
      }
      return resolveCompatible(target * MS_PER_DAY + (wall - days * MS_PER_DAY));
    },
    addDays: (ms, n) => {
      if (n === 0) return ms;
      const wall = ms + offset(ms);
      const days = Math.floor(wall / MS_PER_DAY);
      // daysFromCivil(civilFromDays(d)) = d: the calendar round trip of the original is the identity.
      return resolveCompatible((days + n) * MS_PER_DAY + (wall - days * MS_PER_DAY));
    },
  };
}
