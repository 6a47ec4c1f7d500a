import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../../src/core/statistics/wilsonInterval.js';
import { expectClose, expectOmnicxError } from './support.js';

// Newcombe (1998), "Two-sided confidence intervals for the single proportion: comparison of seven
// methods", Statistics in Medicine 17:857–872, tabulates method 3 (Wilson score, no continuity
// correction) for four examples, to 4 decimals. The full-precision values in the comments are the
// closed form (p̂ + z²/2n ± z√(p̂q̂/n + z²/4n²))/(1 + z²/n) evaluated with mpmath at 40 digits,
// z = 1.959963984540054235524594…
describe('wilsonInterval', () => {
  it("reproduces Newcombe's (1998) worked examples at 95 %", () => {
    const a = wilsonInterval(81, 263); // Newcombe: 0.2553, 0.3662
    expectClose(a.lower, 0.2552885198782742, 1e-14);
    expectClose(a.upper, 0.36620957698280004, 1e-14);
    expect(a).toEqual({ lower: a.lower, upper: a.upper, confidence: 0.95, method: 'wilson' });
    const b = wilsonInterval(15, 148); // Newcombe: 0.0624, 0.1605
    expectClose(b.lower, 0.06238639953073628, 1e-14);
    expectClose(b.upper, 0.16048724172330803, 1e-14);
    const c = wilsonInterval(0, 20); // Newcombe: 0.0000, 0.1611
    expect(c.lower).toBe(0);
    expectClose(c.upper, 0.16112515805281938, 1e-14);
    const d = wilsonInterval(1, 29); // Newcombe: 0.0061, 0.1718
    expectClose(d.lower, 0.00611321429276266, 1e-13);
    expectClose(d.upper, 0.17175521879320288, 1e-14);
  });

  it('gives [0, z²/(n + z²)] for no successes and the mirror image for all successes', () => {
    // x = 0, n = 10: upper = z²/(10 + z²) = 0.27753279986288925 (≈ 0.2775)
    const none = wilsonInterval(0, 10);
    expect(none.lower).toBe(0);
    expectClose(none.upper, 0.27753279986288926, 1e-15);
    const all = wilsonInterval(10, 10);
    expect(all.upper).toBe(1);
    expectClose(all.lower, 0.7224672001371107, 1e-15);
  });

  it('shrinks to the point estimate, without NaN, as the confidence tends to 0', () => {
    expect(wilsonInterval(0, 10, { confidence: 1e-300 })).toEqual({ lower: 0, upper: 0, confidence: 1e-300, method: 'wilson' });
    const { lower, upper } = wilsonInterval(3, 10, { confidence: 1e-300 });
    expect(lower).toBe(0.3);
    expect(upper).toBe(0.3);
    expect(wilsonInterval(10, 10, { confidence: 1e-300 }).lower).toBe(1);
  });

  it('widens with the confidence level and accepts non-integer (weighted) counts', () => {
    const c90 = wilsonInterval(30, 100, { confidence: 0.9 });
    const c99 = wilsonInterval(30, 100, { confidence: 0.99 });
    expect(c99.lower).toBeLessThan(c90.lower);
    expect(c99.upper).toBeGreaterThan(c90.upper);
    expect(c99.confidence).toBe(0.99);
    const weighted = wilsonInterval(12.5, 40.25);
    expect(weighted.lower).toBeLessThan(12.5 / 40.25);
    expect(weighted.upper).toBeGreaterThan(12.5 / 40.25);
  });

  it('throws INSUFFICIENT_DATA for n = 0 and INVALID_INPUT for bad counts or confidence', () => {
    expectOmnicxError(() => wilsonInterval(0, 0), 'INSUFFICIENT_DATA', ['n']);
    expectOmnicxError(() => wilsonInterval(5, 4), 'INVALID_INPUT', ['successes']);
    expectOmnicxError(() => wilsonInterval(-1, 4), 'INVALID_INPUT', ['successes']);
    expectOmnicxError(() => wilsonInterval(1, Infinity), 'INVALID_INPUT', ['n']);
    expectOmnicxError(() => wilsonInterval(1, 2 ** 60), 'INVALID_INPUT', ['n']);
    expectOmnicxError(() => wilsonInterval(1, '4' as never), 'INVALID_INPUT', ['n']);
    expectOmnicxError(() => wilsonInterval(1, 4, { confidence: 1 }), 'INVALID_INPUT', ['options', 'confidence']);
    expectOmnicxError(() => wilsonInterval(1, 4, { confidence: 0 }), 'INVALID_INPUT', ['options', 'confidence']);
    expectOmnicxError(() => wilsonInterval(1, 4, { confidence: 95 }), 'INVALID_INPUT', ['options', 'confidence']);
    expectOmnicxError(() => wilsonInterval(1, 4, 0.95 as never), 'INVALID_INPUT', ['options']);
  });

  it('stays within [0, 1] and contains the point estimate (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))),
        fc.double({ min: 1e-6, max: 0.999999, noNaN: true }),
        ([successes, n], confidence) => {
          const { lower, upper } = wilsonInterval(successes, n, { confidence });
          const estimate = successes / n;
          expect(lower).toBeGreaterThanOrEqual(0);
          expect(upper).toBeLessThanOrEqual(1);
          expect(lower).toBeLessThanOrEqual(estimate);
          expect(upper).toBeGreaterThanOrEqual(estimate);
        },
      ),
    );
  });
});
