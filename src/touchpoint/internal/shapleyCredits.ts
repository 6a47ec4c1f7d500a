import type { EncodedPaths } from '../../core/index.js';
import { sortedChannels } from './result.js';
import { channelSets, shapleyConversions, shapleyRate, type ChannelSetPartials, type ShapleyTotals } from './shapley.js';

export interface ParsedShapleyOptions {
  readonly value: 'conversions' | 'conversionRate';
  readonly samples: number;
  readonly seed: number;
}

/** Shapley credits per channel id; rate values are normalised so credits sum to the totals. */
export function shapleyCredits(encoded: EncodedPaths, options: ParsedShapleyOptions, totalConversions: number, totalValue: number): ShapleyTotals {
  return shapleyCreditsOfSets(channelSets(encoded), options, totalConversions, totalValue);
}

/** Shapley credits from journeys grouped by channel set (channel ids index `partials.names`). */
export function shapleyCreditsOfSets(
  partials: ChannelSetPartials,
  options: ParsedShapleyOptions,
  totalConversions: number,
  totalValue: number,
): ShapleyTotals {
  if (options.value === 'conversions') return shapleyConversions(partials);
  const { phi, exact, players } = shapleyRate(partials, options.samples, options.seed);
  const m = phi.length;
  let sum = 0;
  // In name order, so that the normalisation does not depend on the order channels were met in.
  for (const c of sortedChannels(partials.names)) sum += phi[c] as number;
  const conversions = new Float64Array(m);
  const values = new Float64Array(m);
  if (sum !== 0) {
    for (let c = 0; c < m; c++) {
      const share = (phi[c] as number) / sum;
      // + 0 turns the −0 of a negative share times a zero total into +0 (no credit is −0).
      conversions[c] = share * totalConversions + 0;
      values[c] = share * totalValue + 0;
    }
  }
  return { conversions, values, phi, exact, players };
}
