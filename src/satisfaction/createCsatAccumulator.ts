import { parseOptions, topBoxes } from './internal/surveyInput.js';
import { csatOptionsSchema, type CsatAccumulator, type CsatOptions } from './schemas.js';

const csatAccumulatorOptionsSchema = csatOptionsSchema.omit({ confidence: true });

/**
 * Creates an empty CSAT accumulator for a scale and its top boxes — the `create` step of the
 * accumulator pattern ({@link addCsatResponse}, {@link mergeCsatAccumulators},
 * {@link csatFromAccumulator}). A plain JSON object; only accumulators with the same scale and top
 * boxes can be merged.
 *
 * @param options - `scale` (default [1, 5]) and `satisfied` (default the two highest points)
 * @returns `{ kind: 'csat', version: 1, scale, satisfiedValues, n: 0, satisfied: 0 }`
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a bad scale or a top box off the scale (path
 *   `['options', …]`)
 *
 * @example
 * ```ts
 * import { createCsatAccumulator } from 'omnicx/satisfaction';
 * console.log(createCsatAccumulator({ scale: [1, 7] }).satisfiedValues); // [6, 7]
 * console.log(createCsatAccumulator().n); // 0
 * ```
 */
export function createCsatAccumulator(options?: Omit<CsatOptions, 'confidence'>): CsatAccumulator {
  const { scale, satisfied } = parseOptions(csatAccumulatorOptionsSchema, options);
  return {
    kind: 'csat',
    version: 1,
    scale: [scale[0], scale[1]],
    satisfiedValues: topBoxes(scale, satisfied, ['options', 'satisfied']),
    n: 0,
    satisfied: 0,
  };
}
