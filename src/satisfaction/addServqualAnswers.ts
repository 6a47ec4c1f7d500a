import { parseWith } from '../core/errors/parseWith.js';
import { assertWritable, describe, invalid } from '../core/internal/assert.js';
import { addExact, assertServqualAccumulator, servqualItemIndex } from './internal/accumulators.js';
import { servqualResponseSchema, type ServqualAccumulator, type ServqualDimension, type ServqualResponse } from './schemas.js';

interface Staged {
  item: string;
  dimension: ServqualDimension;
  n: number;
  expectation: number;
  perception: number;
  squaredGaps: number;
}

/**
 * Adds a batch of SERVQUAL answers to an accumulator. **Updates `acc` in place** and returns it;
 * use {@link mergeServqualAccumulators} for a pure combination. New items are appended in order of
 * first appearance. The whole batch is checked first: a bad answer, an item under another
 * dimension than before, or a sum that would pass 2^53 − 1 leaves `acc` as it was.
 *
 * @param acc - an accumulator from {@link createServqualAccumulator} (or parsed from JSON)
 * @param responses - an array of `{ item, dimension, expectation, perception }`, **integer** ratings
 *   on the accumulator's scale
 * @returns `acc`, updated
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a frozen or malformed accumulator (path
 *   `['acc', …]`), a non-array (path `['responses']`), a bad answer or one that is not an integer
 *   on the scale (path `['responses', i, …]`), an item under two dimensions (path
 *   `['responses', i, 'dimension']`); `NOT_SAFE_INTEGER` when a sum would pass 2^53 − 1 (path
 *   `['acc', 'items', index, field]`, or `['responses', i]` for a new item)
 *
 * @example
 * ```ts
 * import { addServqualAnswers, createServqualAccumulator } from 'omnicx/satisfaction';
 * const acc = addServqualAnswers(createServqualAccumulator(), [
 *   { item: 'R1', dimension: 'reliability', expectation: 7, perception: 5 },
 *   { item: 'R1', dimension: 'reliability', expectation: 6, perception: 6 },
 * ]);
 * // gaps −2 and 0: Σ E = 13, Σ P = 11, Σ gap² = 4
 * console.log(acc.items); // [{ item: 'R1', dimension: 'reliability', n: 2, expectation: 13, perception: 11, squaredGaps: 4 }]
 * ```
 */
export function addServqualAnswers(acc: ServqualAccumulator, responses: readonly ServqualResponse[]): ServqualAccumulator {
  assertWritable(acc, ['acc']);
  assertServqualAccumulator(acc, ['acc']);
  const index = servqualItemIndex(acc, ['acc']);
  if (!Array.isArray(responses)) throw invalid(`responses must be an array, got ${describe(responses)}`, ['responses']);
  const [low, high] = acc.scale;
  const staged = new Map<string, { readonly at: number | undefined; readonly path: readonly (string | number)[]; readonly sums: Staged }>();
  const list: readonly unknown[] = responses;
  // Indexed loop, not forEach(): forEach() skips the holes of a sparse array.
  for (let i = 0; i < list.length; i++) {
    const response = parseWith(servqualResponseSchema, list[i], ['responses', i]);
    for (const field of ['expectation', 'perception'] as const) {
      const value = response[field];
      if (!(value >= low && value <= high && Number.isInteger(value))) {
        throw invalid(`responses.${String(i)}.${field} must be an integer on the scale ${String(low)}–${String(high)}, got ${String(value)}`, [
          'responses',
          i,
          field,
        ]);
      }
    }
    let entry = staged.get(response.item);
    if (entry === undefined) {
      const at = index.get(response.item);
      const held = at === undefined ? undefined : acc.items[at];
      entry = {
        at,
        path: at === undefined ? ['responses', i] : ['acc', 'items', at],
        sums: held === undefined ? { item: response.item, dimension: response.dimension, n: 0, expectation: 0, perception: 0, squaredGaps: 0 } : { ...held },
      };
      staged.set(response.item, entry);
    }
    const { sums, path } = entry;
    if (sums.dimension !== response.dimension) {
      throw invalid(
        `responses.${String(i)}.dimension: item ${JSON.stringify(response.item)} is under ${sums.dimension}, not ${response.dimension}`,
        ['responses', i, 'dimension'],
      );
    }
    const gap = response.perception - response.expectation;
    sums.n = addExact(sums.n, 1, [...path, 'n']);
    sums.expectation = addExact(sums.expectation, response.expectation, [...path, 'expectation']);
    sums.perception = addExact(sums.perception, response.perception, [...path, 'perception']);
    sums.squaredGaps = addExact(sums.squaredGaps, gap * gap, [...path, 'squaredGaps']);
  }
  // Everything checked: apply (held items in place, new ones appended in order of first appearance).
  for (const { at, sums } of staged.values()) {
    if (at === undefined) acc.items.push(sums);
    else acc.items[at] = sums;
  }
  return acc;
}
