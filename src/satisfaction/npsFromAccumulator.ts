import { parseWith } from '../core/errors/parseWith.js';
import { npsResult } from './internal/npsCore.js';
import { parseOptions } from './internal/surveyInput.js';
import { npsAccumulatorSchema, npsOptionsSchema, type NpsAccumulator, type NpsOptions, type NpsResult } from './schemas.js';

/**
 * Reads the NPS of an accumulator — the `result` step. Identical to {@link nps} over the same
 * answers, whatever way they were split and merged. The accumulator is not modified.
 *
 * @param acc - an NPS accumulator
 * @param options - `method` (default `'adjustedWald'`) and `confidence` (default 0.95)
 * @returns the same result as {@link nps}; `score`, `standardError`, `interval` are `null` when empty
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`) or
 *   options (path `['options', …]`)
 *
 * @example
 * ```ts
 * import { addNpsScore, createNpsAccumulator, npsFromAccumulator } from 'omnicx/satisfaction';
 * const acc = createNpsAccumulator();
 * for (const score of [10, 9, 8, 2]) addNpsScore(acc, score);
 * console.log(npsFromAccumulator(acc).score); // 25
 * console.log(npsFromAccumulator(createNpsAccumulator()).interval); // null
 * ```
 */
export function npsFromAccumulator(acc: NpsAccumulator, options?: NpsOptions): NpsResult {
  const { promoters, passives, detractors } = parseWith(npsAccumulatorSchema, acc, ['acc']);
  const { method, confidence } = parseOptions(npsOptionsSchema, options);
  return npsResult(promoters, passives, detractors, method, confidence);
}
