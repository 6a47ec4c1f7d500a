import { assertWritable, invalid } from '../core/internal/assert.js';
import { mergeExact, partialsOf } from './internal/exactSum.js';
import { readInput } from './internal/input.js';
import { countTransitions } from './internal/markov.js';
import { addCounts, readMarkovAccumulator } from './internal/markovAccumulator.js';
import type { MarkovAttributionAccumulator } from './schemas.js';
import type { AttributionInput } from './types.js';

/**
 * Adds a batch of paths to a Markov attribution accumulator — the `add` step: counts the batch's
 * transitions in the accumulator's chain and adds them exactly. **Updates `acc` in place** and
 * returns it; use {@link mergeMarkovAttributionAccumulators} for a pure combination. The batch is
 * validated as {@link attributeMarkov} validates its input, and `acc` changes only when the whole
 * batch is valid.
 *
 * @param acc - an accumulator from {@link createMarkovAttributionAccumulator}
 * @param paths - path records (see {@link AttributionPath}; one record is a one-element array) or
 *   the columns of `encodePaths`
 * @returns `acc`, updated
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`),
 *   the errors of {@link attributeMarkov} for a bad batch (path `[i, field]` within the batch), or a
 *   count whose exact sum exceeds the double range (path `[]`)
 *
 * @example
 * ```ts
 * import { addMarkovAttributionPaths, createMarkovAttributionAccumulator } from 'omnicx/touchpoint';
 * const acc = createMarkovAttributionAccumulator();
 * addMarkovAttributionPaths(acc, [{ path: 'GoogleAds > Mailing', conversions: 1, nulls: 1 }]);
 * console.log(acc.channels); // ['GoogleAds', 'Mailing']
 * console.log(acc.transitions.length); // 2
 * console.log(acc.conversionsFrom[2]); // [1]
 * ```
 */
export function addMarkovAttributionPaths(acc: MarkovAttributionAccumulator, paths: AttributionInput): MarkovAttributionAccumulator {
  assertWritable(acc, ['acc']);
  const state = readMarkovAccumulator(acc, ['acc']);
  const input = readInput(paths);
  addCounts(state, countTransitions(input.encoded, state.order));
  state.totalConversions = mergeExact(state.totalConversions, partialsOf(input.encoded.conversions));
  state.totalValue = mergeExact(state.totalValue, partialsOf(input.encoded.values));
  const finite = (partials: readonly number[]): boolean => partials.every(Number.isFinite);
  if (
    ![state.journeys, state.totalConversions, state.totalValue].every(finite) ||
    !state.transitions.every((t) => finite(t.weight)) ||
    !state.conversionsFrom.every(finite) ||
    !state.nullsFrom.every(finite)
  ) {
    throw invalid('the batch takes a count or total beyond the double range (about 1.8e308)', []);
  }
  Object.assign(acc, state);
  return acc;
}
