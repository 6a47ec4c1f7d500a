import { describe, expect, it } from 'vitest';
import { addJourneysToStageDropOff, createStageDropOffAccumulator, defineStages, type JourneySteps } from '../../src/journey/index.js';
import { deepFreeze, expectOmnicxError } from './helpers.js';

const model = defineStages(['discover', 'buy']);

describe('addJourneysToStageDropOff', () => {
  it('adds each journey’s stages in place, counting a customer’s journeys on their own', () => {
    const acc = createStageDropOffAccumulator(model);
    // Two journeys of one customer (extra fields such as the journey's customerId are ignored).
    const journeys: (JourneySteps & { customerId: string })[] = deepFreeze([
      { customerId: 'a', steps: [{ touchpoint: 'ad', stage: 'discover', at: 0 }, { touchpoint: 'till', stage: 'buy', at: 1 }, { touchpoint: 'ad', stage: 'discover', at: 2 }] },
      { customerId: 'a', steps: [{ touchpoint: 'ad', at: 0 }] },
    ]);
    expect(addJourneysToStageDropOff(acc, journeys)).toBe(acc);
    expect(acc).toMatchObject({ journeys: 2, unstaged: 1, visited: [1, 1], exited: [0, 1] });
    const later: (JourneySteps & { customerId: string })[] = [{ customerId: 'a', steps: [{ touchpoint: 'ad', stage: 'discover', at: 9 }] }];
    addJourneysToStageDropOff(acc, later);
    expect(acc).toMatchObject({ journeys: 3, unstaged: 1, visited: [2, 1], exited: [1, 1] });
  });

  it('adds a batch with a bad journey not at all', () => {
    const acc = addJourneysToStageDropOff(createStageDropOffAccumulator(model), [{ steps: [{ touchpoint: 'ad', stage: 'discover', at: 0 }] }]);
    const before = structuredClone(acc);
    expectOmnicxError(
      () => addJourneysToStageDropOff(acc, [{ steps: [{ touchpoint: 'ad', stage: 'discover', at: 0 }] }, { steps: [{ touchpoint: 'x', stage: 'pay', at: 0 }] }]),
      'INVALID_INPUT',
      ['journeys', 1, 'steps', 0, 'stage'],
    );
    expectOmnicxError(() => addJourneysToStageDropOff(acc, [{ steps: [{ touchpoint: '', at: 0 }] }]), 'INVALID_INPUT', ['journeys', 0, 'steps', 0, 'touchpoint']);
    expect(acc).toEqual(before);
  });

  it('refuses a malformed accumulator and counts past 2^53 − 1', () => {
    expectOmnicxError(() => addJourneysToStageDropOff({ ...createStageDropOffAccumulator(model), exited: [0] }, []), 'INVALID_INPUT', ['acc', 'exited']);
    const full = { ...createStageDropOffAccumulator(model), journeys: Number.MAX_SAFE_INTEGER, unstaged: Number.MAX_SAFE_INTEGER };
    expectOmnicxError(() => addJourneysToStageDropOff(full, [{ steps: [] }]), 'NOT_SAFE_INTEGER', ['acc', 'journeys']);
  });
});
