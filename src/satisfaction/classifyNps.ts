import { offScale } from './internal/surveyInput.js';
import type { NpsCategory } from './schemas.js';

/**
 * Classifies one likelihood-to-recommend answer (0–10) as in the Net Promoter Score (Reichheld
 * 2003, "The one number you need to grow", Harvard Business Review 81(12)): 9–10 `'promoter'`,
 * 7–8 `'passive'`, 0–6 `'detractor'`.
 *
 * @param score - an integer from 0 to 10
 * @returns the NPS category
 * @throws {@link core!OmnicxError} `INVALID_INPUT` (path `['score']`) for anything but an integer 0–10
 *
 * @example
 * ```ts
 * import { classifyNps } from 'omnicx/satisfaction';
 * console.log(classifyNps(9)); // 'promoter'
 * console.log(classifyNps(8)); // 'passive'
 * console.log(classifyNps(0)); // 'detractor'
 * ```
 */
export function classifyNps(score: number): NpsCategory {
  if (score >= 0 && score <= 10 && score === Math.floor(score)) {
    return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
  }
  return offScale(score, 0, 10, ['score']);
}
