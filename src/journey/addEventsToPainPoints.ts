import { assertWritable, invalid } from '../core/internal/assert.js';
import { addPainTally, mergeCustomerIds, painRowsOf, painTallyOf, readPainAccumulator } from './internal/painAccumulator.js';
import { tallyPain } from './internal/painCounts.js';
import { catalogueIndex, conversionOption, readEvents } from './internal/read.js';
import type { JourneyEventInput, PainPointsAccumulator } from './schemas.js';

/**
 * Adds a batch of events to a pain-points accumulator — the `add` step. The batch is validated,
 * catalogue-filled and sessionized exactly as `painPoints` does, and its per-touchpoint sums are
 * added.
 *
 * **A batch must hold all the events of its customers**: a customer's sessions (and so the exits)
 * come from all their events, so a customer already in the accumulator is refused, and the batch
 * is then added not at all (nor is any batch with a bad event).
 *
 * **Updates `acc` in place** and returns it. Use {@link mergePainPointsAccumulators} for a pure
 * combination.
 *
 * @param acc - an accumulator from {@link createPainPointsAccumulator}
 * @param events - the batch, as for `painPoints`; never mutated
 * @returns `acc`, updated
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`),
 *   bad events (as `painPoints`, path `['events', i, …]`), a customer already in the accumulator
 *   (path `['events', i, 'customerId']`); `NOT_SAFE_INTEGER` for counts past 2^53 − 1
 *
 * @example
 * ```ts
 * import { addEventsToPainPoints, createPainPointsAccumulator } from 'omnicx/journey';
 * const acc = addEventsToPainPoints(createPainPointsAccumulator(), [
 *   { customerId: 'a', at: 0, touchpoint: 'checkout' },
 *   { customerId: 'b', at: 0, touchpoint: 'checkout', sentiment: -0.8 },
 *   { customerId: 'b', at: 60_000, touchpoint: 'till', type: 'conversion' },
 * ]);
 * console.log(acc.customers); // ['a', 'b']
 * console.log(acc.rows[0]); // { touchpoint: 'checkout', volume: 2, exits: 1, feedback: 1, negativeFeedback: 1 }
 * ```
 */
export function addEventsToPainPoints(acc: PainPointsAccumulator, events: readonly JourneyEventInput[]): PainPointsAccumulator {
  assertWritable(acc, ['acc']);
  const parsed = readPainAccumulator(acc, ['acc']);
  const log = readEvents(events, catalogueIndex(parsed.touchpoints ?? undefined, ['acc', 'touchpoints']));
  const isConversion = conversionOption(parsed.conversion === null ? {} : { conversion: parsed.conversion });
  const customers = mergeCustomerIds(parsed.customers, log.customers, (j) => {
    throw invalid(
      `customer ${JSON.stringify(log.customers[j])} is already in the accumulator: a batch must hold all the events of its customers`,
      ['events', log.order[log.groupStarts[j] as number] as number, 'customerId'],
    );
  });
  const batch = tallyPain(log, parsed.timeoutMs, isConversion, parsed.negativeBelow);
  const rows = painRowsOf(addPainTally(painTallyOf(parsed), batch, ['acc']));
  acc.customers = customers;
  acc.rows = rows;
  return acc;
}
