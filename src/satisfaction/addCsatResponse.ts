import { ErrorCode, OmnicxError } from '../core/errors/OmnicxError.js';
import { assertWritable } from '../core/internal/assert.js';
import { assertCsatAccumulator } from './internal/accumulators.js';
import { offScale } from './internal/surveyInput.js';
import type { CsatAccumulator } from './schemas.js';

/**
 * Adds one answer to a CSAT accumulator. **Updates `acc` in place** and returns it (no allocation
 * per answer); use {@link mergeCsatAccumulators} for a pure combination.
 *
 * @param acc - an accumulator from {@link createCsatAccumulator}
 * @param response - an integer on the accumulator's scale
 * @returns `acc`, updated
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`) or
 *   an answer that is not an integer on the scale (path `['response']`); `NOT_SAFE_INTEGER` when
 *   `acc.n` is already 2^53 − 1 (path `['acc', 'n']`)
 *
 * @example
 * ```ts
 * import { addCsatResponse, createCsatAccumulator } from 'omnicx/satisfaction';
 * const acc = createCsatAccumulator();
 * for (const answer of [5, 4, 2]) addCsatResponse(acc, answer);
 * console.log([acc.satisfied, acc.n]); // [2, 3]
 * ```
 */
export function addCsatResponse(acc: CsatAccumulator, response: number): CsatAccumulator {
  assertWritable(acc, ['acc']);
  assertCsatAccumulator(acc, ['acc']);
  const [low, high] = acc.scale;
  if (!(response >= low && response <= high && response === Math.floor(response))) offScale(response, low, high, ['response']);
  if (acc.n === Number.MAX_SAFE_INTEGER) throw new OmnicxError(ErrorCode.NOT_SAFE_INTEGER, 'acc.n is full (2^53 − 1)', { path: ['acc', 'n'] });
  acc.n += 1;
  if (acc.satisfiedValues.includes(response)) acc.satisfied += 1;
  return acc;
}
