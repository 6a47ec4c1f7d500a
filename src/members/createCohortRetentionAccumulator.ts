import { parseWith } from '../core/errors/parseWith.js';
import { openZone } from '../core/time/internal/zone.js';
import { cohortRetentionOptionsSchema, type CohortRetentionAccumulator, type CohortRetentionOptions } from './schemas.js';

/**
 * Creates an empty acquisition-cohort accumulator — the `create` step of the accumulator pattern
 * ({@link addCohortTransactions}, {@link mergeCohortRetentionAccumulators},
 * {@link cohortRetentionFromAccumulator}) for computing {@link cohortRetention} over transactions
 * held in shards (days, stores, workers).
 *
 * Shards need **not** partition customers: a customer's cohort is the period of their first
 * purchase over all shards and a period counts once however many shards saw it, so the
 * accumulator keeps, per customer, the set of periods with a purchase (memory: one entry per
 * customer, one number per active period — 36 at most for three years of months) and merging
 * takes the union. Counts per cohort and period alone would not do: they cannot move a customer to
 * an earlier cohort found in another shard, nor tell two shards' purchases by one customer in the
 * same period from purchases by two customers.
 *
 * @param options - `period` (`'month' | 'week'`) and `timeZone` (IANA name), as for {@link cohortRetention}
 * @returns `{ kind: 'cohortRetention', version: 1, period, timeZone, customers: {} }`, a new plain JSON object
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for bad options (path `['options', key]`);
 *   `UNKNOWN_TIME_ZONE` for a zone the runtime does not know
 *
 * @example
 * ```ts
 * import { createCohortRetentionAccumulator } from 'omnicx/members';
 * const acc = createCohortRetentionAccumulator({ period: 'week', timeZone: 'Europe/Paris' });
 * console.log(JSON.stringify(acc)); // '{"kind":"cohortRetention","version":1,"period":"week","timeZone":"Europe/Paris","customers":{}}'
 * ```
 */
export function createCohortRetentionAccumulator(options: CohortRetentionOptions): CohortRetentionAccumulator {
  const { period, timeZone } = parseWith(cohortRetentionOptionsSchema, options, ['options']);
  openZone(timeZone, ['options', 'timeZone']);
  return { kind: 'cohortRetention', version: 1, period, timeZone, customers: {} };
}
