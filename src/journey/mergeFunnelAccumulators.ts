import { invalid } from '../core/internal/assert.js';
import { DEFINITION_KEYS, mergeRecords, readFunnelAccumulator } from './internal/funnelAccumulator.js';
import type { FunnelAccumulator } from './schemas.js';

/**
 * Combines two funnel accumulators into a new one holding the customers of both — the `merge`
 * step. Pure (neither argument is touched), exact, associative and commutative. Both must define
 * the same funnel (steps, mode, window, exclusions, breakdown, catalogue), and shards must
 * partition customers: a customer in both is refused, since one pass would have followed their
 * events together.
 *
 * @param a - a funnel accumulator
 * @param b - another, created with the same steps and options
 * @returns a new accumulator
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['a', …]` or
 *   `['b', …]`), a different definition (path `['b', key]`), a customer in both (path
 *   `['b', 'customers', j]`) or customer ids merged with column codes (path `['b', 'customers']`)
 *
 * @example
 * ```ts
 * import { addEventsToFunnel, createFunnelAccumulator, funnelFromAccumulator, mergeFunnelAccumulators } from 'omnicx/journey';
 * const steps = ['view', 'buy'];
 * const web = addEventsToFunnel(createFunnelAccumulator(steps), [
 *   { customerId: 'a', at: 0, touchpoint: 'view' },
 *   { customerId: 'a', at: 60_000, touchpoint: 'buy' },
 * ]);
 * const store = addEventsToFunnel(createFunnelAccumulator(steps), [{ customerId: 'b', at: 0, touchpoint: 'view' }]);
 * const merged = mergeFunnelAccumulators(web, store);
 * console.log(merged.customers); // ['a', 'b']
 * console.log(funnelFromAccumulator(merged).steps.map((s) => s.count)); // [2, 1]
 * ```
 */
export function mergeFunnelAccumulators(a: FunnelAccumulator, b: FunnelAccumulator): FunnelAccumulator {
  const x = readFunnelAccumulator(a, ['a']).acc;
  const y = readFunnelAccumulator(b, ['b']).acc;
  for (const key of DEFINITION_KEYS) {
    if (JSON.stringify(x[key]) !== JSON.stringify(y[key])) {
      throw invalid(`b.${key} ${JSON.stringify(y[key])} differs from a.${key} ${JSON.stringify(x[key])}: merge accumulators of the same funnel`, ['b', key]);
    }
  }
  const merged = mergeRecords(
    x,
    y,
    x.breakdownBy !== null,
    () => {
      throw invalid('b.customers are of another kind than a.customers (customer ids against column codes)', ['b', 'customers']);
    },
    (j) => {
      throw invalid(`customer ${JSON.stringify(y.customers[j])} is in both accumulators: shards must partition customers`, ['b', 'customers', j]);
    },
  );
  return {
    kind: 'journeyFunnel',
    version: 1,
    steps: x.steps,
    mode: x.mode,
    windowMs: x.windowMs,
    exclusions: x.exclusions,
    breakdownBy: x.breakdownBy,
    touchpoints: x.touchpoints,
    customers: merged.customers as FunnelAccumulator['customers'],
    levels: merged.levels,
    times: merged.times,
    breakdown: merged.breakdown,
  };
}
