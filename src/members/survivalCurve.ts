import { kaplanMeier, tallySubjects, type SurvivalCurve, type SurvivalTally } from './internal/survival.js';
import type { SurvivalSubject } from './schemas.js';

export type { SurvivalCurve } from './internal/survival.js';

/**
 * The Kaplan–Meier survival curve (Kaplan & Meier 1958) with Greenwood's standard errors (Greenwood
 * 1926), from subjects observed for `duration` who churned (`churned: true`) or were censored.
 * Conventions of R's `survival::survfit`: subjects censored at an event time are at risk at that
 * time; entries are given at every distinct time with an event or a censoring.
 *
 * @param subjects - `{ duration, churned }` with a non-negative finite duration
 * @returns the curve (empty arrays for no subjects)
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a bad subject (path `['subjects', i, key]`)
 *
 * @example
 * ```ts
 * import { survivalCurve } from 'omnicx/members';
 * const km = survivalCurve([
 *   { duration: 1, churned: true },
 *   { duration: 2, churned: false },
 *   { duration: 3, churned: true },
 *   { duration: 4, churned: false },
 * ]);
 * console.log(km.survival); // [0.75, 0.75, 0.375, 0.375]
 * ```
 */
export function survivalCurve(subjects: readonly SurvivalSubject[]): SurvivalCurve {
  const byTime: SurvivalTally = new Map();
  const total = tallySubjects(subjects, byTime);
  return kaplanMeier(byTime, total);
}
