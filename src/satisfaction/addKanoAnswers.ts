import { parseWith } from '../core/errors/parseWith.js';
import { assertWritable, describe, invalid } from '../core/internal/assert.js';
import { classifyKano } from './classifyKano.js';
import { addExact, assertKanoAccumulator } from './internal/accumulators.js';
import { kanoCategorySchema, kanoPairSchema, type KanoAccumulator, type KanoPair } from './schemas.js';

/**
 * Adds a batch of Kano answers (one `{ functional, dysfunctional }` pair per respondent) to a
 * Kano accumulator. **Updates `acc` in place** and returns it; use {@link mergeKanoAccumulators}
 * for a pure combination. The whole batch is checked first: a bad pair or a count that would pass
 * 2^53 − 1 leaves `acc` as it was.
 *
 * @param acc - an accumulator from {@link createKanoAccumulator} (or parsed from JSON)
 * @param answers - an array of pairs, as for {@link kanoSummary}
 * @returns `acc`, updated
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a frozen or malformed accumulator (path
 *   `['acc', …]`), a non-array (path `['answers']`) or a bad pair (path `['answers', index, …]`);
 *   `NOT_SAFE_INTEGER` when a count would pass 2^53 − 1 (path `['acc', 'counts', category]`)
 *
 * @example
 * ```ts
 * import { addKanoAnswers, createKanoAccumulator } from 'omnicx/satisfaction';
 * const acc = addKanoAnswers(createKanoAccumulator(), [
 *   { functional: 'like', dysfunctional: 'dislike' },
 *   { functional: 'like', dysfunctional: 'neutral' },
 * ]);
 * console.log([acc.counts.oneDimensional, acc.counts.attractive]); // [1, 1]
 * ```
 */
export function addKanoAnswers(acc: KanoAccumulator, answers: readonly KanoPair[]): KanoAccumulator {
  assertWritable(acc, ['acc']);
  assertKanoAccumulator(acc, ['acc']);
  if (!Array.isArray(answers)) throw invalid(`answers must be an array, got ${describe(answers)}`, ['answers']);
  const added = { attractive: 0, oneDimensional: 0, mustBe: 0, indifferent: 0, reverse: 0, questionable: 0 };
  const list: readonly unknown[] = answers;
  // Indexed loop, not forEach(): forEach() skips the holes of a sparse array.
  for (let i = 0; i < list.length; i++) {
    const pair = parseWith(kanoPairSchema, list[i], ['answers', i]);
    added[classifyKano(pair.functional, pair.dysfunctional)] += 1;
  }
  const next = kanoCategorySchema.options.map((category) => addExact(acc.counts[category], added[category], ['acc', 'counts', category]));
  kanoCategorySchema.options.forEach((category, i) => {
    acc.counts[category] = next[i] as number;
  });
  return acc;
}
