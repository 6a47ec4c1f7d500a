import { sameDefinition, sumCounts } from './internal/accumulate.js';
import { readStageAccumulator } from './internal/stageAccumulator.js';
import type { StageDropOffAccumulator } from './schemas.js';

/**
 * Combines two stage drop-off accumulators into a new one holding the journeys of both — the
 * `merge` step. Pure, exact (sums), associative and commutative. Both must use the same stage
 * model.
 *
 * @param a - a stage drop-off accumulator
 * @param b - another, for the same stage model
 * @returns a new accumulator
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['a', …]` or
 *   `['b', …]`), another stage model (path `['b', 'stages']`); `NOT_SAFE_INTEGER` for counts past 2^53 − 1
 *
 * @example
 * ```ts
 * import { addJourneysToStageDropOff, createStageDropOffAccumulator, defineStages, mergeStageDropOffAccumulators } from 'omnicx/journey';
 * const model = defineStages(['discover', 'buy']);
 * const web = addJourneysToStageDropOff(createStageDropOffAccumulator(model), [{ steps: [{ touchpoint: 'ad', stage: 'discover', at: 0 }] }]);
 * const store = addJourneysToStageDropOff(createStageDropOffAccumulator(model), [{ steps: [{ touchpoint: 'till', stage: 'buy', at: 0 }] }]);
 * console.log(mergeStageDropOffAccumulators(web, store).exited); // [1, 1]
 * ```
 */
export function mergeStageDropOffAccumulators(a: StageDropOffAccumulator, b: StageDropOffAccumulator): StageDropOffAccumulator {
  const x = readStageAccumulator(a, ['a']).acc;
  const y = readStageAccumulator(b, ['b']).acc;
  sameDefinition(x, y, ['stages'], 'stage model');
  return {
    kind: 'journeyStageDropOff',
    version: 1,
    stages: x.stages,
    journeys: sumCounts(x.journeys, y.journeys, ['b', 'journeys']),
    unstaged: sumCounts(x.unstaged, y.unstaged, ['b', 'unstaged']),
    visited: x.visited.map((n, i) => sumCounts(n, y.visited[i] as number, ['b', 'visited', i])),
    exited: x.exited.map((n, i) => sumCounts(n, y.exited[i] as number, ['b', 'exited', i])),
  };
}
