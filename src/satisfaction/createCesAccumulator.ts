import { parseOptions } from './internal/surveyInput.js';
import { cesOptionsSchema, type CesAccumulator, type CesOptions } from './schemas.js';

const cesAccumulatorOptionsSchema = cesOptionsSchema.omit({ confidence: true });

/**
 * Creates an empty CES accumulator for a scale — the `create` step ({@link addCesResponse},
 * {@link mergeCesAccumulators}, {@link cesFromAccumulator}). It holds a histogram (one count per
 * scale point), so merging is exact and any split of the answers gives bit-for-bit the result of
 * {@link ces}.
 *
 * @param options - `scale` (default [1, 7], at most 101 points)
 * @returns `{ kind: 'ces', version: 1, scale, counts }` with every count 0
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a bad scale (path `['options', 'scale']`)
 *
 * @example
 * ```ts
 * import { createCesAccumulator } from 'omnicx/satisfaction';
 * console.log(createCesAccumulator({ scale: [1, 5] }).counts); // [0, 0, 0, 0, 0]
 * ```
 */
export function createCesAccumulator(options?: Omit<CesOptions, 'confidence'>): CesAccumulator {
  const { scale } = parseOptions(cesAccumulatorOptionsSchema, options);
  return { kind: 'ces', version: 1, scale: [scale[0], scale[1]], counts: new Array<number>(scale[1] - scale[0] + 1).fill(0) };
}
