import type { MarkovAttributionResult } from './attributeMarkov.js';
import { roundedSum } from './internal/exactSum.js';
import { chainFromCounts } from './internal/markov.js';
import { countsOf, readMarkovAccumulator } from './internal/markovAccumulator.js';
import { markovCreditsOfChain } from './internal/markovCredits.js';
import { byChannel, creditsOf } from './internal/result.js';
import type { MarkovAttributionAccumulator } from './schemas.js';

/**
 * Solves the chain of a Markov attribution accumulator — the `result` step: P(conversion), the
 * removal effects and the credits, computed once from the merged transition counts and bit for bit
 * the result of {@link attributeMarkov} with the accumulator's order over all the paths added,
 * however they were split and merged. (The removal effects are not additive over shards; the
 * counts are, and the solve runs on them in a canonical state order.) The accumulator is not
 * modified.
 *
 * @param acc - an accumulator from {@link createMarkovAttributionAccumulator}
 * @returns see {@link MarkovAttributionResult}
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`)
 *
 * @example
 * ```ts
 * import { addMarkovAttributionPaths, createMarkovAttributionAccumulator, markovAttributionFromAccumulator } from 'omnicx/touchpoint';
 * const acc = createMarkovAttributionAccumulator();
 * addMarkovAttributionPaths(acc, [{ path: 'GoogleAds', conversions: 2, nulls: 1 }]);
 * addMarkovAttributionPaths(acc, [{ path: 'Mailing', conversions: 1 }, { path: 'GoogleAds > Mailing', conversions: 1 }]);
 * const result = markovAttributionFromAccumulator(acc);
 * console.log(result.removalEffects); // { GoogleAds: 0.75, Mailing: 0.5 }
 * console.log(result.credits['Mailing']?.conversions); // 1.6
 * ```
 */
export function markovAttributionFromAccumulator(acc: MarkovAttributionAccumulator): MarkovAttributionResult {
  const parsed = readMarkovAccumulator(acc, ['acc']);
  const totalConversions = roundedSum(parsed.totalConversions);
  const totalValue = roundedSum(parsed.totalValue);
  const totals = markovCreditsOfChain(chainFromCounts(countsOf(parsed)), parsed.channels, totalConversions, totalValue);
  return {
    model: 'markov',
    order: parsed.order,
    totalConversions,
    totalValue,
    conversionProbability: totals.probability,
    removalEffects: byChannel(parsed.channels, (c) => totals.removalEffects[c] as number),
    states: totals.states,
    credits: creditsOf(parsed.channels, totals.conversions, totals.values),
  };
}
