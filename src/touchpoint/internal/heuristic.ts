import type { EncodedPaths } from '../../core/index.js';
import type { HeuristicModel } from '../schemas.js';
import { addExactAt, createExactSums, roundedSumAt } from './exactSum.js';

export interface ParsedHeuristicOptions {
  readonly direct: readonly string[];
  readonly halfLifeDays: number;
  readonly positionWeights: { readonly first: number; readonly last: number };
}

export interface ChannelTotals {
  readonly conversions: Float64Array;
  readonly values: Float64Array;
}

const DAY_MS = 86_400_000;

/**
 * Shares of the first, middle (each) and last touch of a path of `length` ≥ 3 touches, and the
 * first/last shares of a 2-touch path, for the shape models.
 */
function shape(model: HeuristicModel, options: ParsedHeuristicOptions): { first: number; last: number; firstOfTwo: number } {
  switch (model) {
    case 'jShaped':
      return { first: 0.2, last: 0.6, firstOfTwo: 0.25 };
    case 'inverseJ':
      return { first: 0.6, last: 0.2, firstOfTwo: 0.75 };
    default: {
      const { first, last } = options.positionWeights;
      return { first, last, firstOfTwo: first + last === 0 ? 0.5 : first / (first + last) };
    }
  }
}

/** Receives one touch's credit: `share · c` conversions and `share · v` value for channel id `channel`. */
export type CreditSink = (channel: number, share: number, c: number, v: number) => void;

/**
 * Credits of a rule-based model; `ages` (ms before conversion per step) is used by timeDecay only.
 * Each channel's credit is the correctly rounded exact sum of its terms `share · c` (see
 * exactSum.ts), so it does not depend on the order of the paths and the accumulators reproduce it.
 */
export function heuristicCredits(
  encoded: EncodedPaths,
  model: HeuristicModel,
  options: ParsedHeuristicOptions,
  ages: Float64Array,
): ChannelTotals {
  const m = encoded.dictionary.length;
  const sumsC = createExactSums(m);
  const sumsV = createExactSums(m);
  heuristicTerms(encoded, model, options, ages, (channel, share, c, v) => {
    addExactAt(sumsC, channel, share * c);
    addExactAt(sumsV, channel, share * v);
  });
  const conversions = new Float64Array(m);
  const values = new Float64Array(m);
  for (let c = 0; c < m; c++) {
    conversions[c] = roundedSumAt(sumsC, c);
    values[c] = roundedSumAt(sumsV, c);
  }
  return { conversions, values };
}

/** Hands every touch's share of its path to `add`, path by path, in path order. */
export function heuristicTerms(
  encoded: EncodedPaths,
  model: HeuristicModel,
  options: ParsedHeuristicOptions,
  ages: Float64Array,
  add: CreditSink,
): void {
  const { dictionary, offsets, steps, conversions, values } = encoded;
  const m = dictionary.length;
  const n = offsets.length - 1;
  const isDirect = new Uint8Array(m);
  if (model === 'lastNonDirect') {
    const direct = new Set(options.direct);
    for (let c = 0; c < m; c++) if (direct.has(dictionary[c] as string)) isDirect[c] = 1;
  }
  const { first, last, firstOfTwo } = shape(model, options);
  const halfLifeMs = options.halfLifeDays * DAY_MS;
  for (let i = 0; i < n; i++) {
    const c = conversions[i] as number;
    if (c === 0) continue; // value needs conversions, so nothing to share
    const v = values[i] as number;
    const from = offsets[i] as number;
    const to = offsets[i + 1] as number;
    const length = to - from;
    switch (model) {
      case 'firstTouch':
        add(steps[from] as number, 1, c, v);
        break;
      case 'lastTouch':
        add(steps[to - 1] as number, 1, c, v);
        break;
      case 'lastNonDirect': {
        let j = to - 1;
        while (j > from && isDirect[steps[j] as number] === 1) j--;
        // All direct: the first touch is reached and is direct too, so credit the last touch.
        add(steps[isDirect[steps[j] as number] === 1 ? to - 1 : j] as number, 1, c, v);
        break;
      }
      case 'linear':
        for (let j = from; j < to; j++) add(steps[j] as number, 1 / length, c, v);
        break;
      case 'timeDecay': {
        // Weights relative to the most recent touch, so that old touches never underflow all at once.
        let youngest = Infinity;
        for (let j = from; j < to; j++) youngest = Math.min(youngest, ages[j] as number);
        let total = 0;
        for (let j = from; j < to; j++) total += 2 ** (-((ages[j] as number) - youngest) / halfLifeMs);
        for (let j = from; j < to; j++) add(steps[j] as number, 2 ** (-((ages[j] as number) - youngest) / halfLifeMs) / total, c, v);
        break;
      }
      default:
        if (length === 1) add(steps[from] as number, 1, c, v);
        else if (length === 2) {
          add(steps[from] as number, firstOfTwo, c, v);
          add(steps[from + 1] as number, 1 - firstOfTwo, c, v);
        } else {
          // first + last ≤ 1 was checked in decimal, but 1 − first − last can round below 0
          // (0.07 and 0.93 give −1.1e-16): a middle touch never gets a negative share.
          const middle = Math.max(0, 1 - first - last) / (length - 2);
          add(steps[from] as number, first, c, v);
          for (let j = from + 1; j < to - 1; j++) add(steps[j] as number, middle, c, v);
          add(steps[to - 1] as number, last, c, v);
        }
    }
  }
}
