import { assertObject, invalid } from '../core/internal/assert.js';
import { bgNbdProbabilityAlive } from './bgNbdProbabilityAlive.js';
import { readCustomer } from './internal/compress.js';
import { numberOption } from './internal/options.js';
import { paretoNbdProbabilityAlive } from './paretoNbdProbabilityAlive.js';
import type { BgNbdParams, CustomerSummary, ParetoNbdParams } from './schemas.js';
import { assertKnownKeys } from '../core/internal/optionKeys.js';

/** A customer on the at-risk list of {@link churnRisk}. */
export interface ChurnRiskEntry {
  readonly customerId: string;
  /** Probability that the customer is still active, under the model whose parameters were given. */
  readonly probabilityAlive: number;
}

/**
 * The churn early-warning list: every customer whose probability of being alive is below
 * `threshold` (default 0.5, exclusive) and who has made at least `minFrequency` repeat purchases,
 * riskiest first (ties by customer id). The model is recognised by the parameter names: `{ r, alpha,
 * s, beta }` (with `s` and `beta`) is Pareto/NBD (`paretoNbdProbabilityAlive`), anything else is read as
 * BG/NBD `{ r, alpha, a, b }` (`bgNbdProbabilityAlive`). `minFrequency` defaults to 1 under BG/NBD,
 * which considers one-time buyers certainly alive, and to 0 under Pareto/NBD, which does not.
 *
 * @param summaries - summaries from `customerSummary` (with `customerId`)
 * @param params - fitted BG/NBD `{ r, alpha, a, b }` or Pareto/NBD `{ r, alpha, s, beta }` parameters
 * @param options - `threshold` in (0, 1] (default 0.5), `minFrequency` (default 1 for BG/NBD, 0 for Pareto/NBD)
 * @returns the at-risk customers
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a summary without `customerId` or with a
 *   bad `frequency`, `recency` or `T` (path `['summaries', i, key]`), bad parameters or options
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
 * // the same customers under Pareto/NBD (recognised by s and beta)
 * const pareto = churnRisk(
 *   [
 *     { customerId: 'gone', frequency: 5, recency: 10, T: 60, monetaryMean: 1000 },
 *     { customerId: 'active', frequency: 5, recency: 59, T: 60, monetaryMean: 1000 },
 *   ],
 *   { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 },
 * );
 * console.log(pareto.map((c) => c.customerId)); // ['gone']
 * ```
 */
export function churnRisk(
  summaries: readonly CustomerSummary[],
  params: BgNbdParams | ParetoNbdParams,
  options: { readonly threshold?: number; readonly minFrequency?: number } = {},
): ChurnRiskEntry[] {
  assertObject(options, ['options'], 'options');
  assertKnownKeys(options, ['threshold', 'minFrequency'], ['options']);
  const threshold = numberOption(options.threshold, 0.5, 0, 1, ['options', 'threshold'], true);
  const raw: unknown = params;
  const pareto = typeof raw === 'object' && raw !== null && 's' in raw && 'beta' in raw;
  const minFrequency = numberOption(options.minFrequency, pareto ? 0 : 1, 0, Number.MAX_SAFE_INTEGER, ['options', 'minFrequency']);
  const listed: unknown = summaries;
  if (!Array.isArray(listed)) throw invalid('summaries must be an array of customer summaries', ['summaries']);
  const out: ChurnRiskEntry[] = [];
  summaries.forEach((s, i) => {
    assertObject(s, ['summaries', i], `summaries.${String(i)}`);
    if (typeof s.customerId !== 'string') throw invalid(`summaries.${String(i)}.customerId must be a string`, ['summaries', i, 'customerId']);
    // Validated here, with the element's path, before the frequency filter: a malformed summary
    // (negative frequency, T below recency, NaN) is refused, never silently left off the list.
    const { x } = readCustomer(s, ['summaries', i]);
    if (x < minFrequency) return;
    const probabilityAlive = pareto ? paretoNbdProbabilityAlive(params as ParetoNbdParams, s) : bgNbdProbabilityAlive(params as BgNbdParams, s);
    if (probabilityAlive < threshold) out.push({ customerId: s.customerId, probabilityAlive });
  });
  return out.sort((a, b) => a.probabilityAlive - b.probabilityAlive || (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0));
}
