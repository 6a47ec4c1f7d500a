import { parseWith } from '../core/errors/parseWith.js';
import { describe, invalid } from '../core/internal/assert.js';
import { classifyKano } from './classifyKano.js';
import { kanoPairSchema, type KanoCategory, type KanoPair, type KanoSummary } from './schemas.js';

/** Tie-break order of the mode: the category that matters most to the product decision first. */
const PRIORITY: readonly KanoCategory[] = ['mustBe', 'oneDimensional', 'attractive', 'indifferent', 'reverse', 'questionable'];

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
 * @param answers - an array of `{ functional, dysfunctional }` pairs, one per respondent
 * @returns `n`, `counts`, `category` (`null` when n = 0) and `better` / `worse` (`null` when
 *   A + O + M + I = 0)
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a non-array (path `['answers']`) or a bad pair
 *   (path `['answers', index, …]`)
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
 * ```
 */
export function kanoSummary(answers: readonly KanoPair[]): KanoSummary {
  if (!Array.isArray(answers)) throw invalid(`answers must be an array, got ${describe(answers)}`, ['answers']);
  const counts = { attractive: 0, oneDimensional: 0, mustBe: 0, indifferent: 0, reverse: 0, questionable: 0 };
  const list: readonly unknown[] = answers;
  // Indexed loop, not forEach(): forEach() skips the holes of a sparse array, which n would still count.
  for (let i = 0; i < list.length; i++) {
    const pair = parseWith(kanoPairSchema, list[i], ['answers', i]);
    counts[classifyKano(pair.functional, pair.dysfunctional)] += 1;
  }
  let category: KanoCategory | null = null;
  for (const candidate of PRIORITY) {
    if (counts[candidate] > 0 && (category === null || counts[candidate] > counts[category])) category = candidate;
  }
  const { attractive: a, oneDimensional: o, mustBe: m, indifferent: i } = counts;
  const base = a + o + m + i;
  return {
    n: list.length,
    counts,
    category,
    better: base === 0 ? null : (a + o) / base,
    worse: base === 0 ? null : o + m === 0 ? 0 : -(o + m) / base,
  };
}
