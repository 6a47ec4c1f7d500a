// The counting core of stageDropOff, shared with its accumulator: every count is a sum over
// journeys, so per-batch counts add up to the one-pass counts exactly.
import { describe, invalid } from '../../core/internal/assert.js';
import type { JourneySteps, Stage, StageDropOff, StageModel } from '../schemas.js';

export interface StageIndex {
  /** The stages sorted by order (stable). */
  readonly ordered: readonly Stage[];
  readonly position: ReadonlyMap<string, number>;
}

export function stageIndex(stages: unknown): StageIndex {
  const model: unknown = typeof stages === 'object' && stages !== null ? (stages as StageModel).stages : undefined;
  if (!Array.isArray(model) || model.length === 0) {
    throw invalid(`stages must be a stage model from defineStages with at least one stage, got ${describe(stages)}`, ['stages']);
  }
  const ids = new Set<string>();
  Array.from(model as readonly unknown[]).forEach((stage, i) => {
    const s = typeof stage === 'object' && stage !== null ? (stage as Record<string, unknown>) : undefined;
    if (s === undefined || typeof s['id'] !== 'string' || s['id'] === '' || typeof s['order'] !== 'number' || !Number.isFinite(s['order'])) {
      throw invalid(`stages.stages[${String(i)}] must be a stage from defineStages ({ id, phase, order }), got ${describe(stage)}`, ['stages', 'stages', i]);
    }
    if (ids.has(s['id'])) throw invalid(`stage id ${JSON.stringify(s['id'])} is in the model twice`, ['stages', 'stages', i, 'id']);
    ids.add(s['id']);
  });
  const ordered = Array.from(model as StageModel['stages']).sort((a, b) => a.order - b.order);
  return { ordered, position: new Map(ordered.map((stage, i) => [stage.id, i])) };
}

export interface StageTally {
  journeys: number;
  unstaged: number;
  /** Per stage, in `ordered` order. */
  readonly visited: number[];
  readonly exited: number[];
}

/** Counts validated journeys (throws on a stage outside the model). */
export function tallyStages(list: readonly JourneySteps[], index: StageIndex): StageTally {
  const m = index.ordered.length;
  const visited = new Array<number>(m).fill(0);
  const exited = new Array<number>(m).fill(0);
  let unstaged = 0;
  list.forEach(({ steps }, j) => {
    let furthest = -1;
    const seen = new Set<number>();
    steps.forEach((step, s) => {
      if (step.stage === undefined) return;
      const i = index.position.get(step.stage);
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
  return { journeys: list.length, unstaged, visited, exited };
}

export function stageRows(index: StageIndex, tally: StageTally): StageDropOff {
  let reached = tally.journeys - tally.unstaged;
  return {
    journeys: tally.journeys,
    unstaged: tally.unstaged,
    stages: index.ordered.map((stage, i) => {
      const exited = tally.exited[i] as number;
      const row = {
        stage: stage.id,
        phase: stage.phase,
        order: stage.order,
        visited: tally.visited[i] as number,
        reached,
        exited,
        exitRate: reached === 0 ? null : exited / reached,
      };
      reached -= exited;
      return row;
    }),
  };
}
