import { parseWith } from '../core/errors/parseWith.js';
import { addCounts } from './internal/accumulators.js';
import { npsAccumulatorSchema, type NpsAccumulator } from './schemas.js';

/**
 * Combines two NPS accumulators into a new one holding the answers of both — the `merge` step.
 * Pure (neither input is modified), exact, associative and commutative.
 *
 * @param a - an NPS accumulator
 * @param b - another
 * @returns a new accumulator with the summed counts
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['a', …]` or
 *   `['b', …]`); `NOT_SAFE_INTEGER` for a merged count above 2^53 − 1
 *
 * @example
 * ```ts
 * import { addNpsScore, createNpsAccumulator, mergeNpsAccumulators, npsFromAccumulator } from 'omnicx/satisfaction';
 * const store = addNpsScore(addNpsScore(createNpsAccumulator(), 10), 9);
 * const web = addNpsScore(addNpsScore(createNpsAccumulator(), 6), 9);
 * console.log(npsFromAccumulator(mergeNpsAccumulators(store, web)).score); // 50
 * ```
 */
export function mergeNpsAccumulators(a: NpsAccumulator, b: NpsAccumulator): NpsAccumulator {
  const x = parseWith(npsAccumulatorSchema, a, ['a']);
  const y = parseWith(npsAccumulatorSchema, b, ['b']);
  return {
    kind: 'nps',
    version: 1,
    promoters: addCounts(x.promoters, y.promoters, ['b', 'promoters']),
    passives: addCounts(x.passives, y.passives, ['b', 'passives']),
    detractors: addCounts(x.detractors, y.detractors, ['b', 'detractors']),
  };
}
