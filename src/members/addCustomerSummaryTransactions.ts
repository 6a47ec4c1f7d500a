import { addCounts, ownValue, setOwn } from './internal/accumulators.js';
import { readTransactions } from './internal/rows.js';
import { mergeSummaryEntries, readSummaryEntry, summaryEnvelope, type SummaryEntry } from './internal/summaryAccumulator.js';
import type { CustomerSummaryAccumulator, MemberTransaction } from './schemas.js';
import { assertWritable } from '../core/internal/assert.js';

/**
 * Adds purchases `{ customerId, at, amountMinor }` to a BTYD-summary accumulator: each purchase's
 * period joins its customer's set, its amount the total (and the first-period spend when it falls
 * in the customer's first period).
 *
 * **Updates `acc` in place** and returns the same object (use
 * {@link mergeCustomerSummaryAccumulators} for a pure combination). Every row is validated before
 * anything is added, so a bad row leaves `acc` unchanged.
 *
 * `add` costs what the batch costs, not what the accumulator holds: it checks `acc`'s envelope and
 * the entries the batch touches; an entry it does not touch is checked by the merge and the
 * result function.
 *
 * @param acc - an accumulator from {@link createCustomerSummaryAccumulator} (or parsed from JSON)
 * @param transactions - purchases `{ customerId, at, amountMinor }`, all at or before the accumulator's `asOf`
 * @returns `acc`, updated
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed row, a negative amount or a
 *   purchase after `asOf` (path `['transactions', i, field]`), a malformed accumulator (path
 *   `['acc', …]`); `NOT_SAFE_INTEGER` for a total past 2^53 − 1; `INVALID_DATE` for an unreadable instant
 *
 * @example
 * ```ts
 * import { addCustomerSummaryTransactions, createCustomerSummaryAccumulator } from 'omnicx/members';
 * const acc = createCustomerSummaryAccumulator({ asOf: '2026-03-02T00:00:00Z' });
 * addCustomerSummaryTransactions(acc, [
 *   { customerId: 'ann', at: '2026-01-05T09:00:00Z', amountMinor: 1000 }, // week 2922
 *   { customerId: 'ann', at: '2026-01-07T09:00:00Z', amountMinor: 500 }, // same week
 *   { customerId: 'ann', at: '2026-01-20T09:00:00Z', amountMinor: 2000 }, // week 2924
 * ]);
 * console.log(acc.customers['ann']); // { periods: [2922, 2924], totalMinor: 3500, firstPeriodMinor: 1500 }
 * ```
 */
export function addCustomerSummaryTransactions(acc: CustomerSummaryAccumulator, transactions: readonly MemberTransaction[]): CustomerSummaryAccumulator {
  assertWritable(acc, ['acc']);
  const { asOf, asOfPeriod, periodOf, customers } = summaryEnvelope(acc, ['acc']);
  const { customers: ids, customer, at, amountMinor } = readTransactions(transactions, asOf);
  const period = Float64Array.from(at, periodOf);
  const first = new Float64Array(ids.length).fill(Infinity);
  for (let i = 0; i < customer.length; i++) first[customer[i] as number] = Math.min(first[customer[i] as number] as number, period[i] as number);
  const batch = ids.map((): SummaryEntry => ({ periods: [], totalMinor: 0, firstPeriodMinor: 0 }));
  for (let i = 0; i < customer.length; i++) {
    const k = customer[i] as number;
    const e = batch[k] as SummaryEntry;
    const path = ['acc', 'customers', ids[k] as string];
    e.periods.push(period[i] as number);
    e.totalMinor = addCounts(e.totalMinor, amountMinor[i] as number, [...path, 'totalMinor']);
    if (period[i] === first[k]) e.firstPeriodMinor += amountMinor[i] as number;
  }
  // Merge every customer's batch into the stored entry (checked) before writing any.
  const updates = ids.map((id, k): [string, SummaryEntry] => {
    const e = batch[k] as SummaryEntry;
    e.periods = [...new Set(e.periods)].sort((a, b) => a - b);
    const path = ['acc', 'customers', id];
    const old = ownValue(customers, id);
    return [id, old === undefined ? e : mergeSummaryEntries(readSummaryEntry(old, asOfPeriod, path), e, path)];
  });
  for (const [id, entry] of updates) setOwn(customers, id, entry);
  return acc;
}
