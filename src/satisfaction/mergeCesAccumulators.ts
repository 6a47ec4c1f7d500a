import { parseWith } from '../core/errors/parseWith.js';
import { invalid } from '../core/internal/assert.js';
import { addCounts, assertCesAccumulator } from './internal/accumulators.js';
import { cesAccumulatorSchema, type CesAccumulator } from './schemas.js';

/**
 * Combines two CES accumulators into a new one holding the answers of both — the `merge` step.
 * Pure and exact (histograms add), so associative and commutative. Both must use the same scale.
 *
 * @param a - a CES accumulator
 * @param b - another, on the same scale
 * @returns a new accumulator
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['a', …]` or
 *   `['b', …]`) or a different scale (path `['b', 'scale']`); `NOT_SAFE_INTEGER` for a merged count
 *   past 2^53 − 1
 *
 * @example
 * ```ts
 * import { addCesResponse, cesFromAccumulator, createCesAccumulator, mergeCesAccumulators } from 'omnicx/satisfaction';
 * const store = addCesResponse(createCesAccumulator(), 7);
 * const web = addCesResponse(createCesAccumulator(), 4);
 * console.log(cesFromAccumulator(mergeCesAccumulators(store, web)).mean); // 5.5
 * ```
 */
export function mergeCesAccumulators(a: CesAccumulator, b: CesAccumulator): CesAccumulator {
  const x = parseWith(cesAccumulatorSchema, a, ['a']);
  const y = parseWith(cesAccumulatorSchema, b, ['b']);
  assertCesAccumulator(x, ['a']);
  assertCesAccumulator(y, ['b']);
  if (x.scale[0] !== y.scale[0] || x.scale[1] !== y.scale[1]) {
    throw invalid(`b.scale ${JSON.stringify(y.scale)} differs from a.scale ${JSON.stringify(x.scale)}`, ['b', 'scale']);
  }
  return {
    kind: 'ces',
    version: 1,
    scale: [x.scale[0], x.scale[1]],
    counts: x.counts.map((count, i) => addCounts(count, y.counts[i] as number, ['b', 'counts', i])),
  };
}
