import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tangoStatistic } from '../../src/satisfaction/internal/npsCore.js';
import { nps, npsFromCounts, npsResultSchema, type NpsMethod } from '../../src/satisfaction/index.js';
import { deepFreeze, expectError, Z95 } from './surveyHelpers.js';

// 5 promoters (9, 9, 9, 10, 10), 3 passives (7, 7, 8), 2 detractors (6, 0); n = 10.
const SAMPLE = [10, 9, 9, 10, 9, 8, 7, 7, 6, 0];

describe('nps', () => {
  it('computes the score, the multinomial standard error and the Wald interval by hand', () => {
    // p_P = 0.5, p_D = 0.2, score = 100 · 0.3 = 30
    // var = (0.5 + 0.2 − 0.3²)/10 = 0.061, SE = √0.061 = 0.2469817807 → 24.69817807
    // Wald 95 %: 0.3 ± 1.959963985 · 0.2469817807 = 0.3 ± 0.4840753950 → [−18.40753950, 78.40753950]
    const result = nps(SAMPLE, { method: 'wald' });
    expect(result).toMatchObject({ n: 10, promoters: 5, passives: 3, detractors: 2, score: 30 });
    expect(result.standardError).toBeCloseTo(24.69817807, 7);
    expect(result.interval?.lower).toBeCloseTo(-18.4075395, 7);
    expect(result.interval?.upper).toBeCloseTo(78.4075395, 7);
    expect(result.interval?.method).toBe('wald');
    expect(result.interval?.confidence).toBe(0.95);
  });

  it('uses the adjusted Wald interval by default (Rocks 2016: +¾ P, +¾ D, +3/2 passives)', () => {
    // P' = 5.75, D' = 2.75, n' = 13: centre = 3/13 = 0.2307692308
    // var' = (5.75/13 + 2.75/13 − (3/13)²)/13 = (0.6538461538 − 0.0532544379)/13 = 0.0461993628
    // SE' = 0.2149403703; 0.2307692308 ± 1.959963985 · 0.2149403703 → [−19.05061538, 65.20446153]
    const result = nps(SAMPLE);
    expect(result.score).toBe(30);
    expect(result.standardError).toBeCloseTo(24.69817807, 7); // the SE of the score itself
    expect(result.interval?.method).toBe('adjustedWald');
    expect(result.interval?.lower).toBeCloseTo(-19.05061538, 7);
    expect(result.interval?.upper).toBeCloseTo(65.20446153, 7);
  });

  it('finds the Tango interval where the score statistic equals ∓z', () => {
    const result = nps(SAMPLE, { method: 'tango' });
    const { lower, upper } = result.interval ?? { lower: NaN, upper: NaN };
    expect(tangoStatistic(5, 2, 10, lower / 100)).toBeCloseTo(Z95, 9);
    expect(tangoStatistic(5, 2, 10, upper / 100)).toBeCloseTo(-Z95, 9);
    expect(lower).toBeLessThan(30);
    expect(upper).toBeGreaterThan(30);
  });

  it('matches a brute-force Tango interval (restricted MLE by numerical maximisation, bounds by scan)', () => {
    // Independent of the closed-form root: maximise the trinomial log-likelihood
    // b·ln(q + δ) + c·ln q + (n − b − c)·ln(1 − 2q − δ) over feasible q by golden-section search.
    const statistic = (b: number, c: number, n: number, delta: number): number => {
      let lo = Math.max(0, -delta) + 1e-15;
      let hi = (1 - delta) / 2 - 1e-15;
      const ll = (q: number): number =>
        (b > 0 ? b * Math.log(q + delta) : 0) + (c > 0 ? c * Math.log(q) : 0) + (n - b - c > 0 ? (n - b - c) * Math.log(1 - 2 * q - delta) : 0);
      for (let i = 0; i < 200; i++) {
        const m1 = lo + (hi - lo) * 0.381966;
        const m2 = hi - (hi - lo) * 0.381966;
        if (ll(m1) < ll(m2)) lo = m1;
        else hi = m2;
      }
      const q = (lo + hi) / 2;
      return (b - c - n * delta) / Math.sqrt(n * (2 * q + delta * (1 - delta)));
    };
    for (const [b, a, c] of [
      [5, 3, 2],
      [40, 100, 20],
      [0, 4, 6],
      [12, 0, 1],
    ] as const) {
      const n = a + b + c;
      const result = npsFromCounts({ promoters: b, passives: a, detractors: c }, { method: 'tango' });
      // Scan for the sign changes of T(δ) ∓ z on a fine grid and refine linearly.
      const root = (level: number): number => {
        let previous = -1 + 1e-9;
        let fPrevious = statistic(b, c, n, previous) - level;
        for (let k = 1; k <= 20000; k++) {
          const delta = -1 + (2 * k) / 20000 - (k === 20000 ? 1e-9 : 0);
          const f = statistic(b, c, n, delta) - level;
          if (Math.sign(f) !== Math.sign(fPrevious)) return previous + ((delta - previous) * fPrevious) / (fPrevious - f);
          previous = delta;
          fPrevious = f;
        }
        return NaN;
      };
      expect(result.interval?.lower).toBeCloseTo(100 * root(Z95), 3);
      expect(result.interval?.upper).toBeCloseTo(100 * root(-Z95), 3);
    }
  });

  it('reaches the boundary only on the side where the sample is unanimous', () => {
    const allPromoters = nps([10, 9, 10, 9, 10], { method: 'tango' });
    expect(allPromoters.interval?.upper).toBe(100);
    expect(allPromoters.interval?.lower).toBeGreaterThan(0);
    const allDetractors = nps(new Array<number>(20).fill(3), { method: 'tango' });
    expect(allDetractors.interval?.lower).toBe(-100);
    // With every answer a detractor the restricted MLE has no passives, q̃ = (1 − δ)/2, so
    // T(δ) = −√n · √((1 + δ)/(1 − δ)) and T = −z gives δ = (z² − n)/(z² + n):
    // (3.841458821 − 20)/(3.841458821 + 20) = −0.6777496839
    expect(allDetractors.interval?.upper).toBeCloseTo(-67.77496839, 7);
    // n = 3: (3.841458821 − 3)/(6.841458821) = 0.1229940635 — small samples reach past 0.
    expect(nps([0, 1, 2], { method: 'tango' }).interval?.upper).toBeCloseTo(12.29940635, 7);
    // Wald collapses to a point at ±100; adjusted Wald does not.
    expect(nps([10, 10, 10], { method: 'wald' }).interval).toMatchObject({ lower: 100, upper: 100 });
    expect(nps([10, 10, 10]).interval?.lower).toBeLessThan(50);
  });

  it('widens an adjusted Wald interval to contain the score for a single answer', () => {
    // n = 1 promoter: P' = 1.75, D' = 0.75, n' = 4, centre 0.25, SE' = √((0.625 − 0.0625)/4) = 0.375
    // upper = 0.25 + 1.96 · 0.375 = 0.985 < 1 = the score, so the upper bound moves to 100.
    const result = nps([10]);
    expect(result.score).toBe(100);
    expect(result.interval?.upper).toBe(100);
    expect(result.interval?.lower).toBeCloseTo(100 * (0.25 - Z95 * 0.375), 10);
  });

  it('returns nulls, never NaN, for an empty sample', () => {
    for (const method of ['wald', 'adjustedWald', 'tango'] as const) {
      expect(nps([], { method })).toEqual({
        n: 0,
        promoters: 0,
        passives: 0,
        detractors: 0,
        score: null,
        standardError: null,
        interval: null,
      });
    }
    expect(nps(new Int8Array(0)).score).toBeNull();
  });

  it('narrows as the confidence drops', () => {
    const at90 = nps(SAMPLE, { confidence: 0.9 });
    const at99 = nps(SAMPLE, { confidence: 0.99 });
    expect((at90.interval?.upper ?? 0) - (at90.interval?.lower ?? 0)).toBeLessThan(
      (at99.interval?.upper ?? 0) - (at99.interval?.lower ?? 0),
    );
  });

  it('accepts every array and typed array kind with the same result', () => {
    const expected = nps(SAMPLE);
    for (const array of [
      Int8Array.from(SAMPLE),
      Uint8Array.from(SAMPLE),
      Uint8ClampedArray.from(SAMPLE),
      Int16Array.from(SAMPLE),
      Uint16Array.from(SAMPLE),
      Int32Array.from(SAMPLE),
      Uint32Array.from(SAMPLE),
      Float32Array.from(SAMPLE),
      Float64Array.from(SAMPLE),
    ]) {
      expect(nps(array)).toEqual(expected);
    }
  });

  it('does not modify its input', () => {
    const frozen = deepFreeze([...SAMPLE]);
    expect(nps(frozen).score).toBe(30);
  });

  it('counts a 10-million-element Int8Array', () => {
    const scores = new Int8Array(10_000_000);
    for (let i = 0; i < scores.length; i++) scores[i] = i % 11;
    const result = nps(scores);
    // 0…10 repeated: 2/11 promoters, 7/11 detractors (10M = 909090·11 + 10, the last 10 are 0–9)
    expect(result.promoters + result.passives + result.detractors).toBe(10_000_000);
    expect(result.promoters).toBe(909090 * 2 + 1);
    expect(result.detractors).toBe(909091 * 7);
  });

  it.each([
    [[1, 2, 11], ['scores', 2]],
    [[1, -1], ['scores', 1]],
    [[9.5], ['scores', 0]],
    [[Number.NaN], ['scores', 0]],
    [['9'], ['scores', 0]],
    [[null], ['scores', 0]],
    [[true], ['scores', 0]],
    [Int8Array.from([3, 12]), ['scores', 1]],
    [Int8Array.from([3, -1]), ['scores', 1]],
    [Float64Array.from([3, 6.5]), ['scores', 1]],
  ])('refuses a score off the 0–10 integer scale: %j', (scores, path) => {
    expectError(() => nps(scores as unknown as number[]), 'INVALID_INPUT', path);
  });

  it('names the 18th answer ["scores", 17]', () => {
    const scores = Array.from({ length: 20 }, () => 8);
    scores[17] = 42;
    const error = expectError(() => nps(scores), 'INVALID_INPUT', ['scores', 17]);
    expect(error.message).toBe('scores.17 must be an integer from 0 to 10, got 42');
  });

  it('refuses a non-array, an unknown method and a confidence outside (0, 1)', () => {
    expectError(() => nps('9, 10' as unknown as number[]), 'INVALID_INPUT', ['scores']);
    expectError(() => nps(new BigInt64Array(2) as unknown as number[]), 'INVALID_INPUT', ['scores']);
    expectError(() => nps(SAMPLE, { method: 'exact' as NpsMethod }), 'INVALID_INPUT', ['options', 'method']);
    expectError(() => nps(SAMPLE, { confidence: 1 }), 'INVALID_INPUT', ['options', 'confidence']);
    expectError(() => nps(SAMPLE, { confidence: 0 }), 'INVALID_INPUT', ['options', 'confidence']);
    expectError(() => nps(SAMPLE, { confidence: Number.NaN }), 'INVALID_INPUT', ['options', 'confidence']);
    expectError(() => nps(SAMPLE, 5 as never), 'INVALID_INPUT', ['options']);
  });

  const method = fc.constantFrom<NpsMethod>('wald', 'adjustedWald', 'tango');
  const scores = fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 300 });

  it('keeps the score in [−100, 100] and the interval ordered around it (property)', () => {
    fc.assert(
      fc.property(scores, method, fc.double({ min: 0.5, max: 0.999, noNaN: true }), (values, m, confidence) => {
        const result = nps(values, { method: m, confidence });
        expect(npsResultSchema.safeParse(result).success).toBe(true);
        if (result.score === null) {
          expect(values.length).toBe(0);
          return;
        }
        const { lower, upper } = result.interval ?? { lower: NaN, upper: NaN };
        expect(result.score).toBeGreaterThanOrEqual(-100);
        expect(result.score).toBeLessThanOrEqual(100);
        expect(lower).toBeGreaterThanOrEqual(-100);
        expect(upper).toBeLessThanOrEqual(100);
        expect(lower).toBeLessThanOrEqual(result.score);
        expect(upper).toBeGreaterThanOrEqual(result.score);
      }),
    );
  });

  it('agrees with npsFromCounts on the counts (property)', () => {
    fc.assert(
      fc.property(scores, method, (values, m) => {
        const result = nps(values, { method: m });
        expect(npsFromCounts(result, { method: m })).toEqual(result);
      }),
    );
  });
});
