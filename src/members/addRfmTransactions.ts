import { addCounts, ownValue, setOwn } from './internal/accumulators.js';
import { readRfmEntry, rfmEnvelope } from './internal/rfmAccumulator.js';
import { readTransactions } from './internal/rows.js';
import type { MemberTransaction, RfmAccumulator } from './schemas.js';
import { assertWritable } from '../core/internal/assert.js';

/**
 * Adds purchases `{ customerId, at, amountMinor }` to an RFM accumulator: each one adds 1 to its
 * customer's purchases and its amount to the total, and moves the last purchase instant forward.
 *
 * **Updates `acc` in place** and returns the same object (use {@link mergeRfmAccumulators} for a
 * pure combination). Every row is validated before anything is added, so a bad row leaves `acc`
 * unchanged.
 *
 * `add` costs what the batch costs, not what the accumulator holds: it checks `acc`'s envelope and
 * the entries the batch touches; an entry it does not touch is checked by the merge and the
 * result function.
 *
 * @param acc - an accumulator from {@link createRfmAccumulator} (or parsed from JSON)
 * @param transactions - purchases `{ customerId, at, amountMinor }`, all at or before the accumulator's `asOf`
 * @returns `acc`, updated
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed row, a negative amount or a
 *   purchase after `asOf` (path `['transactions', i, field]`), a malformed accumulator (path
 *   `['acc', …]`); `NOT_SAFE_INTEGER` for a count or total past 2^53 − 1 (the one-pass sum would no longer be exact);
 *   `INVALID_DATE` for an unreadable instant
 *
 * @example
 * ```ts
 * import { addRfmTransactions, createRfmAccumulator } from 'omnicx/members';
 * const acc = createRfmAccumulator({ asOf: '2026-03-31T00:00:00Z' });
 * addRfmTransactions(acc, [
 *   { customerId: 'ann', at: '2026-03-30T10:00:00Z', amountMinor: 3000 },
 *   { customerId: 'ann', at: '2026-03-01T10:00:00Z', amountMinor: 5000 },
 * ]);
 * console.log(acc.customers); // { ann: [2, 8000, 1774864800000] }
 * ```
 */
export function addRfmTransactions(acc: RfmAccumulator, transactions: readonly MemberTransaction[]): RfmAccumulator {
  assertWritable(acc, ['acc']);
  const { asOf, customers } = rfmEnvelope(acc, ['acc']);
  const { customers: ids, customer, at, amountMinor } = readTransactions(transactions, asOf);
  // Start from the stored entries (checked) and write only once every sum is known to be exact.
  const entries = ids.map((id): [number, number, number] => {
    const old = ownValue(customers, id);
    return old === undefined ? [0, 0, -Infinity] : readRfmEntry(old, asOf, ['acc', 'customers', id]);
  });
  for (let i = 0; i < customer.length; i++) {
    const k = customer[i] as number;
    const e = entries[k] as [number, number, number];
    const path = ['acc', 'customers', ids[k] as string];
    e[0] = addCounts(e[0], 1, [...path, 0]);
    e[1] = addCounts(e[1], amountMinor[i] as number, [...path, 1]);
    if ((at[i] as number) > e[2]) e[2] = at[i] as number;
  }
  ids.forEach((id, k) => {
    setOwn(customers, id, entries[k]);
  });
  return acc;
}
