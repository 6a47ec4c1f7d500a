import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addExact,
  addExactAt,
  createExactSums,
  exactSum,
  mergeExact,
  partialsAt,
  roundedSum,
  roundedSumAt,
} from '../../../src/touchpoint/internal/exactSum.js';

// Doubles of magnitude 2^-100 … 2^100 are whole multiples of 2^-160, so their exact sum is a
// BigInt at that scale, and Number(BigInt) rounds to nearest, ties to even (ECMA-262 §21.1.1.1).
const SCALE = 2 ** 160;
const moderate = fc.oneof(
  fc.double({ min: 2 ** -100, max: 2 ** 100, noNaN: true }),
  fc.double({ min: -(2 ** 100), max: -(2 ** -100), noNaN: true }),
  fc.constantFrom(0.1, 0.2, 0.3, 1, 2 ** 53, 1 + 2 ** -52, -1),
);
const reference = (values: readonly number[]): number => {
  const total = values.reduce((sum, x) => sum + BigInt(x * SCALE), 0n);
  return Number(total) / SCALE;
};

describe('exact sums (internal)', () => {
  it('rounds the exact sum correctly, whatever the order and grouping (property)', () => {
    fc.assert(
      fc.property(fc.array(moderate, { maxLength: 60 }), fc.nat(60), (values, cut) => {
        const expected = reference(values);
        expect(exactSum(values)).toBe(expected);
        expect(exactSum(values.slice().reverse())).toBe(expected);
        const left: number[] = [];
        const right: number[] = [];
        values.forEach((x, i) => addExact(i < cut ? left : right, x));
        expect(roundedSum(mergeExact(right, left))).toBe(expected);
        const sums = createExactSums(2);
        values.forEach((x, i) => addExactAt(sums, i % 2, x));
        expect(roundedSum(mergeExact(partialsAt(sums, 0), partialsAt(sums, 1)))).toBe(expected);
      }),
    );
  });

  it('breaks a tie to even across partials', () => {
    // 1 + 2^-53 is halfway between 1 and 1 + 2^-52: ties to even gives 1; a little more tips it up.
    expect(exactSum([1, 2 ** -53])).toBe(1);
    expect(exactSum([1, 2 ** -53, 2 ** -80])).toBe(1 + 2 ** -52);
    expect(exactSum([1 + 2 ** -52, 2 ** -53])).toBe(1 + 2 ** -51);
    expect(exactSum([1e100, 1, -1e100])).toBe(1);
    expect(exactSum([])).toBe(0);
  });

  it('sticks at infinity beyond the double range', () => {
    const sums = createExactSums(1);
    addExactAt(sums, 0, Number.MAX_VALUE);
    addExactAt(sums, 0, Number.MAX_VALUE);
    addExactAt(sums, 0, 1);
    expect(roundedSumAt(sums, 0)).toBe(Infinity);
    const partials: number[] = [];
    addExact(partials, Number.MAX_VALUE);
    addExact(partials, Number.MAX_VALUE);
    addExact(partials, -1);
    expect(roundedSum(partials)).toBe(Infinity);
  });
});
