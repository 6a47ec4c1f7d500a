import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addJourneysToDirectlyFollows,
  createDirectlyFollowsAccumulator,
  directlyFollows,
  directlyFollowsAccumulatorSchema,
  directlyFollowsFromAccumulator,
  mergeDirectlyFollowsAccumulators,
  type JourneySteps,
} from '../../src/journey/index.js';
import { deepFreeze, expectOmnicxError, mergeInTree, splitAt } from './helpers.js';

// Fractional and huge instants make compensated sums differ with the order of the terms.
const atArb = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(0.1, 0.2, 0.3, 1e15, -1e15, -0, 1e300, -1e300, 1e-300));
const journeyArb = fc
  .array(fc.record({ touchpoint: fc.constantFrom('ad', 'web', 'buy', 'Web'), at: atArb }), { maxLength: 6 })
  .map((steps): JourneySteps => ({ steps }));

describe('directlyFollowsFromAccumulator', () => {
  it('reads hand-computed counts, means and medians', () => {
    const acc = addJourneysToDirectlyFollows(createDirectlyFollowsAccumulator(), [
      { steps: [{ touchpoint: 'a', at: 0 }, { touchpoint: 'b', at: 1 }] },
      { steps: [{ touchpoint: 'a', at: 0 }, { touchpoint: 'b', at: 2 }, { touchpoint: 'b', at: 3 }] },
    ]);
    addJourneysToDirectlyFollows(acc, [{ steps: [{ touchpoint: 'a', at: 0 }, { touchpoint: 'b', at: 9 }] }]);
    expect(acc.edges).toEqual([
      { from: 'a', to: 'b', count: 3, durations: [[1, 1], [2, 1], [9, 1]] },
      { from: 'b', to: 'b', count: 1, durations: [[1, 1]] },
    ]);
    expect(directlyFollowsFromAccumulator(acc)).toEqual([
      { from: 'a', to: 'b', count: 3, meanMs: 4, medianMs: 2 },
      { from: 'b', to: 'b', count: 1, meanMs: 1, medianMs: 1 },
    ]);
  });

  it('equals directlyFollows for any split of the journeys, merged in any tree, through JSON (property)', () => {
    fc.assert(
      fc.property(fc.array(journeyArb, { maxLength: 25 }), fc.boolean(), fc.array(fc.nat(25), { maxLength: 5 }), fc.array(fc.nat(20), { maxLength: 6 }), (journeys, startEnd, cuts, shape) => {
        const parts = splitAt(journeys, cuts).map((part) => addJourneysToDirectlyFollows(createDirectlyFollowsAccumulator({ startEnd }), part));
        const merged = mergeInTree(parts, shape, mergeDirectlyFollowsAccumulators, () => createDirectlyFollowsAccumulator({ startEnd }));
        expect(directlyFollowsAccumulatorSchema.safeParse(merged).success).toBe(true);
        expect(directlyFollowsFromAccumulator(merged)).toEqual(directlyFollows(journeys, { startEnd }));
      }),
      { numRuns: 200 },
    );
  });

  it('sums an edge’s times in ascending order, so that its mean does not depend on the order of the journeys', () => {
    // Under extreme cancellation a compensated sum depends on the order of its terms:
    // mean([9007199254740994, 1, 9007199254740994, 1e300, -1e300]) is 3602879701896397.5 in this order.
    const ab = (d: number): JourneySteps => ({ steps: [{ touchpoint: 'a', at: 0 }, { touchpoint: 'b', at: d }] });
    const journeys = [9007199254740994, 1, 9007199254740994, 1e300, -1e300].map(ab);
    const forward = directlyFollows(journeys);
    expect(directlyFollows([...journeys].reverse())).toEqual(forward);
    expect(forward[0]?.meanMs).toBe(3602879701896398.5);
    const acc = addJourneysToDirectlyFollows(createDirectlyFollowsAccumulator(), journeys.slice(0, 2));
    const rest = addJourneysToDirectlyFollows(createDirectlyFollowsAccumulator(), journeys.slice(2));
    expect(directlyFollowsFromAccumulator(mergeDirectlyFollowsAccumulators(rest, acc))).toEqual(forward);
  });

  it('gives directlyFollows the same means whatever the order of the journeys (property)', () => {
    fc.assert(
      fc.property(fc.array(journeyArb, { maxLength: 20 }), fc.array(fc.nat(), { maxLength: 20 }), (journeys, keys) => {
        const shuffled = journeys.map((journey, i) => ({ journey, key: keys[i] ?? i })).sort((x, y) => x.key - y.key).map((x) => x.journey);
        expect(directlyFollows(shuffled)).toEqual(directlyFollows(journeys));
      }),
    );
  });

  it('refuses malformed or inconsistent accumulators, and leaves its argument as it was', () => {
    const acc = deepFreeze(addJourneysToDirectlyFollows(createDirectlyFollowsAccumulator({ startEnd: true }), [{ steps: [{ touchpoint: 'a', at: 0 }, { touchpoint: 'b', at: 5 }] }]));
    expect(directlyFollowsFromAccumulator(acc)).toHaveLength(3);
    const edge = { from: 'a', to: 'b', count: 2, durations: [[5, 1], [7, 1]] as [number, number][] };
    expectOmnicxError(() => directlyFollowsFromAccumulator({ ...acc, kind: 'x' } as never), 'INVALID_INPUT', ['acc', 'kind']);
    expectOmnicxError(() => directlyFollowsFromAccumulator({ ...acc, edges: [...acc.edges].reverse() }), 'INVALID_INPUT', ['acc', 'edges', 1]);
    expectOmnicxError(() => directlyFollowsFromAccumulator({ ...acc, edges: [{ ...edge, count: 3 }] }), 'INVALID_INPUT', ['acc', 'edges', 0, 'count']);
    expectOmnicxError(() => directlyFollowsFromAccumulator({ ...acc, edges: [{ ...edge, durations: [[7, 1], [5, 1]] }] }), 'INVALID_INPUT', ['acc', 'edges', 0, 'durations', 1]);
    expectOmnicxError(() => directlyFollowsFromAccumulator({ ...acc, edges: [{ ...edge, durations: null }] }), 'INVALID_INPUT', ['acc', 'edges', 0, 'durations']);
    expectOmnicxError(() => directlyFollowsFromAccumulator({ ...acc, startEnd: false }), 'INVALID_INPUT', ['acc', 'edges', 0]);
  });
});
