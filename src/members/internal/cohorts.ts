// Acquisition cohorts shared by cohortRetention and its accumulator: the same period numbers and
// the same row building, so both give deep-equal cohorts.
import type { PathKey } from '../../core/errors/OmnicxError.js';
import { MS_PER_DAY, civilFromDays, daysFromCivil } from '../../core/time/internal/civil.js';
import { resolveFirstAtOrAfter } from '../../core/time/internal/resolve.js';
import type { Zone } from '../../core/time/internal/zone.js';
import { dayReader } from './days.js';

/** One acquisition cohort of `cohortRetention`. */
export interface Cohort {
  /** Instant the cohort's period starts (local midnight of the 1st of the month, or of the Monday). */
  readonly start: number;
  /** `'YYYY-MM'` for months, `'YYYY-MM-DD'` (the Monday) for weeks. */
  readonly label: string;
  /** Customers whose first purchase falls in the period. */
  readonly size: number;
  /** active[k]: cohort customers with a purchase in the k-th period after acquisition (active[0] = size). */
  readonly active: readonly number[];
  /** retention[k] = active[k] / size. */
  readonly retention: readonly number[];
}

export type CohortPeriod = 'month' | 'week';

/**
 * Period numbers: months are year × 12 + month − 1 on the zone's calendar; weeks are ISO weeks
 * (Monday) counted from Monday 1970-01-05 (week 0; earlier weeks are negative).
 */
export function periodReader(period: CohortPeriod, timeZone: string, path: readonly PathKey[]): (instant: number) => number {
  const dayOf = dayReader(timeZone, path);
  if (period === 'week') return (instant) => Math.floor((dayOf(instant) - 4) / 7);
  return (instant) => {
    const c = civilFromDays(dayOf(instant));
    return c.year * 12 + c.month - 1;
  };
}

/** The largest |period number| any instant of the Date range can have (weeks: ~1.43e7; months: ~3.3e6). */
export const MAX_PERIOD_MAGNITUDE = 20_000_000;

/** Cohort rows in time order from { size, active } per first period. */
export function cohortRows(cohorts: ReadonlyMap<number, { size: number; active: number[] }>, period: CohortPeriod, zone: Zone): Cohort[] {
  return [...cohorts.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([f, c]) => {
      const startDay = period === 'week' ? f * 7 + 4 : daysFromCivil(Math.floor(f / 12), (f % 12 + 12) % 12 + 1, 1);
      const civil = civilFromDays(startDay);
      const mm = String(civil.month).padStart(2, '0');
      const label = period === 'week' ? `${String(civil.year)}-${mm}-${String(civil.day).padStart(2, '0')}` : `${String(civil.year)}-${mm}`;
      return {
        start: resolveFirstAtOrAfter(zone, startDay * MS_PER_DAY),
        label,
        size: c.size,
        active: c.active,
        retention: c.active.map((a) => a / c.size),
      };
    });
}
