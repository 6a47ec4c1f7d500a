import { roundedSum } from './internal/exactSum.js';
import { readHeuristicAccumulator } from './internal/heuristicAccumulator.js';
import { creditsOf } from './internal/result.js';
import type { HeuristicAttributionAccumulator } from './schemas.js';
import type { AttributionResult } from './types.js';

/**
 * Reads the credits of a rule-based attribution accumulator — the `result` step: bit for bit the
 * result of {@link attributeHeuristic} with the accumulator's model and options over all the paths
 * added, however they were split and merged (each credit and total is the correctly rounded exact
 * sum of its terms, in both). The accumulator is not modified.
 *
 * @param acc - an accumulator from {@link createHeuristicAttributionAccumulator}
 * @returns `{ model, totalConversions, totalValue, credits }`, channels in name order
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`)
 *
 * @example
 * ```ts
 * import { addHeuristicAttributionPaths, createHeuristicAttributionAccumulator, heuristicAttributionFromAccumulator } from 'omnicx/touchpoint';
 * const acc = createHeuristicAttributionAccumulator('positionBased');
 * addHeuristicAttributionPaths(acc, [{ path: 'search > social > email', conversions: 1, value: 100 }]);
 * const result = heuristicAttributionFromAccumulator(acc);
 * console.log(result.credits['search']); // { conversions: 0.4, value: 40 }
 * console.log(result.totalValue); // 100
 * ```
 */
export function heuristicAttributionFromAccumulator(acc: HeuristicAttributionAccumulator): AttributionResult {
  const parsed = readHeuristicAccumulator(acc, ['acc']);
  return {
    model: parsed.model,
    totalConversions: roundedSum(parsed.totalConversions),
    totalValue: roundedSum(parsed.totalValue),
    credits: creditsOf(parsed.channels, Float64Array.from(parsed.conversions, roundedSum), Float64Array.from(parsed.values, roundedSum)),
  };
}
