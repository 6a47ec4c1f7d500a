import { addCounts, sameOption } from './internal/accumulators.js';
import { readRfmAccumulator, rfmAccumulatorOf } from './internal/rfmAccumulator.js';
import type { RfmAccumulator } from './schemas.js';

/**
 * Combines two RFM accumulators into a new one holding the purchases of both — the `merge` step:
 * per customer, purchases and totals add up and the last purchase is the later one, so a customer
 * seen in both is one customer. Pure (neither input is modified), exact, associative and
 * commutative.
 *
 * @param a - an RFM accumulator
 * @param b - another, made with the same options (`asOf`, `timeZone`, `bins`, `segments`)
 * @returns a new accumulator
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['a', …]` or
 *   `['b', …]`), different options (path `['b', option]`); `NOT_SAFE_INTEGER` for a merged count or total past 2^53 − 1
 *
 * @example
 * ```ts
 * import { addRfmTransactions, createRfmAccumulator, mergeRfmAccumulators } from 'omnicx/members';
 * const options = { asOf: '2026-03-31T00:00:00Z' };
 * const store = addRfmTransactions(createRfmAccumulator(options), [{ customerId: 'ann', at: '2026-03-01T10:00:00Z', amountMinor: 5000 }]);
 * const web = addRfmTransactions(createRfmAccumulator(options), [{ customerId: 'ann', at: '2026-03-30T10:00:00Z', amountMinor: 3000 }]);
 * console.log(mergeRfmAccumulators(store, web).customers); // { ann: [2, 8000, 1774864800000] }
 * ```
 */
export function mergeRfmAccumulators(a: RfmAccumulator, b: RfmAccumulator): RfmAccumulator {
  const x = readRfmAccumulator(a, ['a']);
  const y = readRfmAccumulator(b, ['b']);
  sameOption(x.asOf, y.asOf, 'asOf');
  sameOption(x.timeZone, y.timeZone, 'timeZone');
  sameOption(x.bins, y.bins, 'bins');
  sameOption(JSON.stringify(x.segments), JSON.stringify(y.segments), 'segments');
  const entries = new Map(x.entries);
  for (const [id, [purchases, total, last]] of y.entries) {
    const old = entries.get(id);
    const path = ['b', 'customers', id];
    entries.set(
      id,
      old === undefined ? [purchases, total, last] : [addCounts(old[0], purchases, [...path, 0]), addCounts(old[1], total, [...path, 1]), Math.max(old[2], last)],
    );
  }
  return rfmAccumulatorOf(x, entries);
}
