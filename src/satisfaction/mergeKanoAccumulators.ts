import { parseWith } from '../core/errors/parseWith.js';
import { addExact } from './internal/accumulators.js';
import { kanoAccumulatorSchema, type KanoAccumulator } from './schemas.js';

/**
 * Combines two Kano accumulators into a new one holding the answers of both — the `merge` step.
 * Pure and exact (counts add), so associative and commutative.
 *
 * @param a - a Kano accumulator
 * @param b - another
 * @returns a new accumulator
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['a', …]` or
 *   `['b', …]`); `NOT_SAFE_INTEGER` when a merged count passes 2^53 − 1 (path
 *   `['b', 'counts', category]`)
 *
 * @example
 * ```ts
 * import { addKanoAnswers, createKanoAccumulator, kanoFromAccumulator, mergeKanoAccumulators } from 'omnicx/satisfaction';
 * const web = addKanoAnswers(createKanoAccumulator(), [{ functional: 'like', dysfunctional: 'dislike' }]);
 * const store = addKanoAnswers(createKanoAccumulator(), [{ functional: 'neutral', dysfunctional: 'dislike' }]);
 * console.log(kanoFromAccumulator(mergeKanoAccumulators(web, store)).worse); // -1
 * ```
 */
export function mergeKanoAccumulators(a: KanoAccumulator, b: KanoAccumulator): KanoAccumulator {
  const x = parseWith(kanoAccumulatorSchema, a, ['a']);
  const y = parseWith(kanoAccumulatorSchema, b, ['b']);
  const sum = (category: keyof KanoAccumulator['counts']): number => addExact(x.counts[category], y.counts[category], ['b', 'counts', category]);
  return {
    kind: 'kano',
    version: 1,
    counts: {
      attractive: sum('attractive'),
      oneDimensional: sum('oneDimensional'),
      mustBe: sum('mustBe'),
      indifferent: sum('indifferent'),
      reverse: sum('reverse'),
      questionable: sum('questionable'),
    },
  };
}
