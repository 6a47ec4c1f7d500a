import { invalid } from '../core/internal/assert.js';
import { isFiniteSum, mergeExact } from './internal/exactSum.js';
import { addSets, readShapleyAccumulator, setsOf } from './internal/shapleyAccumulator.js';
import type { ShapleyAttributionAccumulator } from './schemas.js';

/**
 * Combines two Shapley attribution accumulators into a new one holding the journeys of both — the
 * `merge` step. Pure and exact (channel sets are matched by channel names, and their sums add
 * without rounding), so the result does not depend on the order or tree of merges.
 *
 * @param a - an accumulator from {@link createShapleyAttributionAccumulator}
 * @param b - another, with the same options
 * @returns a new accumulator; `a` and `b` are not modified
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['a', …]` or
 *   `['b', …]`), different options (path `['b', 'options']`), or merged sums beyond the
 *   double range (path `[]`)
 *
 * @example
 * ```ts
 * import {
 *   addShapleyAttributionPaths,
 *   createShapleyAttributionAccumulator,
 *   mergeShapleyAttributionAccumulators,
 *   shapleyAttributionFromAccumulator,
 * } from 'omnicx/touchpoint';
 * const options = { value: 'conversionRate' } as const;
 * const web = addShapleyAttributionPaths(createShapleyAttributionAccumulator(options), [{ path: 'search', conversions: 1, nulls: 1 }]);
 * const app = addShapleyAttributionPaths(createShapleyAttributionAccumulator(options), [{ path: 'search > email', conversions: 2 }]);
 * // v({search}) = 1/2, v({email}) = 0, v(both) = 3/4
 * const result = shapleyAttributionFromAccumulator(mergeShapleyAttributionAccumulators(web, app));
 * console.log(result.shapleyValues); // { email: 0.125, search: 0.625 }
 * ```
 */
export function mergeShapleyAttributionAccumulators(a: ShapleyAttributionAccumulator, b: ShapleyAttributionAccumulator): ShapleyAttributionAccumulator {
  const x = readShapleyAccumulator(a, ['a']);
  const y = readShapleyAccumulator(b, ['b']);
  const same = x.options.value === y.options.value && x.options.samples === y.options.samples && x.options.seed === y.options.seed;
  if (!same) throw invalid(`b.options ${JSON.stringify(y.options)} differ from a.options ${JSON.stringify(x.options)}`, ['b', 'options']);
  const known = new Set(x.channels);
  for (const name of y.channels) {
    if (!known.has(name)) {
      known.add(name);
      x.channels.push(name);
    }
  }
  addSets(x, setsOf(y));
  x.totalConversions = mergeExact(x.totalConversions, y.totalConversions);
  x.totalValue = mergeExact(x.totalValue, y.totalValue);
  if (!isFiniteSum(x.totalConversions) || !isFiniteSum(x.totalValue) || !x.sets.every((s) => isFiniteSum(s.conversions) && isFiniteSum(s.value) && isFiniteSum(s.journeys))) {
    throw invalid('the merged accumulators hold a sum beyond the double range (about 1.8e308)', []);
  }
  return x;
}
