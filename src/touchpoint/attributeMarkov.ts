import { parseWith } from '../core/index.js';
import { readInput } from './internal/input.js';
import { markovCredits } from './internal/markovCredits.js';
import { byChannel, creditsOf } from './internal/result.js';
import { markovOptionsSchema, type MarkovOptions } from './schemas.js';
import type { AttributionInput, AttributionResult } from './types.js';

/** The result of {@link attributeMarkov}. */
export interface MarkovAttributionResult extends AttributionResult {
  readonly model: 'markov';
  /** The order k of the chain. */
  readonly order: number;
  /** P(conversion) of a journey from start, in [0, 1]: the chain's estimate of the conversion rate. */
  readonly conversionProbability: number;
  /** Per channel, 1 − P(conversion without the channel) / P(conversion), in [0, 1]. */
  readonly removalEffects: Readonly<Record<string, number>>;
  /** Number of states of the chain: start and one per observed k-tuple (absorbing states not counted). */
  readonly states: number;
}

/**
 * Data-driven attribution by the removal effect of an absorbing Markov chain (Archak, Mirrokni &
 * Muthukrishnan 2010, "Mining advertiser-specific user behavior using adfactors", WWW; Anderl,
 * Becker, von Wangenheim & Schumann 2016, "Mapping the customer journey: lessons learned from
 * graph-based online attribution modeling", International Journal of Research in Marketing
 * 33(3):457–474), solved **exactly**.
 *
 * Every path, converting or not, is a walk start → touch₁ → … → touchₗ → conversion or null,
 * weighted by its journeys (conversions + nulls). For order k, a state is the last k channels
 * (the first k − 1 states of a path are its shorter prefixes), so order 1 is the usual
 * channel-to-channel chain. Transition probabilities are the observed transition counts divided
 * by the counts leaving each state (the maximum-likelihood estimate). Then:
 *
 * - P = P(conversion from start), the absorption probability;
 * - P₋c = the same with every state that contains channel c turned into null;
 * - removal effect RE(c) = 1 − P₋c / P;
 * - credit(c) = RE(c) / Σ RE × total conversions (and × total value).
 *
 * The absorption probabilities are computed by state elimination (Gaussian elimination on the
 * transient states in subtraction-free GTH form) with a divide-and-conquer over the channels,
 * not by simulation: the result is exact up to float rounding, unlike the Monte Carlo estimate
 * of ChannelAttribution. Self-loops (a channel touched twice in a row) do not change order-1
 * absorption probabilities. A channel from whose states no conversion is reachable gets exactly
 * 0; a channel that never appears on a converting path can still earn credit at order 1 when it
 * leads into channels that convert on other paths (`x > email` never converts, `email` does), and
 * a higher order removes that.
 *
 * Transition counts are exact sums and the chain is solved in a canonical order (states by channel
 * sequence, channels by name), so the result is the same bit for bit in any order of the rows, and
 * {@link markovAttributionFromAccumulator} reproduces it from accumulators of any split.
 *
 * @param paths - path records (see {@link AttributionPath}) or the columns of `encodePaths`
 * @param options - see {@link markovOptionsSchema}: `order`, default 1
 * @returns P, the removal effects and the credits per channel; credits sum to the input totals
 *   (all 0 when nothing converts)
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a bad record or column (see `encodePaths`: path
 *   `[i, field]` for records, `[column, i]` for encoded columns) or an order that is not an
 *   integer from 1 to 10 (path `['options', 'order']`)
 *
 * @example
 * ```ts
 * import { attributeMarkov } from 'omnicx/touchpoint';
 * const result = attributeMarkov([
 *   { path: 'GoogleAds', conversions: 2 },
 *   { path: 'Mailing', conversions: 1 },
 *   { path: 'GoogleAds > Mailing', conversions: 1 },
 *   { path: 'GoogleAds', conversions: 0, nulls: 1 },
 * ]);
 * console.log(result.conversionProbability); // 0.8
 * console.log(result.removalEffects); // { GoogleAds: 0.75, Mailing: 0.5 }
 * console.log(result.credits['GoogleAds']?.conversions); // 2.4
 * console.log(result.credits['Mailing']?.conversions); // 1.6
 * ```
 */
export function attributeMarkov(paths: AttributionInput, options?: MarkovOptions): MarkovAttributionResult {
  const { order } = parseWith(markovOptionsSchema, options ?? {}, ['options']);
  const input = readInput(paths);
  const { dictionary } = input.encoded;
  const totals = markovCredits(input.encoded, order, input.totalConversions, input.totalValue);
  return {
    model: 'markov',
    order,
    totalConversions: input.totalConversions,
    totalValue: input.totalValue,
    conversionProbability: totals.probability,
    removalEffects: byChannel(dictionary, (c) => totals.removalEffects[c] as number),
    states: totals.states,
    credits: creditsOf(dictionary, totals.conversions, totals.values),
  };
}
