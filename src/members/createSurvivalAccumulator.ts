import type { SurvivalAccumulator } from './schemas.js';

/**
 * Creates an empty Kaplan–Meier accumulator — the `create` step of the accumulator pattern
 * ({@link addSurvivalSubjects}, {@link mergeSurvivalAccumulators},
 * {@link survivalCurveFromAccumulator}) for computing {@link survivalCurve} over subjects held in
 * shards or workers. The curve depends on the subjects only through the number of events and of
 * censorings at each distinct duration, so the accumulator keeps exactly those counts (memory: one
 * entry per distinct duration — round durations to whole days or weeks to bound it) and any split
 * of the subjects, merged in any order, gives bit-for-bit the one-pass curve. Shards need not
 * partition anything: every subject is one independent row.
 *
 * @returns `{ kind: 'survival', version: 1, counts: {} }`, a new plain JSON object
 *
 * @example
 * ```ts
 * import { createSurvivalAccumulator } from 'omnicx/members';
 * console.log(JSON.stringify(createSurvivalAccumulator())); // '{"kind":"survival","version":1,"counts":{}}'
 * ```
 */
export function createSurvivalAccumulator(): SurvivalAccumulator {
  return { kind: 'survival', version: 1, counts: {} };
}
