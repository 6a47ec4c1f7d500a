import { describe, expect, it } from 'vitest';
import { addJourneysToPathEdges, createPathEdgesAccumulator, mergePathEdgesAccumulators, type JourneySteps } from '../../src/journey/index.js';
import { deepFreeze, expectOmnicxError } from './helpers.js';

const j = (...names: string[]): JourneySteps => ({ steps: names.map((touchpoint, at) => ({ touchpoint, at })) });

describe('mergePathEdgesAccumulators', () => {
  it('adds node and edge counts into a new accumulator, touching neither', () => {
    const a = deepFreeze(addJourneysToPathEdges(createPathEdgesAccumulator(), [j('home', 'search')]));
    const b = deepFreeze(addJourneysToPathEdges(createPathEdgesAccumulator(), [j('home', 'search'), j('ad', 'home')]));
    const merged = mergePathEdgesAccumulators(a, b);
    expect(merged.journeys).toBe(3);
    expect(merged.nodes).toEqual([
      { step: 0, touchpoint: 'ad', count: 1 },
      { step: 0, touchpoint: 'home', count: 2 },
      { step: 1, touchpoint: 'home', count: 1 },
      { step: 1, touchpoint: 'search', count: 2 },
    ]);
    expect(merged.edges).toEqual([
      { step: 0, from: 'ad', to: 'home', count: 1 },
      { step: 0, from: 'home', to: 'search', count: 2 },
    ]);
    expect(mergePathEdgesAccumulators(b, a)).toEqual(merged);
  });

  it('refuses another cut, malformed accumulators and overflowing counts', () => {
    const a = createPathEdgesAccumulator();
    expectOmnicxError(() => mergePathEdgesAccumulators(a, createPathEdgesAccumulator({ maxSteps: 4 })), 'INVALID_INPUT', ['b', 'maxSteps']);
    expectOmnicxError(() => mergePathEdgesAccumulators(a, createPathEdgesAccumulator({ startAt: 'home' })), 'INVALID_INPUT', ['b', 'startAt']);
    expectOmnicxError(() => mergePathEdgesAccumulators(a, createPathEdgesAccumulator({ endAt: 'buy' })), 'INVALID_INPUT', ['b', 'endAt']);
    expectOmnicxError(() => mergePathEdgesAccumulators({ ...a, version: 0 } as never, a), 'INVALID_INPUT', ['a', 'version']);
    const big = { ...a, journeys: Number.MAX_SAFE_INTEGER, nodes: [{ step: 0, touchpoint: 'x', count: Number.MAX_SAFE_INTEGER }] };
    expectOmnicxError(() => mergePathEdgesAccumulators(big, addJourneysToPathEdges(createPathEdgesAccumulator(), [j('y')])), 'NOT_SAFE_INTEGER', ['b', 'journeys']);
  });
});
