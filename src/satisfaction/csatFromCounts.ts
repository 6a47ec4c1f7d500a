import { assertNonNegativeSafeInteger, invalid } from '../core/internal/assert.js';
import { csatResult } from './internal/csatCore.js';
import { parseOptions } from './internal/surveyInput.js';
import { surveyConfidenceOptionsSchema, type CsatResult, type SurveyConfidenceOptions } from './schemas.js';

/**
 * The CSAT of already-counted answers: `satisfied` of `n` answers were in the top boxes. The same
 * result as {@link csat}: score = 100 · satisfied / n with the Wilson interval, in percent.
 *
 * @param satisfied - the number of satisfied answers, a non-negative safe integer ≤ n
 * @param n - the number of answers, a non-negative safe integer
 * @param options - `confidence` (default 0.95)
 * @returns `n`, `satisfied`, `score` and `interval` (percent); `null`s when n = 0
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a negative or fractional count (path
 *   `['satisfied']` or `['n']`), satisfied > n (path `['satisfied']`) or a bad confidence (path
 *   `['options', 'confidence']`); `NOT_SAFE_INTEGER` for counts above 2^53 − 1
 *
 * @example
 * ```ts
 * import { csatFromCounts } from 'omnicx/satisfaction';
 * const result = csatFromCounts(81, 263);
 * console.log(result.score?.toFixed(2)); // '30.80'
 * // Wilson (1927) interval as in Newcombe (1998), example 81/263: 0.2553 to 0.3662
 * console.log([result.interval?.lower.toFixed(2), result.interval?.upper.toFixed(2)]); // ['25.53', '36.62']
 * console.log(csatFromCounts(0, 0).score); // null
 * ```
 */
export function csatFromCounts(satisfied: number, n: number, options?: SurveyConfidenceOptions): CsatResult {
  assertNonNegativeSafeInteger(satisfied, ['satisfied'], 'satisfied');
  assertNonNegativeSafeInteger(n, ['n'], 'n');
  if (satisfied > n) throw invalid(`satisfied must not exceed n, got ${String(satisfied)} of ${String(n)}`, ['satisfied']);
  const { confidence } = parseOptions(surveyConfidenceOptionsSchema, options);
  return csatResult(satisfied, n, confidence);
}
