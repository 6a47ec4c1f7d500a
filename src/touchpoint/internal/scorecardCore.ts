// The sums a scorecard is made of, kept exactly so that the one-pass scorecard and its accumulator
// give the same rows bit for bit on any split of the ratings.
//
// Per group and criterion, over the ratings (xᵢ on 0–100, weight wᵢ > 0): n, Σw, Σwx, Σw², Σw²x
// and Σw²x², each as exact partials of the exact products (Dekker's two-product), so that their
// merged sums do not depend on the order of the ratings. The score and the interval are computed
// from them at the end, the criteria in code-unit order:
//   x̄_c = Σwx / Σw,   score = Σ_c W_c x̄_c / Σ_c W_c,
//   Σ_{i∈c} ωᵢ²(xᵢ − score)² = (W_c / Σ_c w)² · (Σw²x² − 2·score·Σw²x + score²·Σw²),
// the last evaluated exactly from the partials and rounded once, so there is no cancellation.
import { studentTQuantile } from '../../core/index.js';
import { invalid } from '../../core/internal/assert.js';
import type { ScorecardAccumulator, ScorecardCriterionSums, TouchpointRating } from '../schemas.js';
import { addExact, roundedSum } from './exactSum.js';

/** The options of a scorecard after parsing (defaults applied). */
export type ParsedScorecardOptions = ScorecardAccumulator['options'];

/** One row of a {@link scorecard}: a touchpoint (or kind, stage, store, …) and its score. */
export interface ScorecardRow {
  /** The group: a touchpoint id, store id, criterion, or the key `groups` maps it to. */
  readonly key: string;
  /** The weighted score on 0–100 (0 = scale minimum, 100 = scale maximum). */
  readonly score: number;
  /** Number of ratings with a positive weight in the group. */
  readonly n: number;
  /** A t interval for the score, clamped to [0, 100]; null when n < 2. */
  readonly interval: { readonly lower: number; readonly upper: number; readonly confidence: number } | null;
  /** The target on 0–100, null when some criterion of the group has none. */
  readonly target: number | null;
  /** score − target (negative: below target); null without a target. */
  readonly gap: number | null;
  /** 1 for the best score; equal scores share a rank (1, 2, 2, 4). */
  readonly rank: number;
  /** The group's normalised mean per criterion (in name order), with its number of ratings. */
  readonly criteria: Readonly<Record<string, { readonly score: number; readonly n: number }>>;
}

/**
 * The range of a positive rating weight: its square, summed exactly, must stay within the normal
 * doubles, and so must Dekker's split (×(2^27 + 1)) of s·Σw² (s ≤ 100) in the interval's
 * Σw²(x − s)², for up to 2^53 ratings: 2^27 · 100 · 2^53 · w² < 2^1024 needs w ≤ 2^468.
 */
export const MAX_RATING_WEIGHT = 2 ** 460;
export const MIN_RATING_WEIGHT = 2 ** -500;

const SPLITTER = 134_217_729; // 2^27 + 1, Dekker's split of a double into two 26-bit halves

