import { describe, invalid } from '../core/internal/assert.js';
import { readJourneys } from './internal/journeys.js';
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
  const model: unknown = typeof stages === 'object' && (stages as unknown) !== null ? stages.stages : undefined;
  if (!Array.isArray(model) || model.length === 0) {
    throw invalid(`stages must be a stage model from defineStages with at least one stage, got ${describe(stages)}`, ['stages']);
  }
  const ordered = [...(model as StageModel['stages'])].sort((a, b) => a.order - b.order);
  const position = new Map(ordered.map((stage, i) => [stage.id, i]));
  const m = ordered.length;
  const visited = new Array<number>(m).fill(0);
  const exited = new Array<number>(m).fill(0);
  let unstaged = 0;
  list.forEach(({ steps }, j) => {
    let furthest = -1;
    const seen = new Set<number>();
    steps.forEach((step, s) => {
      if (step.stage === undefined) return;
      const i = position.get(step.stage);
      if (i === undefined) {
        throw invalid(`journeys[${String(j)}].steps[${String(s)}].stage ${describe(step.stage)} is not in the stage model`, ['journeys', j, 'steps', s, 'stage']);
      }
      seen.add(i);
      if (i > furthest) furthest = i;
    });
    for (const i of seen) visited[i] = (visited[i] as number) + 1;
    if (furthest < 0) unstaged++;
    else exited[furthest] = (exited[furthest] as number) + 1;
  });
  let reached = list.length - unstaged;
  return {
    journeys: list.length,
    unstaged,
    stages: ordered.map((stage, i) => {
      const row = {
        stage: stage.id,
        phase: stage.phase,
        order: stage.order,
        visited: visited[i] as number,
        reached,
        exited: exited[i] as number,
        exitRate: reached === 0 ? null : (exited[i] as number) / reached,
      };
      reached -= exited[i] as number;
      return row;
    }),
  };
}
