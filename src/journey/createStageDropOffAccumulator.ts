import { parseWith } from '../core/errors/parseWith.js';

import { stageIndex } from './internal/stageCounts.js';
import { stageModelSchema, type StageDropOffAccumulator, type StageModel } from './schemas.js';

/**
 * Creates an empty stage drop-off accumulator — the `create` step of the accumulator pattern
 * ({@link addJourneysToStageDropOff}, {@link mergeStageDropOffAccumulators},
 * {@link stageDropOffFromAccumulator}) for computing `stageDropOff` over journeys held in shards
 * or workers. It keeps only sums (journeys, unstaged, and per stage visited and exited), so any
 * split gives exactly the one-pass result.
 *
 * @param stages - the stage model from `defineStages`
 * @returns `{ kind: 'journeyStageDropOff', version: 1, stages, … }` with every count 0 (plain JSON)
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a stage model without stages (path
 *   `['stages']`) or a malformed one (path `['stages', 'stages', i, …]`)
 *
 * @example
 * ```ts
 * import { createStageDropOffAccumulator, defineStages } from 'omnicx/journey';
 * const acc = createStageDropOffAccumulator(defineStages(['discover', 'buy']));
 * console.log(acc.visited); // [0, 0]
 * ```
 */
export function createStageDropOffAccumulator(stages: StageModel): StageDropOffAccumulator {
  const index = stageIndex(stages);
  const model = parseWith(stageModelSchema, stages, ['stages']);
  const m = index.ordered.length;
  return {
    kind: 'journeyStageDropOff',
    version: 1,
    stages: [...model.stages],
    journeys: 0,
    unstaged: 0,
    visited: new Array<number>(m).fill(0),
    exited: new Array<number>(m).fill(0),
  };
}
