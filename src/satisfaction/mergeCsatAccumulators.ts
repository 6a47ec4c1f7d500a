import { parseWith } from '../core/errors/parseWith.js';
import { invalid } from '../core/internal/assert.js';
import { addCounts } from './internal/accumulators.js';
import { csatAccumulatorSchema, type CsatAccumulator } from './schemas.js';

function sameList(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/**
 * Combines two CSAT accumulators into a new one holding the answers of both — the `merge` step.
 * Pure, exact, associative and commutative. Both must use the same scale and top boxes.
 *
 * @param a - a CSAT accumulator
 * @param b - another, with the same `scale` and `satisfiedValues`
 * @returns a new accumulator
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['a', …]` or
 *   `['b', …]`) or a different scale (path `['b', 'scale']`) or top boxes (path
 *   `['b', 'satisfiedValues']`); `NOT_SAFE_INTEGER` for a merged count past 2^53 − 1
 *
 * @example
 * ```ts
 * import { addCsatResponse, createCsatAccumulator, csatFromAccumulator, mergeCsatAccumulators } from 'omnicx/satisfaction';
 * const monday = addCsatResponse(createCsatAccumulator(), 5);
 * const tuesday = addCsatResponse(createCsatAccumulator(), 1);
 * console.log(csatFromAccumulator(mergeCsatAccumulators(monday, tuesday)).score); // 50
 * ```
 */
export function mergeCsatAccumulators(a: CsatAccumulator, b: CsatAccumulator): CsatAccumulator {
  const x = parseWith(csatAccumulatorSchema, a, ['a']);
  const y = parseWith(csatAccumulatorSchema, b, ['b']);
  if (!sameList(x.scale, y.scale)) {
    throw invalid(`b.scale ${JSON.stringify(y.scale)} differs from a.scale ${JSON.stringify(x.scale)}`, ['b', 'scale']);
  }
  if (!sameList(x.satisfiedValues, y.satisfiedValues)) {
    throw invalid('b.satisfiedValues differ from a.satisfiedValues: the accumulators count different top boxes', [
      'b',
      'satisfiedValues',
    ]);
  }
  return {
    kind: 'csat',
    version: 1,
    scale: [x.scale[0], x.scale[1]],
    satisfiedValues: [...x.satisfiedValues],
    n: addCounts(x.n, y.n, ['b', 'n']),
    satisfied: addCounts(x.satisfied, y.satisfied, ['b', 'satisfied']),
  };
}
