// A proportion with its sample size and, where trials are independent enough, a Wilson interval.
import { wilsonInterval } from '../../core/statistics/wilsonInterval.js';

/** A proportion: `value = numerator / n`, null when n = 0. */
export interface Rate {
  readonly value: number | null;
  readonly numerator: number;
  readonly n: number;
  /** Wilson score interval; present only for rates over independent-enough trials and n > 0. */
  readonly interval?: { readonly lower: number; readonly upper: number; readonly confidence: number };
}

export function rate(numerator: number, n: number, confidence: number | undefined): Rate {
  if (n === 0) return { value: null, numerator, n };
  const value = numerator / n;
  if (confidence === undefined) return { value, numerator, n };
  const { lower, upper } = wilsonInterval(numerator, n, { confidence });
  return { value, numerator, n, interval: { lower, upper, confidence } };
}
