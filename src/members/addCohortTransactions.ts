import { ownValue, setOwn } from './internal/accumulators.js';
import { cohortEnvelope, readPeriods, unionPeriods } from './internal/cohortAccumulator.js';
import { periodReader } from './internal/cohorts.js';
import { readTransactions } from './internal/rows.js';
import type { CohortRetentionAccumulator, MemberTransaction } from './schemas.js';
import { assertWritable } from '../core/internal/assert.js';

/**
 * Adds purchases `{ customerId, at, amountMinor }` to an acquisition-cohort accumulator: each
 * purchase's period (month or ISO week in the accumulator's zone) joins its customer's set of
 * active periods. Amounts are validated as in {@link cohortRetention} but not used.
 *
 * **Updates `acc` in place** and returns the same object (use
 * {@link mergeCohortRetentionAccumulators} for a pure combination). Every row is validated before
 * anything is added, so a bad row leaves `acc` unchanged.
 *
 * `add` costs what the batch costs, not what the accumulator holds: it checks `acc`'s envelope and
 * the entries the batch touches; an entry it does not touch is checked by the merge and the
 * result function.
 *
 * @param acc - an accumulator from {@link createCohortRetentionAccumulator} (or parsed from JSON)
 * @param transactions - purchases `{ customerId, at, amountMinor }`
 * @returns `acc`, updated
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed row (path
 *   `['transactions', i, field]`) or accumulator (path `['acc', …]`); `INVALID_DATE` for an
 *   unreadable instant; `UNKNOWN_TIME_ZONE` for an accumulator zone the runtime does not know
 *
 * @example
 * ```ts
 * import { addCohortTransactions, createCohortRetentionAccumulator } from 'omnicx/members';
 * const acc = createCohortRetentionAccumulator({ period: 'month', timeZone: 'UTC' });
 * addCohortTransactions(acc, [
 *   { customerId: 'ann', at: '2026-02-03T10:00:00Z', amountMinor: 1200 },
 *   { customerId: 'ann', at: '2026-01-10T10:00:00Z', amountMinor: 800 },
 *   { customerId: 'ann', at: '2026-02-20T10:00:00Z', amountMinor: 500 },
 * ]);
 * console.log(acc.customers); // { ann: [24312, 24313] }
 * ```
 */
export function addCohortTransactions(acc: CohortRetentionAccumulator, transactions: readonly MemberTransaction[]): CohortRetentionAccumulator {
  assertWritable(acc, ['acc']);
  const { period, timeZone, customers } = cohortEnvelope(acc, ['acc']);
  const periodOf = periodReader(period, timeZone, ['acc', 'timeZone']);
  const { customers: ids, customer, at } = readTransactions(transactions, undefined);
  const fresh = ids.map((): number[] => []);
  for (let i = 0; i < customer.length; i++) fresh[customer[i] as number]?.push(periodOf(at[i] as number));
  // Compute every new list (checking the old ones) before writing any, so a failure changes nothing.
  const updates = ids.map((id, k): [string, number[]] => {
    const old = ownValue(customers, id);
    const base = old === undefined ? [] : readPeriods(old, ['acc', 'customers', id]);
    const added = [...new Set(fresh[k])].sort((a, b) => a - b);
    return [id, unionPeriods(base, added)];
  });
  for (const [id, periods] of updates) setOwn(customers, id, periods);
  return acc;
}
