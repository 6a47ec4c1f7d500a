import { assertObject } from '../core/internal/assert.js';
import { dayReader } from './internal/days.js';
import { rfmAccumulatorOf } from './internal/rfmAccumulator.js';
import { readRfmScoring } from './internal/rfmRows.js';
import { instantAt } from './internal/rows.js';
import type { RfmAccumulator, RfmOptions } from './schemas.js';
import { assertKnownKeys, optionKeys } from '../core/internal/optionKeys.js';

/** The keys of the options: any other is refused. */
const OPTION_KEYS = optionKeys<RfmOptions>({ asOf: true, bins: true, timeZone: true, segments: true });

/**
 * Creates an empty RFM accumulator — the `create` step of the accumulator pattern
 * ({@link addRfmTransactions}, {@link mergeRfmAccumulators}, {@link rfmFromAccumulator}) for
 * computing {@link rfm} over transactions held in shards.
 *
 * RFM needs, per customer, the number of purchases, the total spend and the last purchase
 * instant — two sums and a maximum, all exactly mergeable — so the accumulator keeps those three
 * numbers per customer (memory: one entry per customer). The scores are quantile classes over
 * all customers, so they are computed only when the result is read. Shards need not partition
 * customers: a customer's entries from several shards add up. The options are those of
 * {@link rfm}, fixed here; accumulators with different options cannot be merged.
 *
 * @param options - `asOf` (required), `bins` (default 5), `timeZone` (default UTC), `segments`, as for {@link rfm}
 * @returns `{ kind: 'rfm', version: 1, asOf, timeZone, bins, segments, customers: {} }`, a new plain
 *   JSON object (`asOf` in epoch milliseconds; `timeZone` and `segments` `null` when not given)
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for bad options (path `['options', key]`);
 *   `INVALID_DATE` for an unreadable `asOf`; `UNKNOWN_TIME_ZONE` for a bad zone
 *
 * @example
 * ```ts
 * import { createRfmAccumulator } from 'omnicx/members';
 * const acc = createRfmAccumulator({ asOf: '2026-03-31T00:00:00Z', bins: 4 });
 * console.log(acc.asOf, acc.bins, acc.timeZone, acc.segments); // 1774915200000 4 null null
 * ```
 */
export function createRfmAccumulator(options: RfmOptions): RfmAccumulator {
  assertObject(options, ['options'], 'options');
  assertKnownKeys(options, OPTION_KEYS);
  const asOf = instantAt(options.asOf, ['options', 'asOf']);
  const { bins, custom } = readRfmScoring(options.bins, options.segments, ['options']);
  dayReader(options.timeZone, ['options', 'timeZone']);
  return rfmAccumulatorOf({ asOf, timeZone: options.timeZone ?? null, bins, segments: custom ?? null, customers: {} }, []);
}
