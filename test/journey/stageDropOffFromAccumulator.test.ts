import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addJourneysToStageDropOff,
  createStageDropOffAccumulator,
  defineStages,
  mergeStageDropOffAccumulators,
  stageDropOff,
  stageDropOffFromAccumulator,
  type JourneySteps,
} from '../../src/journey/index.js';
import { deepFreeze, expectOmnicxError, mergeInTree, splitAt } from './helpers.js';

const model = defineStages(['discover', 'consider', 'buy']);
const j = (...stages: (string | undefined)[]): JourneySteps => ({
  steps: stages.map((stage, at) => (stage === undefined ? { touchpoint: 'x', at } : { touchpoint: stage, stage, at })),
});

/** Splits a list at the given cut points (sorted, deduplicated, clamped). */
describe('stageDropOffFromAccumulator', () => {
  it('reads a hand-computed drop-off', () => {
    const acc = addJourneysToStageDropOff(createStageDropOffAccumulator(model), [j('discover'), j('discover', 'consider'), j(undefined)]);
    addJourneysToStageDropOff(acc, [j('consider', 'discover', 'buy'), j('consider')]);
    const result = stageDropOffFromAccumulator(acc);
    expect(result.journeys).toBe(5);
    expect(result.unstaged).toBe(1);
    expect(result.stages.map((s) => [s.visited, s.reached, s.exited])).toEqual([
      [3, 4, 1],
      [3, 3, 2],
      [1, 1, 1],
    ]);
    expect(result.stages[1]?.exitRate).toBe(2 / 3);
  });

  it('equals stageDropOff for any split of the journeys, merged in any tree, through JSON (property)', () => {
    // A model whose orders are not in list order, with a tie, exercises the stage ordering.
    const shuffled = { stages: [{ id: 'c', phase: 'p', order: 2 }, { id: 'a', phase: 'p', order: 0 }, { id: 'b', phase: 'q', order: 2 }] };
    const stepArb = fc.record({ touchpoint: fc.constantFrom('t', 'u'), at: fc.integer(), stage: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }) });
    const journeyArb = fc.array(stepArb, { maxLength: 5 }).map((steps) => ({ steps: steps.map((s) => (s.stage === undefined ? { touchpoint: s.touchpoint, at: s.at } : { ...s, stage: s.stage })) }));
    fc.assert(
      fc.property(fc.array(journeyArb, { maxLength: 30 }), fc.array(fc.nat(30), { maxLength: 5 }), fc.array(fc.nat(20), { maxLength: 6 }), (journeys, cuts, shape) => {
        const parts = splitAt(journeys, cuts).map((part) => addJourneysToStageDropOff(createStageDropOffAccumulator(shuffled), part));
        const merged = mergeInTree(parts, shape, mergeStageDropOffAccumulators, () => createStageDropOffAccumulator(shuffled));
        expect(stageDropOffFromAccumulator(merged)).toEqual(stageDropOff(journeys, shuffled));
      }),
    );
  });

  it('refuses malformed or inconsistent accumulators, and leaves its argument as it was', () => {
    const acc = deepFreeze(addJourneysToStageDropOff(createStageDropOffAccumulator(model), [j('discover')]));
    stageDropOffFromAccumulator(acc);
    expectOmnicxError(() => stageDropOffFromAccumulator({ ...acc, kind: 'x' } as never), 'INVALID_INPUT', ['acc', 'kind']);
    expectOmnicxError(() => stageDropOffFromAccumulator({ ...acc, visited: [1] }), 'INVALID_INPUT', ['acc', 'visited']);
    expectOmnicxError(() => stageDropOffFromAccumulator({ ...acc, visited: [2, 0, 0] }), 'INVALID_INPUT', ['acc', 'visited', 0]);
    expectOmnicxError(() => stageDropOffFromAccumulator({ ...acc, unstaged: 1 }), 'INVALID_INPUT', ['acc', 'journeys']);
    expectOmnicxError(() => stageDropOffFromAccumulator({ ...acc, journeys: -1 }), 'INVALID_INPUT', ['acc', 'journeys']);
  });
});
