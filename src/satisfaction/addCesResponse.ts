import { ErrorCode, OmnicxError } from '../core/errors/OmnicxError.js';
import { assertWritable, describe, invalid } from '../core/internal/assert.js';
import { assertCesAccumulator } from './internal/accumulators.js';
import { offScale } from './internal/surveyInput.js';
import type { CesAccumulator } from './schemas.js';

/**
 * Adds one answer to a CES accumulator. **Updates `acc` in place** and returns it; use
 * {@link mergeCesAccumulators} for a pure combination.
 *
 * @param acc - an accumulator from {@link createCesAccumulator}
 * @param response - an integer on the accumulator's scale
 * @returns `acc`, updated
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`) or
 *   an answer that is not an integer on the scale (path `['response']`); `NOT_SAFE_INTEGER` when
 *   the answer's count is already 2^53 − 1 (path `['acc', 'counts', i]`)
 *
 * @example
 * ```ts
 * import { addCesResponse, createCesAccumulator } from 'omnicx/satisfaction';
 * const acc = addCesResponse(addCesResponse(createCesAccumulator(), 7), 6);
 * console.log(acc.counts); // [0, 0, 0, 0, 0, 1, 1]
 * ```
 */
export function addCesResponse(acc: CesAccumulator, response: number): CesAccumulator {
  assertWritable(acc, ['acc']);
  assertCesAccumulator(acc, ['acc']);
  const [low, high] = acc.scale;
  if (!(response >= low && response <= high && response === Math.floor(response))) offScale(response, low, high, ['response']);
  const index = response - low;
  const count = acc.counts[index];
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) {
    throw invalid(`acc.counts[${String(index)}] must be a non-negative safe integer, got ${describe(count)}`, ['acc', 'counts', index]);
  }
  if (count === Number.MAX_SAFE_INTEGER) throw new OmnicxError(ErrorCode.NOT_SAFE_INTEGER, `acc.counts[${String(index)}] is full (2^53 − 1)`, { path: ['acc', 'counts', index] });
  acc.counts[index] = count + 1;
  return acc;
}
