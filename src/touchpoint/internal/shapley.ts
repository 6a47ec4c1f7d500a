// Shapley values over coalitions of channels (Shapley 1953), for the attribution game of
// Zhao, Mahboobi & Bagheri (2018), "Shapley value methods for attribution modeling in online
// advertising", arXiv:1804.05327.
import { createRandom, type EncodedPaths } from '../../core/index.js';
import { addExact, addExactAt, createExactSums, growExactSums, partialsAt, roundedSum, type ExactSums } from './exactSum.js';
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
 * The journeys grouped by their set of distinct channels (ids into `names`; the empty set for
 * empty paths), with exact partial sums of their conversions, value and journeys (conversions +
 * nulls). Paths without journeys are left out: they change no game.
 */
export interface ChannelSetPartials {
  readonly names: readonly string[];
  readonly sets: readonly (readonly number[])[];
  readonly conversions: readonly (readonly number[])[];
  readonly values: readonly (readonly number[])[];
  readonly journeys: readonly (readonly number[])[];
}

/** Groups encoded paths (validated) by channel set. */
export function channelSets(encoded: EncodedPaths): ChannelSetPartials {
  const { dictionary, offsets, steps, conversions, nulls, values } = encoded;
  const m = dictionary.length;
  // A set of up to 52 channels is keyed by the sum of 2^id over its channels (exact in a double);
  // larger dictionaries fall back to the text of the sorted ids.
  const numeric = m <= 52;
  const seen = new Int32Array(m).fill(-1);
  const power = Float64Array.from({ length: numeric ? m : 0 }, (_, c) => 2 ** c);
  const index = new Map<number | string, number>();
  const sets: number[][] = [];
  let conv = createExactSums(16);
  let vals = createExactSums(16);
  let journeys = createExactSums(16);
  for (let i = 0; i < offsets.length - 1; i++) {
    const c = conversions[i] as number;
    const w = c + (nulls[i] as number);
    if (w === 0) continue;
    const from = offsets[i] as number;
    const to = offsets[i + 1] as number;
    let key: number | string;
    if (numeric) {
      let code = 0;
      for (let j = from; j < to; j++) {
        const channel = steps[j] as number;
        if (seen[channel] === i) continue;
        seen[channel] = i;
        code += power[channel] as number;
      }
      key = code;
    } else {
      key = [...new Set(steps.subarray(from, to))].sort((a, b) => a - b).join(',');
    }
    let g = index.get(key);
    if (g === undefined) {
      g = sets.length;
      index.set(key, g);
      sets.push([...new Set(steps.subarray(from, to))].sort((a, b) => a - b));
      conv = growExactSums(conv, sets.length);
      vals = growExactSums(vals, sets.length);
      journeys = growExactSums(journeys, sets.length);
    }
    addExactAt(conv, g, c);
    addExactAt(vals, g, values[i] as number);
    addExactAt(journeys, g, w);
  }
  const partials = (sums: ExactSums): number[][] => sets.map((_, g) => partialsAt(sums, g));
  return { names: dictionary, sets, conversions: partials(conv), values: partials(vals), journeys: partials(journeys) };
}

interface Groups {
  /** Player index of each channel id, −1 for channels on no journey. */
  readonly player: Int32Array;
  readonly players: number;
  /** Distinct non-empty channel sets (as sorted player indices, in canonical order) with their sums. */
  readonly sets: number[][];
  readonly conv: number[];
  readonly value: number[];
  readonly journeys: number[];
  /** Conversions and journeys of empty paths (within every coalition). */
  readonly emptyConv: number;
  readonly emptyJourneys: number;
}

/**
 * The canonical form of the channel sets: players numbered in code-unit order of the channel
 * names and sets sorted by their players, every sum rounded once from its exact partials, so that
 * the games (and the sampled orders above EXACT_LIMIT) depend on the journeys only — not on the
 * order of the rows, nor on how they were split between accumulators.
 */
function groups(partials: ChannelSetPartials): Groups {
  const m = partials.names.length;
  const isPlayer = new Uint8Array(m);
  for (const set of partials.sets) for (const c of set) isPlayer[c] = 1;
  const player = new Int32Array(m).fill(-1);
  let players = 0;
  for (const c of sortedChannels(partials.names)) if (isPlayer[c] === 1) player[c] = players++;
  let emptyConv = 0;
  let emptyJourneys = 0;
  const rows: { set: number[]; conv: number; value: number; journeys: number }[] = [];
  partials.sets.forEach((set, k) => {
    const conv = roundedSum(partials.conversions[k] as number[]);
    const journeys = roundedSum(partials.journeys[k] as number[]);
    if (set.length === 0) {
      emptyConv = conv;
      emptyJourneys = journeys;
      return;
    }
    const players = set.map((c) => player[c] as number).sort((a, b) => a - b);
    rows.push({ set: players, conv, value: roundedSum(partials.values[k] as number[]), journeys });
  });
  rows.sort((a, b) => {
    for (let k = 0; k < Math.min(a.set.length, b.set.length); k++) {
      const d = (a.set[k] as number) - (b.set[k] as number);
      if (d !== 0) return d;
    }
    return a.set.length - b.set.length;
  });
  return {
    player,
    players,
    sets: rows.map((r) => r.set),
    conv: rows.map((r) => r.conv),
    value: rows.map((r) => r.value),
    journeys: rows.map((r) => r.journeys),
    emptyConv,
    emptyJourneys,
  };
}

/**
 * v(S) = Σ conversions of journeys whose channel set is within S is a sum of unanimity games, so
 * each channel set's conversions (and value) split equally over its distinct channels; each
 * channel's credit is the correctly rounded exact sum of its shares.
 */
export function shapleyConversions(partials: ChannelSetPartials): ShapleyTotals {
  const m = partials.names.length;
  const g = groups(partials);
  const creditC: number[][] = Array.from({ length: m }, () => []);
  const creditV: number[][] = Array.from({ length: m }, () => []);
  const channelOf = new Int32Array(g.players);
  for (let c = 0; c < m; c++) if ((g.player[c] as number) >= 0) channelOf[g.player[c] as number] = c;
  g.sets.forEach((set, k) => {
    const c = (g.conv[k] as number) / set.length;
    const v = (g.value[k] as number) / set.length;
    for (const p of set) {
      addExact(creditC[channelOf[p] as number] as number[], c);
      addExact(creditV[channelOf[p] as number] as number[], v);
    }
  });
  const conversions = Float64Array.from(creditC, roundedSum);
  return { conversions, values: Float64Array.from(creditV, roundedSum), phi: conversions.slice(), exact: true, players: g.players };
}

/**
 * v(S) = conversion rate of the journeys whose channel set is within S (0 when there are none).
 * Exact over all coalitions up to EXACT_LIMIT players (zeta transform, then the weighted sum of
 * marginal contributions), else the mean marginal contribution over `samples` random orders
 * (Castro, Gómez & Tejada 2009).
 */
export function shapleyRate(partials: ChannelSetPartials, samples: number, seed: number): { phi: Float64Array; exact: boolean; players: number } {
  const m = partials.names.length;
  const g = groups(partials);
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
