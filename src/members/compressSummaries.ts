import { readTriples } from './internal/compress.js';
import type { CompressedSummary, CustomerSummary, SummaryTriple } from './schemas.js';

/**
 * Groups identical `(frequency, recency, T)` triples and counts the customers in each (`weight`),
 * in order of first appearance. The BTYD likelihoods depend on a customer only through the triple,
 * so fitting on the groups gives exactly the same log-likelihood as fitting on every customer
 * while evaluating each distinct triple once: weekly data on a million customers typically
 * compresses to a few thousand groups. Weights add up when the input already carries them.
 *
 * @param summaries - summaries from `customerSummary` (or any objects with the three fields and
 *   an optional positive `weight`)
 * @returns the weighted triples
 * @throws {@link core!OmnicxError} `INVALID_INPUT` when a field is invalid (path
 *   `['summaries', i, field]`): frequency not a non-negative integer, recency negative or non-zero
 *   with frequency 0, T below recency, or a weight that is not positive
 *
 * @example
 * ```ts
 * import { compressSummaries } from 'omnicx/members';
 * const groups = compressSummaries([
 *   { frequency: 0, recency: 0, T: 10, monetaryMean: 0 },
 *   { frequency: 2, recency: 5, T: 10, monetaryMean: 1200 },
 *   { frequency: 0, recency: 0, T: 10, monetaryMean: 0 },
 * ]);
 * console.log(groups); // [{ frequency: 0, recency: 0, T: 10, weight: 2 }, { frequency: 2, recency: 5, T: 10, weight: 1 }]
 * ```
 */
export function compressSummaries(summaries: readonly (CustomerSummary | CompressedSummary | SummaryTriple)[]): CompressedSummary[] {
  const d = readTriples(summaries);
  const out: CompressedSummary[] = new Array<CompressedSummary>(d.x.length);
  for (let i = 0; i < d.x.length; i++) out[i] = { frequency: d.x[i] as number, recency: d.tx[i] as number, T: d.T[i] as number, weight: d.w[i] as number };
  return out;
}
