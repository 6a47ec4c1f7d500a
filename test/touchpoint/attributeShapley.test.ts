import fc from 'fast-check';
import { encodePaths } from '../../src/core/index.js';
import { attributeShapley, type AttributionPath } from '../../src/touchpoint/index.js';
import { expectNear, expectOmnicxError, expectSameCredits, pathRecords, shuffled, sumCredits, weightedPathRecords, type ArrayPathRecord } from './support.js';
import { describe, expect, it } from 'vitest';

/** Shapley values by their definition: the mean marginal contribution over all n! orders. */
function bruteForce(records: readonly ArrayPathRecord[]): Map<string, number> {
  const players = [...new Set(records.filter((r) => r.conversions + r.nulls > 0).flatMap((r) => r.path))];
  const v = (coalition: ReadonlySet<string>): number => {
    let c = 0;
    let j = 0;
    for (const r of records) {
      if (r.path.every((p) => coalition.has(p))) {
        c += r.conversions;
        j += r.conversions + r.nulls;
      }
    }
    return j > 0 ? c / j : 0;
  };
  const phi = new Map(players.map((p) => [p, 0]));
  let orders = 0;
  const permute = (rest: string[], prefix: string[]): void => {
    if (rest.length === 0) {
      orders++;
      const coalition = new Set<string>();
      let before = v(coalition);
      for (const p of prefix) {
        coalition.add(p);
        const after = v(coalition);
        phi.set(p, phi.get(p)! + after - before);
        before = after;
      }
      return;
    }
    rest.forEach((p, i) => permute([...rest.slice(0, i), ...rest.slice(i + 1)], [...prefix, p]));
  };
  permute(players, []);
  for (const [p, total] of phi) phi.set(p, total / orders);
  return phi;
}

