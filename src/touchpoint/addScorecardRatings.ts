import * as z from 'zod';
import { parseWith } from '../core/index.js';
import { addRating, emptySums, readRating } from './internal/scorecardCore.js';
import { readScorecardAccumulator } from './internal/scorecardAccumulator.js';
import { touchpointRatingSchema, type ScorecardAccumulator, type ScorecardCriterionSums, type TouchpointRating } from './schemas.js';
import { assertWritable } from '../core/internal/assert.js';

/**
 * Adds a batch of ratings to a scorecard accumulator — the `add` step. **Updates `acc` in place**
 * and returns it; use {@link mergeScorecardAccumulators} for a pure combination. The ratings are
 * validated as {@link scorecard} validates them, and `acc` changes only when the whole batch is
 * valid.
 *
 * @param acc - an accumulator from {@link createScorecardAccumulator}
 * @param ratings - see {@link TouchpointRating} (one rating is a one-element array); never mutated
 * @returns `acc`, updated
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`) or
 *   the errors of {@link scorecard} for a bad rating (path `[i, field]` within the batch)
 *
 * @example
 * ```ts
 * import { addScorecardRatings, createScorecardAccumulator, scorecardFromAccumulator } from 'omnicx/touchpoint';
 * const acc = createScorecardAccumulator({ scale: { min: 1, max: 5 } });
 * addScorecardRatings(acc, [{ touchpointId: 'checkout', criterion: 'speed', score: 4 }]);
 * addScorecardRatings(acc, [{ touchpointId: 'checkout', criterion: 'speed', score: 5 }]);
 * console.log(acc.groups[0]?.criteria[0]?.n); // 2
 * console.log(scorecardFromAccumulator(acc)[0]?.score); // 87.5
 * ```
 */
export function addScorecardRatings(acc: ScorecardAccumulator, ratings: readonly TouchpointRating[]): ScorecardAccumulator {
  assertWritable(acc, ['acc']);
  const state = readScorecardAccumulator(acc, ['acc']);
  const list = parseWith(z.array(touchpointRatingSchema), ratings);
  const read = list.map((rating, i) => readRating(rating, i, state.options));
  const groups = new Map(state.groups.map((group) => [group.key, { group, cells: new Map(group.criteria.map((cell) => [cell.criterion, cell])) }]));
  read.forEach(({ key, x, w }, i) => {
    let entry = groups.get(key);
    if (entry === undefined) {
      entry = { group: { key, criteria: [] }, cells: new Map<string, ScorecardCriterionSums>() };
      groups.set(key, entry);
      state.groups.push(entry.group);
    }
    const criterion = (list[i] as TouchpointRating).criterion;
    let cell = entry.cells.get(criterion);
    if (cell === undefined) {
      cell = emptySums(criterion);
      entry.cells.set(criterion, cell);
      entry.group.criteria.push(cell);
    }
    addRating(cell, x, w);
  });
  acc.groups = state.groups;
  return acc;
}
