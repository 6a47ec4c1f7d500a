// SERVQUAL results from per-item sums, shared by servqualGaps and servqualFromAccumulator so that
// both give bit-for-bit the same numbers from the same sums.
import type { PathKey } from '../../core/errors/OmnicxError.js';
import { invalid } from '../../core/internal/assert.js';
import { studentTQuantile } from '../../core/statistics/studentTQuantile.js';
import { servqualDimensionSchema, type ServqualDimension, type ServqualInterval, type ServqualResult } from '../schemas.js';

/** What the result needs of one item: its answers' count, sums and squared deviations of the gaps. */
export interface ServqualItemStats {
  readonly item: string;
  readonly dimension: ServqualDimension;
  readonly n: number;
  /** Σ expectation */
  readonly expectation: number;
  /** Σ perception */
  readonly perception: number;
  /** Σ (dᵢ − d̄)² of the answer gaps dᵢ = perceptionᵢ − expectationᵢ */
  readonly squaredDeviations: number;
}

/**
 * Σ (dᵢ − d̄)² = (n·Σd² − (Σd)²)/n for integer gaps, from their exact integer sums: the numerator
 * is an exact integer (in BigInt when the products pass 2^53), so the only roundings are its
 * conversion and the division — the same bits whatever order the answers came in.
 */
export function integerSquaredDeviations(n: number, sumGaps: number, sumSquaredGaps: number): number {
  const a = n * sumSquaredGaps;
  const b = sumGaps * sumGaps;
  if (Number.isSafeInteger(a) && Number.isSafeInteger(b)) return Math.max(0, a - b) / n;
  const exact = BigInt(n) * BigInt(sumSquaredGaps) - BigInt(sumGaps) * BigInt(sumGaps);
  return exact > 0n ? Number(exact) / n : 0;
}

/** Orders items by id in UTF-16 code units (the canonical order inside a dimension; ids are unique). */
function byItem(a: { readonly item: string }, b: { readonly item: string }): number {
  return a.item < b.item ? -1 : 1;
}

interface Term {
  /** coefficient of the item gap in the linear combination */
  readonly c: number;
  readonly standardError: number | null;
  readonly n: number;
}

interface Spread {
  readonly standardError: number;
  readonly degreesOfFreedom: number;
}

/**
 * Standard error of Σ cᵢ·gapᵢ for independent item gaps, √(Σ cᵢ² SEᵢ²), with the
 * Welch–Satterthwaite degrees of freedom ν = (Σ vᵢ)² / Σ vᵢ²/(nᵢ − 1), vᵢ = cᵢ² SEᵢ²
 * (Satterthwaite 1946; Welch 1947). Terms with cᵢ = 0 are left out; `null` when a term that
 * counts has no standard error (n < 2). When every vᵢ is 0, ν is taken as Σ (nᵢ − 1) (the
 * interval is then the point anyway).
 */
function combine(terms: readonly Term[]): Spread | null {
  // Never empty: every dimension has items, and at least one dimension has a positive weight.
  const used = terms.filter((t) => t.c !== 0);
  const variances: number[] = [];
  for (const t of used) {
    if (t.standardError === null) return null;
    variances.push(t.c * t.c * t.standardError * t.standardError);
  }
  const total = variances.reduce((sum, v) => sum + v, 0);
  const largest = variances.reduce((max, v) => Math.max(max, v), 0);
  if (!(largest > 0)) return { standardError: 0, degreesOfFreedom: used.reduce((sum, t) => sum + t.n - 1, 0) };
  // Scaled by the largest term, so that neither the squares nor their sum underflow or overflow.
  let numerator = 0;
  let denominator = 0;
  variances.forEach((v, i) => {
    const u = v / largest;
    numerator += u;
    denominator += (u * u) / ((used[i] as Term).n - 1);
  });
  return { standardError: Math.sqrt(total), degreesOfFreedom: (numerator * numerator) / denominator };
}

/** gap ± t(ν)·SE, clamped to the possible gaps ±(high − low) and kept around the gap. */
function interval(
  gap: number,
  spread: Spread,
  range: number,
  confidence: number,
  method: ServqualInterval['method'],
): ServqualInterval {
  // The lower-tail quantile keeps its digits for confidence levels close to 1.
  const half = spread.standardError === 0 ? 0 : -studentTQuantile((1 - confidence) / 2, spread.degreesOfFreedom) * spread.standardError;
  return {
    lower: Math.max(-range, Math.min(gap - half, gap)),
    upper: Math.min(range, Math.max(gap + half, gap)),
    confidence,
    method,
    degreesOfFreedom: spread.degreesOfFreedom,
  };
}

/**
 * The result of servqualGaps from per-item statistics (items in the order they are to be listed).
 * `weightsPath` locates the weights in the caller's arguments for the errors.
 */
