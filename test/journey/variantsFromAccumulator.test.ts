import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addJourneysToVariants,
  createVariantsAccumulator,
  mergeVariantsAccumulators,
  variants,
  variantsAccumulatorSchema,
  variantsFromAccumulator,
  type JourneySteps,
} from '../../src/journey/index.js';
import { deepFreeze, expectOmnicxError, mergeInTree, splitAt } from './helpers.js';

const j = (...names: string[]): JourneySteps => ({ steps: names.map((touchpoint, at) => ({ touchpoint, at })) });
const journeyArb = fc.array(fc.constantFrom('ad', 'buy', 'Ad', 'é'), { maxLength: 4 }).map((names) => j(...names));

describe('variantsFromAccumulator', () => {
  it('reads hand-computed counts and shares', () => {
    const acc = addJourneysToVariants(createVariantsAccumulator(), [j('ad', 'buy'), j('ad'), j()]);
    addJourneysToVariants(acc, [j('ad', 'buy'), j('ad', 'ad')]);
    expect(variantsFromAccumulator(acc)).toEqual([
      { steps: ['ad', 'buy'], count: 2, share: 0.4 },
      { steps: [], count: 1, share: 0.2 },
      { steps: ['ad'], count: 1, share: 0.2 },
      { steps: ['ad', 'ad'], count: 1, share: 0.2 },
    ]);
  });

  it('equals variants for any split of the journeys, merged in any tree, through JSON (property)', () => {
    fc.assert(
      fc.property(fc.array(journeyArb, { maxLength: 30 }), fc.array(fc.nat(30), { maxLength: 5 }), fc.array(fc.nat(20), { maxLength: 6 }), (journeys, cuts, shape) => {
        const parts = splitAt(journeys, cuts).map((part) => addJourneysToVariants(createVariantsAccumulator(), part));
        const merged = mergeInTree(parts, shape, mergeVariantsAccumulators, createVariantsAccumulator);
        expect(variantsAccumulatorSchema.safeParse(merged).success).toBe(true);
        expect(variantsFromAccumulator(merged)).toEqual(variants(journeys));
      }),
    );
  });

  it('refuses malformed or inconsistent accumulators, and leaves its argument as it was', () => {
    const acc = deepFreeze(addJourneysToVariants(createVariantsAccumulator(), [j('a'), j('b')]));
    expect(variantsFromAccumulator(acc)).toHaveLength(2);
    expectOmnicxError(() => variantsFromAccumulator({ ...acc, kind: 'x' } as never), 'INVALID_INPUT', ['acc', 'kind']);
    expectOmnicxError(() => variantsFromAccumulator({ ...acc, journeys: 3 }), 'INVALID_INPUT', ['acc', 'journeys']);
    expectOmnicxError(() => variantsFromAccumulator({ ...acc, variants: [...acc.variants].reverse() }), 'INVALID_INPUT', ['acc', 'variants', 1]);
    expectOmnicxError(() => variantsFromAccumulator({ ...acc, variants: [{ steps: [''], count: 2 }] }), 'INVALID_INPUT', ['acc', 'variants', 0, 'steps', 0]);
  });
});
