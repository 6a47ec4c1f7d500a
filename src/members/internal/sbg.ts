// Shifted-beta-geometric survival (Fader & Hardie 2007, "How to project customer retention",
// Journal of Interactive Marketing 21(1), eqs. 1–3 and 7): P(T = 1) = α/(α+β),
// P(T = t) = (β + t − 2)/(α + β + t − 1) · P(T = t − 1), S(t) = S(t − 1) − P(T = t), S(0) = 1.
import { invalid } from '../../core/internal/assert.js';
import type { PathKey } from '../../core/errors/OmnicxError.js';

/** ln L of survivor counts n₀ ≥ n₁ ≥ … (n₀ = cohort size). */
export function sbgLogLikelihood(survivors: readonly number[], alpha: number, beta: number): number {
  let p = alpha / (alpha + beta);
  let s = 1 - p;
  let ll = ((survivors[0] as number) - (survivors[1] as number)) * Math.log(p);
  for (let t = 2; t < survivors.length; t++) {
    p *= (beta + t - 2) / (alpha + beta + t - 1);
    s -= p;
    const churned = (survivors[t - 1] as number) - (survivors[t] as number);
    if (churned > 0) ll += churned * Math.log(p);
  }
  const last = survivors[survivors.length - 1] as number;
  return last > 0 ? ll + last * Math.log(s) : ll;
}

/** A non-negative integer period t. */
export function periodIndex(t: unknown, path: readonly PathKey[], min: number): number {
  if (typeof t !== 'number' || !Number.isInteger(t) || t < min) throw invalid(`${path.join('.')} must be an integer ≥ ${String(min)}`, path);
  return t;
}
