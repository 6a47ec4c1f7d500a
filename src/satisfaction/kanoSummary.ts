import { parseWith } from '../core/errors/parseWith.js';
import { describe, invalid } from '../core/internal/assert.js';
import { kanoResult } from './internal/kanoCore.js';
import { parseOptions } from './internal/surveyInput.js';
import { classifyKano } from './classifyKano.js';
import { kanoPairSchema, surveyConfidenceOptionsSchema, type KanoPair, type KanoSummary, type SurveyConfidenceOptions } from './schemas.js';

/**
 * Summarises the Kano answers of many respondents about one feature: the count per category, the
 * category by the mode, and the customer-satisfaction coefficients of Berger et al. (1993, Center
 * for Quality Management Journal 2(4):3–36):
 *   better = (A + O) / (A + O + M + I),   worse = −(O + M) / (A + O + M + I),
 * how much having the feature raises satisfaction (0…1) and how much lacking it lowers it (−1…0).
 *
 * Ties of the mode are broken by the rule "M > O > A > I" (Berger et al. 1993; Matzler &
 * Hinterhuber 1998, Technovation 18(1):25–38) — when in doubt, assume the feature matters more —
 * then reverse, then questionable.
 *
 * Uncertainty: `betterInterval` is the Wilson score interval (Wilson 1927) of the proportion
 * (A + O) of the A + O + M + I classifiable answers, and `worseInterval` that of (O + M), negated
 * (its bounds swapped) — the coefficients are proportions of the same base, so the interval of a
 * binomial proportion applies as it does to CSAT.
 *
 * @param answers - an array of `{ functional, dysfunctional }` pairs, one per respondent
 * @param options - `confidence` of the intervals (default 0.95)
 * @returns `n`, `counts`, `category` (`null` when n = 0), `better` / `worse` and their Wilson
 *   `betterInterval` / `worseInterval` (all four `null` when A + O + M + I = 0)
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a non-array (path `['answers']`), a bad pair
 *   (path `['answers', index, …]`) or bad options (path `['options', …]`)
 *
 * @example
 * ```ts
 * import { kanoSummary } from 'omnicx/satisfaction';
 * const summary = kanoSummary([
 *   { functional: 'like', dysfunctional: 'dislike' }, // one-dimensional
 *   { functional: 'like', dysfunctional: 'neutral' }, // attractive
 *   { functional: 'like', dysfunctional: 'liveWith' }, // attractive
 *   { functional: 'neutral', dysfunctional: 'dislike' }, // must-be
 * ]);
 * console.log([summary.category, summary.better, summary.worse]); // ['attractive', 0.75, -0.5]
 * // Wilson 95 % for 3 of 4: centre (3 + z²/2)/(4 + z²) = 0.6275, half-width 0.3269
 * console.log([summary.betterInterval?.lower.toFixed(4), summary.betterInterval?.upper.toFixed(4)]); // ['0.3006', '0.9544']
 * ```
 */
export function kanoSummary(answers: readonly KanoPair[], options?: SurveyConfidenceOptions): KanoSummary {
  if (!Array.isArray(answers)) throw invalid(`answers must be an array, got ${describe(answers)}`, ['answers']);
  const { confidence } = parseOptions(surveyConfidenceOptionsSchema, options);
  const counts = { attractive: 0, oneDimensional: 0, mustBe: 0, indifferent: 0, reverse: 0, questionable: 0 };
  const list: readonly unknown[] = answers;
  // Indexed loop, not forEach(): forEach() skips the holes of a sparse array, which n would still count.
  for (let i = 0; i < list.length; i++) {
    const pair = parseWith(kanoPairSchema, list[i], ['answers', i]);
    counts[classifyKano(pair.functional, pair.dysfunctional)] += 1;
  }
  return kanoResult(list.length, counts, confidence);
}
