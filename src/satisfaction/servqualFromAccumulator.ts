import { ErrorCode, OmnicxError } from '../core/errors/OmnicxError.js';
import { parseWith } from '../core/errors/parseWith.js';
import { servqualItemIndex } from './internal/accumulators.js';
import { integerSquaredDeviations, servqualResult } from './internal/servqualCore.js';
import { parseOptions } from './internal/surveyInput.js';
import {
  servqualAccumulatorSchema,
  surveyConfidenceOptionsSchema,
  type ServqualAccumulator,
  type ServqualResult,
  type SurveyConfidenceOptions,
} from './schemas.js';

/**
 * Reads the SERVQUAL gaps of an accumulator — the `result` step; exactly the result of
 * {@link servqualGaps} (with the accumulator's scale and weights) over the same answers, for shards
 * merged in their order (see {@link mergeServqualAccumulators}). The accumulator is not modified.
 *
 * @param acc - a SERVQUAL accumulator
 * @param options - `confidence` of the intervals (default 0.95)
 * @returns `items`, `dimensions` and `overall` with standard errors and intervals, as {@link servqualGaps}
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`),
 *   weights missing for a dimension with answers (path `['acc', 'weights', dimension]`) or all
 *   zero (path `['acc', 'weights']`), or bad options (path `['options', …]`); `NOT_SAFE_INTEGER`
 *   when the total number of answers passes 2^53 − 1 (path `['acc', 'items']`)
 *
 * @example
 * ```ts
 * import { addServqualAnswers, createServqualAccumulator, servqualFromAccumulator } from 'omnicx/satisfaction';
 * const acc = addServqualAnswers(createServqualAccumulator(), [
 *   { item: 'R1', dimension: 'reliability', expectation: 7, perception: 5 },
 *   { item: 'R1', dimension: 'reliability', expectation: 6, perception: 6 },
 *   { item: 'T1', dimension: 'tangibles', expectation: 5, perception: 6 },
 * ]);
 * const result = servqualFromAccumulator(acc);
 * console.log([result.dimensions.map((d) => d.gap), result.items[0]?.standardError]); // [[1, -1], 1]
 * ```
 */
export function servqualFromAccumulator(acc: ServqualAccumulator, options?: SurveyConfidenceOptions): ServqualResult {
  const parsed = parseWith(servqualAccumulatorSchema, acc, ['acc']);
  servqualItemIndex(parsed, ['acc']);
  const { confidence } = parseOptions(surveyConfidenceOptionsSchema, options);
  const total = parsed.items.reduce((sum, item) => sum + item.n, 0);
  if (!Number.isSafeInteger(total)) {
    throw new OmnicxError(ErrorCode.NOT_SAFE_INTEGER, `the number of answers ${String(total)} is not a safe integer`, { path: ['acc', 'items'] });
  }
  const stats = parsed.items.map((item) => ({
    item: item.item,
    dimension: item.dimension,
    n: item.n,
    expectation: item.expectation,
    perception: item.perception,
    squaredDeviations: integerSquaredDeviations(item.n, item.perception - item.expectation, item.squaredGaps),
  }));
  return servqualResult(stats, parsed.scale, parsed.weights ?? undefined, confidence, total, ['acc', 'weights']);
}
