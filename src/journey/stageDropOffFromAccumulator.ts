import { readStageAccumulator } from './internal/stageAccumulator.js';
import { stageRows } from './internal/stageCounts.js';
import type { StageDropOff, StageDropOffAccumulator } from './schemas.js';

/**
 * Reads the stage drop-off of an accumulator — the `result` step: exactly what `stageDropOff`
 * returns for all the journeys added, however they were split and merged. The accumulator is not
 * modified.
 *
 * @param acc - a stage drop-off accumulator (validated: it may come from JSON)
 * @returns one row per stage, in stage order, as `stageDropOff`
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed or inconsistent accumulator
 *   (path `['acc', …]`)
 *
 * @example
 * ```ts
 * import { addJourneysToStageDropOff, createStageDropOffAccumulator, defineStages, stageDropOffFromAccumulator } from 'omnicx/journey';
 * const j = (...stages: string[]) => ({ steps: stages.map((stage, at) => ({ touchpoint: stage, stage, at })) });
 * const acc = addJourneysToStageDropOff(createStageDropOffAccumulator(defineStages(['discover', 'consider', 'buy'])), [j('discover'), j('discover', 'consider')]);
 * addJourneysToStageDropOff(acc, [j('discover', 'consider', 'buy'), j('consider')]);
 * const result = stageDropOffFromAccumulator(JSON.parse(JSON.stringify(acc)));
 * console.log(result.stages.map((s) => s.reached)); // [4, 3, 1]
 * console.log(result.stages[1]?.exitRate); // 0.6667
 * ```
 */
export function stageDropOffFromAccumulator(acc: StageDropOffAccumulator): StageDropOff {
  const { acc: parsed, index } = readStageAccumulator(acc, ['acc']);
  return stageRows(index, parsed);
}
