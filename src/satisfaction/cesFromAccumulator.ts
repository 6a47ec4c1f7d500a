import { ErrorCode, OmnicxError } from '../core/errors/OmnicxError.js';
import { parseWith } from '../core/errors/parseWith.js';
import { assertCesAccumulator } from './internal/accumulators.js';
import { cesResult } from './internal/csatCore.js';
import { parseOptions } from './internal/surveyInput.js';
import {
  cesAccumulatorSchema,
  surveyConfidenceOptionsSchema,
  type CesAccumulator,
  type CesResult,
  type SurveyConfidenceOptions,
} from './schemas.js';

/**
 * Reads the CES of an accumulator — the `result` step; bit-for-bit the result of {@link ces} over
 * the same answers, however they were split and merged. The accumulator is not modified.
 *
 * @param acc - a CES accumulator
 * @param options - `confidence` (default 0.95)
 * @returns `n`, `mean`, `sd`, `standardError` and Student t `interval` in scale points (`null`s
 *   as in {@link ces})
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`) or
 *   options (path `['options', …]`)
 *
 * @example
 * ```ts
 * import { addCesResponse, cesFromAccumulator, createCesAccumulator } from 'omnicx/satisfaction';
 * const acc = createCesAccumulator();
 * for (const answer of [5, 6, 7, 6]) addCesResponse(acc, answer);
 * console.log(cesFromAccumulator(acc).mean); // 6
 * ```
 */
export function cesFromAccumulator(acc: CesAccumulator, options?: SurveyConfidenceOptions): CesResult {
  const parsed = parseWith(cesAccumulatorSchema, acc, ['acc']);
  assertCesAccumulator(parsed, ['acc']);
  // Each count is a safe integer, but their total need not be (as npsFromAccumulator checks for NPS).
  const n = parsed.counts.reduce((sum, count) => sum + count, 0);
  if (!Number.isSafeInteger(n)) {
    throw new OmnicxError(ErrorCode.NOT_SAFE_INTEGER, `the sample size ${String(n)} is not a safe integer`, { path: ['acc', 'counts'] });
  }
  const { confidence } = parseOptions(surveyConfidenceOptionsSchema, options);
  return cesResult(parsed.counts, parsed.scale[0], parsed.scale[1], confidence);
}
