import { ErrorCode, OmnicxError } from '../core/errors/OmnicxError.js';
import { assertWritable } from '../core/internal/assert.js';
import { classifyNps } from './classifyNps.js';
import { assertNpsAccumulator } from './internal/accumulators.js';
import type { NpsAccumulator } from './schemas.js';

/**
 * Adds one likelihood-to-recommend answer (0–10) to an NPS accumulator.
 *
 * **Updates `acc` in place** (so that a loop over millions of answers allocates nothing) and
 * returns the same object; use {@link mergeNpsAccumulators} for a pure combination.
 *
 * @param acc - an accumulator from {@link createNpsAccumulator} (or parsed from JSON)
 * @param score - an integer from 0 to 10
 * @returns `acc`, updated
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`) or
 *   a score that is not an integer 0–10 (path `['score']`); `NOT_SAFE_INTEGER` when the score's count
 *   is already 2^53 − 1 (path `['acc', category]`)
 *
 * @example
 * ```ts
 * import { addNpsScore, createNpsAccumulator } from 'omnicx/satisfaction';
 * const acc = createNpsAccumulator();
 * for (const score of [10, 8, 3]) addNpsScore(acc, score);
 * console.log([acc.promoters, acc.passives, acc.detractors]); // [1, 1, 1]
 * ```
 */
export function addNpsScore(acc: NpsAccumulator, score: number): NpsAccumulator {
  assertWritable(acc, ['acc']);
  assertNpsAccumulator(acc, ['acc']);
  const category = classifyNps(score);
  const key = category === 'promoter' ? 'promoters' : category === 'passive' ? 'passives' : 'detractors';
  if (acc[key] === Number.MAX_SAFE_INTEGER) throw new OmnicxError(ErrorCode.NOT_SAFE_INTEGER, `acc.${key} is full (2^53 − 1)`, { path: ['acc', key] });
  acc[key] += 1;
  return acc;
}
