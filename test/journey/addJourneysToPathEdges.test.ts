import { describe, expect, it } from 'vitest';
import { addJourneysToPathEdges, createPathEdgesAccumulator, type JourneySteps } from '../../src/journey/index.js';
import { deepFreeze, expectOmnicxError } from './helpers.js';

const j = (...names: string[]): JourneySteps => ({ steps: names.map((touchpoint, at) => ({ touchpoint, at })) });

describe('addJourneysToPathEdges', () => {
  it('adds each journey’s nodes and edges in place, journeys without the start skipped', () => {
    const acc = createPathEdgesAccumulator({ startAt: 'home', maxSteps: 2 });
    expect(addJourneysToPathEdges(acc, deepFreeze([j('ad', 'home', 'search'), j('search')]))).toBe(acc);
    addJourneysToPathEdges(acc, [j('home', 'search', 'product'), j('home')]);
    expect(acc.journeys).toBe(3);
    expect(acc.nodes).toEqual([
      { step: 0, touchpoint: 'home', count: 3 },
      { step: 1, touchpoint: 'search', count: 2 },
    ]);
    expect(acc.edges).toEqual([{ step: 0, from: 'home', to: 'search', count: 2 }]);
  });

  it('adds a batch with a bad journey not at all, and refuses a malformed accumulator', () => {
    const acc = addJourneysToPathEdges(createPathEdgesAccumulator(), [j('a')]);
    const before = structuredClone(acc);
    expectOmnicxError(() => addJourneysToPathEdges(acc, [j('b'), { steps: [{ touchpoint: 'c', at: '0' as never }] }]), 'INVALID_INPUT', ['journeys', 1, 'steps', 0, 'at']);
    expectOmnicxError(() => addJourneysToPathEdges(acc, {} as never), 'INVALID_INPUT', ['journeys']);
    expect(acc).toEqual(before);
    expectOmnicxError(() => addJourneysToPathEdges({ ...acc, nodes: [] }, []), 'INVALID_INPUT', ['acc', 'journeys']);
  });
});
