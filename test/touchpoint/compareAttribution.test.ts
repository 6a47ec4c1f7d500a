import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodePaths } from '../../src/core/index.js';
import { attributeHeuristic, attributeMarkov, attributeShapley, bootstrapAttribution, compareAttribution } from '../../src/touchpoint/index.js';
import { expectNear, expectOmnicxError, pathRecords } from './support.js';

const paths = [
  { path: 'search > email', conversions: 3, value: 120 },
  { path: 'email', conversions: 1, nulls: 4, value: 40 },
  { path: 'search', conversions: 0, nulls: 2 },
];

describe('compareAttribution', () => {
  it('lays out each model as a column of a channel table', () => {
    const table = compareAttribution(paths, ['firstTouch', 'lastTouch', 'linear', 'markov']);
    expect(table.models).toEqual(['firstTouch', 'lastTouch', 'linear', 'markov']);
    expect(table.totalConversions).toBe(4);
    expect(table.totalValue).toBe(160);
    // Markov: start → search 5, → email 5; search → email 3/5; email → conv 4/8.
    // P = ½·(3/5·½) + ½·½ = 0.4; without search 0.25 (RE 0.375); without email 0 (RE 1).
    // email: 1/1.375 · 4 = 2.909…, search: 0.375/1.375 · 4 = 1.0909…
    expect(table.rows.map((r) => r.channel)).toEqual(['email', 'search']);
    const email = table.rows[0]!;
    expect(email.conversions['firstTouch']).toBe(1);
    expect(email.conversions['lastTouch']).toBe(4);
    expect(email.conversions['linear']).toBe(2.5);
    expectNear(email.conversions['markov']!, 32 / 11, 1e-14);
    expect(table.rows[1]!.value['firstTouch']).toBe(120);
  });

  it('matches the single-model functions, with options and names', () => {
    const timed = paths.map((p) => ({ ...p, touchedAt: p.path.split(' > ').map((_, j) => j * 86_400_000) }));
    const table = compareAttribution(timed, [
      { model: 'markov', options: { order: 2 } },
      { model: 'shapley', options: { value: 'conversionRate' } },
      'shapley',
      { model: 'timeDecay', options: { halfLifeDays: 1 }, name: 'fast decay' },
      { model: 'positionBased' },
    ]);
    expect(table.models).toEqual(['markov(order 2)', 'shapley(conversionRate)', 'shapley', 'fast decay', 'positionBased']);
    const markov = attributeMarkov(timed, { order: 2 });
    const rate = attributeShapley(timed, { value: 'conversionRate' });
    const decay = attributeHeuristic(timed, 'timeDecay', { halfLifeDays: 1 });
    for (const row of table.rows) {
      expect(row.conversions['markov(order 2)']).toBe(markov.credits[row.channel]!.conversions);
      expect(row.value['shapley(conversionRate)']).toBe(rate.credits[row.channel]!.value);
      expect(row.value['fast decay']).toBe(decay.credits[row.channel]!.value);
    }
  });

  it('sums every column to the totals (property)', () => {
    fc.assert(
      fc.property(pathRecords(), (records) => {
        const table = compareAttribution(encodePaths(records), ['linear', 'markov', 'shapley', 'jShaped']);
        for (const model of table.models) {
          expectNear(table.rows.reduce((s, r) => s + r.conversions[model]!, 0), table.totalConversions);
          expectNear(table.rows.reduce((s, r) => s + r.value[model]!, 0), table.totalValue);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('refuses bad model lists', () => {
    expectOmnicxError(() => compareAttribution(paths, []), 'INVALID_INPUT', ['models']);
    expectOmnicxError(() => compareAttribution(paths, 'linear' as never), 'INVALID_INPUT', ['models']);
    expectOmnicxError(() => compareAttribution(paths, ['linear', 'lastClick' as never]), 'INVALID_INPUT', ['models', 1]);
    expectOmnicxError(() => compareAttribution(paths, ['markov', { model: 'markov' }]), 'INVALID_INPUT', ['models', 1]);
    expectOmnicxError(() => compareAttribution(paths, [{ model: 'markov', options: { order: 0 } }]), 'INVALID_INPUT', ['models', 0, 'options', 'order']);
    expectOmnicxError(() => compareAttribution(paths, ['timeDecay']), 'INVALID_INPUT', [0, 'touchedAt']);
  });

  it('refuses encoded columns that name a channel twice, whose credits could not sum to the totals', () => {
    // channels 0 and 1 are both 'a': keyed by name, one of them would silently lose its credit
    const columns = {
      dictionary: ['a', 'a', 'b'],
      offsets: Int32Array.of(0, 1, 2, 3),
      steps: Int32Array.of(0, 1, 2),
      conversions: Float64Array.of(1, 1, 1),
      nulls: Float64Array.of(0, 0, 0),
      values: Float64Array.of(0, 0, 0),
    };
    expectOmnicxError(() => attributeHeuristic(columns, 'linear'), 'INVALID_INPUT', ['dictionary', 1]);
    expectOmnicxError(() => attributeMarkov(columns), 'INVALID_INPUT', ['dictionary', 1]);
    expectOmnicxError(() => compareAttribution(columns, ['shapley']), 'INVALID_INPUT', ['dictionary', 1]);
  });

  it('checks touch times wherever they are given, whatever the model (docs: Path records)', () => {
    const models = [
      (p: never) => attributeMarkov(p),
      (p: never) => attributeShapley(p),
      (p: never) => compareAttribution(p, ['markov', 'shapley', 'linear']),
      (p: never) => bootstrapAttribution(p, 'markov', { seed: 1, resamples: 2 }),
    ];
    for (const run of models) {
      expectOmnicxError(() => run([{ path: 'a', conversions: 1, touchedAt: [1, 2] }] as never), 'INVALID_INPUT', [0, 'touchedAt']);
      expectOmnicxError(() => run([{ path: 'a > b', conversions: 1, touchedAt: [1, 5], convertedAt: 3 }] as never), 'INVALID_INPUT', [0, 'touchedAt', 1]);
      expectOmnicxError(() => run([{ path: 'a', conversions: 1, convertedAt: 'soon' }] as never), 'INVALID_DATE', [0, 'convertedAt']);
      expect(() => run([{ path: 'a > b', conversions: 1, touchedAt: [1, 2], convertedAt: 2 }] as never)).not.toThrow();
    }
  });
});
