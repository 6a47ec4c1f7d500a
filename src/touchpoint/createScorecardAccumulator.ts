import { parseWith } from '../core/index.js';
import { scorecardAccumulatorSchema, scorecardOptionsSchema, type ScorecardAccumulator, type ScorecardOptions } from './schemas.js';

/**
 * Creates an empty scorecard accumulator — the `create` step of the accumulator pattern
 * ({@link addScorecardRatings}, {@link mergeScorecardAccumulators}, {@link scorecardFromAccumulator}):
 * accumulate the ratings of each store, day or worker, merge the accumulators in any order, and read
 * the rows of {@link scorecard} over all the ratings, bit for bit. Per group and criterion it keeps
 * the count and exact sums of w, wx, w², w²x and w²x² (see {@link scorecardCriterionSumsSchema}),
 * all the score and its interval need; memory is O(groups × criteria).
 *
 * @param options - the options of {@link scorecard} (`scale` required); accumulators merge only with
 *   accumulators of the same options
 * @returns a new accumulator without groups
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for bad options (path `['options', …]`)
 *
 * @example
 * ```ts
 * import { createScorecardAccumulator } from 'omnicx/touchpoint';
 * const acc = createScorecardAccumulator({ scale: { min: 1, max: 5 }, groupBy: 'storeId' });
 * console.log(acc.options.groupBy); // 'storeId'
 * console.log(acc.options.confidence); // 0.95
 * console.log(acc.groups); // []
 * ```
 */
export function createScorecardAccumulator(options: ScorecardOptions): ScorecardAccumulator {
  const parsed = parseWith(scorecardOptionsSchema, options, ['options']);
  // Through the accumulator schema: a deep copy that shares nothing with `options`.
  return parseWith(scorecardAccumulatorSchema, { kind: 'scorecard', version: 1, options: parsed, groups: [] }, ['options']);
}
