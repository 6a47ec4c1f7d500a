import { dayReader } from './internal/days.js';
import { readRfmAccumulator } from './internal/rfmAccumulator.js';
import { rfmRows, type RfmRow } from './internal/rfmRows.js';
import type { RfmAccumulator } from './schemas.js';

/**
 * Reads the RFM profiles, scores and segments of an accumulator — the `result` step. Each row is
 * deep-equal to the row {@link rfm} gives the same customer over the same purchases with the same
 * options, however they were split into shards and merged. Rows come **sorted by customer id**
 * (code-unit order) where `rfm` lists customers in order of first appearance: shards have no
 * common order of appearance, and sorting makes the result independent of how they were merged.
 * The accumulator is not modified.
 *
 * @param acc - an RFM accumulator
 * @returns one row per customer, by customer id
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`);
 *   `UNKNOWN_TIME_ZONE` for a zone the runtime does not know
 *
 * @example
 * ```ts
 * import { addRfmTransactions, createRfmAccumulator, rfmFromAccumulator } from 'omnicx/members';
 * const acc = addRfmTransactions(createRfmAccumulator({ asOf: '2026-03-31T00:00:00Z', bins: 2 }), [
 *   { customerId: 'bob', at: '2026-01-15T10:00:00Z', amountMinor: 1000 },
 *   { customerId: 'ann', at: '2026-03-01T10:00:00Z', amountMinor: 5000 },
 *   { customerId: 'ann', at: '2026-03-30T10:00:00Z', amountMinor: 3000 },
 * ]);
 * const rows = rfmFromAccumulator(JSON.parse(JSON.stringify(acc)));
 * console.log(rows.map((r) => `${r.customerId} ${r.code} ${r.segment}`)); // ['ann 222 champions', 'bob 111 hibernating']
 * ```
 */
export function rfmFromAccumulator(acc: RfmAccumulator): RfmRow[] {
  const { asOf, timeZone, bins, segments, entries } = readRfmAccumulator(acc, ['acc']);
  const dayOf = dayReader(timeZone ?? undefined, ['acc', 'timeZone']);
  const ids = [...entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const m = ids.length;
  const count = new Float64Array(m);
  const total = new Float64Array(m);
  const recency = new Float64Array(m);
  const asOfDay = dayOf(asOf);
  ids.forEach((id, k) => {
    const [purchases, spend, last] = entries.get(id) as [number, number, number];
    count[k] = purchases;
    total[k] = spend;
    recency[k] = asOfDay - dayOf(last);
  });
  return rfmRows(ids, count, total, recency, bins, segments ?? undefined);
}
