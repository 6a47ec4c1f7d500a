import { invalid } from '../core/internal/assert.js';
import { isFiniteSum, mergeExact } from './internal/exactSum.js';
import { assertSameHeuristicSetup, readHeuristicAccumulator } from './internal/heuristicAccumulator.js';
import type { HeuristicAttributionAccumulator } from './schemas.js';

/**
 * Combines two rule-based attribution accumulators into a new one holding the paths of both — the
 * `merge` step. Pure and exact (the partial sums add without rounding), so the result does not
 * depend on the order or tree of merges. Channels are listed as in `a`, then those only in `b`.
 *
 * @param a - an accumulator from {@link createHeuristicAttributionAccumulator}
 * @param b - another, with the same model and options
 * @returns a new accumulator; `a` and `b` are not modified
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['a', …]` or
 *   `['b', …]`), a different model (path `['b', 'model']`) or different options (path
 *   `['b', 'options']`), or merged credits or totals beyond the double range (path `[]`)
 *
 * @example
 * ```ts
 * import {
 *   addHeuristicAttributionPaths,
 *   createHeuristicAttributionAccumulator,
 *   heuristicAttributionFromAccumulator,
 *   mergeHeuristicAttributionAccumulators,
 * } from 'omnicx/touchpoint';
 * const store = addHeuristicAttributionPaths(createHeuristicAttributionAccumulator('firstTouch'), [{ path: 'tv > search', conversions: 1, value: 40 }]);
 * const web = addHeuristicAttributionPaths(createHeuristicAttributionAccumulator('firstTouch'), [{ path: 'search', conversions: 3, value: 90 }]);
 * const both = heuristicAttributionFromAccumulator(mergeHeuristicAttributionAccumulators(store, web));
 * console.log(both.credits); // { search: { conversions: 3, value: 90 }, tv: { conversions: 1, value: 40 } }
 * ```
 */
export function mergeHeuristicAttributionAccumulators(
  a: HeuristicAttributionAccumulator,
  b: HeuristicAttributionAccumulator,
): HeuristicAttributionAccumulator {
  const x = readHeuristicAccumulator(a, ['a']);
  const y = readHeuristicAccumulator(b, ['b']);
  assertSameHeuristicSetup(x, y);
  const channels = x.channels.slice();
  const conversions = x.conversions.slice();
  const values = x.values.slice();
  const index = new Map(channels.map((name, c) => [name, c]));
  y.channels.forEach((name, k) => {
    let c = index.get(name);
    if (c === undefined) {
      c = channels.length;
      index.set(name, c);
      channels.push(name);
      conversions.push([]);
      values.push([]);
    }
    conversions[c] = mergeExact(conversions[c] as number[], y.conversions[k] as number[]);
    values[c] = mergeExact(values[c] as number[], y.values[k] as number[]);
  });
  const totalConversions = mergeExact(x.totalConversions, y.totalConversions);
  const totalValue = mergeExact(x.totalValue, y.totalValue);
  if (!isFiniteSum(totalConversions) || !isFiniteSum(totalValue) || !conversions.every(isFiniteSum) || !values.every(isFiniteSum)) {
    throw invalid('the merged accumulators hold a credit or total beyond the double range (about 1.8e308)', []);
  }
  return {
    kind: 'heuristicAttribution',
    version: 1,
    model: x.model,
    options: { direct: x.options.direct, halfLifeDays: x.options.halfLifeDays, positionWeights: { ...x.options.positionWeights } },
    channels,
    conversions,
    values,
    totalConversions,
    totalValue,
  };
}
