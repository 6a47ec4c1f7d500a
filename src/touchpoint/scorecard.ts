import * as z from 'zod';
import { parseWith, studentTQuantile } from '../core/index.js';
import { invalid } from '../core/internal/assert.js';
import { scorecardOptionsSchema, touchpointRatingSchema, type ScorecardOptions, type TouchpointRating } from './schemas.js';

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
  /** The group's normalised mean per criterion, with its number of ratings. */
  readonly criteria: Readonly<Record<string, { readonly score: number; readonly n: number }>>;
}

interface Cell {
  readonly criterion: string;
  readonly xs: number[];
  readonly ws: number[];
}

/**
 * A touchpoint scorecard: ratings on a declared scale, normalised to 0–100, weighted and
 * aggregated per touchpoint (or per store, criterion, or any key `groups` maps them to), with a
 * confidence interval, the gap to target and a rank.
 *
 * Within a group, each rating is normalised, xᵢ = 100·(scoreᵢ − min)/(max − min); each criterion
 * c's ratings average to x̄_c with the rating weights wᵢ; the score is Σ_c W_c·x̄_c / Σ_c W_c over
 * the criteria present, W_c the criterion weight. Equivalently it is the weighted mean of the
 * ratings with ωᵢ = W_c·wᵢ/Σ_{j∈c} wⱼ, whose Taylor-linearised standard error
 * SE² = n/(n − 1)·Σ ωᵢ²(xᵢ − score)²/(Σ ωᵢ)² (Cochran 1977, "Sampling Techniques", §6.9) gives the
 * interval score ± t_{n−1}·SE; with one criterion and equal weights it is the usual s/√n t
 * interval. The target of a group is Σ_c W_c·t_c / Σ_c W_c with t_c the criterion's target
 * (normalised) or the default `target`.
 *
 * @param ratings - see {@link TouchpointRating}; never mutated
 * @param options - see {@link scorecardOptionsSchema}; `scale` is required
 * @returns one row per group, best first (ties by key)
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed rating (path `[i, field]`), a score
 *   outside the scale (path `[i, 'score']`), a rating without the `groupBy` field or with a value
 *   `groups` does not map (path `[i, field]`), or bad options (path `['options', …]`)
 *
 * @example
 * ```ts
 * import { scorecard } from 'omnicx/touchpoint';
 * const rows = scorecard(
 *   [
 *     { touchpointId: 'checkout', criterion: 'speed', score: 4 },
 *     { touchpointId: 'checkout', criterion: 'speed', score: 5 },
 *     { touchpointId: 'checkout', criterion: 'friendliness', score: 3 },
 *     { touchpointId: 'fitting room', criterion: 'cleanliness', score: 2 },
 *   ],
 *   { scale: { min: 1, max: 5 }, criteria: { speed: { weight: 2, target: 4 } }, target: 50 },
 * );
 * // checkout: speed (75 + 100)/2 = 87.5 weighs 2, friendliness 50 weighs 1 → (2·87.5 + 50)/3 = 75
 * console.log(rows[0]?.key); // 'checkout'
 * console.log(rows[0]?.score); // 75
 * // target: speed 4 → 75 (weight 2), friendliness → the default 50 → (2·75 + 50)/3
 * console.log(rows[0]?.gap?.toFixed(2)); // '8.33'
 * console.log(rows[1]?.score); // 25
 * console.log(rows[1]?.rank); // 2
 * ```
 */
