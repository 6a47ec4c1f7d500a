import { describe, expect, it } from 'vitest';
import { addJourneysToVariants, createVariantsAccumulator, type JourneySteps } from '../../src/journey/index.js';
import { deepFreeze, expectOmnicxError } from './helpers.js';

const j = (...names: string[]): JourneySteps => ({ steps: names.map((touchpoint, at) => ({ touchpoint, at })) });

describe('addJourneysToVariants', () => {
  it('counts each journey’s sequence in place, repeats kept', () => {
    const acc = createVariantsAccumulator();
    expect(addJourneysToVariants(acc, deepFreeze([j('b'), j('a', 'a')]))).toBe(acc);
    addJourneysToVariants(acc, [j('a', 'a'), j('a')]);
    expect(acc).toEqual({
      kind: 'journeyVariants',
      version: 1,
      journeys: 4,
      variants: [
        { steps: ['a'], count: 1 },
        { steps: ['a', 'a'], count: 2 },
        { steps: ['b'], count: 1 },
      ],
    });
  });

  it('adds a batch with a bad journey not at all, and refuses a malformed accumulator', () => {
    const acc = addJourneysToVariants(createVariantsAccumulator(), [j('a')]);
    const before = structuredClone(acc);
    expectOmnicxError(() => addJourneysToVariants(acc, [j('b'), { steps: 'x' } as never]), 'INVALID_INPUT', ['journeys', 1, 'steps']);
    expect(acc).toEqual(before);
    expectOmnicxError(() => addJourneysToVariants({ ...acc, journeys: 0 }, []), 'INVALID_INPUT', ['acc', 'journeys']);
  });
});
