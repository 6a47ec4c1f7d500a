import { readSummaryAccumulator } from './internal/summaryAccumulator.js';
import type { CustomerSummary, CustomerSummaryAccumulator } from './schemas.js';

/**
 * Reads the BTYD summaries `{ customerId, frequency, recency, T, monetaryMean }` of an accumulator
 * — the `result` step. Each row is deep-equal to the row {@link customerSummary} gives the same
 * customer over the same purchases with the same options, however they were split into shards and
 * merged. Rows come **sorted by customer id** (code-unit order) where `customerSummary` lists
 * customers in order of first appearance, which shards do not share. The accumulator is not
 * modified.
 *
 * @param acc - a customer-summary accumulator
 * @returns one summary per customer, by customer id
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`);
 *   `UNKNOWN_TIME_ZONE` for a zone the runtime does not know
 *
 * @example
 * ```ts
 * import { addCustomerSummaryTransactions, createCustomerSummaryAccumulator, customerSummaryFromAccumulator } from 'omnicx/members';
 * const acc = addCustomerSummaryTransactions(createCustomerSummaryAccumulator({ asOf: '2026-03-02T00:00:00Z' }), [
 *   { customerId: 'ann', at: '2026-01-05T09:00:00Z', amountMinor: 1000 },
 *   { customerId: 'ann', at: '2026-01-07T09:00:00Z', amountMinor: 500 },
 *   { customerId: 'ann', at: '2026-01-20T09:00:00Z', amountMinor: 2000 },
 *   { customerId: 'ann', at: '2026-02-03T09:00:00Z', amountMinor: 4000 },
 * ]);
 * console.log(customerSummaryFromAccumulator(JSON.parse(JSON.stringify(acc)))); // [{ customerId: 'ann', frequency: 2, recency: 4, T: 8, monetaryMean: 3000 }]
 * ```
 */
export function customerSummaryFromAccumulator(acc: CustomerSummaryAccumulator): CustomerSummary[] {
  const { asOfPeriod, entries } = readSummaryAccumulator(acc, ['acc']);
  const ids = [...entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return ids.map((id) => {
    const { periods, totalMinor, firstPeriodMinor } = entries.get(id) as { periods: number[]; totalMinor: number; firstPeriodMinor: number };
    const first = periods[0] as number;
    const frequency = periods.length - 1;
    return {
      customerId: id,
      frequency,
      recency: (periods[frequency] as number) - first,
      T: asOfPeriod - first,
      monetaryMean: frequency === 0 ? 0 : (totalMinor - firstPeriodMinor) / frequency,
    };
  });
}
