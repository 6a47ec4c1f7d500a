import { addCounts } from './internal/accumulators.js';
import { readSurvivalAccumulator, survivalAccumulatorOf } from './internal/survivalAccumulator.js';
import type { SurvivalAccumulator } from './schemas.js';

/**
 * Combines two Kaplan–Meier accumulators into a new one holding the subjects of both — the
 * `merge` step. Pure (neither input is modified), exact, associative and commutative.
 *
 * @param a - a survival accumulator
 * @param b - another
 * @returns a new accumulator with the counts added per duration
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['a', …]` or
 *   `['b', …]`); `NOT_SAFE_INTEGER` for a merged count past 2^53 − 1
 *
 * @example
 * ```ts
 * import { addSurvivalSubjects, createSurvivalAccumulator, mergeSurvivalAccumulators, survivalCurveFromAccumulator } from 'omnicx/members';
 * const east = addSurvivalSubjects(createSurvivalAccumulator(), [{ duration: 1, churned: true }, { duration: 2, churned: false }]);
 * const west = addSurvivalSubjects(createSurvivalAccumulator(), [{ duration: 3, churned: true }, { duration: 4, churned: false }]);
 * console.log(survivalCurveFromAccumulator(mergeSurvivalAccumulators(east, west)).survival); // [0.75, 0.75, 0.375, 0.375]
 * ```
 */
export function mergeSurvivalAccumulators(a: SurvivalAccumulator, b: SurvivalAccumulator): SurvivalAccumulator {
  const x = readSurvivalAccumulator(a, ['a']);
  const y = readSurvivalAccumulator(b, ['b']);
  addCounts(x.total, y.total, ['b', 'counts']);
  for (const [d, [events, censored]] of y.tally) {
    const old = x.tally.get(d) ?? [0, 0];
    const path = ['b', 'counts', String(d)];
    x.tally.set(d, [addCounts(old[0], events, [...path, 0]), addCounts(old[1], censored, [...path, 1])]);
  }
  return survivalAccumulatorOf(x.tally);
}
