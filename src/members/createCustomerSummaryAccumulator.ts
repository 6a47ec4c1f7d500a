import { readSummaryOptions } from './internal/summaryOptions.js';
import { summaryAccumulatorOf } from './internal/summaryAccumulator.js';
import type { CustomerSummaryAccumulator, CustomerSummaryOptions } from './schemas.js';

/**
 * Creates an empty BTYD-summary accumulator — the `create` step of the accumulator pattern
 * ({@link addCustomerSummaryTransactions}, {@link mergeCustomerSummaryAccumulators},
 * {@link customerSummaryFromAccumulator}) for computing {@link customerSummary} (the input of the
 * BG/NBD, Pareto/NBD and Gamma-Gamma fits) over transactions held in shards.
 *
 * frequency counts *distinct* purchase periods, so a period seen by two shards must count once:
 * the accumulator keeps, per customer, the set of periods with a purchase, the total spend and
 * the spend in the first period (memory: one entry per customer, one number per active period —
 * at most 157 for three years of weeks). Merging unites the sets, adds the totals and keeps the
 * first-period spend of the side(s) holding the earlier first period, which is exact. Shards need
 * not partition customers. The options are those of {@link customerSummary}, fixed here;
 * accumulators with different options cannot be merged. The fits themselves are not
 * accumulators: run them on the summaries (or on {@link compressSummaries} of them).
 *
 * @param options - `asOf` (required), `periodDays` (default 7), `timeZone` (default UTC), as for {@link customerSummary}
 * @returns `{ kind: 'customerSummary', version: 1, asOf, periodDays, timeZone, customers: {} }`, a new
 *   plain JSON object (`asOf` in epoch milliseconds, `timeZone` `null` when not given)
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for bad options (path `['options', key]`);
 *   `INVALID_DATE` for an unreadable `asOf`; `UNKNOWN_TIME_ZONE` for a bad zone
 *
 * @example
 * ```ts
 * import { createCustomerSummaryAccumulator } from 'omnicx/members';
 * const acc = createCustomerSummaryAccumulator({ asOf: '2026-03-02T00:00:00Z', periodDays: 1 });
 * console.log(acc.asOf, acc.periodDays, acc.timeZone); // 1772409600000 1 null
 * ```
 */
export function createCustomerSummaryAccumulator(options: CustomerSummaryOptions): CustomerSummaryAccumulator {
  const { asOf, periodDays } = readSummaryOptions(options, ['options']);
  return summaryAccumulatorOf({ asOf, periodDays, timeZone: options.timeZone ?? null }, []);
}
