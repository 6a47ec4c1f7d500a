// Shapley values over coalitions of channels (Shapley 1953), for the attribution game of
// Zhao, Mahboobi & Bagheri (2018), "Shapley value methods for attribution modeling in online
// advertising", arXiv:1804.05327.
import { createRandom, type EncodedPaths } from '../../core/index.js';
import type { ChannelTotals } from './heuristic.js';
import { sortedChannels } from './result.js';

export interface ShapleyTotals extends ChannelTotals {
  /** φ per channel id, in the unit of the characteristic function. */
  readonly phi: Float64Array;
  readonly exact: boolean;
  readonly players: number;
}

/** Up to this many channels the conversion-rate game is solved over all 2ⁿ coalitions. */
export const EXACT_LIMIT = 20;

/**
 * v(S) = Σ conversions of journeys whose channel set is within S is a sum of unanimity games, so
 * each path's conversions (and value) split equally over its distinct channels.
 */
export function shapleyConversions(encoded: EncodedPaths): ShapleyTotals {
  const { dictionary, offsets, steps, conversions, values } = encoded;
  const m = dictionary.length;
  const creditC = new Float64Array(m);
  const creditV = new Float64Array(m);
  const seen = new Int32Array(m).fill(-1);
  const players = new Uint8Array(m);
  const distinct: number[] = [];
  for (let i = 0; i < offsets.length - 1; i++) {
    const c = conversions[i] as number;
    distinct.length = 0;
    for (let j = offsets[i] as number; j < (offsets[i + 1] as number); j++) {
      const channel = steps[j] as number;
      players[channel] = 1;
      if (seen[channel] !== i) {
        seen[channel] = i;
        distinct.push(channel);
      }
    }
    if (c === 0) continue;
    const v = values[i] as number;
    for (const channel of distinct) {
      creditC[channel] = (creditC[channel] as number) + c / distinct.length;
      creditV[channel] = (creditV[channel] as number) + v / distinct.length;
    }
  }
  let count = 0;
  for (let c = 0; c < m; c++) count += players[c] as number;
  return { conversions: creditC, values: creditV, phi: creditC.slice(), exact: true, players: count };
}

interface Groups {
  /** Player index of each channel id, −1 for channels on no journey. */
  readonly player: Int32Array;
  readonly players: number;
  /** Distinct channel sets (as player indices) with their conversions and journeys. */
  readonly sets: number[][];
  readonly conv: number[];
  readonly journeys: number[];
  /** Conversions and journeys of empty paths (within every coalition). */
  readonly emptyConv: number;
  readonly emptyJourneys: number;
}

function groups(encoded: EncodedPaths): Groups {
  const { dictionary, offsets, steps, conversions, nulls } = encoded;
  const m = dictionary.length;
  // Players are numbered in code-unit order of the channel names, not in order of first
  // appearance, so that the sampled orders (above EXACT_LIMIT) and the summation order do not
  // depend on the order of the input rows.
  const isPlayer = new Uint8Array(m);
  for (let i = 0; i < offsets.length - 1; i++) {
    if ((conversions[i] as number) + (nulls[i] as number) === 0) continue;
    for (let j = offsets[i] as number; j < (offsets[i + 1] as number); j++) isPlayer[steps[j] as number] = 1;
  }
  const player = new Int32Array(m).fill(-1);
  let players = 0;
  for (const c of sortedChannels(dictionary)) if (isPlayer[c] === 1) player[c] = players++;
  const index = new Map<string, number>();
  const sets: number[][] = [];
  const conv: number[] = [];
  const journeys: number[] = [];
  let emptyJourneys = 0;
  for (let i = 0; i < offsets.length - 1; i++) {
    const w = (conversions[i] as number) + (nulls[i] as number);
    if (w === 0) continue;
    const own = new Set<number>();
    for (let j = offsets[i] as number; j < (offsets[i + 1] as number); j++) {
      own.add(player[steps[j] as number] as number);
    }
    if (own.size === 0) {
      emptyJourneys += w;
      continue;
    }
    const set = [...own].sort((a, b) => a - b);
    const key = set.join(',');
    let g = index.get(key);
    if (g === undefined) {
      g = sets.length;
      index.set(key, g);
      sets.push(set);
      conv.push(0);
      journeys.push(0);
    }
    conv[g] = (conv[g] as number) + (conversions[i] as number);
    journeys[g] = (journeys[g] as number) + w;
  }
  return { player, players, sets, conv, journeys, emptyConv: 0, emptyJourneys };
}

