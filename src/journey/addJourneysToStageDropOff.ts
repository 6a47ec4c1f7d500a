import { readJourneys } from './internal/journeys.js';
import { readStageAccumulator } from './internal/stageAccumulator.js';
import { tallyStages } from './internal/stageCounts.js';
import { sumCounts } from './internal/accumulate.js';
import type { JourneySteps, StageDropOffAccumulator } from './schemas.js';
import { assertWritable } from '../core/internal/assert.js';

/**
 * Adds journeys to a stage drop-off accumulator — the `add` step. Each journey is counted as
 * `stageDropOff` counts it, on its own: every count is a sum over journeys, so a customer's
 * journeys may be added in different batches or shards and the result is still exactly that of
 * `stageDropOff` on all the journeys (a journey is a unit: give it whole, as built by
 * `buildJourneys`).
 *
 * **Updates `acc` in place** and returns it; a batch is added whole or not at all (a bad journey
 * leaves `acc` as it was). Use {@link mergeStageDropOffAccumulators} for a pure combination.
 *
 * @param acc - an accumulator from {@link createStageDropOffAccumulator}
 * @param journeys - journeys whose steps carry `stage`, as for `stageDropOff`; never mutated
 * @returns `acc`, updated
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`),
 *   bad journeys (as `stageDropOff`, path `['journeys', j, …]`); `NOT_SAFE_INTEGER` for counts past 2^53 − 1
 *
 * @example
 * ```ts
 * import { addJourneysToStageDropOff, createStageDropOffAccumulator, defineStages } from 'omnicx/journey';
 * const acc = createStageDropOffAccumulator(defineStages(['discover', 'buy']));
 * addJourneysToStageDropOff(acc, [{ steps: [{ touchpoint: 'ad', stage: 'discover', at: 0 }, { touchpoint: 'till', stage: 'buy', at: 5 }] }]);
 * addJourneysToStageDropOff(acc, [{ steps: [{ touchpoint: 'ad', stage: 'discover', at: 0 }] }, { steps: [] }]);
 * console.log(acc.exited); // [1, 1]
 * console.log(acc.unstaged); // 1
 * ```
 */
export function addJourneysToStageDropOff(acc: StageDropOffAccumulator, journeys: readonly JourneySteps[]): StageDropOffAccumulator {
  assertWritable(acc, ['acc']);
  const { index } = readStageAccumulator(acc, ['acc']);
  const tally = tallyStages(readJourneys(journeys), index);
  const journeysTotal = sumCounts(acc.journeys, tally.journeys, ['acc', 'journeys']);
  const unstaged = sumCounts(acc.unstaged, tally.unstaged, ['acc', 'unstaged']);
  const visited = acc.visited.map((n, i) => sumCounts(n, tally.visited[i] as number, ['acc', 'visited', i]));
  const exited = acc.exited.map((n, i) => sumCounts(n, tally.exited[i] as number, ['acc', 'exited', i]));
  return Object.assign(acc, { journeys: journeysTotal, unstaged, visited, exited });
}