/** The rounding error of p = fl(a·b), exactly (Dekker 1971 two-product; exact for |a·b| < 2^996 without underflow). */
function productError(a: number, b: number, p: number): number {
  const ca = SPLITTER * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = SPLITTER * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/** Adds a·b to `partials` as fl(a·b) and its rounding error. */
function addProduct(partials: number[], a: number, b: number): void {
  const p = a * b;
  addExact(partials, p);
  addExact(partials, productError(a, b, p));
}

export function emptySums(criterion: string): ScorecardCriterionSums {
  return { criterion, n: 0, weights: [], weightedScores: [], squaredWeights: [], squaredWeightScores: [], squaredWeightSquaredScores: [] };
}

/** Adds one rating, x on 0–100 and weight w ≥ 0, to its criterion's sums (in place). */
export function addRating(sums: ScorecardCriterionSums, x: number, w: number): void {
  if (w === 0) return;
  sums.n += 1;
  addExact(sums.weights, w);
  // w·x = p + e exactly; w²x = w·p + w·e; w²x² = p² + 2pe + e²; w² = w·w.
  const p = w * x;
  const e = productError(w, x, p);
  addExact(sums.weightedScores, p);
  addExact(sums.weightedScores, e);
  addProduct(sums.squaredWeights, w, w);
  addProduct(sums.squaredWeightScores, w, p);
  addProduct(sums.squaredWeightScores, w, e);
  addProduct(sums.squaredWeightSquaredScores, p, p);
  addProduct(sums.squaredWeightSquaredScores, 2 * p, e);
  addProduct(sums.squaredWeightSquaredScores, e, e);
}

/** Validates rating `i` against the options and returns its group key, x on 0–100 and weight. */
export function readRating(
  rating: TouchpointRating,
  i: number,
  options: ParsedScorecardOptions,
): { key: string; x: number; w: number } {
  const { min, max } = options.scale;
  const field = options.groupBy;
  if (rating.score < min || rating.score > max) {
    throw invalid(`ratings[${String(i)}].score must be within the scale [${String(min)}, ${String(max)}], got ${String(rating.score)}`, [
      i,
      'score',
    ]);
  }
  const w = rating.weight ?? 1;
  if (w !== 0 && !(w >= MIN_RATING_WEIGHT && w <= MAX_RATING_WEIGHT)) {
    throw invalid(`ratings[${String(i)}].weight must be 0 or within [2^-500, 2^460] (its square is summed exactly), got ${String(w)}`, [
      i,
      'weight',
    ]);
  }
  const raw = rating[field];
  if (raw === undefined) throw invalid(`ratings[${String(i)}].${field} is needed to group by it`, [i, field]);
  let key = raw;
  if (options.groups !== undefined) {
    const mapped = Object.hasOwn(options.groups, raw) ? options.groups[raw] : undefined;
    if (mapped === undefined) throw invalid(`options.groups does not map ${field} ${JSON.stringify(raw)}`, [i, field]);
    key = mapped;
  }
  return { key, x: (100 * (rating.score - min)) / (max - min), w };
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The exactly evaluated Σ w²(x − s)² of a criterion, rounded once (≥ 0). */
function squaredDeviations(sums: ScorecardCriterionSums, s: number): number {
  const partials: number[] = [];
  for (const a of sums.squaredWeightSquaredScores) addExact(partials, a);
  for (const b of sums.squaredWeightScores) addProduct(partials, -2 * s, b);
  for (const c of sums.squaredWeights) {
    // s²·c = s·u + s·v, with s·c = u + v exactly.
    const u = s * c;
    addProduct(partials, s, u);
    addProduct(partials, s, productError(s, c, u));
  }
  return Math.max(0, roundedSum(partials));
}

/** Scorecard rows from the sums of every group, best first, with ranks. */
export function scorecardRows(
  groups: Iterable<{ readonly key: string; readonly criteria: readonly ScorecardCriterionSums[] }>,
  options: ParsedScorecardOptions,
): ScorecardRow[] {
  const { min, max } = options.scale;
  const criterionOf = (name: string): { weight: number; target: number | undefined } => {
    const spec = Object.hasOwn(options.criteria, name) ? options.criteria[name] : undefined;
    const own = spec?.target;
    return { weight: spec?.weight ?? 1, target: own === undefined ? options.target : (100 * (own - min)) / (max - min) };
  };
  const rows: Omit<ScorecardRow, 'rank'>[] = [];
  for (const group of groups) {
    const cells = group.criteria
      .filter((cell) => cell.n > 0)
      .slice()
      .sort((a, b) => byName(a.criterion, b.criterion));
    const criteria: Record<string, { score: number; n: number }> = {};
    const used: { cell: ScorecardCriterionSums; weight: number; wSum: number }[] = [];
    let targetSum = 0;
    let weightSum = 0;
    let scoreSum = 0;
    let targetMissing = false;
    let n = 0;
    for (const cell of cells) {
      const { weight, target } = criterionOf(cell.criterion);
      const wSum = roundedSum(cell.weights);
      const mean = roundedSum(cell.weightedScores) / wSum;
      Object.defineProperty(criteria, cell.criterion, { value: { score: mean, n: cell.n }, enumerable: true, writable: false });
      if (weight === 0) continue;
      weightSum += weight;
      scoreSum += weight * mean;
      if (target === undefined) targetMissing = true;
      else targetSum += weight * target;
      n += cell.n;
      used.push({ cell, weight, wSum });
    }
    if (n === 0) continue;
    // Σ_c W_c·x̄_c / Σ_c W_c rather than Σ ωᵢxᵢ / Σ ωᵢ: the same value with fewer roundings, so
    // that equal scores compare equal (0, 50, 100 average to 50, not 49.99999999999999) and share a rank.
    const score = Math.min(100, Math.max(0, scoreSum / weightSum));
    let interval: ScorecardRow['interval'] = null;
    if (n >= 2) {
      // Σ ωᵢ = Σ_c W_c (each criterion's ω sum to its weight), so oᵢ = ωᵢ / Σ_c W_c.
      let s = 0;
      for (const { cell, weight, wSum } of used) {
        // (W_c / Σw)² · Σw²(x − score)², divided in this order so that nothing overflows.
        s += weight * weight * (squaredDeviations(cell, score) / wSum / wSum);
      }
      s /= weightSum * weightSum;
      const half = studentTQuantile(0.5 + options.confidence / 2, n - 1) * Math.sqrt((n / (n - 1)) * s);
      interval = { lower: Math.max(0, score - half), upper: Math.min(100, score + half), confidence: options.confidence };
    }
    const target = targetMissing ? null : targetSum / weightSum;
    rows.push({ key: group.key, score, n, interval, target, gap: target === null ? null : score - target, criteria });
  }
  rows.sort((a, b) => b.score - a.score || byName(a.key, b.key));
  return rows.map((row, i) => {
    let rank = i + 1;
    while (rank > 1 && (rows[rank - 2] as { score: number }).score === row.score) rank--;
    return { ...row, rank };
  });
}
