import { describe, expect, it } from 'vitest';
import { addJourneysToDirectlyFollows, createDirectlyFollowsAccumulator, type JourneySteps } from '../../src/journey/index.js';
import { deepFreeze, expectOmnicxError } from './helpers.js';

describe('addJourneysToDirectlyFollows', () => {
  it('adds counts and run-length encoded times in place, with start and end edges when asked', () => {
    const acc = createDirectlyFollowsAccumulator({ startEnd: true });
    const journeys: JourneySteps[] = deepFreeze([{ steps: [{ touchpoint: 'a', at: 0 }, { touchpoint: 'a', at: 4 }] }, { steps: [] }]);
    expect(addJourneysToDirectlyFollows(acc, journeys)).toBe(acc);
    addJourneysToDirectlyFollows(acc, [{ steps: [{ touchpoint: 'a', at: 10 }, { touchpoint: 'a', at: 14 }, { touchpoint: 'a', at: 15 }] }]);
    expect(acc.edges).toEqual([
      { from: '(start)', to: 'a', count: 2, durations: null },
      { from: 'a', to: '(end)', count: 2, durations: null },
      { from: 'a', to: 'a', count: 3, durations: [[1, 1], [4, 2]] },
    ]);
  });

  it('stores a −0 time as 0', () => {
    const acc = addJourneysToDirectlyFollows(createDirectlyFollowsAccumulator(), [{ steps: [{ touchpoint: 'a', at: 0 }, { touchpoint: 'b', at: -0 }] }]);
    expect(Object.is(acc.edges[0]?.durations?.[0]?.[0], 0)).toBe(true);
  });

  it('adds a batch with a bad journey not at all, and refuses names of the artificial nodes and infinite times', () => {
    const acc = createDirectlyFollowsAccumulator({ startEnd: true });
    const before = structuredClone(acc);
    expectOmnicxError(
      () => addJourneysToDirectlyFollows(acc, [{ steps: [{ touchpoint: 'a', at: 0 }] }, { steps: [{ touchpoint: 'a', at: 0 }, { touchpoint: '(end)', at: 1 }] }]),
      'INVALID_INPUT',
      ['journeys', 1, 'steps', 1, 'touchpoint'],
    );
    expectOmnicxError(
      () => addJourneysToDirectlyFollows(acc, [{ steps: [{ touchpoint: 'a', at: -1e308 }, { touchpoint: 'b', at: 1e308 }] }]),
      'INVALID_INPUT',
      ['journeys', 0, 'steps', 1, 'at'],
    );
    expectOmnicxError(() => addJourneysToDirectlyFollows(acc, [{ steps: [{ touchpoint: 'a', at: Number.NaN }] }]), 'INVALID_INPUT', ['journeys', 0, 'steps', 0, 'at']);
    expect(acc).toEqual(before);
    // Without startEnd those names are ordinary touchpoints.
    expect(addJourneysToDirectlyFollows(createDirectlyFollowsAccumulator(), [{ steps: [{ touchpoint: '(start)', at: 0 }, { touchpoint: 'a', at: 1 }] }]).edges).toHaveLength(1);
  });

  it('refuses a malformed accumulator', () => {
    expectOmnicxError(() => addJourneysToDirectlyFollows({ ...createDirectlyFollowsAccumulator(), edges: {} } as never, []), 'INVALID_INPUT', ['acc', 'edges']);
  });
});
