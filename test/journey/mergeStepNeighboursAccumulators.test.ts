import { describe, expect, it } from 'vitest';
import { addJourneysToStepNeighbours, createStepNeighboursAccumulator, mergeStepNeighboursAccumulators, type JourneySteps } from '../../src/journey/index.js';
import { deepFreeze, expectOmnicxError } from './helpers.js';

const j = (...names: string[]): JourneySteps => ({ steps: names.map((touchpoint, at) => ({ touchpoint, at })) });

describe('mergeStepNeighboursAccumulators', () => {
  it('adds the counts into a new accumulator, touching neither', () => {
    const a = deepFreeze(addJourneysToStepNeighbours(createStepNeighboursAccumulator('cart'), [j('cart', 'pay'), j('cart')]));
    const b = deepFreeze(addJourneysToStepNeighbours(createStepNeighboursAccumulator('cart'), [j('cart', 'home'), j('cart', 'pay')]));
    const merged = mergeStepNeighboursAccumulators(a, b);
    expect(merged).toMatchObject({ occurrences: 4, boundary: 1, neighbours: [{ touchpoint: 'home', count: 1 }, { touchpoint: 'pay', count: 2 }] });
    expect(mergeStepNeighboursAccumulators(b, a)).toEqual(merged);
  });

  it('refuses another touchpoint or direction, malformed accumulators and overflowing counts', () => {
    const a = createStepNeighboursAccumulator('cart');
    expectOmnicxError(() => mergeStepNeighboursAccumulators(a, createStepNeighboursAccumulator('pay')), 'INVALID_INPUT', ['b', 'touchpoint']);
    expectOmnicxError(() => mergeStepNeighboursAccumulators(a, createStepNeighboursAccumulator('cart', { direction: 'previous' })), 'INVALID_INPUT', ['b', 'direction']);
    expectOmnicxError(() => mergeStepNeighboursAccumulators({ ...a, version: 9 } as never, a), 'INVALID_INPUT', ['a', 'version']);
    const big = { ...a, occurrences: Number.MAX_SAFE_INTEGER, boundary: Number.MAX_SAFE_INTEGER };
    expectOmnicxError(() => mergeStepNeighboursAccumulators(big, addJourneysToStepNeighbours(createStepNeighboursAccumulator('cart'), [j('cart')])), 'NOT_SAFE_INTEGER', ['b', 'occurrences']);
  });
});
