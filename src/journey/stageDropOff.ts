import { readJourneys } from './internal/journeys.js';
import { stageIndex, stageRows, tallyStages } from './internal/stageCounts.js';
import type { JourneySteps, StageDropOff, StageModel } from './schemas.js';

/**
 * How far journeys get through an ordered stage model, and where they leave: for each stage,
 * `visited` = journeys with a step in it, `reached` = journeys whose furthest stage (the highest
 * `order` among their steps' stages) is this stage or a later one, `exited` = journeys whose
 * furthest stage is this one, and `exitRate` = exited / reached (`null` when none reached it).
 * `reached` never increases along the stages, and `exited` sums to the journeys with a staged
 * step; the others are counted in `unstaged`. Steps without a stage are ignored.
 *
 * @param journeys - journeys whose steps carry `stage` (e.g. filled from a touchpoint catalogue); never mutated
 * @param stages - the stage model from `defineStages`
 * @returns one row per stage, in stage order
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for bad journeys (as `variants`), a stage model
 *   without stages (path `['stages']`) or a step whose stage is not in the model (path
 *   `['journeys', j, 'steps', s, 'stage']`)
 *
 * @example
 * ```ts
 * import { defineStages, stageDropOff } from 'omnicx/journey';
 * const model = defineStages(['discover', 'consider', 'buy']);
 * const j = (...stages: string[]) => ({ steps: stages.map((stage, at) => ({ touchpoint: stage, stage, at })) });
 * const result = stageDropOff([j('discover'), j('discover', 'consider'), j('discover', 'consider', 'buy'), j('consider')], model);
 * console.log(result.stages.map((s) => s.reached)); // [4, 3, 1]
 * console.log(result.stages.map((s) => s.exited)); // [1, 2, 1]
 * console.log(result.stages[1]?.exitRate); // 0.6667
 * ```
 */
export function stageDropOff(journeys: readonly JourneySteps[], stages: StageModel): StageDropOff {
  const list = readJourneys(journeys);
  const index = stageIndex(stages);
  return stageRows(index, tallyStages(list, index));
}
