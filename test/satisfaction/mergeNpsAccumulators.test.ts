import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addNpsScore,
  createNpsAccumulator,
  mergeNpsAccumulators,
  nps,
  npsFromAccumulator,
  type NpsMethod,
} from '../../src/satisfaction/index.js';
import { deepFreeze, expectError, splitAt } from './surveyHelpers.js';

describe('mergeNpsAccumulators', () => {
  it('adds the counts into a new object without touching the inputs', () => {
    const a = deepFreeze({ kind: 'nps' as const, version: 1 as const, promoters: 1, passives: 2, detractors: 3 });
    const b = deepFreeze({ kind: 'nps' as const, version: 1 as const, promoters: 10, passives: 20, detractors: 30 });
    const merged = mergeNpsAccumulators(a, b);
    expect(merged).toEqual({ kind: 'nps', version: 1, promoters: 11, passives: 22, detractors: 33 });
    expect(merged).not.toBe(a);
  });

  it('gives the one-pass result for any split of the data, merged in any order (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 200 }),
        fc.array(fc.nat(200), { maxLength: 6 }),
        fc.constantFrom<NpsMethod>('wald', 'adjustedWald', 'tango'),
        (scores, cuts, method) => {
          const parts = splitAt(scores, cuts).map((part) => part.reduce(addNpsScore, createNpsAccumulator()));
          const forward = parts.reduce(mergeNpsAccumulators, createNpsAccumulator());
          const backward = [...parts].reverse().reduce(mergeNpsAccumulators, createNpsAccumulator());
          const expected = nps(scores, { method });
          expect(npsFromAccumulator(forward, { method })).toEqual(expected);
          expect(npsFromAccumulator(backward, { method })).toEqual(expected);
        },
      ),
    );
  });

  it('refuses malformed accumulators and merged counts past 2^53 − 1', () => {
    const full = { ...createNpsAccumulator(), passives: Number.MAX_SAFE_INTEGER };
    expectError(() => mergeNpsAccumulators(full, { ...createNpsAccumulator(), passives: 1 }), 'NOT_SAFE_INTEGER', ['b', 'passives']);
    expectError(() => mergeNpsAccumulators({ kind: 'nps' } as never, createNpsAccumulator()), 'INVALID_INPUT', ['a', 'version']);
    expectError(() => mergeNpsAccumulators(createNpsAccumulator(), { ...createNpsAccumulator(), promoters: 1.5 }), 'INVALID_INPUT', [
      'b',
      'promoters',
    ]);
  });
});
