import { assertObject } from '../core/internal/assert.js';
import { addCounts } from './internal/accumulators.js';
import { dayReader } from './internal/days.js';
import { readRfmScoring, rfmRows, type RfmRow } from './internal/rfmRows.js';
import { instantAt, readTransactions } from './internal/rows.js';
import type { MemberTransaction, RfmOptions } from './schemas.js';
import { assertKnownKeys, optionKeys } from '../core/internal/optionKeys.js';

/** The keys of the options: any other is refused. */
const OPTION_KEYS = optionKeys<RfmOptions>({ asOf: true, bins: true, timeZone: true, segments: true });

export type { RfmRow } from './internal/rfmRows.js';

/**
 * Recency, frequency and monetary profiles with quantile scores, RFM codes and named segments, one
 * row per customer in order of first appearance.
 *
 * Conventions (RFM, not BTYD; see `docs/members.md`): recency is the number of calendar days in
 * `timeZone` from the last purchase to `asOf`; frequency counts every purchase (the first included);
 * monetary is the total (scored) and the mean per purchase. Scores are quantile classes 1..`bins`
 * computed from average ranks: score = floor(bins × (averageRank − ½) / n) + 1 with ranks ascending in
 * "goodness" (recency descending, frequency and monetary ascending). Tied values share one score
 * (that of the middle of their run), so classes can be unequal in size when values repeat. The
 * segment is the first rule of `segments` (default {@link DEFAULT_RFM_SEGMENTS}, on R and F) whose
 * ranges contain the scores; scores are rescaled linearly to 1–5 (1 → 1, bins → 5) before matching the
 * default map; a custom map sees raw scores.
 *
 * @param transactions - purchases `{ customerId, at, amountMinor }` (checked per row without zod)
 * @param options - `asOf` (required), `bins` (default 5), `timeZone` (default UTC), `segments`
 * @returns one {@link RfmRow} per customer
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed row (path `['transactions', i, field]`),
 *   a negative amount, a purchase after `asOf` (path `['transactions', i, 'at']`) or bad options;
 *   `INVALID_DATE` for an unreadable instant or one outside ±8.64e15 ms; `UNKNOWN_TIME_ZONE` for a bad
 *   zone; `NOT_SAFE_INTEGER` when a customer's total passes 2^53 − 1 (path `['transactions', i, 'amountMinor']`)
 *
 * @example
 * ```ts
 * import { rfm } from 'omnicx/members';
 * const rows = rfm(
 *   [
 *     { customerId: 'ann', at: '2026-03-01T10:00:00Z', amountMinor: 5000 },
 *     { customerId: 'ann', at: '2026-03-30T10:00:00Z', amountMinor: 3000 },
 *     { customerId: 'bob', at: '2026-01-15T10:00:00Z', amountMinor: 1000 },
 *   ],
 *   { asOf: '2026-03-31T00:00:00Z', bins: 2 },
 * );
 * console.log(rows[0]?.recencyDays); // 1
 * console.log(rows[0]?.code); // '222'
 * console.log(rows[1]?.code); // '111'
 * console.log(rows[1]?.segment); // 'hibernating'
 * console.log(rows[0]?.segment); // 'champions'
 * ```
 */
export function rfm(transactions: readonly MemberTransaction[], options: RfmOptions): RfmRow[] {
  assertObject(options, ['options'], 'options');
  assertKnownKeys(options, OPTION_KEYS);
  const asOf = instantAt(options.asOf, ['options', 'asOf']);
  const { bins, custom } = readRfmScoring(options.bins, options.segments, ['options']);
  const dayOf = dayReader(options.timeZone, ['options', 'timeZone']);
  const { customers, customer, at, amountMinor } = readTransactions(transactions, asOf);
  const m = customers.length;
  const last = new Float64Array(m).fill(-Infinity);
  const count = new Float64Array(m);
  const total = new Float64Array(m);
  for (let i = 0; i < customer.length; i++) {
    const k = customer[i] as number;
    count[k] = (count[k] as number) + 1;
    // Exact integer sums, as the accumulator: past 2^53 − 1 addCounts throws NOT_SAFE_INTEGER, never
    // a rounded total (called only then, so that the hot loop builds no path).
    const sum = (total[k] as number) + (amountMinor[i] as number);
    total[k] = Number.isSafeInteger(sum) ? sum : addCounts(total[k] as number, amountMinor[i] as number, ['transactions', i, 'amountMinor']);
    if ((at[i] as number) > (last[k] as number)) last[k] = at[i] as number;
  }
  const asOfDay = dayOf(asOf);
  const recency = new Float64Array(m);
  for (let k = 0; k < m; k++) recency[k] = asOfDay - dayOf(last[k] as number);
  return rfmRows(customers, count, total, recency, bins, custom);
}
