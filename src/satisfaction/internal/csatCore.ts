// CSAT and CES results from validated counts.
import { studentTQuantile } from '../../core/statistics/studentTQuantile.js';
import { wilsonInterval } from '../../core/statistics/wilsonInterval.js';
import type { CesResult, CsatResult } from '../schemas.js';

/** CSAT = 100 · satisfied / n with its Wilson interval in percent; nulls when n = 0. */
export function csatResult(satisfied: number, n: number, confidence: number): CsatResult {
  if (n === 0) return { n: 0, satisfied: 0, score: null, interval: null };
  const score = (100 * satisfied) / n;
  const { lower, upper } = wilsonInterval(satisfied, n, { confidence });
  return {
    n,
    satisfied,
    score,
    interval: { lower: Math.min(lower * 100, score), upper: Math.min(100, Math.max(upper * 100, score)), confidence, method: 'wilson' },
  };
}

/**
 * Mean, sample standard deviation and Student t interval of answers given as a histogram over the
 * integer scale [low, high] (`counts[i]` answers equal to low + i). Σ count·value is an exact
 * integer, so the mean is correctly rounded; the squared deviations are summed from the mean.
 */
export function cesResult(counts: readonly number[], low: number, high: number, confidence: number): CesResult {
  let n = 0;
  let total = 0;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i] as number;
    n += c;
    total += c * (low + i);
  }
  if (n === 0) return { n: 0, mean: null, sd: null, standardError: null, interval: null };
  const mean = Math.min(high, Math.max(low, total / n));
  if (n === 1) return { n, mean, sd: null, standardError: null, interval: null };
  let squares = 0;
  for (let i = 0; i < counts.length; i++) {
    const d = low + i - mean;
    squares += (counts[i] as number) * d * d;
  }
  const sd = Math.sqrt(squares / (n - 1));
  const standardError = sd / Math.sqrt(n);
  // The lower-tail quantile keeps its digits for confidence levels close to 1.
  const t = -studentTQuantile((1 - confidence) / 2, n - 1);
  const half = t * standardError;
  return {
    n,
    mean,
    sd,
    standardError,
    interval: {
      lower: Math.max(low, Math.min(mean - half, mean)),
      upper: Math.min(high, Math.max(mean + half, mean)),
      confidence,
      method: 'studentT',
    },
  };
}
