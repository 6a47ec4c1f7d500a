import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../../src/core/statistics/normalCdf.js';
import { studentTCdf } from '../../../src/core/statistics/studentTCdf.js';
import { expectClose, expectOmnicxError } from './support.js';

// Reference values: R's pt() where quoted, and the regularized incomplete beta function
// P(T > t) = ½·I_{ν/(ν+t²)}(ν/2, ½) evaluated with mpmath.betainc at 60–400 digits.
describe('studentTCdf', () => {
  it('matches R pt() and mpmath for integer degrees of freedom', () => {
    expectClose(studentTCdf(2, 5), 0.9490302605850709, 1e-15); // R pt(2, 5); mpmath 0.94903026058507082
    expectClose(studentTCdf(4, 150), 0.9999504220703036, 1e-15); // mpmath
    expectClose(studentTCdf(-40, 30), 6.8630225972032014e-28, 1e-13); // mpmath, continued fraction
    expectClose(studentTCdf(-30, 1000), 7.687343722021741e-142, 1e-13); // mpmath, asymptotic expansion
    expect(studentTCdf(0, 3)).toBe(0.5);
  });

  it('uses the closed forms for ν = 1 (Cauchy) and ν = 2', () => {
    expect(studentTCdf(1, 1)).toBe(0.75); // ½ + atan(1)/π
    expect(studentTCdf(-1, 1)).toBe(0.25);
    expectClose(studentTCdf(0.5, 1), 0.5 + Math.atan(0.5) / Math.PI, 1e-16);
    // Far Cauchy tail: atan(1e-10)/π = 3.1830988618379067e-11 (mpmath), no cancellation
    expectClose(studentTCdf(-1e10, 1), 3.1830988618379065e-11, 1e-15);
    // ν = 2: ½ + t/(2√(2 + t²)); at t = 1, ½ + 1/(2√3) = 0.78867513459481288
    expectClose(studentTCdf(1, 2), 0.7886751345948129, 1e-16);
    // Far ν = 2 tail 1/(s(s + t)), s = √(2 + t²): at t = 1e100 it is 5e-201
    expectClose(studentTCdf(-1e100, 2), 5e-201, 1e-15);
    expect(studentTCdf(-1e200, 2)).toBe(0); // true value 5e-401 underflows
  });

  it('handles non-integer degrees of freedom', () => {
    expectClose(studentTCdf(1.5, 2.5), 0.8760817734568519, 1e-14); // mpmath
    expectClose(studentTCdf(-3, 7.5), 0.009195469304102255, 1e-14); // mpmath
    expectClose(studentTCdf(0.7, 0.3), 0.627188455616751, 1e-14); // mpmath
  });

  it('keeps relative accuracy deep in the tails, including t² beyond the double range', () => {
    // mpmath: P(T₃ < −1e100) = 1.102657790843584e-300 (leading asymptotic term branch)
    expectClose(studentTCdf(-1e100, 3), 1.102657790843584e-300, 1e-13);
    expectClose(studentTCdf(-1e200, 0.5), 3.207009754142229e-101, 1e-13);
    expect(studentTCdf(-Infinity, 4)).toBe(0);
    expect(studentTCdf(Infinity, 4)).toBe(1);
    expect(studentTCdf(1e-200, 4)).toBe(0.5);
  });

  it('tends to the normal distribution as df grows', () => {
    expectClose(studentTCdf(2, 1e6), 0.9772497330743404, 1e-15); // mpmath
    expectClose(studentTCdf(-5, 1e10), 2.8665157671103237e-7, 1e-13); // mpmath
    expect(studentTCdf(1.3, Infinity)).toBe(normalCdf(1.3));
    expect(studentTCdf(-2, 1e30)).toBe(normalCdf(-2));
  });

  it('rejects NaN t and non-positive df', () => {
    expectOmnicxError(() => studentTCdf(Number.NaN, 3), 'INVALID_INPUT', ['t']);
    expectOmnicxError(() => studentTCdf(1, 0), 'INVALID_INPUT', ['df']);
    expectOmnicxError(() => studentTCdf(1, -2), 'INVALID_INPUT', ['df']);
    expectOmnicxError(() => studentTCdf(1, Number.NaN), 'INVALID_INPUT', ['df']);
    expectOmnicxError(() => studentTCdf(1, '3' as never), 'INVALID_INPUT', ['df']);
  });

  it('is symmetric and non-decreasing in t (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        fc.double({ min: 0.1, max: 1e7, noNaN: true }),
        (a, b, df) => {
          const [s, t] = a <= b ? [a, b] : [b, a];
          // Non-decreasing up to one rounding step (the exact values can differ by far less).
          expect(studentTCdf(s, df)).toBeLessThanOrEqual(studentTCdf(t, df) * (1 + 2.3e-16));
          expect(Math.abs(studentTCdf(t, df) + studentTCdf(-t, df) - 1)).toBeLessThanOrEqual(1e-15);
        },
      ),
    );
  });
});
