import type { EncodedPaths } from '../../core/index.js';
import type { ChannelTotals } from './heuristic.js';
import { buildChain, solveChain, type Chain } from './markov.js';
import { sortedChannels } from './result.js';

export interface MarkovTotals extends ChannelTotals {
  readonly probability: number;
  readonly removalEffects: Float64Array;
  readonly states: number;
}

/** Removal effects and credits normalised to the totals, per channel id. */
export function markovCredits(encoded: EncodedPaths, order: number, totalConversions: number, totalValue: number): MarkovTotals {
  return markovCreditsOfChain(buildChain(encoded, order), encoded.dictionary, totalConversions, totalValue);
}

/**
 * Removal effects and credits of a built chain whose channel ids index `dictionary`. Channels are
 * visited in name order (the split of the divide and conquer, the sum of the effects), so that the
 * result depends on the counts only, not on the order in which channels were first met.
 */
export function markovCreditsOfChain(chain: Chain, dictionary: readonly string[], totalConversions: number, totalValue: number): MarkovTotals {
  const m = dictionary.length;
  const byName = sortedChannels(dictionary);
  const channels = byName.filter((c) => chain.present[c] === 1);
  const { probability, without } = solveChain(chain, channels, m);
  const removalEffects = new Float64Array(m);
  let sum = 0;
  for (const c of byName) {
    // P₋c ≤ P in exact arithmetic; clamp the last-bit noise.
    const effect = probability > 0 && chain.present[c] === 1 ? Math.min(1, Math.max(0, 1 - (without[c] as number) / probability)) : 0;
    removalEffects[c] = effect;
    sum += effect;
  }
  const conversions = new Float64Array(m);
  const values = new Float64Array(m);
  if (sum > 0) {
    for (let c = 0; c < m; c++) {
      const share = (removalEffects[c] as number) / sum;
      conversions[c] = share * totalConversions;
      values[c] = share * totalValue;
    }
  }
  return { conversions, values, probability, removalEffects, states: chain.states };
}
