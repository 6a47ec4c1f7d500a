import { ErrorCode, OmnicxError } from '../core/errors/OmnicxError.js';
import { parseWith } from '../core/errors/parseWith.js';
import { kanoResult } from './internal/kanoCore.js';
import { parseOptions } from './internal/surveyInput.js';
import {
  kanoAccumulatorSchema,
  surveyConfidenceOptionsSchema,
  type KanoAccumulator,
  type KanoSummary,
  type SurveyConfidenceOptions,
} from './schemas.js';

/**
 * Reads the Kano summary of an accumulator — the `result` step; exactly the result of
 * {@link kanoSummary} over the same answers, however they were split and merged. The accumulator
 * is not modified.
 *
 * @param acc - a Kano accumulator
 * @param options - `confidence` of the Wilson intervals (default 0.95)
 * @returns `n`, `counts`, `category`, `better`, `worse` and their intervals, as {@link kanoSummary}
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`) or
 *   options (path `['options', …]`); `NOT_SAFE_INTEGER` when the total count passes 2^53 − 1 (path
 *   `['acc', 'counts']`)
 *
 * @example
 * ```ts
 * import { addKanoAnswers, createKanoAccumulator, kanoFromAccumulator } from 'omnicx/satisfaction';
 * const acc = addKanoAnswers(createKanoAccumulator(), [
 *   { functional: 'like', dysfunctional: 'neutral' },
 *   { functional: 'like', dysfunctional: 'neutral' },
 *   { functional: 'neutral', dysfunctional: 'neutral' },
 * ]);
 * console.log([kanoFromAccumulator(acc).category, kanoFromAccumulator(acc).better?.toFixed(4)]); // ['attractive', '0.6667']
 * ```
 */
export function kanoFromAccumulator(acc: KanoAccumulator, options?: SurveyConfidenceOptions): KanoSummary {
  const parsed = parseWith(kanoAccumulatorSchema, acc, ['acc']);
  const { confidence } = parseOptions(surveyConfidenceOptionsSchema, options);
  const c = parsed.counts;
  const n = c.attractive + c.oneDimensional + c.mustBe + c.indifferent + c.reverse + c.questionable;
  if (!Number.isSafeInteger(n)) {
    throw new OmnicxError(ErrorCode.NOT_SAFE_INTEGER, `the sample size ${String(n)} is not a safe integer`, { path: ['acc', 'counts'] });
  }
  return kanoResult(n, c, confidence);
}
