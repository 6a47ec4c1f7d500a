import * as z from 'zod';
import { parseWith } from '../core/index.js';
import { addRating, emptySums, readRating, scorecardRows, type ScorecardRow } from './internal/scorecardCore.js';
import {
  scorecardOptionsSchema,
  touchpointRatingSchema,
  type ScorecardCriterionSums,
  type ScorecardOptions,
  type TouchpointRating,
} from './schemas.js';

export type { ScorecardRow } from './internal/scorecardCore.js';

/**
 * A touchpoint scorecard: ratings on a declared scale, normalised to 0–100, weighted and
 * aggregated per touchpoint (or per store, criterion, or any key `groups` maps them to), with a
 * confidence interval, the gap to target and a rank.
 *
 * Within a group, each rating is normalised, xᵢ = 100·(scoreᵢ − min)/(max − min); each criterion
 * c's ratings average to x̄_c with the rating weights wᵢ; the score is Σ_c W_c·x̄_c / Σ_c W_c over
 * the criteria present, W_c the criterion weight. Equivalently it is the weighted mean of the
 * ratings with ωᵢ = W_c·wᵢ/Σ_{j∈c} wⱼ, whose Taylor-linearised standard error
 * SE² = n/(n − 1)·Σ ωᵢ²(xᵢ − score)²/(Σ ωᵢ)² (Cochran 1977, "Sampling Techniques", §6.9) gives the
 * interval score ± t_{n−1}·SE; with one criterion and equal weights it is the usual s/√n t
 * interval. The target of a group is Σ_c W_c·t_c / Σ_c W_c with t_c the criterion's target
 * (normalised) or the default `target`.
 *
 * Every sum is exact (Σw, Σwx, Σw², Σw²x and Σw²x² of each criterion, kept as exact partials of the
 * exact products and rounded once), and criteria are combined in name order, so the rows do not
 * depend on the order of the ratings, and {@link createScorecardAccumulator} reproduces them bit
 * for bit from any split of the ratings.
 *
 * @param ratings - see {@link TouchpointRating}; never mutated
 * @param options - see {@link scorecardOptionsSchema}; `scale` is required
 * @returns one row per group, best first (ties by key)
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed rating (path `[i, field]`), a score
 *   outside the scale (path `[i, 'score']`), a rating without the `groupBy` field or with a value
 *   `groups` does not map (path `[i, field]`), a positive weight outside [2^-500, 2^460] (path `[i, 'weight']`), or bad
 *   options (path `['options', …]`)
 *
 * @example
 * ```ts
 * import { scorecard } from 'omnicx/touchpoint';
 * const rows = scorecard(
 *   [
 *     { touchpointId: 'checkout', criterion: 'speed', score: 4 },
 *     { touchpointId: 'checkout', criterion: 'speed', score: 5 },
 *     { touchpointId: 'checkout', criterion: 'friendliness', score: 3 },
 *     { touchpointId: 'fitting room', criterion: 'cleanliness', score: 2 },
 *   ],
 *   { scale: { min: 1, max: 5 }, criteria: { speed: { weight: 2, target: 4 } }, target: 50 },
 * );
 * // checkout: speed (75 + 100)/2 = 87.5 weighs 2, friendliness 50 weighs 1 → (2·87.5 + 50)/3 = 75
 * console.log(rows[0]?.key); // 'checkout'
 * console.log(rows[0]?.score); // 75
 * // target: speed 4 → 75 (weight 2), friendliness → the default 50 → (2·75 + 50)/3
 * console.log(rows[0]?.gap?.toFixed(2)); // '8.33'
 * console.log(rows[1]?.score); // 25
 * console.log(rows[1]?.rank); // 2
 * ```
 */
export function scorecard(ratings: readonly TouchpointRating[], options: ScorecardOptions): ScorecardRow[] {
  const parsed = parseWith(scorecardOptionsSchema, options, ['options']);
  const list = parseWith(z.array(touchpointRatingSchema), ratings);
  const groups = new Map<string, Map<string, ScorecardCriterionSums>>();
  list.forEach((rating, i) => {
    const { key, x, w } = readRating(rating, i, parsed);
    let cells = groups.get(key);
    if (cells === undefined) groups.set(key, (cells = new Map<string, ScorecardCriterionSums>()));
    let cell = cells.get(rating.criterion);
    if (cell === undefined) cells.set(rating.criterion, (cell = emptySums(rating.criterion)));
    addRating(cell, x, w);
  });
  return scorecardRows(
    [...groups].map(([key, cells]) => ({ key, criteria: [...cells.values()] })),
    parsed,
  );
}
