import type { NpsAccumulator } from './schemas.js';

/**
 * Creates an empty NPS accumulator — the `create` step of the accumulator pattern (create /
 * {@link addNpsScore} / {@link mergeNpsAccumulators} / {@link npsFromAccumulator}). Accumulators
 * are plain JSON objects with a `kind` tag and a `version`: store them per day or store, send them
 * between workers and merge them in any order; the result equals one pass over all the answers.
 *
 * @returns `{ kind: 'nps', version: 1, promoters: 0, passives: 0, detractors: 0 }`, a new object
 *
 * @example
 * ```ts
 * import { createNpsAccumulator } from 'omnicx/satisfaction';
 * console.log(JSON.stringify(createNpsAccumulator())); // '{"kind":"nps","version":1,"promoters":0,"passives":0,"detractors":0}'
 * ```
 */
export function createNpsAccumulator(): NpsAccumulator {
  return { kind: 'nps', version: 1, promoters: 0, passives: 0, detractors: 0 };
}