export function scorecard(ratings: readonly TouchpointRating[], options: ScorecardOptions): ScorecardRow[] {
  const parsed = parseWith(scorecardOptionsSchema, options, ['options']);
  const list = parseWith(z.array(touchpointRatingSchema), ratings);
  const { min, max } = parsed.scale;
  const field = parsed.groupBy;
  const groups = new Map<string, Map<string, Cell>>();
  list.forEach((rating, i) => {
    if (rating.score < min || rating.score > max) {
      throw invalid(`ratings[${String(i)}].score must be within the scale [${String(min)}, ${String(max)}], got ${String(rating.score)}`, [
        i,
        'score',
      ]);
    }
    const raw = rating[field];
    if (raw === undefined) throw invalid(`ratings[${String(i)}].${field} is needed to group by it`, [i, field]);
    let key = raw;
    if (parsed.groups !== undefined) {
      const mapped = Object.hasOwn(parsed.groups, raw) ? parsed.groups[raw] : undefined;
      if (mapped === undefined) throw invalid(`options.groups does not map ${field} ${JSON.stringify(raw)}`, [i, field]);
      key = mapped;
    }
    let cells = groups.get(key);
    if (cells === undefined) groups.set(key, (cells = new Map<string, Cell>()));
    let cell = cells.get(rating.criterion);
    if (cell === undefined) cells.set(rating.criterion, (cell = { criterion: rating.criterion, xs: [], ws: [] }));
    cell.xs.push((100 * (rating.score - min)) / (max - min));
    cell.ws.push(rating.weight ?? 1);
  });
  const criterionOf = (name: string): { weight: number; target: number | undefined } => {
    const spec = Object.hasOwn(parsed.criteria, name) ? parsed.criteria[name] : undefined;
    const own = spec?.target;
    return {
      weight: spec?.weight ?? 1,
      target: own === undefined ? parsed.target : (100 * (own - min)) / (max - min),
    };
  };
  const rows = [...groups].flatMap(([key, cells]) => {
    const xs: number[] = [];
    const omegas: number[] = [];
    const criteria: Record<string, { score: number; n: number }> = {};
    let targetSum = 0;
    let weightSum = 0;
    let scoreSum = 0;
    let targetMissing = false;
    for (const cell of cells.values()) {
      const { weight, target } = criterionOf(cell.criterion);
      let wSum = 0;
      let xSum = 0;
      let n = 0;
      cell.xs.forEach((x, k) => {
        const w = cell.ws[k] as number;
        wSum += w;
        xSum += w * x;
        if (w > 0) n++;
      });
      if (wSum === 0) continue;
      Object.defineProperty(criteria, cell.criterion, {
        value: { score: xSum / wSum, n },
        enumerable: true,
        writable: false,
      });
      if (weight === 0) continue;
      weightSum += weight;
      scoreSum += weight * (xSum / wSum);
      if (target === undefined) targetMissing = true;
      else targetSum += weight * target;
      cell.xs.forEach((x, k) => {
        const w = cell.ws[k] as number;
        if (w > 0) {
          xs.push(x);
          omegas.push((weight * w) / wSum);
        }
      });
    }
    if (xs.length === 0) return [];
    let omegaSum = 0;
    for (const omega of omegas) omegaSum += omega;
    // Σ_c W_c·x̄_c / Σ_c W_c rather than Σ ωᵢxᵢ / Σ ωᵢ: the same value with fewer roundings, so
    // that equal scores compare equal (0, 50, 100 average to 50, not 49.99999999999999) and share a rank.
    const score = Math.min(100, Math.max(0, scoreSum / weightSum));
    const n = xs.length;
    let interval: ScorecardRow['interval'] = null;
    if (n >= 2) {
      let s = 0;
      xs.forEach((x, k) => {
        const o = (omegas[k] as number) / omegaSum;
        s += o * o * (x - score) * (x - score);
      });
      const half = studentTQuantile(0.5 + parsed.confidence / 2, n - 1) * Math.sqrt((n / (n - 1)) * s);
      interval = { lower: Math.max(0, score - half), upper: Math.min(100, score + half), confidence: parsed.confidence };
    }
    const target = targetMissing ? null : targetSum / weightSum;
    return [{ key, score, n, interval, target, gap: target === null ? null : score - target, criteria }];
  });
  rows.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return rows.map((row, i) => {
    let rank = i + 1;
    while (rank > 1 && (rows[rank - 2] as { score: number }).score === row.score) rank--;
    return { ...row, rank };
  });
}
