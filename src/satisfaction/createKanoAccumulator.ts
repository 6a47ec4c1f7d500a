import type { KanoAccumulator } from './schemas.js';

/**
 * Creates an empty Kano accumulator — the `create` step ({@link addKanoAnswers},
 * {@link mergeKanoAccumulators}, {@link kanoFromAccumulator}). It holds the count of answers per
 * category, so merging is exact and any split of the answers gives exactly the result of
 * {@link kanoSummary}.
 *
 * @returns `{ kind: 'kano', version: 1, counts }` with every count 0, a new object
 *
 * @example
 * ```ts
 * import { createKanoAccumulator } from 'omnicx/satisfaction';
 * console.log(createKanoAccumulator().counts); // { attractive: 0, oneDimensional: 0, mustBe: 0, indifferent: 0, reverse: 0, questionable: 0 }
 * ```
 */
export function createKanoAccumulator(): KanoAccumulator {
  return {
    kind: 'kano',
    version: 1,
    counts: { attractive: 0, oneDimensional: 0, mustBe: 0, indifferent: 0, reverse: 0, questionable: 0 },
  };
}
