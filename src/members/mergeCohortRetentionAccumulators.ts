import { sameOption } from './internal/accumulators.js';
import { cohortAccumulatorOf, readCohortAccumulator, unionPeriods } from './internal/cohortAccumulator.js';
import type { CohortRetentionAccumulator } from './schemas.js';

/**
 * Combines two acquisition-cohort accumulators into a new one holding the purchases of both — the
 * `merge` step: each customer's active periods are the union of both sides, so a customer seen in
 * both shards is counted once, in the cohort of their earliest purchase. Pure (neither input is
 * modified), exact, associative and commutative.
 *
 * @param a - a cohort-retention accumulator
 * @param b - another, made with the same `period` and `timeZone`
 * @returns a new accumulator
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['a', …]` or
 *   `['b', …]`) or different options (path `['b', 'period']` or `['b', 'timeZone']`)
 *
 * @example
 * ```ts
 * import { addCohortTransactions, cohortRetentionFromAccumulator, createCohortRetentionAccumulator, mergeCohortRetentionAccumulators } from 'omnicx/members';
 * const options = { period: 'month', timeZone: 'UTC' } as const;
 * // ann is in both shards: her January purchase puts her in the January cohort
 * const january = addCohortTransactions(createCohortRetentionAccumulator(options), [{ customerId: 'ann', at: '2026-01-10T10:00:00Z', amountMinor: 1 }]);
 * const february = addCohortTransactions(createCohortRetentionAccumulator(options), [
 *   { customerId: 'ann', at: '2026-02-03T10:00:00Z', amountMinor: 1 },
 *   { customerId: 'bob', at: '2026-02-05T10:00:00Z', amountMinor: 1 },
 * ]);
 * const cohorts = cohortRetentionFromAccumulator(mergeCohortRetentionAccumulators(january, february));
 * console.log(cohorts.map((c) => [c.label, c.size, c.active])); // [['2026-01', 1, [1, 1]], ['2026-02', 1, [1]]]
 * ```
 */
export function mergeCohortRetentionAccumulators(a: CohortRetentionAccumulator, b: CohortRetentionAccumulator): CohortRetentionAccumulator {
  const x = readCohortAccumulator(a, ['a']);
  const y = readCohortAccumulator(b, ['b']);
  sameOption(x.period, y.period, 'period');
  sameOption(x.timeZone, y.timeZone, 'timeZone');
  const lists = new Map<string, number[]>();
  for (const [id, periods] of x.lists) lists.set(id, unionPeriods(periods, y.lists.get(id) ?? []));
  for (const [id, periods] of y.lists) if (!lists.has(id)) lists.set(id, [...periods]);
  return cohortAccumulatorOf(x.period, x.timeZone, lists);
}
