import { openZone } from '../core/time/internal/zone.js';
import { readCohortAccumulator } from './internal/cohortAccumulator.js';
import { cohortRows, type Cohort } from './internal/cohorts.js';
import type { CohortRetentionAccumulator } from './schemas.js';

/**
 * Reads the acquisition-cohort retention matrix of an accumulator — the `result` step. Deep-equal
 * to {@link cohortRetention} over the same purchases with the same options, however they were
 * split into shards (customers may appear in several) and merged. The accumulator is not modified.
 *
 * @param acc - a cohort-retention accumulator
 * @returns the cohorts in time order (empty for an empty accumulator)
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`);
 *   `UNKNOWN_TIME_ZONE` for a zone the runtime does not know
 *
 * @example
 * ```ts
 * import { addCohortTransactions, cohortRetentionFromAccumulator, createCohortRetentionAccumulator } from 'omnicx/members';
 * const acc = addCohortTransactions(createCohortRetentionAccumulator({ period: 'month', timeZone: 'UTC' }), [
 *   { customerId: 'a', at: '2026-01-10T10:00:00Z', amountMinor: 1 },
 *   { customerId: 'b', at: '2026-01-20T10:00:00Z', amountMinor: 1 },
 *   { customerId: 'a', at: '2026-02-03T10:00:00Z', amountMinor: 1 },
 *   { customerId: 'c', at: '2026-02-05T10:00:00Z', amountMinor: 1 },
 *   { customerId: 'b', at: '2026-03-01T10:00:00Z', amountMinor: 1 },
 * ]);
 * const cohorts = cohortRetentionFromAccumulator(JSON.parse(JSON.stringify(acc)));
 * console.log(cohorts.map((c) => c.label)); // ['2026-01', '2026-02']
 * console.log(cohorts[0]?.retention); // [1, 0.5, 0.5]
 * ```
 */
export function cohortRetentionFromAccumulator(acc: CohortRetentionAccumulator): Cohort[] {
  const { period, timeZone, lists } = readCohortAccumulator(acc, ['acc']);
  const zone = openZone(timeZone, ['acc', 'timeZone']);
  let last = -Infinity;
  for (const periods of lists.values()) last = Math.max(last, periods[periods.length - 1] as number);
  const cohorts = new Map<number, { size: number; active: number[] }>();
  for (const periods of lists.values()) {
    const first = periods[0] as number;
    let c = cohorts.get(first);
    if (c === undefined) {
      c = { size: 0, active: new Array<number>(last - first + 1).fill(0) };
      cohorts.set(first, c);
    }
    c.size++;
    for (const p of periods) c.active[p - first] = (c.active[p - first] as number) + 1;
  }
  return cohortRows(cohorts, period, zone);
}
