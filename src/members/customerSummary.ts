import { addCounts } from './internal/accumulators.js';
import { readTransactions } from './internal/rows.js';
import { readSummaryOptions } from './internal/summaryOptions.js';
import type { CustomerSummary, CustomerSummaryOptions, MemberTransaction } from './schemas.js';

/**
 * Summarises transactions into BTYD inputs `{ customerId, frequency, recency, T, monetaryMean }`,
 * following the Python `lifetimes` library's `summary_data_from_transaction_data` exactly.
 *
 * Each purchase is placed in a period: the calendar day in `timeZone` (default UTC), grouped into
 * blocks of `periodDays` days anchored on Monday 1970-01-05, so `periodDays = 7` gives ISO weeks
 * (Monday–Sunday, pandas `'W'`) and `periodDays = 1` gives days (pandas `'D'`). Purchases in the
 * same period are merged into one (their amounts summed). Then, in periods:
 * frequency = number of periods with a purchase after the first one (repeat periods);
 * recency = last purchase period − first purchase period (0 when frequency is 0);
 * T = period of `asOf` − first purchase period;
 * monetaryMean = mean amount (minor units) per repeat period, the first period excluded (0 when
 * frequency is 0). Rows come in order of each customer's first appearance.
 *
 * This is the BTYD convention, unlike `rfm` (which counts every purchase and measures recency back
 * from `asOf`); see `docs/members.md`.
 *
 * @param transactions - purchases `{ customerId, at, amountMinor }`, all at or before `asOf`
 * @param options - `asOf` (required), `periodDays` (default 7), `timeZone` (default UTC)
 * @returns one summary per customer
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed row, a negative amount or a purchase
 *   after `asOf` (path `['transactions', i, field]`), or bad options (path `['options', key]`);
 *   `INVALID_DATE` for an unreadable instant or one outside ±8.64e15 ms; `UNKNOWN_TIME_ZONE` for a bad
 *   zone; `NOT_SAFE_INTEGER` when a customer's total passes 2^53 − 1 (path `['transactions', i, 'amountMinor']`)
 *
 * @example
 * ```ts
 * import { customerSummary } from 'omnicx/members';
 * const [ann] = customerSummary(
 *   [
 *     { customerId: 'ann', at: '2026-01-05T09:00:00Z', amountMinor: 1000 }, // Monday, week 0
 *     { customerId: 'ann', at: '2026-01-07T09:00:00Z', amountMinor: 500 }, // same week: merged
 *     { customerId: 'ann', at: '2026-01-20T09:00:00Z', amountMinor: 2000 }, // week 2
 *     { customerId: 'ann', at: '2026-02-03T09:00:00Z', amountMinor: 4000 }, // week 4
 *   ],
 *   { asOf: '2026-03-02T00:00:00Z' }, // week 8
 * );
 * console.log(ann); // { customerId: 'ann', frequency: 2, recency: 4, T: 8, monetaryMean: 3000 }
 * ```
 */
export function customerSummary(transactions: readonly MemberTransaction[], options: CustomerSummaryOptions): CustomerSummary[] {
  const { asOf, periodOf } = readSummaryOptions(options, ['options']);
  const { customers, customer, at, amountMinor } = readTransactions(transactions, asOf);
  const n = customer.length;
  const m = customers.length;
  const period = new Float64Array(n);
  const first = new Float64Array(m).fill(Infinity);
  const last = new Float64Array(m).fill(-Infinity);
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < n; i++) {
    const p = periodOf(at[i] as number);
    period[i] = p;
    const k = customer[i] as number;
    if (p < (first[k] as number)) first[k] = p;
    if (p > (last[k] as number)) last[k] = p;
    if (p < low) low = p;
    if (p > high) high = p;
  }
  const span = high - low + 1;
  const seen = new Set<number>();
  const periods = new Float64Array(m);
  const total = new Float64Array(m);
  const firstAmount = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    const k = customer[i] as number;
    const p = period[i] as number;
    const key = k * span + (p - low);
    if (!seen.has(key)) {
      seen.add(key);
      periods[k] = (periods[k] as number) + 1;
    }
    // Exact integer sums, as the accumulator: past 2^53 − 1 addCounts throws NOT_SAFE_INTEGER, never
    // a rounded total (called only then, so that the hot loop builds no path).
    const sum = (total[k] as number) + (amountMinor[i] as number);
    total[k] = Number.isSafeInteger(sum) ? sum : addCounts(total[k] as number, amountMinor[i] as number, ['transactions', i, 'amountMinor']);
    if (p === first[k]) firstAmount[k] = (firstAmount[k] as number) + (amountMinor[i] as number);
  }
  const asOfPeriod = periodOf(asOf);
  const out: CustomerSummary[] = new Array<CustomerSummary>(m);
  for (let k = 0; k < m; k++) {
    const frequency = (periods[k] as number) - 1;
    out[k] = {
      customerId: customers[k],
      frequency,
      recency: (last[k] as number) - (first[k] as number),
      T: asOfPeriod - (first[k] as number),
      monetaryMean: frequency === 0 ? 0 : ((total[k] as number) - (firstAmount[k] as number)) / frequency,
    };
  }
  return out;
}
