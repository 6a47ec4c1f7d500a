import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodePaths } from '../../src/core/index.js';
import { attributeMarkov, bootstrapAttribution, type BootstrapAttributionResult } from '../../src/touchpoint/index.js';
import { expectNear, expectOmnicxError } from './support.js';

const paths = [
  { path: 'search > email', conversions: 30, nulls: 70, value: 1500 },
  { path: 'email', conversions: 10, nulls: 90, value: 500 },
  { path: 'search', conversions: 5, nulls: 95, value: 250 },
];

describe('bootstrapAttribution', () => {
  it('reports the model estimate with a percentile interval around it', () => {
    const result = bootstrapAttribution(paths, 'markov', { seed: 1, resamples: 300 });
    const markov = attributeMarkov(paths);
    expect(result.model).toBe('markov');
    expect(result.journeys).toBe(300);
    expect(result.resamples).toBe(300);
    expect(result.confidence).toBe(0.95);
    for (const [channel, { conversions, value }] of Object.entries(result.channels)) {
      expect(conversions.estimate).toBe(markov.credits[channel]!.conversions);
      expect(conversions.lower).toBeLessThan(conversions.estimate);
      expect(conversions.upper).toBeGreaterThan(conversions.estimate);
      expect(value.lower).toBeLessThan(value.estimate);
    }
  });

  it('has the binomial standard error when a channel is alone', () => {
    // one channel, 300 conversions among 1000 journeys: the credit is the resampled conversion
    // count, Binomial(1000, 0.3), sd √(1000 · 0.3 · 0.7) = 14.49; its value 2 per conversion
    const single = [{ path: 'store', conversions: 300, nulls: 700, value: 600 }];
    const result = bootstrapAttribution(single, 'lastTouch', { seed: 7, resamples: 2000, confidence: 0.9 });
    const store = result.channels['store']!;
    expect(store.conversions.standardError).toBeGreaterThan(14.49 * 0.93);
    expect(store.conversions.standardError).toBeLessThan(14.49 * 1.07);
    expectNear(store.value.standardError, 2 * store.conversions.standardError, 1e-12);
    // 90 % interval ≈ 300 ± 1.645 · 14.49 = [276.2, 323.8]
    expect(Math.abs(store.conversions.lower - 276.2)).toBeLessThan(4);
    expect(Math.abs(store.conversions.upper - 323.8)).toBeLessThan(4);
  });

  it('is reproducible for a seed and works on encoded columns', () => {
    const a = bootstrapAttribution(paths, { model: 'shapley', options: { value: 'conversionRate' } }, { seed: 3, resamples: 50 });
    const b = bootstrapAttribution(encodePaths(paths), { model: 'shapley', options: { value: 'conversionRate' } }, { seed: 3, resamples: 50 });
    expect(a).toEqual(b);
    expect(a.model).toBe('shapley(conversionRate)');
    const c = bootstrapAttribution(paths, 'linear', { seed: 4, resamples: 50 });
    expect(c.channels['email']!.conversions.lower).not.toBe(bootstrapAttribution(paths, 'linear', { seed: 3, resamples: 50 }).channels['email']!.conversions.lower);
  });

  it('resamples the same journeys alike whatever the order of the input rows', () => {
    const forward = bootstrapAttribution(paths, 'linear', { seed: 42, resamples: 200 });
    // draws laid out in input order made the reversed rows move email's 95 % interval by 1.5 conversions
    expect(bootstrapAttribution([...paths].reverse(), 'linear', { seed: 42, resamples: 200 })).toEqual(forward);
    expect(bootstrapAttribution([paths[1]!, paths[2]!, paths[0]!], 'linear', { seed: 42, resamples: 200 })).toEqual(forward);
    const reordered = encodePaths([paths[2]!, paths[0]!, paths[1]!]);
    expect(bootstrapAttribution(reordered, 'markov', { seed: 5, resamples: 50 })).toEqual(bootstrapAttribution(paths, 'markov', { seed: 5, resamples: 50 }));
  });

  it('resamples time-decay journeys with their touch times', () => {
    const timed = [
      { path: 'a > b', conversions: 4, nulls: 1, value: 40, touchedAt: [0, 7 * 86_400_000] },
      { path: 'b', conversions: 1, nulls: 4, value: 10, touchedAt: [0] },
    ];
    const result = bootstrapAttribution(timed, 'timeDecay', { seed: 2, resamples: 100 });
    // a gets 1/3 of each a > b conversion (weights ½ and 1): 4/3
    expectNear(result.channels['a']!.conversions.estimate, 4 / 3, 1e-14);
  });

  it('resamples time-decay rows that differ only in their touch times alike whatever their order', () => {
    // Two rows with the same path, counts and value: only touchedAt tells them apart. With a
    // half-life of 1 day, row A (a one day before b) gives a 2^-1 / (2^-1 + 1) = 1/3 of each of its
    // conversions and row B (a and b together) gives a 1/2. The estimate is 3·1/3 + 3·1/2 = 2.5
    // either way, but each resample draws the two rows' conversions separately, so the bootstrap
    // credits of a depend on which row got which draws: swapping the rows must not swap the draws.
    const day = 86_400_000;
    const rowA = { path: 'a > b', conversions: 3, nulls: 2, value: 30, touchedAt: [0, day] };
    const rowB = { path: 'a > b', conversions: 3, nulls: 2, value: 30, touchedAt: [0, 0] };
    const options = { seed: 11, resamples: 200 };
    const model = { model: 'timeDecay', options: { halfLifeDays: 1 } } as const;
    const forward = bootstrapAttribution([rowA, rowB], model, options);
    expectNear(forward.channels['a']!.conversions.estimate, 2.5, 1e-14);
    expectSameIntervals(bootstrapAttribution([rowB, rowA], model, options), forward);
  });

  it('gives the same time-decay intervals for a seed under any permutation of the rows (property)', () => {
    const day = 86_400_000;
    // Few distinct paths and counts, so that rows often tie on everything but their touch times.
    const row = fc
      .record({
        path: fc.constantFrom(['a'], ['a', 'b'], ['b', 'a'], ['a', 'b', 'c']),
        conversions: fc.integer({ min: 0, max: 3 }),
        nulls: fc.integer({ min: 0, max: 2 }),
        ageDays: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 3, maxLength: 3 }),
      })
      .map(({ path, conversions, nulls, ageDays }) => ({
        path,
        conversions,
        nulls,
        value: 10 * conversions,
        // touch j happened ageDays[j] days before the conversion at day 10
        touchedAt: path.map((_, j) => (10 - (ageDays[j] as number)) * day),
        convertedAt: 10 * day,
      }));
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 8 }).chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length }))),
        ([rows, shuffled]) => {
          const options = { seed: 5, resamples: 30 };
          expectSameIntervals(bootstrapAttribution(shuffled, 'timeDecay', options), bootstrapAttribution(rows, 'timeDecay', options));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('gives zero-width intervals when there are no journeys', () => {
    const result = bootstrapAttribution([{ path: 'a', conversions: 0 }], 'linear', { seed: 1, resamples: 10 });
    expect(result.journeys).toBe(0);
    expect(result.channels['a']!.conversions).toEqual({ estimate: 0, lower: 0, upper: 0, standardError: 0 });
  });

  it('refuses fractional journeys and bad options', () => {
    expectOmnicxError(() => bootstrapAttribution([{ path: 'a', conversions: 1.5 }], 'linear', { seed: 1 }), 'INVALID_INPUT', [0, 'conversions']);
    expectOmnicxError(() => bootstrapAttribution([{ path: 'a', conversions: 1, nulls: 0.5 }], 'linear', { seed: 1 }), 'INVALID_INPUT', [0, 'nulls']);
    expectOmnicxError(() => bootstrapAttribution(encodePaths([{ path: 'a', conversions: 0.5 }]), 'linear', { seed: 1 }), 'INVALID_INPUT', ['conversions', 0]);
    expectOmnicxError(() => bootstrapAttribution([{ path: 'a', conversions: 2 ** 32, nulls: 1 }], 'linear', { seed: 1 }), 'INVALID_INPUT', []);
    expectOmnicxError(() => bootstrapAttribution(paths, 'linear', {} as never), 'INVALID_INPUT', ['options', 'seed']);
    expectOmnicxError(() => bootstrapAttribution(paths, 'linear', { seed: 1, resamples: 1 }), 'INVALID_INPUT', ['options', 'resamples']);
    expectOmnicxError(() => bootstrapAttribution(paths, 'linear', { seed: 1, confidence: 1 }), 'INVALID_INPUT', ['options', 'confidence']);
    expectOmnicxError(() => bootstrapAttribution(paths, 'lastClick' as never, { seed: 1 }), 'INVALID_INPUT', ['model']);
  });
});

/** Equal up to float rounding (the models add the rows' credits in input order). */
function expectSameIntervals(actual: BootstrapAttributionResult, expected: BootstrapAttributionResult): void {
  expect(Object.keys(actual.channels).sort()).toEqual(Object.keys(expected.channels).sort());
  for (const [channel, intervals] of Object.entries(expected.channels)) {
    for (const key of ['conversions', 'value'] as const) {
      for (const field of ['estimate', 'lower', 'upper', 'standardError'] as const) {
        expectNear(actual.channels[channel]![key][field], intervals[key][field], 1e-9);
      }
    }
  }
}