describe('attributeShapley', () => {
  const paths: AttributionPath[] = [
    { path: 'search > email', conversions: 2, value: 100 },
    { path: 'search', conversions: 1, nulls: 1, value: 40 },
  ];

  it('shares each path equally over its distinct channels with the conversions game', () => {
    // search > email: 2 conversions / 2 channels = 1 each, value 50 each; search alone: 1, 40.
    const result = attributeShapley([...paths, { path: 'email > email > tv', conversions: 3, value: 30 }]);
    // email > email > tv has 2 distinct channels: 1.5 conversions and 15 each.
    expect(result.credits).toEqual({
      email: { conversions: 2.5, value: 65 },
      search: { conversions: 2, value: 90 },
      tv: { conversions: 1.5, value: 15 },
    });
    expect(result.exact).toBe(true);
    expect(result.samples).toBe(0);
    expect(result.value).toBe('conversions');
  });

  it('solves the conversion-rate game exactly', () => {
    // v({search}) = 1/2, v({email}) = 0, v({search, email}) = 3/4.
    // φ(search) = ½(1/2 − 0) + ½(3/4 − 0) = 0.625; φ(email) = ½(0 − 0) + ½(3/4 − 1/2) = 0.125.
    // credits: φ/Σφ · 3 conversions = 2.5 and 0.5; value 140 · 5/6 and 140 · 1/6.
    const result = attributeShapley(paths, { value: 'conversionRate' });
    expectNear(result.shapleyValues['search']!, 0.625, 1e-15);
    expectNear(result.shapleyValues['email']!, 0.125, 1e-15);
    expectNear(result.credits['search']!.conversions, 2.5, 1e-15);
    expectNear(result.credits['email']!.value, 140 / 6, 1e-14);
  });

  it('gives a channel negative credit when its journeys convert worse than the rest', () => {
    // v({a}) = 1, v({b}) = 0, v({a, b}) = 1/2: φ(a) = ½(1) + ½(1/2) = 3/4, φ(b) = ½(0) + ½(−1/2) = −1/4.
    const result = attributeShapley(
      [
        { path: 'a', conversions: 1 },
        { path: 'b', conversions: 0, nulls: 1 },
      ],
      { value: 'conversionRate' },
    );
    expectNear(result.shapleyValues['b']!, -0.25, 1e-15);
    expectNear(result.credits['a']!.conversions, 1.5, 1e-15); // 0.75 / 0.5 · 1
    expectNear(result.credits['b']!.conversions, -0.5, 1e-15);
  });

  it('agrees with the definition over all orders (property)', () => {
    fc.assert(
      fc.property(pathRecords(5), (records) => {
        const result = attributeShapley(records, { value: 'conversionRate' });
        for (const [channel, phi] of bruteForce(records)) expectNear(result.shapleyValues[channel]!, phi, 1e-12);
      }),
      { numRuns: 40 },
    );
  });

  it('keeps credits summing to the totals for both games (property)', () => {
    fc.assert(
      fc.property(pathRecords(), fc.constantFrom('conversions' as const, 'conversionRate' as const), (records, value) => {
        const result = attributeShapley(records, { value });
        const sum = sumCredits(result);
        expectNear(sum.conversions, result.totalConversions);
        expectNear(sum.value, result.totalValue);
      }),
    );
  });

  it('does not depend on the order of the input rows (property)', () => {
    fc.assert(
      fc.property(pathRecords(), fc.array(fc.nat(), { minLength: 1 }), fc.constantFrom('conversions' as const, 'conversionRate' as const), (records, seeds, value) => {
        expectSameCredits(attributeShapley(records, { value }), attributeShapley(shuffled(records, seeds), { value }));
      }),
    );
  });

  it('gives bit-identical results in any row order, even with fractional weights, for both games (property)', () => {
    // Channel sets are summed exactly and the games built in a canonical order.
    fc.assert(
      fc.property(weightedPathRecords(), fc.array(fc.nat(), { minLength: 1 }), fc.constantFrom<'conversions' | 'conversionRate'>('conversions', 'conversionRate'), (records, seeds, value) => {
        expect(attributeShapley(shuffled(records, seeds), { value })).toEqual(attributeShapley(records, { value }));
      }),
    );
  });

  it('samples orders above 20 channels, reproducibly, with values that still sum to v(N)', () => {
    // 24 symmetric channels, each alone on a path with 1 conversion and 1 null: v(S) = 1/2 for any
    // non-empty S, so in each order only the first channel adds 1/2; exact φ = 1/48 each.
    const symmetric = Array.from({ length: 24 }, (_, i) => ({ path: [`c${String(i)}`], conversions: 1, nulls: 1 }));
    const result = attributeShapley(symmetric, { value: 'conversionRate', samples: 20_000, seed: 3 });
    expect(result.exact).toBe(false);
    expect(result.samples).toBe(20_000);
    const phis = Object.values(result.shapleyValues);
    expectNear(phis.reduce((a, b) => a + b, 0), 0.5, 1e-12);
    // each φ is 1/2 × (share of orders where the channel is first): binomial sd ≈ √(p(1−p)/N)/2 ≈ 0.0007
    for (const phi of phis) expect(Math.abs(phi - 1 / 48)).toBeLessThan(0.004);
    expect(attributeShapley(symmetric, { value: 'conversionRate', samples: 200, seed: 3 })).toEqual(
      attributeShapley(symmetric, { value: 'conversionRate', samples: 200, seed: 3 }),
    );
    expect(attributeShapley(symmetric, { value: 'conversionRate', samples: 200, seed: 4 }).shapleyValues).not.toEqual(
      attributeShapley(symmetric, { value: 'conversionRate', samples: 200, seed: 3 }).shapleyValues,
    );
    // the conversions game needs no sampling
    expect(attributeShapley(symmetric).exact).toBe(true);
  });

  it('samples the same orders whatever the order of the input rows above 20 channels', () => {
    // 25 channels in pairs with uneven conversion rates; the same records reversed must draw the
    // same permutations of the same players, so every φ is identical, not just close.
    const records = Array.from({ length: 25 }, (_, i) => ({
      path: [`c${String(i)}`, `c${String((i * 7) % 25)}`],
      conversions: i % 3,
      nulls: 2,
    }));
    const options = { value: 'conversionRate' as const, samples: 200, seed: 1 };
    const forward = attributeShapley(records, options);
    expect(forward.exact).toBe(false);
    expect(attributeShapley([...records].reverse(), options)).toEqual(forward);
    expect(attributeShapley(shuffled(records, [5, 11, 2, 19]), options)).toEqual(forward);
  });

  it('counts empty journeys in the rate and credits nothing when nothing converts', () => {
    // an empty journey is within every coalition: v({a}) = 1/2 → φ(a) = 1/2
    const withEmpty = attributeShapley(
      [
        { path: 'a', conversions: 1 },
        { path: '', conversions: 0, nulls: 1 },
        { path: 'b', conversions: 0, nulls: 0 },
      ],
      { value: 'conversionRate' },
    );
    expect(withEmpty.shapleyValues).toEqual({ a: 0.5, b: 0 });
    const none = attributeShapley([{ path: 'a > b', conversions: 0, nulls: 2 }], { value: 'conversionRate' });
    expect(none.credits).toEqual({ a: { conversions: 0, value: 0 }, b: { conversions: 0, value: 0 } });
  });

  it('runs on encoded columns as on records', () => {
    expect(attributeShapley(encodePaths(paths), { value: 'conversionRate' })).toEqual(attributeShapley(paths, { value: 'conversionRate' }));
  });

  it('refuses bad options and input', () => {
    expectOmnicxError(() => attributeShapley(paths, { value: 'revenue' as never }), 'INVALID_INPUT', ['options', 'value']);
    expectOmnicxError(() => attributeShapley(paths, { samples: 0 }), 'INVALID_INPUT', ['options', 'samples']);
    expectOmnicxError(() => attributeShapley(paths, { seed: 0.5 }), 'INVALID_INPUT', ['options', 'seed']);
    expectOmnicxError(() => attributeShapley([{ path: 'a', conversions: Infinity }]), 'INVALID_INPUT', [0, 'conversions']);
  });
});

describe('attributeShapley conversionRate without value', () => {
  it('credits a value of +0, not −0, to a channel with negative φ', () => {
    // a converts 1 of 1, b 0 of 1 (the docs' example): φ(a) = 3/4, φ(b) = −1/4; no value anywhere.
    const result = attributeShapley(
      [
        { path: 'a', conversions: 1 },
        { path: 'b', conversions: 0, nulls: 1 },
      ],
      { value: 'conversionRate' },
    );
    expect(result.totalValue).toBe(0);
    expect(result.credits).toEqual({ a: { conversions: 1.5, value: 0 }, b: { conversions: -0.5, value: 0 } });
    expect(Object.is(result.credits['b']!.value, 0)).toBe(true);
  });
});
