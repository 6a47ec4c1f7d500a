import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../../src/core/statistics/normalCdf.js';
import { normalSurvival } from '../../../src/core/statistics/normalSurvival.js';
import { expectClose, expectOmnicxError } from './support.js';

// Reference values: R's pnorm(), which implements Cody's algorithm; each re-derived as
// ½·erfc(−x/√2) with mpmath at 60 digits.
describe('normalCdf', () => {
  it('matches published values of Φ', () => {
    expect(normalCdf(0)).toBe(0.5);
    expectClose(normalCdf(1), 0.8413447460685429, 1e-16); // R pnorm(1); mpmath 0.84134474606854295
    expectClose(normalCdf(-10), 7.619853024160527e-24, 1e-15); // R pnorm(-10)
    expectClose(normalCdf(1.959963984540054), 0.975, 1e-15);
    expectClose(normalCdf(-3), 0.0013498980316300946, 1e-15); // mpmath 1.3498980316300945e-3
    expectClose(normalCdf(-0.3), 0.3820885778110474, 1e-15); // central branch; mpmath
    expectClose(normalCdf(-6), 9.86587645037698e-10, 1e-15); // mpmath
  });

  it('keeps full relative accuracy in the far lower tail', () => {
    expectClose(normalCdf(-37), 5.725571222524577e-300, 1e-14); // mpmath ½·erfc(37/√2)
    expectClose(normalCdf(-20), 2.7536241186062337e-89, 1e-14); // mpmath
  });

  it('handles the infinities and signed zero', () => {
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(-0)).toBe(0.5);
    expect(normalCdf(40)).toBe(1);
  });

  it('rejects NaN and non-numbers', () => {
    expectOmnicxError(() => normalCdf(Number.NaN), 'INVALID_INPUT', ['x']);
    expectOmnicxError(() => normalCdf('1' as never), 'INVALID_INPUT', ['x']);
  });

  it('is monotone and Φ(x) + Φ(−x) = 1 (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: -50, max: 50, noNaN: true }), (a, b) => {
        const [x, y] = a <= b ? [a, b] : [b, a];
        expect(normalCdf(x)).toBeLessThanOrEqual(normalCdf(y));
        expect(Math.abs(normalCdf(x) + normalCdf(-x) - 1)).toBeLessThanOrEqual(2.3e-16);
        expect(normalCdf(x)).toBe(normalSurvival(-x));
      }),
    );
  });
});
