import { parseWith } from '../core/errors/parseWith.js';
import { invalid } from '../core/internal/assert.js';
import { addExact, servqualItemIndex } from './internal/accumulators.js';
import { servqualAccumulatorSchema, servqualDimensionSchema, type ServqualAccumulator } from './schemas.js';

function sameWeights(a: ServqualAccumulator['weights'], b: ServqualAccumulator['weights']): boolean {
  if (a === null || b === null) return a === b;
  return servqualDimensionSchema.options.every((d) => a[d] === b[d]);
}

/**
 * Combines two SERVQUAL accumulators into a new one holding the answers of both — the `merge`
 * step. Pure and exact (integer sums add), so associative. Both must have the same scale and the
 * same weights.
 *
 * Items are listed as in `a`, then the items new in `b` in `b`'s order: merging shards in their
 * order (any tree) keeps the order of first appearance, and the result equals
 * {@link servqualGaps} exactly. Merged in another order, only the order of `items` differs — every
 * number is the same (dimensions sum their items in the order of the ids).
 *
 * @param a - a SERVQUAL accumulator
 * @param b - another, with the same scale and weights
 * @returns a new accumulator
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['a', …]` or
 *   `['b', …]`), a different scale (path `['b', 'scale']`) or weights (path `['b', 'weights']`),
 *   an item under two dimensions (path `['b', 'items', i, 'dimension']`); `NOT_SAFE_INTEGER` when
 *   a merged sum passes 2^53 − 1 (path `['b', 'items', i, field]`)
 *
 * @example
 * ```ts
 * import { addServqualAnswers, createServqualAccumulator, mergeServqualAccumulators, servqualFromAccumulator } from 'omnicx/satisfaction';
 * const monday = addServqualAnswers(createServqualAccumulator(), [{ item: 'R1', dimension: 'reliability', expectation: 7, perception: 5 }]);
 * const tuesday = addServqualAnswers(createServqualAccumulator(), [{ item: 'R1', dimension: 'reliability', expectation: 6, perception: 6 }]);
 * console.log(servqualFromAccumulator(mergeServqualAccumulators(monday, tuesday)).items[0]?.gap); // -1
 * ```
 */
export function mergeServqualAccumulators(a: ServqualAccumulator, b: ServqualAccumulator): ServqualAccumulator {
  const x = parseWith(servqualAccumulatorSchema, a, ['a']);
  const y = parseWith(servqualAccumulatorSchema, b, ['b']);
  const indexA = servqualItemIndex(x, ['a']);
  servqualItemIndex(y, ['b']);
  if (x.scale[0] !== y.scale[0] || x.scale[1] !== y.scale[1]) {
    throw invalid(`b.scale ${JSON.stringify(y.scale)} differs from a.scale ${JSON.stringify(x.scale)}`, ['b', 'scale']);
  }
  if (!sameWeights(x.weights, y.weights)) {
    throw invalid(`b.weights ${JSON.stringify(y.weights)} differ from a.weights ${JSON.stringify(x.weights)}`, ['b', 'weights']);
  }
  const items = x.items.map((item) => ({ ...item }));
  y.items.forEach((item, i) => {
    const at = indexA.get(item.item);
    if (at === undefined) {
      items.push({ ...item });
      return;
    }
    const held = items[at] as (typeof items)[number];
    if (held.dimension !== item.dimension) {
      throw invalid(`b.items[${String(i)}]: item ${JSON.stringify(item.item)} is under ${held.dimension} in a, not ${item.dimension}`, [
        'b',
        'items',
        i,
        'dimension',
      ]);
    }
    const path = ['b', 'items', i];
    items[at] = {
      item: held.item,
      dimension: held.dimension,
      n: addExact(held.n, item.n, [...path, 'n']),
      expectation: addExact(held.expectation, item.expectation, [...path, 'expectation']),
      perception: addExact(held.perception, item.perception, [...path, 'perception']),
      squaredGaps: addExact(held.squaredGaps, item.squaredGaps, [...path, 'squaredGaps']),
    };
  });
  return { kind: 'servqual', version: 1, scale: [x.scale[0], x.scale[1]], weights: x.weights === null ? null : { ...x.weights }, items };
}
