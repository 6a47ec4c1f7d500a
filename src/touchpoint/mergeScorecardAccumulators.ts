import { assertSameScorecardOptions, mergeSums, readScorecardAccumulator } from './internal/scorecardAccumulator.js';
import type { ScorecardAccumulator, ScorecardCriterionSums } from './schemas.js';

/**
 * Combines two scorecard accumulators into a new one holding the ratings of both — the `merge`
 * step. Pure and exact (counts and exact partial sums add without rounding), so the result does
 * not depend on the order or tree of merges. Groups and criteria are listed as in `a`, then those
 * only in `b`.
 *
 * @param a - an accumulator from {@link createScorecardAccumulator}
 * @param b - another, with the same options
 * @returns a new accumulator; `a` and `b` are not modified
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['a', …]` or
 *   `['b', …]`) or different options (path `['b', 'options']`); `NOT_SAFE_INTEGER` for a merged
 *   count past 2^53 − 1
 *
 * @example
 * ```ts
 * import { addScorecardRatings, createScorecardAccumulator, mergeScorecardAccumulators, scorecardFromAccumulator } from 'omnicx/touchpoint';
 * const options = { scale: { min: 1, max: 5 } };
 * const north = addScorecardRatings(createScorecardAccumulator(options), [{ touchpointId: 'till', criterion: 'speed', score: 5 }]);
 * const south = addScorecardRatings(createScorecardAccumulator(options), [{ touchpointId: 'till', criterion: 'speed', score: 2 }]);
 * const [till] = scorecardFromAccumulator(mergeScorecardAccumulators(north, south));
 * console.log(till?.score); // 62.5
 * console.log(till?.n); // 2
 * ```
 */
export function mergeScorecardAccumulators(a: ScorecardAccumulator, b: ScorecardAccumulator): ScorecardAccumulator {
  const x = readScorecardAccumulator(a, ['a']);
  const y = readScorecardAccumulator(b, ['b']);
  assertSameScorecardOptions(x, y);
  const groups = x.groups.map((group) => ({ key: group.key, criteria: group.criteria.slice() }));
  const index = new Map(groups.map((group) => [group.key, group]));
  y.groups.forEach((other, g) => {
    let group = index.get(other.key);
    if (group === undefined) {
      group = { key: other.key, criteria: [] };
      index.set(other.key, group);
      groups.push(group);
    }
    const target = group;
    other.criteria.forEach((cell, c) => {
      const k = target.criteria.findIndex((mine) => mine.criterion === cell.criterion);
      if (k < 0) target.criteria.push(cell);
      else target.criteria[k] = mergeSums(target.criteria[k] as ScorecardCriterionSums, cell, ['b', 'groups', g, 'criteria', c]);
    });
  });
  return { kind: 'scorecard', version: 1, options: x.options, groups };
}
