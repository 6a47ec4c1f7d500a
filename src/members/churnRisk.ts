import { assertObject, invalid } from '../core/internal/assert.js';
import { bgNbdProbabilityAlive } from './bgNbdProbabilityAlive.js';
import { numberOption } from './internal/options.js';
import type { BgNbdParams, CustomerSummary } from './schemas.js';

/** A customer on the at-risk list of {@link churnRisk}. */
export interface ChurnRiskEntry {
  readonly customerId: string;
  /** BG/NBD probability that the customer is still active. */
  readonly probabilityAlive: number;
}

/**
 * The churn early-warning list: every customer whose BG/NBD probability of being alive
 * (`bgNbdProbabilityAlive`) is below `threshold` (default 0.5, exclusive) and who has made at least
 * `minFrequency` repeat purchases (default 1: BG/NBD considers one-time buyers alive), riskiest first
 * (ties by customer id).
 *
 * @param summaries - summaries from `customerSummary` (with `customerId`)
 * @param params - a fitted BG/NBD `{ r, alpha, a, b }`
 * @param options - `threshold` in (0, 1] (default 0.5), `minFrequency` (default 1)
 * @returns the at-risk customers
 * @throws {@link OmnicxError} `INVALID_INPUT` for a summary without `customerId` (path
 *   `['summaries', i, 'customerId']`), bad parameters or options
 *
 * @example
 * ```ts
 * import { churnRisk } from 'omnicx/members';
 * const list = churnRisk(
 *   [
 *     { customerId: 'gone', frequency: 5, recency: 10, T: 60, monetaryMean: 1000 },
 *     { customerId: 'active', frequency: 5, recency: 59, T: 60, monetaryMean: 1000 },
 *   ],
 *   { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
 * );
 * console.log(list.map((c) => c.customerId)); // ['gone']
 * ```
 */
export function churnRisk(
  summaries: readonly CustomerSummary[],
  params: BgNbdParams,
  options: { readonly threshold?: number; readonly minFrequency?: number } = {},
): ChurnRiskEntry[] {
  assertObject(options, ['options'], 'options');
  const threshold = numberOption(options.threshold, 0.5, 0, 1, ['options', 'threshold'], true);
  const minFrequency = numberOption(options.minFrequency, 1, 0, Number.MAX_SAFE_INTEGER, ['options', 'minFrequency']);
  const listed: unknown = summaries;
  if (!Array.isArray(listed)) throw invalid('summaries must be an array of customer summaries', ['summaries']);
  const out: ChurnRiskEntry[] = [];
  summaries.forEach((s, i) => {
    if (typeof s.customerId !== 'string') throw invalid(`summaries.${String(i)}.customerId must be a string`, ['summaries', i, 'customerId']);
    if (s.frequency < minFrequency) return;
    const probabilityAlive = bgNbdProbabilityAlive(params, s);
    if (probabilityAlive < threshold) out.push({ customerId: s.customerId, probabilityAlive });
  });
  return out.sort((a, b) => a.probabilityAlive - b.probabilityAlive || (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0));
}
