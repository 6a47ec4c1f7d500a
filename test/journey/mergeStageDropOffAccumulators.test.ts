import { describe, expect, it } from 'vitest';
import { addJourneysToStageDropOff, createStageDropOffAccumulator, defineStages, mergeStageDropOffAccumulators } from '../../src/journey/index.js';
import { deepFreeze, expectOmnicxError } from './helpers.js';

const model = defineStages(['discover', 'buy']);

describe('mergeStageDropOffAccumulators', () => {
  it('adds the counts into a new accumulator, touching neither', () => {
    const a = deepFreeze(addJourneysToStageDropOff(createStageDropOffAccumulator(model), [{ steps: [{ touchpoint: 'ad', stage: 'discover', at: 0 }] }]));
    const b = deepFreeze(addJourneysToStageDropOff(createStageDropOffAccumulator(model), [{ steps: [{ touchpoint: 'till', stage: 'buy', at: 0 }] }, { steps: [] }]));
    expect(mergeStageDropOffAccumulators(a, b)).toEqual({ ...createStageDropOffAccumulator(model), journeys: 3, unstaged: 1, visited: [1, 1], exited: [1, 1] });
    expect(mergeStageDropOffAccumulators(b, a)).toEqual(mergeStageDropOffAccumulators(a, b));
  });

  it('refuses another stage model, a malformed accumulator and overflowing counts', () => {
    const a = createStageDropOffAccumulator(model);
    expectOmnicxError(() => mergeStageDropOffAccumulators(a, createStageDropOffAccumulator(defineStages(['discover', 'pay']))), 'INVALID_INPUT', ['b', 'stages']);
    expectOmnicxError(() => mergeStageDropOffAccumulators({ ...a, version: 2 } as never, a), 'INVALID_INPUT', ['a', 'version']);
    const full = { ...a, journeys: Number.MAX_SAFE_INTEGER, unstaged: Number.MAX_SAFE_INTEGER };
    expectOmnicxError(() => mergeStageDropOffAccumulators(full, { ...a, journeys: 1, unstaged: 1 }), 'NOT_SAFE_INTEGER', ['b', 'journeys']);
  });
});
