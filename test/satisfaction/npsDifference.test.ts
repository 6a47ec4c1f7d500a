import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logNormalSurvival } from '../../src/core/statistics/index.js';
import { createNpsAccumulator, nps, npsDifference, npsDifferenceResultSchema } from '../../src/satisfaction/index.js';
import { expectError } from './surveyHelpers.js';

const STORE = { promoters: 50, passives: 30, detractors: 20 };
const WEB = { promoters: 40, passives: 30, detractors: 30 };

describe('npsDifference', () => {
  it('computes the Wald z-test by hand', () => {
    // var(store) = (0.7 − 0.3²)/100 = 0.0061, var(web) = (0.7 − 0.1²)/100 = 0.0069
    // SE = √0.013 = 0.1140175425 → 11.40175425; z = 0.2/0.1140175425 = 1.754116039
    // p = 2·Φ̄(1.754116039) = erfc(1.754116039/√2) = 0.07941062600
    // 95 %: 20 ± 1.959963985 · 11.40175425 → [−2.347027693, 42.34702769]
    const result = npsDifference(STORE, WEB, { method: 'wald' });
    expect(result.difference).toBe(20);
    expect(result.standardError).toBeCloseTo(11.40175425, 7);
    expect(result.z).toBeCloseTo(1.754116039, 8);
    expect(result.pValue).toBeCloseTo(0.079410626, 8);
    expect(result.log10PValue).toBeCloseTo(-1.10012138, 7);
    expect(result.interval).toMatchObject({ method: 'wald', confidence: 0.95 });
    expect(result.interval.lower).toBeCloseTo(-2.347027693, 7);
    expect(result.interval.upper).toBeCloseTo(42.34702769, 7);
    expect([result.nA, result.nB]).toEqual([100, 100]);
  });

  it('uses the adjusted Wald counts by default', () => {
    // store: (50.75 − 20.75)/103 = 0.2912621359; web: (40.75 − 30.75)/103 = 0.0970873786
    // centre = 20/103 = 0.1941747573; SE (adjusted) = 11.20891602; z = 1.732324133
    // p = 0.08321586753; interval [−2.551595983, 41.38654744]; difference stays the raw 20
    const result = npsDifference(STORE, WEB);
    expect(result.difference).toBe(20);
    expect(result.standardError).toBeCloseTo(11.20891602, 7);
    expect(result.z).toBeCloseTo(1.732324133, 8);
    expect(result.pValue).toBeCloseTo(0.08321586753, 9);
    expect(result.interval.lower).toBeCloseTo(-2.551595983, 7);
    expect(result.interval.upper).toBeCloseTo(41.38654744, 7);
    expect(result.interval.method).toBe('adjustedWald');
  });

  it('keeps a meaningful log10 p-value when the p-value underflows', () => {
    const a = { promoters: 6_000_000, passives: 2_000_000, detractors: 2_000_000 };
    const b = { promoters: 2_000_000, passives: 2_000_000, detractors: 6_000_000 };
    const result = npsDifference(a, b);
    expect(result.pValue).toBe(0);
    expect(result.z).toBeGreaterThan(1000);
    // log₁₀ p = (ln 2 + ln Φ̄(z))/ln 10, and ln Φ̄(z) ≈ −z²/2 − ln(z√(2π)) for large z
    const expected = (Math.LN2 + logNormalSurvival(result.z)) / Math.LN10;
    expect(result.log10PValue).toBeCloseTo(expected, 6);
    const asymptotic = (Math.LN2 - (result.z * result.z) / 2 - Math.log(result.z * Math.sqrt(2 * Math.PI))) / Math.LN10;
    expect(result.log10PValue / asymptotic).toBeCloseTo(1, 9);
    expect(npsDifferenceResultSchema.safeParse(result).success).toBe(true);
  });

  it('reports p = 1 for identical samples and a degenerate Wald test for unanimous ones', () => {
    expect(npsDifference(STORE, STORE)).toMatchObject({ difference: 0, z: 0, pValue: 1, log10PValue: 0 });
    const same = npsDifference({ promoters: 3, passives: 0, detractors: 0 }, { promoters: 5, passives: 0, detractors: 0 }, { method: 'wald' });
    expect(same).toMatchObject({ difference: 0, standardError: 0, z: 0, pValue: 1, log10PValue: 0 });
    const opposite = npsDifference({ promoters: 3, passives: 0, detractors: 0 }, { promoters: 0, passives: 0, detractors: 5 }, { method: 'wald' });
    expect(opposite).toMatchObject({ difference: 200, standardError: 0, z: Infinity, pValue: 0, log10PValue: -Infinity });
    expect(opposite.interval).toMatchObject({ lower: 200, upper: 200 });
    expect(npsDifferenceResultSchema.safeParse(opposite).success).toBe(true);
    const reversed = npsDifference({ promoters: 0, passives: 0, detractors: 5 }, { promoters: 3, passives: 0, detractors: 0 }, { method: 'wald' });
    expect(reversed.z).toBe(-Infinity);
  });

  it('accepts results and accumulators as samples', () => {
    const fromResults = npsDifference(nps([10, 9, 0]), { ...createNpsAccumulator(), promoters: 1, detractors: 2 });
    expect(fromResults.difference).toBeCloseTo(100 / 3 - -100 / 3, 12);
  });

  it('refuses empty samples, bad counts and unsupported methods', () => {
    const empty = { promoters: 0, passives: 0, detractors: 0 };
    expectError(() => npsDifference(empty, STORE), 'INSUFFICIENT_DATA', ['a']);
    expectError(() => npsDifference(STORE, empty), 'INSUFFICIENT_DATA', ['b']);
    expectError(() => npsDifference({ ...STORE, passives: -2 }, STORE), 'INVALID_INPUT', ['a', 'passives']);
    expectError(() => npsDifference(STORE, { promoters: Number.MAX_SAFE_INTEGER, passives: 1, detractors: 0 }), 'NOT_SAFE_INTEGER', ['b']);
    expectError(() => npsDifference(STORE, WEB, { method: 'tango' as never }), 'INVALID_INPUT', ['options', 'method']);
    expectError(() => npsDifference(STORE, WEB, { confidence: -0.5 }), 'INVALID_INPUT', ['options', 'confidence']);
  });

  const sample = fc
    .record({ promoters: fc.nat(500), passives: fc.nat(500), detractors: fc.nat(500) })
    .filter((s) => s.promoters + s.passives + s.detractors > 0);

  it('is antisymmetric and keeps the interval around the difference (property)', () => {
    fc.assert(
      fc.property(sample, sample, fc.constantFrom('wald' as const, 'adjustedWald' as const), (a, b, method) => {
        const ab = npsDifference(a, b, { method });
        const ba = npsDifference(b, a, { method });
        expect(ab.difference).toBeCloseTo(-ba.difference, 9);
        expect(ab.pValue).toBeCloseTo(ba.pValue, 12);
        expect(ab.interval.lower).toBeLessThanOrEqual(ab.difference);
        expect(ab.interval.upper).toBeGreaterThanOrEqual(ab.difference);
        expect(ab.pValue).toBeGreaterThanOrEqual(0);
        expect(ab.pValue).toBeLessThanOrEqual(1);
        if (ab.pValue > 1e-300) expect(ab.log10PValue).toBeCloseTo(Math.log10(ab.pValue), 8);
        expect(npsDifferenceResultSchema.safeParse(ab).success).toBe(true);
      }),
    );
  });
});
