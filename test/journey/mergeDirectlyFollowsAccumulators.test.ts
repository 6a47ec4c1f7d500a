import { describe, expect, it } from 'vitest';
import { addJourneysToDirectlyFollows, createDirectlyFollowsAccumulator, mergeDirectlyFollowsAccumulators } from '../../src/journey/index.js';
import { deepFreeze, expectOmnicxError } from './helpers.js';

describe('mergeDirectlyFollowsAccumulators', () => {
  it('adds counts and unites the times into a new accumulator, touching neither', () => {
    const a = deepFreeze(addJourneysToDirectlyFollows(createDirectlyFollowsAccumulator(), [{ steps: [{ touchpoint: 'a', at: 0 }, { touchpoint: 'b', at: 5 }] }]));
    const b = deepFreeze(
      addJourneysToDirectlyFollows(createDirectlyFollowsAccumulator(), [
        { steps: [{ touchpoint: 'a', at: 0 }, { touchpoint: 'b', at: 2 }] },
        { steps: [{ touchpoint: 'a', at: 0 }, { touchpoint: 'b', at: 5 }, { touchpoint: 'a', at: 6 }] },
      ]),
    );
    const merged = mergeDirectlyFollowsAccumulators(a, b);
    expect(merged.edges).toEqual([
      { from: 'a', to: 'b', count: 3, durations: [[2, 1], [5, 2]] },
      { from: 'b', to: 'a', count: 1, durations: [[1, 1]] },
    ]);
    expect(mergeDirectlyFollowsAccumulators(b, a)).toEqual(merged);
  });

  it('refuses another startEnd, malformed accumulators and overflowing counts', () => {
    const a = createDirectlyFollowsAccumulator();
    expectOmnicxError(() => mergeDirectlyFollowsAccumulators(a, createDirectlyFollowsAccumulator({ startEnd: true })), 'INVALID_INPUT', ['b', 'startEnd']);
    expectOmnicxError(() => mergeDirectlyFollowsAccumulators(a, { ...a, edges: [{ from: 'a', to: 'b', count: 1, durations: [[Number.NaN, 1]] }] }), 'INVALID_INPUT', ['b', 'edges', 0, 'durations', 0, 0]);
    const big = { ...a, startEnd: true, edges: [{ from: '(start)', to: 'x', count: Number.MAX_SAFE_INTEGER, durations: null }] };
    const one = addJourneysToDirectlyFollows(createDirectlyFollowsAccumulator({ startEnd: true }), [{ steps: [{ touchpoint: 'x', at: 0 }] }]);
    expectOmnicxError(() => mergeDirectlyFollowsAccumulators(big, one), 'NOT_SAFE_INTEGER', ['b', 'edges']);
  });
});
