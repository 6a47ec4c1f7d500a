import { createRandom, parseWith, quantile, standardDeviation, type EncodedPaths } from '../core/index.js';
import { invalid } from '../core/internal/assert.js';
import { readAges, readInput } from './internal/input.js';
import { resolveModel } from './internal/models.js';
import { byChannel } from './internal/result.js';
import { bootstrapAttributionOptionsSchema, type AttributionModel, type BootstrapAttributionOptions } from './schemas.js';
import type { AttributionInput } from './types.js';

/** A bootstrap estimate with its percentile interval. */
export interface AttributionInterval {
  /** The credit on the original data. */
  readonly estimate: number;
  /** The (1 − confidence)/2 quantile of the bootstrap credits. */
  readonly lower: number;
  /** The (1 + confidence)/2 quantile of the bootstrap credits. */
  readonly upper: number;
  /** The standard deviation of the bootstrap credits (divisor B − 1). */
  readonly standardError: number;
}

/** The result of {@link bootstrapAttribution}. */
export interface BootstrapAttributionResult {
  /** The model's name (see {@link compareAttribution}). */
  readonly model: string;
  readonly confidence: number;
  readonly resamples: number;
  /** The number of journeys N resampled (Σ conversions + nulls). */
  readonly journeys: number;
  /** Per channel, intervals for its conversions and its value. */
  readonly channels: Readonly<Record<string, { readonly conversions: AttributionInterval; readonly value: AttributionInterval }>>;
}

/** Vose's alias method (Vose 1991, IEEE Transactions on Software Engineering 17(9)): O(1) draws from fixed weights. */
function aliasTable(weights: Float64Array): { probability: Float64Array; alias: Int32Array } {
  const k = weights.length;
  let total = 0;
  for (let i = 0; i < k; i++) total += weights[i] as number;
  const probability = new Float64Array(k);
  const alias = new Int32Array(k);
  const scaled = new Float64Array(k);
  const small: number[] = [];
  const large: number[] = [];
  for (let i = 0; i < k; i++) {
    scaled[i] = ((weights[i] as number) * k) / total;
    ((scaled[i] as number) < 1 ? small : large).push(i);
  }
  while (small.length > 0 && large.length > 0) {
    const s = small.pop() as number;
    const l = large.pop() as number;
    probability[s] = scaled[s] as number;
    alias[s] = l;
    scaled[l] = (scaled[l] as number) + (scaled[s] as number) - 1;
    ((scaled[l]) < 1 ? small : large).push(l);
  }
  for (const i of large) probability[i] = 1;
  for (const i of small) probability[i] = 1; // only rounding leaves an entry here
  return { probability, alias };
}

/**
 * Each record's position in the order of (path as channel names in code-unit order, conversions,
 * nulls, value, then the age of each step before the conversion, records without times first).
 * The ages matter to the time-decay model: rows equal in everything else but their touch times
 * would otherwise keep their input order and swap their draws when the rows are permuted.
 */
function canonicalPositions(encoded: EncodedPaths, ages: Float64Array): Int32Array {
  const { dictionary, offsets, steps, conversions, nulls, values } = encoded;
  const n = conversions.length;
  const comparePaths = (x: number, y: number): number => {
    const xFrom = offsets[x] as number;
    const yFrom = offsets[y] as number;
    const xLength = (offsets[x + 1] as number) - xFrom;
    const yLength = (offsets[y + 1] as number) - yFrom;
    for (let k = 0; k < Math.min(xLength, yLength); k++) {
      const a = dictionary[steps[xFrom + k] as number] as string;
      const b = dictionary[steps[yFrom + k] as number] as string;
      if (a !== b) return a < b ? -1 : 1;
    }
    return xLength - yLength;
  };
  // Called only for equal paths, so both records have the same number of steps.
  const compareAges = (x: number, y: number): number => {
    const xFrom = offsets[x] as number;
    const yFrom = offsets[y] as number;
    for (let k = 0; k < (offsets[x + 1] as number) - xFrom; k++) {
      const a = ages[xFrom + k] as number;
      const b = ages[yFrom + k] as number;
      if (Number.isNaN(a) || Number.isNaN(b)) {
        if (Number.isNaN(a) !== Number.isNaN(b)) return Number.isNaN(a) ? -1 : 1;
      } else if (a !== b) {
        return a - b;
      }
    }
    return 0;
  };
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (x, y) =>
      comparePaths(x, y) ||
      (conversions[x] as number) - (conversions[y] as number) ||
      (nulls[x] as number) - (nulls[y] as number) ||
      (values[x] as number) - (values[y] as number) ||
      compareAges(x, y),
  );
  const position = new Int32Array(n);
  order.forEach((i, r) => (position[i] = r));
  return position;
}

