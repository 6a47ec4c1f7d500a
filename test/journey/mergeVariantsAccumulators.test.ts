import { describe, expect, it } from 'vitest';
import { addJourneysToVariants, createVariantsAccumulator, mergeVariantsAccumulators, type JourneySteps } from '../../src/journey/index.js';
import { deepFreeze, expectOmnicxError } from './helpers.js';

const j = (...names: string[]): JourneySteps => ({ steps: names.map((touchpoint, at) => ({ touchpoint, at })) });

describe('mergeVariantsAccumulators', () => {
  it('adds the counts per sequence into a new accumulator, touching neither', () => {
    const a = deepFreeze(addJourneysToVariants(createVariantsAccumulator(), [j('b'), j('a')]));
    const b = deepFreeze(addJourneysToVariants(createVariantsAccumulator(), [j('b')]));
    const merged = mergeVariantsAccumulators(a, b);
    expect(merged).toEqual({ kind: 'journeyVariants', version: 1, journeys: 3, variants: [{ steps: ['a'], count: 1 }, { steps: ['b'], count: 2 }] });
    expect(mergeVariantsAccumulators(b, a)).toEqual(merged);
  });

  it('refuses malformed accumulators and overflowing counts', () => {
    const a = createVariantsAccumulator();
    expectOmnicxError(() => mergeVariantsAccumulators({ ...a, version: 0 } as never, a), 'INVALID_INPUT', ['a', 'version']);
    const big = { ...a, journeys: Number.MAX_SAFE_INTEGER, variants: [{ steps: ['x'], count: Number.MAX_SAFE_INTEGER }] };
    expectOmnicxError(() => mergeVariantsAccumulators(big, addJourneysToVariants(createVariantsAccumulator(), [j('x')])), 'NOT_SAFE_INTEGER', ['b', 'variants']);
  });
});
