import { assertWritable, invalid } from '../core/internal/assert.js';
import { addExact, mergeExact } from './internal/exactSum.js';
import { heuristicTerms } from './internal/heuristic.js';
import { readHeuristicAccumulator } from './internal/heuristicAccumulator.js';
import { readAges, readInput } from './internal/input.js';
import type { HeuristicAttributionAccumulator } from './schemas.js';
import type { AttributionInput } from './types.js';

/**
 * Adds a batch of paths to a rule-based attribution accumulator — the `add` step. **Updates `acc`
 * in place** and returns it; use {@link mergeHeuristicAttributionAccumulators} for a pure
 * combination. The batch is validated as {@link attributeHeuristic} validates its input, and `acc`
 * is changed only when the whole batch is valid. Every channel of the batch is recorded, with 0 when
 * it earns nothing.
 *
 * @param acc - an accumulator from {@link createHeuristicAttributionAccumulator}
 * @param paths - path records (see {@link AttributionPath}; one record is a one-element array) or
 *   the columns of `encodePaths`; the time-decay model needs records with `touchedAt`
 * @returns `acc`, updated
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`),
 *   the errors of {@link attributeHeuristic} for a bad batch (path `[i, field]` within the batch),
 *   or a credit whose exact sum exceeds the double range (path `[]`); `INVALID_DATE` for an
 *   unreadable instant
 *
 * @example
 * ```ts
 * import { addHeuristicAttributionPaths, createHeuristicAttributionAccumulator, heuristicAttributionFromAccumulator } from 'omnicx/touchpoint';
 * const acc = createHeuristicAttributionAccumulator('linear');
 * addHeuristicAttributionPaths(acc, [{ path: 'search > email', conversions: 2, value: 100 }]);
 * addHeuristicAttributionPaths(acc, [{ path: 'social', conversions: 0, nulls: 5 }]);
 * console.log(acc.channels); // ['search', 'email', 'social']
 * console.log(heuristicAttributionFromAccumulator(acc).credits['email']); // { conversions: 1, value: 50 }
 * ```
 */
export function addHeuristicAttributionPaths(acc: HeuristicAttributionAccumulator, paths: AttributionInput): HeuristicAttributionAccumulator {
  assertWritable(acc, ['acc']);
  const setup = readHeuristicAccumulator(acc, ['acc']);
  const input = readInput(paths);
  const ages = readAges(input.records, input.encoded, setup.model === 'timeDecay');
  const { dictionary, conversions, values } = input.encoded;
  const batchC: number[][] = dictionary.map(() => []);
  const batchV: number[][] = dictionary.map(() => []);
  heuristicTerms(input.encoded, setup.model, setup.options, ages, (channel, share, c, v) => {
    addExact(batchC[channel] as number[], share * c);
    addExact(batchV[channel] as number[], share * v);
  });
  const totalC: number[] = [];
  const totalV: number[] = [];
  for (let i = 0; i < conversions.length; i++) {
    addExact(totalC, conversions[i] as number);
    addExact(totalV, values[i] as number);
  }
  // Build every new sum before touching acc, so that an overflow leaves it as it was.
  const channels = setup.channels.slice();
  const creditC = setup.conversions.slice();
  const creditV = setup.values.slice();
  const index = new Map(channels.map((name, c) => [name, c]));
  dictionary.forEach((name, id) => {
    let c = index.get(name);
    if (c === undefined) {
      c = channels.length;
      index.set(name, c);
      channels.push(name);
      creditC.push([]);
      creditV.push([]);
    }
    creditC[c] = mergeExact(creditC[c] as number[], batchC[id] as number[]);
    creditV[c] = mergeExact(creditV[c] as number[], batchV[id] as number[]);
  });
  const sumC = mergeExact(setup.totalConversions, totalC);
  const sumV = mergeExact(setup.totalValue, totalV);
  const finite = (partials: readonly number[]): boolean => partials.every(Number.isFinite);
  if (!finite(sumC) || !finite(sumV) || !creditC.every(finite) || !creditV.every(finite)) {
    throw invalid('the batch takes a credit or total beyond the double range (about 1.8e308)', []);
  }
  acc.channels = channels;
  acc.conversions = creditC;
  acc.values = creditV;
  acc.totalConversions = sumC;
  acc.totalValue = sumV;
  return acc;
}
