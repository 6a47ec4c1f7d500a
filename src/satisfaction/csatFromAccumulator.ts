import { parseWith } from '../core/errors/parseWith.js';
import { invalid } from '../core/internal/assert.js';
import { csatResult } from './internal/csatCore.js';
import { parseOptions } from './internal/surveyInput.js';
import {
  csatAccumulatorSchema,
  surveyConfidenceOptionsSchema,
  type CsatAccumulator,
  type CsatResult,
  type SurveyConfidenceOptions,
} from './schemas.js';

/**
 * Reads the CSAT of an accumulator — the `result` step; the same result as {@link csat} over the
 * same answers, however they were split and merged. The accumulator is not modified.
 *
 * @param acc - a CSAT accumulator
 * @param options - `confidence` (default 0.95)
 * @returns `n`, `satisfied`, `score` and Wilson `interval` in percent (`null`s when empty)
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`,
 *   including satisfied > n) or options (path `['options', …]`)
 *
 * @example
 * ```ts
 * import { addCsatResponse, createCsatAccumulator, csatFromAccumulator } from 'omnicx/satisfaction';
 * const acc = createCsatAccumulator();
 * for (const answer of [5, 5, 4, 3]) addCsatResponse(acc, answer);
 * console.log(csatFromAccumulator(acc).score); // 75
 * ```
 */
export function csatFromAccumulator(acc: CsatAccumulator, options?: SurveyConfidenceOptions): CsatResult {
  const { n, satisfied } = parseWith(csatAccumulatorSchema, acc, ['acc']);
  if (satisfied > n) throw invalid(`acc.satisfied must not exceed acc.n, got ${String(satisfied)} of ${String(n)}`, ['acc', 'satisfied']);
  const { confidence } = parseOptions(surveyConfidenceOptionsSchema, options);
  return csatResult(satisfied, n, confidence);
}
