import { kaplanMeier, type SurvivalCurve } from './internal/survival.js';
import { readSurvivalAccumulator } from './internal/survivalAccumulator.js';
import type { SurvivalAccumulator } from './schemas.js';

/**
 * Reads the Kaplan–Meier curve of an accumulator — the `result` step. Bit-for-bit equal to
 * {@link survivalCurve} over the same subjects, however they were split and merged (the same
 * loop runs on the same counts). The accumulator is not modified.
 *
 * @param acc - a survival accumulator
 * @returns the curve (empty arrays for an empty accumulator)
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`)
 *
 * @example
 * ```ts
 * import { addSurvivalSubjects, createSurvivalAccumulator, survivalCurveFromAccumulator } from 'omnicx/members';
 * const acc = addSurvivalSubjects(createSurvivalAccumulator(), [
 *   { duration: 1, churned: true },
 *   { duration: 2, churned: false },
 *   { duration: 3, churned: true },
 *   { duration: 4, churned: false },
 * ]);
 * const km = survivalCurveFromAccumulator(JSON.parse(JSON.stringify(acc)));
 * console.log(km.time); // [1, 2, 3, 4]
 * console.log(km.survival); // [0.75, 0.75, 0.375, 0.375]
 * ```
 */
export function survivalCurveFromAccumulator(acc: SurvivalAccumulator): SurvivalCurve {
  const { tally, total } = readSurvivalAccumulator(acc, ['acc']);
  return kaplanMeier(tally, total);
}
