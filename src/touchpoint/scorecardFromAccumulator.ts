import { scorecardRows } from './internal/scorecardCore.js';
import { readScorecardAccumulator } from './internal/scorecardAccumulator.js';
import type { ScorecardRow } from './scorecard.js';
import type { ScorecardAccumulator } from './schemas.js';

/**
 * Reads the scorecard of an accumulator — the `result` step: bit for bit the rows of
 * {@link scorecard} with the accumulator's options over all the ratings added, however they were
 * split and merged (scores, intervals, targets, gaps, ranks and per-criterion means). The
 * accumulator is not modified.
 *
 * @param acc - an accumulator from {@link createScorecardAccumulator}
 * @returns one row per group, best first (ties by key); see {@link ScorecardRow}
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`)
 *
 * @example
 * ```ts
 * import { addScorecardRatings, createScorecardAccumulator, scorecardFromAccumulator } from 'omnicx/touchpoint';
 * const acc = createScorecardAccumulator({ scale: { min: 1, max: 5 }, target: 50 });
 * addScorecardRatings(acc, [1, 2, 3, 4, 5].map((score) => ({ touchpointId: 'app', criterion: 'ease', score })));
 * const [app] = scorecardFromAccumulator(acc);
 * console.log(app?.score); // 50
 * console.log(app?.interval?.lower.toFixed(2)); // '0.92'
 * console.log(app?.gap); // 0
 * ```
 */
export function scorecardFromAccumulator(acc: ScorecardAccumulator): ScorecardRow[] {
  const parsed = readScorecardAccumulator(acc, ['acc']);
  return scorecardRows(parsed.groups, parsed.options);
}
