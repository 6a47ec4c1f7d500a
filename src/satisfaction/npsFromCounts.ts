import { parseWith } from '../core/errors/parseWith.js';
import { npsResult } from './internal/npsCore.js';
import { parseOptions } from './internal/surveyInput.js';
import { npsCountsSchema, npsOptionsSchema, type NpsCounts, type NpsOptions, type NpsResult } from './schemas.js';

/**
 * The Net Promoter Score of already-counted answers: the same result as {@link nps} on the
 * answers themselves (score = 100 · (promoters − detractors) / n, standard error and interval in
 * NPS points; see {@link nps} for the formulas and methods).
 *
 * @param counts - `{ promoters, passives, detractors }`, non-negative safe integers (an
 *   {@link NpsResult} or an {@link NpsAccumulator} also works)
 * @param options - `method` (default `'adjustedWald'`) and `confidence` (default 0.95)
 * @returns n, the counts, the score, its standard error and interval (all `null` when n = 0)
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a bad count (path `['counts', 'promoters']`, …)
 *   or bad options (path `['options', …]`); `NOT_SAFE_INTEGER` when the total is not a safe integer
 *
 * @example
 * ```ts
 * import { npsFromCounts } from 'omnicx/satisfaction';
 * // Wald: p_P = 0.5, p_D = 0.2, SE = √((0.7 − 0.09)/100) = 0.0781; 30 ± 1.96 · 7.81
 * const result = npsFromCounts({ promoters: 50, passives: 30, detractors: 20 }, { method: 'wald' });
 * console.log([result.score, result.standardError?.toFixed(3)]); // [30, '7.810']
 * console.log([result.interval?.lower.toFixed(2), result.interval?.upper.toFixed(2)]); // ['14.69', '45.31']
 * console.log(npsFromCounts({ promoters: 50, passives: 30, detractors: 20 }).interval?.method); // 'adjustedWald'
 * ```
 */
export function npsFromCounts(counts: NpsCounts, options?: NpsOptions): NpsResult {
  const { promoters, passives, detractors } = parseWith(npsCountsSchema, counts, ['counts']);
  const { method, confidence } = parseOptions(npsOptionsSchema, options);
  return npsResult(promoters, passives, detractors, method, confidence);
}
