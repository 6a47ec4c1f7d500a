import { parseWith } from '../core/errors/parseWith.js';
import { openZone } from '../core/time/internal/zone.js';
import { cohortRows, periodReader, type Cohort } from './internal/cohorts.js';
import { readTransactions } from './internal/rows.js';
import { cohortRetentionOptionsSchema, type CohortRetentionOptions, type MemberTransaction } from './schemas.js';

export type { Cohort } from './internal/cohorts.js';

/**
 * Acquisition-cohort retention matrix: customers are grouped by the period (calendar month or ISO
 * week, Monday-based, in `timeZone`) of their first purchase; for each later period up to the last
 * period in the data, the matrix counts the cohort's customers with at least one purchase in it.
 * Cohorts come in time order; rows are ragged (younger cohorts have fewer periods).
 *
 * @param transactions - purchases `{ customerId, at, amountMinor }`
 * @param options - `period` (`'month' | 'week'`), `timeZone` (IANA name)
 * @returns the cohorts
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed row or options; `INVALID_DATE`
 *   (an unreadable instant or one outside ±8.64e15 ms), `UNKNOWN_TIME_ZONE` as their names say
 *
 * @example
 * ```ts
 * import { cohortRetention } from 'omnicx/members';
 * const cohorts = cohortRetention(
 *   [
 *     { customerId: 'a', at: '2026-01-10T10:00:00Z', amountMinor: 1 },
 *     { customerId: 'b', at: '2026-01-20T10:00:00Z', amountMinor: 1 },
 *     { customerId: 'a', at: '2026-02-03T10:00:00Z', amountMinor: 1 },
 *     { customerId: 'c', at: '2026-02-05T10:00:00Z', amountMinor: 1 },
 *     { customerId: 'b', at: '2026-03-01T10:00:00Z', amountMinor: 1 },
 *   ],
 *   { period: 'month', timeZone: 'UTC' },
 * );
 * console.log(cohorts.map((c) => c.label)); // ['2026-01', '2026-02']
 * console.log(cohorts[0]?.retention); // [1, 0.5, 0.5]
 * ```
 */
export function cohortRetention(transactions: readonly MemberTransaction[], options: CohortRetentionOptions): Cohort[] {
  const { period, timeZone } = parseWith(cohortRetentionOptionsSchema, options, ['options']);
  const periodOf = periodReader(period, timeZone, ['options', 'timeZone']);
  const zone = openZone(timeZone, ['options', 'timeZone']);
  const { customers, customer, at } = readTransactions(transactions, undefined);
  const n = customer.length;
  const p = new Float64Array(n);
  const first = new Float64Array(customers.length).fill(Infinity);
  let last = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = periodOf(at[i] as number);
    p[i] = v;
    const k = customer[i] as number;
    if (v < (first[k] as number)) first[k] = v;
    if (v > last) last = v;
  }
  const cohorts = new Map<number, { size: number; active: number[] }>();
  for (let k = 0; k < customers.length; k++) {
    const f = first[k] as number;
    const c = cohorts.get(f) ?? { size: 0, active: new Array<number>(last - f + 1).fill(0) };
    c.size++;
    cohorts.set(f, c);
  }
  // One key per (customer, offset); offsets run from 0 to last − (earliest first period), and period
  // numbers are negative before 1970, so the stride is the largest offset + 1, not last + 1.
  let earliest = Infinity;
  for (let k = 0; k < customers.length; k++) earliest = Math.min(earliest, first[k] as number);
  const seen = new Set<number>();
  const span = last - earliest + 1;
  for (let i = 0; i < n; i++) {
    const k = customer[i] as number;
    const key = k * span + ((p[i] as number) - (first[k] as number));
    if (seen.has(key)) continue;
    seen.add(key);
    const c = cohorts.get(first[k] as number) as { active: number[] };
    const offset = (p[i] as number) - (first[k] as number);
    c.active[offset] = (c.active[offset] as number) + 1;
  }
  return cohortRows(cohorts, period, zone);
}
