import type { ShapleyAttributionResult } from './attributeShapley.js';
import { roundedSum } from './internal/exactSum.js';
import { byChannel, creditsOf } from './internal/result.js';
import { readShapleyAccumulator, setsOf } from './internal/shapleyAccumulator.js';
import { shapleyCreditsOfSets } from './internal/shapleyCredits.js';
import type { ShapleyAttributionAccumulator } from './schemas.js';

/**
 * Computes the Shapley values of an accumulator — the `result` step: the values and credits of
 * {@link attributeShapley} with the accumulator's options over all the paths added, bit for bit,
 * however they were split and merged (the games are built from the merged channel sets in a
 * canonical order: players by channel name, sets by their players). The accumulator is not
 * modified.
 *
 * @param acc - an accumulator from {@link createShapleyAttributionAccumulator}
 * @returns see {@link ShapleyAttributionResult}
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`)
 *
 * @example
 * ```ts
 * import { addShapleyAttributionPaths, createShapleyAttributionAccumulator, shapleyAttributionFromAccumulator } from 'omnicx/touchpoint';
 * const acc = createShapleyAttributionAccumulator();
 * addShapleyAttributionPaths(acc, [{ path: 'search > email', conversions: 2, value: 90 }]);
 * addShapleyAttributionPaths(acc, [{ path: 'search', conversions: 1, value: 30 }]);
 * const result = shapleyAttributionFromAccumulator(acc);
 * console.log(result.credits['search']); // { conversions: 2, value: 75 }
 * console.log(result.exact); // true
 * ```
 */
export function shapleyAttributionFromAccumulator(acc: ShapleyAttributionAccumulator): ShapleyAttributionResult {
  const parsed = readShapleyAccumulator(acc, ['acc']);
  const totalConversions = roundedSum(parsed.totalConversions);
  const totalValue = roundedSum(parsed.totalValue);
  const totals = shapleyCreditsOfSets(setsOf(parsed), parsed.options, totalConversions, totalValue);
  return {
    model: 'shapley',
    value: parsed.options.value,
    exact: totals.exact,
    samples: totals.exact ? 0 : parsed.options.samples,
    totalConversions,
    totalValue,
    shapleyValues: byChannel(parsed.channels, (c) => totals.phi[c] as number),
    credits: creditsOf(parsed.channels, totals.conversions, totals.values),
  };
}
