import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addJourneysToStepNeighbours,
  createStepNeighboursAccumulator,
  mergeStepNeighboursAccumulators,
  nextSteps,
  previousSteps,
  stepNeighboursAccumulatorSchema,
  stepNeighboursFromAccumulator,
  type JourneySteps,
} from '../../src/journey/index.js';
import { deepFreeze, expectOmnicxError, mergeInTree, splitAt } from './helpers.js';

const j = (...names: string[]): JourneySteps => ({ steps: names.map((touchpoint, at) => ({ touchpoint, at })) });
const journeyArb = fc.array(fc.constantFrom('cart', 'pay', 'home', 'Cart', 'é'), { maxLength: 6 }).map((names) => j(...names));

describe('stepNeighboursFromAccumulator', () => {
  it('reads hand-computed next and previous steps, k applied only in the result', () => {
    const next = addJourneysToStepNeighbours(createStepNeighboursAccumulator('cart'), [j('home', 'cart', 'pay'), j('cart', 'cart')]);
    addJourneysToStepNeighbours(next, [j('cart', 'home')]);
    expect(stepNeighboursFromAccumulator(next)).toEqual({
      touchpoint: 'cart',
      occurrences: 4,
      boundary: 1,
      boundaryShare: 0.25,
      steps: [
        { touchpoint: 'cart', count: 1, share: 0.25 },
        { touchpoint: 'home', count: 1, share: 0.25 },
        { touchpoint: 'pay', count: 1, share: 0.25 },
      ],
    });
    expect(stepNeighboursFromAccumulator(next, { k: 1 }).steps).toEqual([{ touchpoint: 'cart', count: 1, share: 0.25 }]);
    const previous = addJourneysToStepNeighbours(createStepNeighboursAccumulator('pay', { direction: 'previous' }), [j('home', 'cart', 'pay'), j('pay')]);
    expect(stepNeighboursFromAccumulator(previous)).toMatchObject({ occurrences: 2, boundary: 1, steps: [{ touchpoint: 'cart', count: 1, share: 0.5 }] });
  });

  it('equals nextSteps and previousSteps for any split of the journeys, merged in any tree, through JSON (property)', () => {
    fc.assert(
      fc.property(
        fc.array(journeyArb, { maxLength: 25 }),
        fc.constantFrom('next' as const, 'previous' as const),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.nat(25), { maxLength: 5 }),
        fc.array(fc.nat(20), { maxLength: 6 }),
        (journeys, direction, k, cuts, shape) => {
          const make = (): ReturnType<typeof createStepNeighboursAccumulator> => createStepNeighboursAccumulator('cart', { direction });
          const parts = splitAt(journeys, cuts).map((part) => addJourneysToStepNeighbours(make(), part));
          const merged = mergeInTree(parts, shape, mergeStepNeighboursAccumulators, make);
          expect(stepNeighboursAccumulatorSchema.safeParse(merged).success).toBe(true);
          const onePass = direction === 'next' ? nextSteps(journeys, 'cart', { k }) : previousSteps(journeys, 'cart', { k });
          expect(stepNeighboursFromAccumulator(merged, { k })).toEqual(onePass);
        },
      ),
    );
  });

  it('refuses malformed or inconsistent accumulators and a bad k, and leaves its argument as it was', () => {
    const acc = deepFreeze(addJourneysToStepNeighbours(createStepNeighboursAccumulator('a'), [j('a', 'b'), j('a', 'c')]));
    expect(stepNeighboursFromAccumulator(acc).occurrences).toBe(2);
    expectOmnicxError(() => stepNeighboursFromAccumulator(acc, { k: 0 }), 'INVALID_INPUT', ['options', 'k']);
    expectOmnicxError(() => stepNeighboursFromAccumulator({ ...acc, kind: 'x' } as never), 'INVALID_INPUT', ['acc', 'kind']);
    expectOmnicxError(() => stepNeighboursFromAccumulator({ ...acc, occurrences: 3 }), 'INVALID_INPUT', ['acc', 'occurrences']);
    expectOmnicxError(() => stepNeighboursFromAccumulator({ ...acc, neighbours: [...acc.neighbours].reverse() }), 'INVALID_INPUT', ['acc', 'neighbours', 1]);
    expectOmnicxError(() => stepNeighboursFromAccumulator({ ...acc, direction: 'up' } as never), 'INVALID_INPUT', ['acc', 'direction']);
  });
});