/**
 * v(S) = conversion rate of the journeys whose channel set is within S (0 when there are none).
 * Exact over all coalitions up to EXACT_LIMIT players (zeta transform, then the weighted sum of
 * marginal contributions), else the mean marginal contribution over `samples` random orders
 * (Castro, Gómez & Tejada 2009).
 */
export function shapleyRate(encoded: EncodedPaths, samples: number, seed: number): { phi: Float64Array; exact: boolean; players: number } {
  const m = encoded.dictionary.length;
  const g = groups(encoded);
  const n = g.players;
  const phiByPlayer = new Float64Array(n);
  const rate = (c: number, j: number): number => (j > 0 ? c / j : 0);
  const exact = n <= EXACT_LIMIT;
  if (exact) {
    const size = 2 ** n;
    const cs = new Float64Array(size);
    const js = new Float64Array(size);
    cs[0] = g.emptyConv;
    js[0] = g.emptyJourneys;
    g.sets.forEach((set, k) => {
      let mask = 0;
      for (const p of set) mask |= 1 << p;
      cs[mask] = (cs[mask] as number) + (g.conv[k] as number);
      js[mask] = (js[mask] as number) + (g.journeys[k] as number);
    });
    for (let bit = 1; bit < size; bit <<= 1) {
      for (let mask = 0; mask < size; mask++) {
        if ((mask & bit) !== 0) {
          cs[mask] = (cs[mask] as number) + (cs[mask ^ bit] as number);
          js[mask] = (js[mask] as number) + (js[mask ^ bit] as number);
        }
      }
    }
    // weight(s) = s!(n − s − 1)!/n! for a coalition of size s not containing the player.
    const weight = new Float64Array(n);
    for (let s = 0; s < n; s++) {
      let w = 1 / n;
      for (let k = 1; k <= s; k++) w *= k / (n - k);
      weight[s] = w;
    }
    const popcount = new Uint8Array(size);
    for (let mask = 1; mask < size; mask++) popcount[mask] = (popcount[mask >> 1] as number) + (mask & 1);
    for (let mask = 0; mask < size; mask++) {
      const before = rate(cs[mask] as number, js[mask] as number);
      const w = weight[popcount[mask] as number] as number;
      for (let p = 0; p < n; p++) {
        const bit = 1 << p;
        if ((mask & bit) !== 0) continue;
        phiByPlayer[p] = (phiByPlayer[p] as number) + w * (rate(cs[mask | bit] as number, js[mask | bit] as number) - before);
      }
    }
  } else {
    // Channel → the sets it belongs to; a set joins the coalition when its last member does.
    const member: number[][] = Array.from({ length: n }, () => []);
    g.sets.forEach((set, k) => {
      for (const p of set) (member[p] as number[]).push(k);
    });
    const missing = new Int32Array(g.sets.length);
    const order = Array.from({ length: n }, (_, p) => p);
    const random = createRandom(seed);
    for (let sample = 0; sample < samples; sample++) {
      for (let k = 0; k < g.sets.length; k++) missing[k] = (g.sets[k] as number[]).length;
      for (let i = n - 1; i > 0; i--) {
        const j = random.int(i + 1);
        const t = order[i] as number;
        order[i] = order[j] as number;
        order[j] = t;
      }
      let c = g.emptyConv;
      let j = g.emptyJourneys;
      let before = rate(c, j);
      for (const p of order) {
        for (const k of member[p] as number[]) {
          missing[k] = (missing[k] as number) - 1;
          if (missing[k] === 0) {
            c += g.conv[k] as number;
            j += g.journeys[k] as number;
          }
        }
        const after = rate(c, j);
        phiByPlayer[p] = (phiByPlayer[p] as number) + after - before;
        before = after;
      }
    }
    for (let p = 0; p < n; p++) phiByPlayer[p] = (phiByPlayer[p] as number) / samples;
  }
  const phi = new Float64Array(m);
  for (let c = 0; c < m; c++) {
    const p = g.player[c] as number;
    if (p >= 0) phi[c] = phiByPlayer[p] as number;
  }
  return { phi, exact, players: n };
}
