import { parseOptions } from './internal/surveyInput.js';
import { servqualOptionsSchema, type ServqualAccumulator, type ServqualOptions } from './schemas.js';

const servqualAccumulatorOptionsSchema = servqualOptionsSchema.omit({ confidence: true });

/**
 * Creates an empty SERVQUAL accumulator for a scale and dimension weights — the `create` step
 * ({@link addServqualAnswers}, {@link mergeServqualAccumulators}, {@link servqualFromAccumulator}).
 * It keeps, per item, the number of answers and the exact integer sums of expectation, perception
 * and squared gap, so merging is exact and the result equals {@link servqualGaps} over the same
 * answers (see {@link mergeServqualAccumulators} for the order of the items). Answers must be
 * integers on the scale (`servqualGaps` also takes fractional ones).
 *
 * @param options - `scale` (default [1, 7]) and `weights` (default equal, stored as `null`), as for
 *   {@link servqualGaps}; only accumulators with the same scale and weights merge
 * @returns `{ kind: 'servqual', version: 1, scale, weights, items: [] }`, a new object
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for bad options (path `['options', …]`)
 *
 * @example
 * ```ts
 * import { createServqualAccumulator } from 'omnicx/satisfaction';
 * console.log(JSON.stringify(createServqualAccumulator({ weights: { reliability: 30, tangibles: 10 } }))); // '{"kind":"servqual","version":1,"scale":[1,7],"weights":{"reliability":30,"tangibles":10},"items":[]}'
 * ```
 */
export function createServqualAccumulator(options?: Omit<ServqualOptions, 'confidence'>): ServqualAccumulator {
  const { scale, weights } = parseOptions(servqualAccumulatorOptionsSchema, options);
  return { kind: 'servqual', version: 1, scale: [scale[0], scale[1]], weights: weights === undefined ? null : { ...weights }, items: [] };
}