/**
 * Bootstrap confidence intervals for the credits of an attribution model (Efron & Tibshirani
 * 1993, "An Introduction to the Bootstrap", ch. 13): the journeys are resampled with replacement
 * (N draws of a journey, converting or not, among the N = Σ conversions + nulls of the input; a
 * record's value follows its conversions), the model is run on each of B resamples, and each
 * channel's interval is the percentile interval of its B credits, with the standard deviation of
 * the credits as standard error. How much of a channel's credit is signal and how much is
 * sampling noise: a small channel's interval often includes 0.
 *
 * Deterministic for a given `seed` ({@link createRandom}), whatever the order of the records:
 * the draws run over the records in a canonical order (path, then counts, value and the steps'
 * ages before the conversion), so a permutation of the rows changes the results at most by float
 * rounding. Each resample costs N draws plus one model run, so B = 1000 on a million journeys
 * takes a while; fewer resamples (200) give usable
 * 95 % intervals. Counts must be whole journeys.
 *
 * @param paths - path records (see {@link AttributionPath}) or the columns of `encodePaths`;
 *   conversions and nulls must be integers
 * @param model - a model as {@link compareAttribution} takes it
 * @param options - see {@link bootstrapAttributionOptionsSchema}: `seed` (required), `resamples`
 *   (default 1000), `confidence` (default 0.95)
 * @returns per channel, the estimate and interval of its conversions and value
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for bad paths (as the models do), fractional counts
 *   (path `[i, 'conversions' | 'nulls']`, or `['conversions' | 'nulls', i]` for encoded columns),
 *   more than 2³² journeys (path `[]`), a bad model (path `['model', …]`) or bad options (path
 *   `['options', …]`)
 *
 * @example
 * ```ts
 * import { bootstrapAttribution } from 'omnicx/touchpoint';
 * const paths = [
 *   { path: 'search > email', conversions: 30, nulls: 70, value: 1500 },
 *   { path: 'email', conversions: 10, nulls: 90, value: 500 },
 *   { path: 'search', conversions: 5, nulls: 95, value: 250 },
 * ];
 * const result = bootstrapAttribution(paths, 'linear', { seed: 42, resamples: 200 });
 * const email = result.channels['email']?.conversions;
 * console.log(email?.estimate); // 25
 * console.log(email !== undefined && email.lower < 25 && 25 < email.upper); // true
 * console.log(result.journeys); // 300
 * ```
 */
export function bootstrapAttribution(
  paths: AttributionInput,
  model: AttributionModel,
  options: BootstrapAttributionOptions,
): BootstrapAttributionResult {
  const { seed, resamples, confidence } = parseWith(bootstrapAttributionOptionsSchema, options, ['options']);
  const input = readInput(paths);
  const resolved = resolveModel(model, input, ['model']);
  const { encoded } = input;
  const { dictionary, conversions, nulls, values } = encoded;
  const n = conversions.length;
  const m = dictionary.length;
  let journeys = 0;
  for (let i = 0; i < n; i++) {
    for (const [key, column] of [
      ['conversions', conversions],
      ['nulls', nulls],
    ] as const) {
      const count = column[i] as number;
      if (!Number.isInteger(count)) {
        throw invalid(`the bootstrap resamples whole journeys: ${key} of path ${String(i)} must be an integer, got ${String(count)}`, input.records === null ? [key, i] : [i, key]);
      }
      journeys += count;
    }
  }
  // The draws are laid out over the records in a canonical order (by path names, then counts,
  // value and touch times), not in input order, so that the same journeys in another row order resample alike.
  const position = canonicalPositions(encoded, readAges(input.records, encoded, false));
  const weights = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    weights[2 * (position[i] as number)] = conversions[i] as number;
    weights[2 * (position[i] as number) + 1] = nulls[i] as number;
  }
  if (journeys > 2 ** 32) throw invalid(`the bootstrap resamples at most 2^32 journeys, got ${String(journeys)}`, []);
  const estimate = resolved.run(encoded, input.totalConversions, input.totalValue);
  const replicateC = Array.from({ length: m }, () => new Float64Array(resamples));
  const replicateV = Array.from({ length: m }, () => new Float64Array(resamples));
  if (journeys > 0) {
    const random = createRandom(seed);
    const { probability, alias } = aliasTable(weights);
    const cells = weights.length;
    const counts = new Float64Array(cells);
    const c = new Float64Array(n);
    const u = new Float64Array(n);
    const v = new Float64Array(n);
    for (let b = 0; b < resamples; b++) {
      counts.fill(0);
      for (let draw = 0; draw < journeys; draw++) {
        const k = random.int(cells);
        const cell = random.next() < (probability[k] as number) ? k : (alias[k] as number);
        counts[cell] = (counts[cell] as number) + 1;
      }
      let totalC = 0;
      let totalV = 0;
      for (let i = 0; i < n; i++) {
        const cell = 2 * (position[i] as number);
        const drawn = counts[cell] as number;
        const original = conversions[i] as number;
        c[i] = drawn;
        u[i] = counts[cell + 1] as number;
        v[i] = original > 0 ? ((values[i] as number) * drawn) / original : 0;
        totalC += drawn;
        totalV += v[i] as number;
      }
      const credits = resolved.run({ ...encoded, conversions: c, nulls: u, values: v }, totalC, totalV);
      for (let ch = 0; ch < m; ch++) {
        (replicateC[ch] as Float64Array)[b] = credits.conversions[ch] as number;
        (replicateV[ch] as Float64Array)[b] = credits.values[ch] as number;
      }
    }
  }
  const alpha = 1 - confidence;
  const interval = (point: number, replicates: Float64Array): AttributionInterval => ({
    estimate: point,
    lower: quantile(replicates, alpha / 2),
    upper: quantile(replicates, 1 - alpha / 2),
    standardError: standardDeviation(replicates),
  });
  return {
    model: resolved.name,
    confidence,
    resamples,
    journeys,
    channels: byChannel(dictionary, (ch) => ({
      conversions: interval(estimate.conversions[ch] as number, replicateC[ch] as Float64Array),
      value: interval(estimate.values[ch] as number, replicateV[ch] as Float64Array),
    })),
  };
}
