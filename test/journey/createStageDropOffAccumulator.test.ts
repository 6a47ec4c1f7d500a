import { describe, expect, it } from 'vitest';
import { createStageDropOffAccumulator, defineStages } from '../../src/journey/index.js';
import { deepFreeze, expectOmnicxError } from './helpers.js';

describe('createStageDropOffAccumulator', () => {
  it('holds the stage model and zero counts per stage, as plain JSON', () => {
    const model = deepFreeze(defineStages(['discover', { id: 'buy', phase: 'purchase' }]));
    const acc = createStageDropOffAccumulator(model);
    expect(acc).toEqual({ kind: 'journeyStageDropOff', version: 1, stages: model.stages, journeys: 0, unstaged: 0, visited: [0, 0], exited: [0, 0] });
    expect(acc.stages).not.toBe(model.stages);
    expect(JSON.parse(JSON.stringify(acc))).toEqual(acc);
  });

  it('refuses a model without stages or with a malformed stage', () => {
    expectOmnicxError(() => createStageDropOffAccumulator({ stages: [] }), 'INVALID_INPUT', ['stages']);
    expectOmnicxError(() => createStageDropOffAccumulator(null as never), 'INVALID_INPUT', ['stages']);
    expectOmnicxError(() => createStageDropOffAccumulator({ stages: [{ id: 'a', phase: 'p', order: -1 }] }), 'INVALID_INPUT', ['stages', 'stages', 0, 'order']);
  });
});
