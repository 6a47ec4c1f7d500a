import { describe, expect, it } from 'vitest';
import { addJourneysToStepNeighbours, createStepNeighboursAccumulator, type JourneySteps } from '../../src/journey/index.js';
import { deepFreeze, expectOmnicxError } from './helpers.js';

const j = (...names: string[]): JourneySteps => ({ steps: names.map((touchpoint, at) => ({ touchpoint, at })) });

describe('addJourneysToStepNeighbours', () => {
  it('counts every occurrence with its neighbour within its journey, in place', () => {
    const acc = createStepNeighboursAccumulator('cart', { direction: 'previous' });
    expect(addJourneysToStepNeighbours(acc, deepFreeze([j('cart', 'cart'), j('view')]))).toBe(acc);
    addJourneysToStepNeighbours(acc, [j('view', 'cart')]);
    expect(acc).toMatchObject({ occurrences: 3, boundary: 1, neighbours: [{ touchpoint: 'cart', count: 1 }, { touchpoint: 'view', count: 1 }] });
  });

  it('adds a batch with a bad journey not at all, and refuses a malformed accumulator', () => {
    const acc = addJourneysToStepNeighbours(createStepNeighboursAccumulator('cart'), [j('cart')]);
    const before = structuredClone(acc);
    expectOmnicxError(() => addJourneysToStepNeighbours(acc, [j('cart', 'pay'), { steps: [{ touchpoint: 'x' }] } as never]), 'INVALID_INPUT', ['journeys', 1, 'steps', 0, 'at']);
    expect(acc).toEqual(before);
    expectOmnicxError(() => addJourneysToStepNeighbours({ ...acc, boundary: 0 }, []), 'INVALID_INPUT', ['acc', 'occurrences']);
  });
});
