/**
 * Running count, mean and sum of squared deviations of a stream of numbers: a plain,
 * JSON-serialisable object, created by {@link createMomentsAccumulator}, fed by
 * {@link addToMoments}, combined by {@link mergeMoments} and read by {@link momentsResult}.
 */
export interface MomentsAccumulator {
  /** Number of values added. */
  n: number;
  /** Mean of the values so far (0 while empty). */
  mean: number;
  /** Sum of squared deviations from the mean, Σ (xᵢ − x̄)² (0 while empty). */
  m2: number;
  /** Smallest value so far, `null` while empty. */
  min: number | null;
  /** Largest value so far, `null` while empty. */
  max: number | null;
}

/**
 * Creates an empty {@link MomentsAccumulator} — the `create` step of the accumulator pattern
 * (create / add / merge / result). Accumulators are plain data: store them as JSON, send them
 * between workers, and {@link mergeMoments} partial ones in any order.
 *
 * @returns `{ n: 0, mean: 0, m2: 0, min: null, max: null }`, a new object on every call
 *
 * @example
 * ```ts
 * import { addToMoments, createMomentsAccumulator, momentsResult } from 'omnicx/core';
 * const acc = createMomentsAccumulator();
 * for (const x of [2, 4, 4, 4, 5, 5, 7, 9]) addToMoments(acc, x);
 * console.log(momentsResult(acc).mean); // 5
 * console.log(JSON.stringify(createMomentsAccumulator())); // {"n":0,"mean":0,"m2":0,"min":null,"max":null}
 * ```
 */
export function createMomentsAccumulator(): MomentsAccumulator {
  return { n: 0, mean: 0, m2: 0, min: null, max: null };
}
