import { invalid } from '../core/internal/assert.js';
import { sameDefinition } from './internal/accumulate.js';
import { addPainTally, mergeCustomerIds, painRowsOf, painTallyOf, readPainAccumulator } from './internal/painAccumulator.js';
import type { PainPointsAccumulator } from './schemas.js';

/**
 * Combines two pain-points accumulators into a new one holding the customers of both — the
 * `merge` step. Pure, exact (sums), associative and commutative. Both must count the same way
 * (timeout, conversion, negative threshold, catalogue), and shards must partition customers: a
 * customer in both is refused.
 *
 * @param a - a pain-points accumulator
 * @param b - another, created with the same options
 * @returns a new accumulator
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['a', …]` or
 *   `['b', …]`), other options (path `['b', key]`), a customer in both (path
 *   `['b', 'customers', j]`); `NOT_SAFE_INTEGER` for counts past 2^53 − 1
 *
 * @example
 * ```ts
 * import { addEventsToPainPoints, createPainPointsAccumulator, mergePainPointsAccumulators } from 'omnicx/journey';
 * const web = addEventsToPainPoints(createPainPointsAccumulator(), [{ customerId: 'a', at: 0, touchpoint: 'checkout' }]);
 * const app = addEventsToPainPoints(createPainPointsAccumulator(), [{ customerId: 'b', at: 0, touchpoint: 'checkout' }]);
 * console.log(mergePainPointsAccumulators(web, app).rows); // [{ touchpoint: 'checkout', volume: 2, exits: 2, feedback: 0, negativeFeedback: 0 }]
 * ```
 */
export function mergePainPointsAccumulators(a: PainPointsAccumulator, b: PainPointsAccumulator): PainPointsAccumulator {
  const x = readPainAccumulator(a, ['a']);
  const y = readPainAccumulator(b, ['b']);
  sameDefinition(x, y, ['timeoutMs', 'conversion', 'negativeBelow', 'touchpoints'], 'pain-point count');
  const customers = mergeCustomerIds(x.customers, y.customers, (j) => {
    throw invalid(`customer ${JSON.stringify(y.customers[j])} is in both accumulators: shards must partition customers`, ['b', 'customers', j]);
  });
  return {
    kind: 'journeyPainPoints',
    version: 1,
    timeoutMs: x.timeoutMs,
    conversion: x.conversion,
    negativeBelow: x.negativeBelow,
    touchpoints: x.touchpoints,
    customers,
    rows: painRowsOf(addPainTally(painTallyOf(x), painTallyOf(y), ['b'])),
  };
}
