import { invalid } from '../core/internal/assert.js';
import { isFiniteSum, mergeExact } from './internal/exactSum.js';
import { addCounts, countsOf, readMarkovAccumulator } from './internal/markovAccumulator.js';
import type { MarkovAttributionAccumulator } from './schemas.js';

/**
 * Combines two Markov attribution accumulators into a new one holding the transition counts of
 * both — the `merge` step. Pure and exact (channels and states are matched by name and channel
 * sequence, and the counts add without rounding), so the result does not depend on the order or
 * tree of merges. Channels, states and transitions are listed as in `a`, then those only in `b`.
 *
 * @param a - an accumulator from {@link createMarkovAttributionAccumulator}
 * @param b - another, of the same order
 * @returns a new accumulator; `a` and `b` are not modified
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['a', …]` or
 *   `['b', …]`), a different order (path `['b', 'order']`), or merged counts or totals
 *   beyond the double range (path `[]`)
 *
 * @example
 * ```ts
 * import {
 *   addMarkovAttributionPaths,
 *   createMarkovAttributionAccumulator,
 *   markovAttributionFromAccumulator,
 *   mergeMarkovAttributionAccumulators,
 * } from 'omnicx/touchpoint';
 * const monday = addMarkovAttributionPaths(createMarkovAttributionAccumulator(), [
 *   { path: 'GoogleAds', conversions: 2, nulls: 1 },
 *   { path: 'Mailing', conversions: 1 },
 * ]);
 * const tuesday = addMarkovAttributionPaths(createMarkovAttributionAccumulator(), [{ path: 'GoogleAds > Mailing', conversions: 1 }]);
 * const result = markovAttributionFromAccumulator(mergeMarkovAttributionAccumulators(monday, tuesday));
 * console.log(result.conversionProbability); // 0.8
 * console.log(result.credits['GoogleAds']?.conversions); // 2.4
 * ```
 */
export function mergeMarkovAttributionAccumulators(a: MarkovAttributionAccumulator, b: MarkovAttributionAccumulator): MarkovAttributionAccumulator {
  const x = readMarkovAccumulator(a, ['a']);
  const y = readMarkovAccumulator(b, ['b']);
  if (x.order !== y.order) throw invalid(`b.order ${String(y.order)} differs from a.order ${String(x.order)}`, ['b', 'order']);
  addCounts(x, countsOf(y));
  x.totalConversions = mergeExact(x.totalConversions, y.totalConversions);
  x.totalValue = mergeExact(x.totalValue, y.totalValue);
  if (
    !isFiniteSum(x.totalConversions) ||
    !isFiniteSum(x.totalValue) ||
    !isFiniteSum(x.journeys) ||
    !x.transitions.every((t) => isFiniteSum(t.weight)) ||
    !x.conversionsFrom.every(isFiniteSum) ||
    !x.nullsFrom.every(isFiniteSum)
  ) {
    throw invalid('the merged accumulators hold a count or total beyond the double range (about 1.8e308)', []);
  }
  return x;
}
