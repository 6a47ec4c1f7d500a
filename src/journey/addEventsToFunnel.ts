import { assertWritable, invalid } from '../core/internal/assert.js';
import { mergeRecords, readFunnelAccumulator, type CustomerRecords } from './internal/funnelAccumulator.js';
import { evaluateFunnel, isColumns } from './internal/funnelRun.js';
import type { EventColumns, FunnelAccumulator, JourneyEventInput } from './schemas.js';

/**
 * Adds a batch of events to a funnel accumulator — the `add` step. The batch is evaluated exactly
 * as `funnel` evaluates its events (objects, validated and catalogue-filled, or
 * {@link EventColumns}), and each customer's counted attempt is kept.
 *
 * **A batch must hold all the events of its customers.** A funnel follows a customer's attempts
 * across all their events, so a customer whose events were split between two batches would count
 * differently from one pass: a customer already in the accumulator is refused, and the batch is
 * then added not at all (nor is any batch with a bad event). Customers are identified by
 * `customerId` for objects and by the `customer` code for columns (codes must then name the same
 * customer in every batch); one accumulator holds one kind.
 *
 * **Updates `acc` in place** and returns it. The cost is that of `funnel` on the batch plus a merge
 * with the customers already held (linear): add large batches. Use
 * {@link mergeFunnelAccumulators} for a pure combination.
 *
 * @param acc - an accumulator from {@link createFunnelAccumulator}
 * @param events - the batch: event objects or columns, as for `funnel`; never mutated
 * @returns `acc`, updated
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`),
 *   bad events (as `funnel`, path `['events', …]`), columns added to an accumulator with a
 *   breakdown (path `['options', 'breakdownBy']`, as `funnel`), a customer already in the
 *   accumulator (path `['events', i, 'customerId']` or `['events', 'customer', row]`) or a batch
 *   of another kind than the customers held (path `['events']`)
 *
 * @example
 * ```ts
 * import { addEventsToFunnel, createFunnelAccumulator } from 'omnicx/journey';
 * const acc = createFunnelAccumulator(['view', 'buy']);
 * addEventsToFunnel(acc, [
 *   { customerId: 'b', at: 0, touchpoint: 'view' },
 *   { customerId: 'a', at: 0, touchpoint: 'view' },
 *   { customerId: 'a', at: 60_000, touchpoint: 'buy' },
 * ]);
 * console.log(acc.customers); // ['a', 'b']
 * console.log(acc.levels); // [1, 0]
 * console.log(acc.times); // [[0, 60000], [0]]
 * ```
 */
export function addEventsToFunnel(acc: FunnelAccumulator, events: readonly JourneyEventInput[] | EventColumns): FunnelAccumulator {
  assertWritable(acc, ['acc']);
  const { spec } = readFunnelAccumulator(acc, ['acc']);
  const batch = evaluateFunnel(events, spec);
  const { outcome, groups, log, columns } = batch;
  const customerColumn = isColumns(events) ? (events).customer : undefined;
  // The input row of each group's first event: the customer's key and the error path.
  const firstRow = (g: number): number => {
    const p = columns.groupStarts[g] as number;
    return columns.rows === undefined ? p : (columns.rows[p] as number);
  };
  const records: CustomerRecords = { customers: [], levels: [], times: [], breakdown: [] };
  for (let g = 0; g < groups; g++) {
    records.customers.push(log !== undefined ? (log.customers[g] as string) : ((customerColumn as Int32Array)[firstRow(g)] as number));
    const level = outcome.level[g] as number;
    records.levels.push(level);
    const base = outcome.timeStart[g] as number;
    // + 0: a −0 instant (columns) is stored as 0, which is all JSON can hold.
    records.times.push(Array.from(outcome.times.subarray(base, base + level + 1), (t) => t + 0));
  }
  if (batch.breakdown !== undefined) records.breakdown.push(...batch.breakdown);
  const merged = mergeRecords(
    acc,
    records,
    acc.breakdownBy !== null,
    () => {
      throw invalid(`events must be ${typeof acc.customers[0] === 'string' ? 'event objects (customer ids)' : 'event columns (customer codes)'} like those already in the accumulator`, ['events']);
    },
    (j) => {
      const row = firstRow(j);
      throw invalid(
        `customer ${JSON.stringify(records.customers[j])} is already in the accumulator: a batch must hold all the events of its customers`,
        log !== undefined ? ['events', row, 'customerId'] : ['events', 'customer', row],
      );
    },
  );
  acc.customers = merged.customers as FunnelAccumulator['customers'];
  acc.levels = merged.levels;
  acc.times = merged.times;
  acc.breakdown = merged.breakdown;
  return acc;
}
