import { assertWritable, invalid } from '../core/internal/assert.js';
import { mergeExact, partialsOf } from './internal/exactSum.js';
import { readInput } from './internal/input.js';
import { channelSets } from './internal/shapley.js';
import { addSets, readShapleyAccumulator } from './internal/shapleyAccumulator.js';
import type { ShapleyAttributionAccumulator } from './schemas.js';
import type { AttributionInput } from './types.js';

/**
 * Adds a batch of paths to a Shapley attribution accumulator — the `add` step: groups the batch's
 * journeys by channel set and adds their sums exactly. **Updates `acc` in place** and returns it;
 * use {@link mergeShapleyAttributionAccumulators} for a pure combination. The batch is validated as
 * {@link attributeShapley} validates its input, and `acc` changes only when the whole batch is
 * valid. Every channel of the batch is recorded, with 0 when it earns nothing.
 *
 * @param acc - an accumulator from {@link createShapleyAttributionAccumulator}
 * @param paths - path records (see {@link AttributionPath}; one record is a one-element array) or
 *   the columns of `encodePaths`
 * @returns `acc`, updated
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`),
 *   the errors of {@link attributeShapley} for a bad batch (path `[i, field]` within the batch), or a
 *   sum beyond the double range (path `[]`)
 *
 * @example
 * ```ts
 * import { addShapleyAttributionPaths, createShapleyAttributionAccumulator } from 'omnicx/touchpoint';
 * const acc = createShapleyAttributionAccumulator();
 * addShapleyAttributionPaths(acc, [
 *   { path: 'search > email > search', conversions: 2, value: 90 },
 *   { path: 'email > search', conversions: 1, nulls: 3, value: 10 },
 * ]);
 * console.log(acc.sets.length); // 1
 * console.log(acc.sets[0]?.journeys); // [6]
 * ```
 */
export function addShapleyAttributionPaths(acc: ShapleyAttributionAccumulator, paths: AttributionInput): ShapleyAttributionAccumulator {
  assertWritable(acc, ['acc']);
  const state = readShapleyAccumulator(acc, ['acc']);
  const input = readInput(paths);
  const { encoded } = input;
  // Channels of paths without journeys are listed too, as attributeShapley lists them.
  const known = new Set(state.channels);
  for (const name of encoded.dictionary) {
    if (!known.has(name)) {
      known.add(name);
      state.channels.push(name);
    }
  }
  addSets(state, channelSets(encoded));
  state.totalConversions = mergeExact(state.totalConversions, partialsOf(encoded.conversions));
  state.totalValue = mergeExact(state.totalValue, partialsOf(encoded.values));
  const finite = (partials: readonly number[]): boolean => partials.every(Number.isFinite);
  if (!finite(state.totalConversions) || !finite(state.totalValue) || !state.sets.every((s) => finite(s.conversions) && finite(s.value) && finite(s.journeys))) {
    throw invalid('the batch takes a sum beyond the double range (about 1.8e308)', []);
  }
  Object.assign(acc, state);
  return acc;
}
