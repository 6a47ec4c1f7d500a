import type { EncodedPaths } from '../../core/index.js';
import { buildChain, solveChain } from './markov.js';
import type { ChannelTotals } from './heuristic.js';

export interface MarkovTotals extends ChannelTotals {
  readonly probability: number;
  readonly removalEffects: Float64Array;
  readonly states: number;
}

/** Removal effects and credits normalised to the totals, per channel id. */
export function markovCredits(encoded: EncodedPaths, order: number, totalConversions: number, totalValue: number): MarkovTotals {
  const m = encoded.dictionary.length;
  const chain = buildChain(encoded, order);
  const channels: number[] = [];
  for (let c = 0; c < m; c++) if (chain.present[c] === 1) channels.push(c);
  const { probability, without } = solveChain(chain, channels, m);
  const removalEffects = new Float64Array(m);
  let sum = 0;
  for (let c = 0; c < m; c++) {
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