export function servqualResult(
  stats: readonly ServqualItemStats[],
  scale: readonly [number, number],
  weights: Partial<Record<ServqualDimension, number>> | undefined,
  confidence: number,
  totalN: number,
  weightsPath: readonly PathKey[],
): ServqualResult {
  const range = scale[1] - scale[0];
  const itemResults = stats.map((s) => {
    const expectation = s.expectation / s.n;
    const perception = s.perception / s.n;
    const gap = perception - expectation;
    if (s.n < 2) return { item: s.item, dimension: s.dimension, n: s.n, expectation, perception, gap, standardError: null, interval: null };
    const standardError = Math.sqrt(s.squaredDeviations / (s.n - 1)) / Math.sqrt(s.n);
    return {
      item: s.item,
      dimension: s.dimension,
      n: s.n,
      expectation,
      perception,
      gap,
      standardError,
      interval: interval(gap, { standardError, degreesOfFreedom: s.n - 1 }, range, confidence, 'studentT'),
    };
  });
  const present = servqualDimensionSchema.options.filter((d) => itemResults.some((r) => r.dimension === d));
  const rawWeights = present.map((dimension) => {
    if (weights === undefined) return 1;
    const w = weights[dimension];
    if (w === undefined) {
      throw invalid(`${weightsPath.join('.')}.${dimension} is missing: give a weight to every dimension that has answers`, [
        ...weightsPath,
        dimension,
      ]);
    }
    // + 0: a weight of −0 (which JSON writes as 0) gives weight 0, as after a round trip.
    return w + 0;
  });
  // Scaled by the largest weight first, so that large weights (1e308 each) cannot overflow the sum to
  // Infinity and turn every normalised weight into 0.
  const largest = rawWeights.reduce((max, w) => Math.max(max, w), 0);
  const scaledWeights = rawWeights.map((w) => (largest > 0 ? w / largest : 0));
  const totalWeight = scaledWeights.reduce((sum, w) => sum + w, 0);
  if (present.length > 0 && !(totalWeight > 0)) {
    throw invalid(`${weightsPath.join('.')} must not all be zero for the dimensions that have answers`, [...weightsPath]);
  }
  // Inside a dimension the items are summed in the order of their ids, so that the result does not
  // depend on the order in which the items first appeared (an accumulator merged in another order).
  const membersOf = present.map((dimension) => itemResults.filter((r) => r.dimension === dimension).sort(byItem));
  const dimensions = present.map((dimension, k) => {
    const members = membersOf[k] as typeof itemResults;
    const expectation = members.reduce((sum, r) => sum + r.expectation, 0) / members.length;
    const perception = members.reduce((sum, r) => sum + r.perception, 0) / members.length;
    const gap = perception - expectation;
    const spread = combine(members.map((r) => ({ c: 1 / members.length, standardError: r.standardError, n: r.n })));
    return {
      dimension,
      items: members.length,
      n: members.reduce((sum, r) => sum + r.n, 0),
      expectation,
      perception,
      gap,
      weight: (scaledWeights[k] as number) / totalWeight,
      standardError: spread === null ? null : spread.standardError,
      interval: spread === null ? null : interval(gap, spread, range, confidence, 'welchSatterthwaite'),
    };
  });
  if (dimensions.length === 0) {
    return {
      items: itemResults,
      dimensions,
      overall: {
        n: totalN,
        unweightedGap: null,
        weightedGap: null,
        unweightedStandardError: null,
        unweightedInterval: null,
        weightedStandardError: null,
        weightedInterval: null,
      },
    };
  }
  const unweightedGap = dimensions.reduce((sum, d) => sum + d.gap, 0) / dimensions.length;
  const weightedGap = dimensions.reduce((sum, d) => sum + d.weight * d.gap, 0);
  const termsWith = (weightOf: (k: number) => number): Term[] =>
    membersOf.flatMap((members, k) =>
      members.map((r) => ({ c: weightOf(k) / members.length, standardError: r.standardError, n: r.n })),
    );
  const unweighted = combine(termsWith(() => 1 / dimensions.length));
  const weighted = combine(termsWith((k) => (dimensions[k] as { weight: number }).weight));
  return {
    items: itemResults,
    dimensions,
    overall: {
      n: totalN,
      unweightedGap,
      weightedGap,
      unweightedStandardError: unweighted === null ? null : unweighted.standardError,
      unweightedInterval: unweighted === null ? null : interval(unweightedGap, unweighted, range, confidence, 'welchSatterthwaite'),
      weightedStandardError: weighted === null ? null : weighted.standardError,
      weightedInterval: weighted === null ? null : interval(weightedGap, weighted, range, confidence, 'welchSatterthwaite'),
    },
  };
}
