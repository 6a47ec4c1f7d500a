import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalQuantile } from '../../../src/core/statistics/normalQuantile.js';
import { studentTCdf } from '../../../src/core/statistics/studentTCdf.js';
import { studentTQuantile } from '../../../src/core/statistics/studentTQuantile.js';
import { expectClose, expectOmnicxError } from './support.js';

// Reference values: R's qt() as quoted (also the familiar t-table entries 12.706, 2.228, 5.841,
// 2.042, 6.314, 4.303), each re-derived by solving ½·I_{ν/(ν+t²)}(ν/2, ½) = 1 − p for t with
// mpmath at 400 digits.
describe('studentTQuantile', () => {
  it('matches R qt() for the classic table entries', () => {
    // R qt(0.975, 1) prints 12.70620473617471; the exact value for the double 0.975 is
    // 12.706204736174693 (mpmath; = 1/tan(π·0.025)), which this reproduces more closely.
    expectClose(studentTQuantile(0.975, 1), 12.70620473617471, 2e-15);
    expectClose(studentTQuantile(0.975, 1), 12.706204736174692, 2.3e-16);
    expectClose(studentTQuantile(0.975, 10), 2.228138851986274, 1e-15); // R qt(0.975, 10)
    expectClose(studentTQuantile(0.995, 3), 5.840909309733, 1e-12); // R qt(0.995, 3); mpmath 5.8409093097333554
    expectClose(studentTQuantile(0.995, 3), 5.840909309733355, 1e-15);
    expectClose(studentTQuantile(0.975, 30), 2.0422724563012378, 1e-15); // mpmath
    expectClose(studentTQuantile(0.95, 1), 6.313751514675038, 1e-15); // mpmath; = tan(0.45π)
    expectClose(studentTQuantile(0.975, 2), 4.302652729749462, 1e-15); // 0.95/√(2·0.975·0.025)
    expectClose(studentTQuantile(0.025, 10), -2.228138851986274, 1e-15);
  });

  it('uses tan(π(p − ½)) for the Cauchy distribution near the centre', () => {
    expectClose(studentTQuantile(0.7, 1), 0.7265425280053607, 1e-15); // tan(0.2π), mpmath 0.72654252800536067
  });

  it('stops when rounding noise makes Newton alternate sides of the root', () => {
    // mpmath: −1.6364315450749436; the iterates bracket the root within 1e-15 and stop there.
    expectClose(studentTQuantile(0.053219293714518834, 67), -1.6364315450749436, 1e-15);
  });

  it('handles non-integer df, far tails and large df', () => {
    expectClose(studentTQuantile(0.99, 7.5), 2.9430993234067215, 1e-14); // mpmath
    expectClose(studentTQuantile(0.9, 0.5), 10.270324410234512, 1e-14); // mpmath
    expectClose(studentTQuantile(1e-10, 4), -416.17514032960412, 1e-14); // mpmath
    expectClose(studentTQuantile(1e-100, 50), -667.49217398295741, 1e-14); // mpmath
    expectClose(studentTQuantile(0.999, 200), 3.1314798142211213, 1e-14); // mpmath
    expectClose(studentTQuantile(0.975, 1e6), 1.9599663568141068, 1e-14); // mpmath
    expect(studentTQuantile(0.975, Infinity)).toBe(normalQuantile(0.975));
    expect(studentTQuantile(0.3, 1e24)).toBe(normalQuantile(0.3));
  });

  it('returns 0 at p = ½, ∓Infinity at 0 and 1, and ±Infinity past the largest double', () => {
    expect(studentTQuantile(0.5, 4)).toBe(0);
    expect(studentTQuantile(0, 4)).toBe(-Infinity);
    expect(studentTQuantile(1, 4)).toBe(Infinity);
    // ν = 0.05: the quantile for p = 1e-20 is about −1e400, beyond the double range.
    expect(studentTQuantile(1e-20, 0.05)).toBe(-Infinity);
    expect(studentTQuantile(1 - 2 ** -53, 0.05)).toBe(Infinity);
    // Cauchy: 1/tan(π·5e-324) overflows as well.
    expect(studentTQuantile(5e-324, 1)).toBe(-Infinity);
  });

  it('stays accurate next to ½ and for tiny probabilities', () => {
    // Next to the median t = (½ − p)/f(0) with f(0) = Γ((ν+1)/2)/(√(νπ) Γ(ν/2)); for ν = 100,
    // f(0) = 0.39794618693589381 and ½ − 0.49999999999999994 = 2⁻⁵⁴ give t = −1.3949411516839151e-16 (mpmath).
    expectClose(studentTQuantile(0.49999999999999994, 100), -1.394941151683915e-16, 1e-15);
    // The Newton iteration overshoots into underflow here and must back off (bisection).
    expectClose(studentTCdf(studentTQuantile(5e-324, 200), 200), 5e-324, 0);
    const t = studentTQuantile(0.5 + 2 ** -40, 5);
    expect(t).toBeGreaterThan(0);
    expectClose(studentTCdf(t, 5) - 0.5, 2 ** -40, 1e-6);
    expectClose(studentTCdf(studentTQuantile(5e-324, 1000), 1000), 5e-324, 0);
    expectClose(studentTCdf(studentTQuantile(1e-300, 3), 3), 1e-300, 1e-12);
  });

  it('rejects p outside [0, 1] and bad df', () => {
    expectOmnicxError(() => studentTQuantile(1.5, 3), 'INVALID_INPUT', ['p']);
    expectOmnicxError(() => studentTQuantile(-0.5, 3), 'INVALID_INPUT', ['p']);
    expectOmnicxError(() => studentTQuantile(0.5, 0), 'INVALID_INPUT', ['df']);
    expectOmnicxError(() => studentTQuantile(0.5, -Infinity), 'INVALID_INPUT', ['df']);
  });

  it('inverts studentTCdf (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }),
        fc.oneof(fc.integer({ min: 1, max: 200 }), fc.double({ min: 0.5, max: 1e6, noNaN: true })),
        (p, df) => {
          const t = studentTQuantile(p, df);
          const back = studentTCdf(t, df);
          const tail = Math.min(p, 1 - p);
          expect(Math.abs(back - p) / tail).toBeLessThanOrEqual(1e-11);
        },
      ),
    );
  });
});
