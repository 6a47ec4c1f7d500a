import { parseWith } from '../core/errors/parseWith.js';
import { kanoAnswerSchema, type KanoAnswer, type KanoCategory } from './schemas.js';

const A = 'attractive';
const O = 'oneDimensional';
const M = 'mustBe';
const I = 'indifferent';
const R = 'reverse';
const Q = 'questionable';

/**
 * The Kano evaluation table: rows are the functional answer, columns the dysfunctional one, both
 * in the order like, must-be, neutral, live-with, dislike (Berger et al. 1993, Center for Quality
 * Management Journal 2(4):3–36, table of the "Kano evaluation"; after Kano et al. 1984).
 */
const TABLE: Readonly<Record<KanoAnswer, readonly KanoCategory[]>> = {
  //          like mustBe neutral liveWith dislike
  like: /*  */ [Q, A, A, A, O],
  mustBe: /**/ [R, I, I, I, M],
  neutral: /* */ [R, I, I, I, M],
  liveWith: [R, I, I, I, M],
  dislike: /* */ [R, R, R, R, Q],
};

const COLUMN: Readonly<Record<KanoAnswer, number>> = { like: 0, mustBe: 1, neutral: 2, liveWith: 3, dislike: 4 };

/**
 * Classifies one respondent's pair of answers about a feature with the standard Kano evaluation
 * table (Kano, Seraku, Takahashi & Tsuji 1984, "Attractive quality and must-be quality", Journal
 * of the Japanese Society for Quality Control 14(2):39–48; the 5×5 table as in Berger et al. 1993,
 * "Kano's methods for understanding customer-defined quality", Center for Quality Management
 * Journal 2(4):3–36):
 *
 * | functional ↓ / dysfunctional → | like | mustBe | neutral | liveWith | dislike |
 * |---|---|---|---|---|---|
 * | like     | Q | A | A | A | O |
 * | mustBe   | R | I | I | I | M |
 * | neutral  | R | I | I | I | M |
 * | liveWith | R | I | I | I | M |
 * | dislike  | R | R | R | R | Q |
 *
 * A attractive, O one-dimensional, M must-be, I indifferent, R reverse, Q questionable.
 *
 * @param functional - the answer to "how do you feel if the product has this feature?"
 * @param dysfunctional - the answer to "how do you feel if it does not?"
 * @returns the Kano category
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for an unknown answer (path `['functional']` or
 *   `['dysfunctional']`)
 *
 * @example
 * ```ts
 * import { classifyKano } from 'omnicx/satisfaction';
 * console.log(classifyKano('like', 'dislike')); // 'oneDimensional'
 * console.log(classifyKano('neutral', 'dislike')); // 'mustBe'
 * console.log(classifyKano('like', 'neutral')); // 'attractive'
 * ```
 */
export function classifyKano(functional: KanoAnswer, dysfunctional: KanoAnswer): KanoCategory {
  const row = parseWith(kanoAnswerSchema, functional, ['functional']);
  const column = parseWith(kanoAnswerSchema, dysfunctional, ['dysfunctional']);
  return TABLE[row][COLUMN[column]] as KanoCategory;
}
