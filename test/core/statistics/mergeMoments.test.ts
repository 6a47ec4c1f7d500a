import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addToMoments } from '../../../src/core/statistics/addToMoments.js';
import { createMomentsAccumulator, type MomentsAccumulator } from '../../../src/core/statistics/createMomentsAccumulator.js';
import { mergeMoments } from '../../../src/core/statistics/mergeMoments.js';
import { variance } from '../../../src/core/statistics/variance.js';
import { expectOmnicxError } from './support.js';

function accumulate(values: readonly number[]): MomentsAccumulator {
  const acc = createMomentsAccumulator();
  for (const x of values) addToMoments(acc, x);
  return acc;
}

describe('mergeMoments', () => {
  it('combines two halves exactly as one pass (Chan et al. 1979)', () => {
    // Hand: [2, 4, 4, 4] has mean 3.5, M₂ = 3; [5, 5, 7, 9] has mean 6.5, M₂ = 11;
    // δ = 3, M₂ = 3 + 11 + 9·4·4/8 = 32, mean 5 — as [2, 4, 4, 4, 5, 5, 7, 9] in one pass.
    const merged = mergeMoments(accumulate([2, 4, 4, 4]), accumulate([5, 5, 7, 9]));
    expect(merged).toEqual({ n: 8, mean: 5, m2: 32, min: 2, max: 9 });
  });

  it('is pure and treats the empty accumulator as the identity', () => {
    const a = accumulate([1, 2]);
    const snapshot = structuredClone(a);
    const empty = createMomentsAccumulator();
    const left = mergeMoments(empty, a);
    const right = mergeMoments(a, empty);
    expect(left).toEqual(a);
    expect(right).toEqual(a);
    expect(left).not.toBe(a);
    expect(right).not.toBe(a);
    mergeMoments(a, accumulate([10]));
    expect(a).toEqual(snapshot);
    expect(mergeMoments(empty, createMomentsAccumulator())).toEqual(empty);
  });

  it('merges accumulators whose means are too far apart to subtract', () => {
    const merged = mergeMoments(accumulate([-Number.MAX_VALUE]), accumulate([Number.MAX_VALUE]));
    expect(merged.mean).toBe(0);
    expect(merged.m2).toBe(Infinity);
  });

  it('keeps M₂ finite when δ² alone would overflow but δ²·nₐn_b/n does not', () => {
    // [0, 1.5e154]: M₂ = (1.5e154)²/2 = 1.125e308, below the largest double; δ² = 2.25e308 is not.
    const oneByOne = accumulate([0, 1.5e154]);
    const merged = mergeMoments(accumulate([0]), accumulate([1.5e154]));
    expect(oneByOne.m2).toBeLessThan(Number.MAX_VALUE);
    expect(oneByOne.m2 / 1.125e308 - 1).toBeLessThan(1e-12);
    expect(merged.m2).toBe(oneByOne.m2);
    expect(merged.mean).toBe(7.5e153);
  });

  it('rejects malformed accumulators with the side at fault', () => {
    const good = accumulate([1]);
    expectOmnicxError(() => mergeMoments({ ...good, n: -2 }, good), 'INVALID_INPUT', ['a', 'n']);
    expectOmnicxError(() => mergeMoments(good, 'acc' as never), 'INVALID_INPUT', ['b']);
  });

  it('equals one-pass moments for any split, within 1e-9 relative (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 60 }),
        fc.nat(),
        (values, cut) => {
          const k = cut % (values.length + 1);
          const merged = mergeMoments(accumulate(values.slice(0, k)), accumulate(values.slice(k)));
          const whole = accumulate(values);
          const scale = Math.max(1, ...values.map(Math.abs));
          expect(merged.n).toBe(values.length);
          expect(Math.abs(merged.mean - whole.mean)).toBeLessThanOrEqual(1e-9 * scale);
          const twoPass = variance(values) * (values.length - 1);
          const tolerance = 1e-9 * Math.max(twoPass, 1e-6 * scale * scale);
          expect(Math.abs(merged.m2 - twoPass)).toBeLessThanOrEqual(tolerance);
          expect(Math.abs(whole.m2 - twoPass)).toBeLessThanOrEqual(tolerance);
          expect(merged.min).toBe(Math.min(...values));
          expect(merged.max).toBe(Math.max(...values));
        },
      ),
    );
  });

  it('is associative up to rounding (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { maxLength: 10 }),
        fc.array(fc.integer({ min: -1000, max: 1000 }), { maxLength: 10 }),
        fc.array(fc.integer({ min: -1000, max: 1000 }), { maxLength: 10 }),
        (a, b, c) => {
          const [x, y, z] = [accumulate(a), accumulate(b), accumulate(c)];
          const left = mergeMoments(mergeMoments(x, y), z);
          const right = mergeMoments(x, mergeMoments(y, z));
          expect(left.n).toBe(right.n);
          expect(left.mean).toBeCloseTo(right.mean, 9);
          expect(left.m2).toBeCloseTo(right.m2, 6);
        },
      ),
    );
  });
});
