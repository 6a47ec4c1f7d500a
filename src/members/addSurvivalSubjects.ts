import { addCounts, setOwn } from './internal/accumulators.js';
import { tallySubjects, type SurvivalTally } from './internal/survival.js';
import { readSurvivalEntry, survivalCounts } from './internal/survivalAccumulator.js';
import type { SurvivalAccumulator, SurvivalSubject } from './schemas.js';
import { assertWritable } from '../core/internal/assert.js';

/**
 * Adds subjects `{ duration, churned }` to a Kaplan–Meier accumulator.
 *
 * **Updates `acc` in place** and returns the same object (use {@link mergeSurvivalAccumulators}
 * for a pure combination). Every subject is validated before anything is added, so a bad subject
 * leaves `acc` unchanged.
 *
 * `add` costs what the batch costs, not what the accumulator holds: it checks `acc`'s envelope and
 * the entries the batch touches; an entry it does not touch is checked by the merge and the
 * result function.
 *
 * @param acc - an accumulator from {@link createSurvivalAccumulator} (or parsed from JSON)
 * @param subjects - `{ duration, churned }` with a non-negative finite duration, as for {@link survivalCurve}
 * @returns `acc`, updated
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a bad subject (path `['subjects', i, key]`),
 *   a malformed accumulator (path `['acc', …]`); `NOT_SAFE_INTEGER` for a count past 2^53 − 1
 *
 * @example
 * ```ts
 * import { addSurvivalSubjects, createSurvivalAccumulator } from 'omnicx/members';
 * const acc = addSurvivalSubjects(createSurvivalAccumulator(), [
 *   { duration: 3, churned: true },
 *   { duration: 3, churned: false },
 *   { duration: 5, churned: true },
 * ]);
 * console.log(acc.counts); // { 3: [1, 1], 5: [1, 0] }
 * ```
 */
export function addSurvivalSubjects(acc: SurvivalAccumulator, subjects: readonly SurvivalSubject[]): SurvivalAccumulator {
  assertWritable(acc, ['acc']);
  const counts = survivalCounts(acc, ['acc']);
  const tally: SurvivalTally = new Map();
  tallySubjects(subjects, tally);
  // Check every touched entry and every sum before writing one, so that a failure changes nothing.
  const updates: [string, [number, number]][] = [];
  for (const [d, [events, censored]] of tally) {
    const key = String(d);
    const path = ['acc', 'counts', key];
    const old = Object.hasOwn(counts, key) ? readSurvivalEntry(key, counts[key], path) : [0, 0];
    updates.push([key, [addCounts(old[0] as number, events, [...path, 0]), addCounts(old[1] as number, censored, [...path, 1])]]);
  }
  for (const [key, entry] of updates) setOwn(counts, key, entry);
  return acc;
}
