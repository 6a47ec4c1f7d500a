import { sameOption } from './internal/accumulators.js';
import { mergeSummaryEntries, readSummaryAccumulator, summaryAccumulatorOf } from './internal/summaryAccumulator.js';
import type { CustomerSummaryAccumulator } from './schemas.js';

/**
 * Combines two BTYD-summary accumulators into a new one holding the purchases of both — the
 * `merge` step: per customer, the period sets are united (a period seen on both sides counts
 * once), totals add up, and the first-period spend comes from the side(s) holding the earlier first
 * period. Pure (neither input is modified), exact, associative and commutative.
 *
 * @param a - a customer-summary accumulator
 * @param b - another, made with the same options (`asOf`, `periodDays`, `timeZone`)
 * @returns a new accumulator
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['a', …]` or
 *   `['b', …]`), different options (path `['b', option]`); `NOT_SAFE_INTEGER` for a merged total past 2^53 − 1
 *
 * @example
 * ```ts
 * import { addCustomerSummaryTransactions, createCustomerSummaryAccumulator, customerSummaryFromAccumulator, mergeCustomerSummaryAccumulators } from 'omnicx/members';
 * const options = { asOf: '2026-03-02T00:00:00Z' };
 * const store = addCustomerSummaryTransactions(createCustomerSummaryAccumulator(options), [
 *   { customerId: 'ann', at: '2026-01-05T09:00:00Z', amountMinor: 1000 },
 *   { customerId: 'ann', at: '2026-02-03T09:00:00Z', amountMinor: 4000 },
 * ]);
 * const web = addCustomerSummaryTransactions(createCustomerSummaryAccumulator(options), [
 *   { customerId: 'ann', at: '2026-01-07T09:00:00Z', amountMinor: 500 },
 *   { customerId: 'ann', at: '2026-01-20T09:00:00Z', amountMinor: 2000 },
 * ]);
 * console.log(customerSummaryFromAccumulator(mergeCustomerSummaryAccumulators(store, web))); // [{ customerId: 'ann', frequency: 2, recency: 4, T: 8, monetaryMean: 3000 }]
 * ```
 */
export function mergeCustomerSummaryAccumulators(a: CustomerSummaryAccumulator, b: CustomerSummaryAccumulator): CustomerSummaryAccumulator {
  const x = readSummaryAccumulator(a, ['a']);
  const y = readSummaryAccumulator(b, ['b']);
  sameOption(x.asOf, y.asOf, 'asOf');
  sameOption(x.periodDays, y.periodDays, 'periodDays');
  sameOption(x.timeZone, y.timeZone, 'timeZone');
  const entries = new Map(x.entries);
  for (const [id, entry] of y.entries) {
    const old = entries.get(id);
    entries.set(id, old === undefined ? entry : mergeSummaryEntries(old, entry, ['b', 'customers', id]));
  }
  return summaryAccumulatorOf(x, entries);
}
