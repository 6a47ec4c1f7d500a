import { describe, expect, it } from 'vitest';
import { bootstrap } from '../../../src/core/statistics/bootstrap.js';
import { createRandom } from '../../../src/core/statistics/createRandom.js';
import { mean } from '../../../src/core/statistics/mean.js';
import { median } from '../../../src/core/statistics/median.js';
import { expectClose, expectOmnicxError } from './support.js';

// Efron & Tibshirani (1993), "An Introduction to the Bootstrap", Table 2.1: survival times of the
// 7 mice in the treatment group (mean 86.86, estimated standard error 25.24). Chapter 2 reports
// 23.36 as the ideal (B = ∞) bootstrap standard error of their mean; for the mean it has the
// closed form √(Σ(x − x̄)²)/n, by hand √26 746.857…/7 = 23.3635….
const MICE = [94, 197, 16, 38, 99, 141, 23];

describe('bootstrap', () => {
  it("approaches Efron & Tibshirani's ideal standard error of the mean (23.36)", () => {
    const result = bootstrap(MICE, mean, { seed: 2024, resamples: 20_000 });
    expectClose(result.estimate, 608 / 7, 1e-15); // 86.857…
    // Monte Carlo error of a standard-deviation estimate from B = 20 000 replicates is ≈ 0.5 %.
    expectClose(result.standardError, 23.3635, 0.02);
    expect(result.resamples).toBe(20_000);
    expect(result.confidence).toBe(0.95);
    expect(result.method).toBe('percentile');
    expect(result.lower).toBeLessThan(result.estimate);
    expect(result.upper).toBeGreaterThan(result.estimate);
    // The percentile interval of the mean is close to x̄ ± 1.96·SE for a sample this regular.
    expect(result.lower).toBeGreaterThan(30);
    expect(result.upper).toBeLessThan(140);
  });

  it('is deterministic for a seed and a saved generator state', () => {
    const a = bootstrap(MICE, median, { seed: 7, resamples: 500 });
    const b = bootstrap(MICE, median, { seed: 7, resamples: 500 });
    expect(a).toEqual(b);
    const c = bootstrap(MICE, median, { seed: 8, resamples: 500 });
    expect(c.standardError).not.toBe(a.standardError);
    const state = createRandom(7).state();
    expect(bootstrap(MICE, median, { seed: state, resamples: 500 })).toEqual(a);
  });

  it('uses the default of 2000 resamples and narrows with a lower confidence', () => {
    const wide = bootstrap(MICE, mean, { seed: 1 });
    const narrow = bootstrap(MICE, mean, { seed: 1, confidence: 0.5 });
    expect(wide.resamples).toBe(2000);
    expect(narrow.upper - narrow.lower).toBeLessThan(wide.upper - wide.lower);
    expect(narrow.standardError).toBe(wide.standardError);
  });

  it('gives a degenerate interval for a constant sample', () => {
    expect(bootstrap([3, 3, 3], mean, { seed: 1, resamples: 10 })).toEqual({
      estimate: 3,
      lower: 3,
      upper: 3,
      standardError: 0,
      confidence: 0.95,
      resamples: 10,
      method: 'percentile',
    });
  });

  it('passes the statistic a copy, never the caller’s array', () => {
    const sample = [3, 1, 2];
    const typed = new Float64Array([3, 1, 2]);
    const sorter = (values: Float64Array) => values.sort()[0]!;
    bootstrap(sample, sorter, { seed: 3, resamples: 5 });
    bootstrap(typed, sorter, { seed: 3, resamples: 5 });
    expect(sample).toEqual([3, 1, 2]);
    expect(Array.from(typed)).toEqual([3, 1, 2]);
  });

  it('rejects bad samples, statistics and options', () => {
    expectOmnicxError(() => bootstrap([1], mean, { seed: 1 }), 'INSUFFICIENT_DATA', []);
    expectOmnicxError(() => bootstrap([1, Number.NaN], mean, { seed: 1 }), 'INVALID_INPUT', [1]);
    expectOmnicxError(() => bootstrap([1, 2], 'mean' as never, { seed: 1 }), 'INVALID_INPUT', ['statistic']);
    expectOmnicxError(() => bootstrap([1, 2], () => Number.NaN, { seed: 1 }), 'INVALID_INPUT', ['statistic']);
    let calls = 0;
    const message = expectOmnicxError(
      () => bootstrap([1, 2], () => (calls++ === 3 ? Infinity : 1), { seed: 1, resamples: 10 }),
      'INVALID_INPUT',
      ['statistic'],
    );
    expect(message).toBe('statistic must return a finite number, got Infinity for resample 2');
    expectOmnicxError(() => bootstrap([1, 2], mean, undefined as never), 'INVALID_INPUT', ['options', 'seed']);
    expectOmnicxError(() => bootstrap([1, 2], mean, {} as never), 'INVALID_INPUT', ['options', 'seed']);
    expectOmnicxError(() => bootstrap([1, 2], mean, { seed: Number.NaN }), 'INVALID_INPUT', ['options', 'seed']);
    expectOmnicxError(() => bootstrap([1, 2], mean, { seed: 2 ** 60 }), 'NOT_SAFE_INTEGER', ['options', 'seed']);
    expectOmnicxError(() => bootstrap([1, 2], mean, { seed: [1, 2, 3, -4] }), 'INVALID_INPUT', ['options', 'seed', 3]);
    expectOmnicxError(() => bootstrap([1, 2], mean, { seed: 1, resamples: 1 }), 'INVALID_INPUT', ['options', 'resamples']);
    expectOmnicxError(() => bootstrap([1, 2], mean, { seed: 1, resamples: 10.5 }), 'INVALID_INPUT', [
      'options',
      'resamples',
    ]);
    expectOmnicxError(() => bootstrap([1, 2], mean, { seed: 1, confidence: 1.2 }), 'INVALID_INPUT', [
      'options',
      'confidence',
    ]);
  });

  it('lets errors thrown by the statistic through', () => {
    expect(() => bootstrap([1, 2], () => {
      throw new RangeError('boom');
    }, { seed: 1 })).toThrow(RangeError);
  });
});
