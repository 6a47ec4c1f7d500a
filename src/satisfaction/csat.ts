import type { NumericArray } from '../core/internal/assert.js';
import { csatResult } from './internal/csatCore.js';
import { answerArray, parseOptions, tally, topBoxes } from './internal/surveyInput.js';
import { csatOptionsSchema, type CsatOptions, type CsatResult } from './schemas.js';

/**
 * The customer satisfaction score: the percentage of answers in the top box(es) of a rating scale,
 * CSAT = 100 · satisfied / n, with the Wilson score interval in percent (Wilson 1927, JASA
 * 22:209–212; recommended over the Wald interval for proportions by Newcombe 1998, Statistics in
 * Medicine 17:857–872, and Brown, Cai & DasGupta 2001, Statistical Science 16(2):101–133).
 *
 * @param responses - an array or typed array of integer answers on the scale (never modified)
 * @param options - `scale` (default [1, 5]), `satisfied` (the top boxes; default the two highest
 *   points, [4, 5] on 1–5) and `confidence` (default 0.95)
 * @returns `n`, the count `satisfied`, `score` (percent) and `interval` (Wilson, percent);
 *   `score` and `interval` are `null` when n = 0
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a non-array (path `['responses']`), an answer
 *   that is not an integer on the scale (path `['responses', index]`), a top box off the scale
 *   (path `['options', 'satisfied', index]`) or other bad options (path `['options', …]`)
 *
 * @example
 * ```ts
 * import { csat } from 'omnicx/satisfaction';
 * // 4 of 5 answers are 4 or 5: 80 %; Wilson 95 % (z = 1.96): (0.8 + 0.384 ± 0.3789)/1.768
 * const result = csat([5, 4, 4, 2, 5]);
 * console.log([result.score, result.satisfied, result.n]); // [80, 4, 5]
 * console.log([result.interval?.lower.toFixed(2), result.interval?.upper.toFixed(2)]); // ['37.55', '96.38']
 * console.log(csat([7, 6, 5, 1], { scale: [1, 7], satisfied: [6, 7] }).score); // 50
 * ```
 */
export function csat(responses: NumericArray, options?: CsatOptions): CsatResult {
  const { scale, satisfied, confidence } = parseOptions(csatOptionsSchema, options);
  const top = topBoxes(scale, satisfied, ['options', 'satisfied']);
  const counts = tally(answerArray(responses, ['responses'], 'responses'), scale[0], scale[1], ['responses']);
  let happy = 0;
  for (const value of top) happy += counts[value - scale[0]] as number;
  return csatResult(happy, responses.length, confidence);
}
