import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodePaths } from '../../src/core/index.js';
import { attributeMarkov, type AttributionPath } from '../../src/touchpoint/index.js';
import { expectNear, expectOmnicxError, expectSameCredits, pathRecords, shuffled, sumCredits, weightedPathRecords } from './support.js';

type Rec = { path: readonly string[]; conversions: number; nulls: number };

/**
 * An independent reference: the same chain built with string states and solved densely,
 * x = Q·x + r by Gaussian elimination with partial pivoting, once per removal.
 */
function reference(records: readonly Rec[], order: number): { p: number; effects: Map<string, number> } {
  const stateIds = new Map<string, number>();
  const members: Set<string>[] = [];
  const edges = new Map<string, number>();
  const conv: number[] = [];
  const out: number[] = [];
  const startOut = new Map<number, number>();
  let total = 0;
  const stateOf = (tuple: readonly string[]): number => {
    const key = JSON.stringify(tuple);
    let id = stateIds.get(key);
    if (id === undefined) {
      id = members.length;
      stateIds.set(key, id);
      members.push(new Set(tuple));
      conv.push(0);
      out.push(0);
    }
    return id;
  };
  for (const r of records) {
    const w = r.conversions + r.nulls;
    if (w === 0) continue;
    total += w;
    let previous = -1;
    r.path.forEach((_, j) => {
      const s = stateOf(r.path.slice(Math.max(0, j - order + 1), j + 1));
      if (previous === -1) startOut.set(s, (startOut.get(s) ?? 0) + w);
      else {
        edges.set(`${String(previous)},${String(s)}`, (edges.get(`${String(previous)},${String(s)}`) ?? 0) + w);
        out[previous]! += w;
      }
      previous = s;
    });
    if (previous !== -1) {
      conv[previous]! += r.conversions;
      out[previous]! += w;
    }
  }
  const solve = (removed: string | null): number => {
    const keep = members.map((m, s) => (removed !== null && m.has(removed) ? -1 : s)).filter((s) => s >= 0);
    const index = new Map(keep.map((s, i) => [s, i]));
    const n = keep.length;
    const a = keep.map(() => new Array<number>(n + 1).fill(0));
    keep.forEach((s, i) => {
      a[i]![i] = 1;
      a[i]![n] = conv[s]! / out[s]!;
    });
    for (const [key, w] of edges) {
      const [from, to] = key.split(',').map(Number) as [number, number];
      const i = index.get(from);
      const j = index.get(to);
      if (i !== undefined && j !== undefined) a[i]![j]! -= w / out[from]!;
    }
    for (let col = 0; col < n; col++) {
      let pivot = col;
      for (let row = col + 1; row < n; row++) if (Math.abs(a[row]![col]!) > Math.abs(a[pivot]![col]!)) pivot = row;
      [a[col], a[pivot]] = [a[pivot]!, a[col]!];
      for (let row = 0; row < n; row++) {
        if (row === col) continue;
        const f = a[row]![col]! / a[col]![col]!;
        for (let k = col; k <= n; k++) a[row]![k]! -= f * a[col]![k]!;
      }
    }
    let p = 0;
    for (const [s, w] of startOut) {
      const i = index.get(s);
      if (i !== undefined) p += (w / total) * (a[i]![n]! / a[i]![i]!);
    }
    return p;
  };
  const p = solve(null);
  const channels = new Set(records.flatMap((r) => r.path));
  return { p, effects: new Map([...channels].map((c) => [c, p > 0 ? 1 - solve(c) / p : 0])) };
}

describe('attributeMarkov', () => {
  const handCase: AttributionPath[] = [
    { path: 'GoogleAds', conversions: 2 },
    { path: 'Mailing', conversions: 1 },
    { path: 'GoogleAds > Mailing', conversions: 1 },
    { path: 'GoogleAds', conversions: 0, nulls: 1 },
  ];

  it('solves the hand case of the issue exactly', () => {
    // start → G 4/5, → M 1/5; G → conv 2/4, → M 1/4, → null 1/4; M → conv 1.
    // P(G) = 1/2 + 1/4 = 3/4, P = 4/5·3/4 + 1/5 = 0.8.
    // Without G: P = 1/5 → RE 0.75. Without M: P(G) = 1/2, P = 2/5 → RE 0.5.
    // Credits: 0.75/1.25·4 = 2.4, 0.5/1.25·4 = 1.6.
    const result = attributeMarkov(handCase);
    expectNear(result.conversionProbability, 0.8, 1e-15);
    expectNear(result.removalEffects['GoogleAds']!, 0.75, 1e-15);
    expectNear(result.removalEffects['Mailing']!, 0.5, 1e-15);
    expectNear(result.credits['GoogleAds']!.conversions, 2.4, 1e-15);
    expectNear(result.credits['Mailing']!.conversions, 1.6, 1e-15);
    expect(result.states).toBe(3);
    expect(result.order).toBe(1);
  });

  it('shares value in the same proportions as conversions', () => {
    const result = attributeMarkov([
      { path: 'a > b', conversions: 1, value: 30 },
      { path: 'a', conversions: 0, nulls: 1 },
    ]);
    // start → a 2; a → b 1/2, → null 1/2; b → conv 1: P = 1/2; either removal gives 0: RE 1 and 1.
    expect(result.conversionProbability).toBe(0.5);
    expect(result.credits).toEqual({ a: { conversions: 0.5, value: 15 }, b: { conversions: 0.5, value: 15 } });
  });

  it('handles loops between channels exactly (order 1) and tells them apart with order 2', () => {
    const paths = [
      { path: 'a > b > a', conversions: 1 },
      { path: 'b', conversions: 0, nulls: 1 },
    ];
    // Order 1: a → b 1/2, → conv 1/2; b → a 1/2, → null 1/2. x_a = 1/2 + x_b/2, x_b = x_a/2
    // → x_a = 2/3, x_b = 1/3; P = (2/3 + 1/3)/2 = 1/2. Without a: 0 (RE 1). Without b: x_a = 1/2,
    // P = 1/4 (RE 1/2). Credits 1/1.5 = 2/3 and 1/3.
    const first = attributeMarkov(paths);
    expectNear(first.conversionProbability, 0.5, 1e-15);
    expectNear(first.removalEffects['b']!, 0.5, 1e-15);
    expectNear(first.credits['a']!.conversions, 2 / 3, 1e-15);
    // Order 2: states (a), (a,b), (b,a), (b); the converting walk needs both a and b: RE 1 and 1.
    const second = attributeMarkov(paths, { order: 2 });
    expect(second.states).toBe(5);
    expectNear(second.credits['a']!.conversions, 0.5, 1e-15);
    expectNear(second.credits['b']!.conversions, 0.5, 1e-15);
  });

  it('ignores self-loops at order 1 (they only delay absorption)', () => {
    const loop = attributeMarkov([{ path: 'a > a > a > b', conversions: 2 }, { path: 'a', conversions: 1, nulls: 3 }]);
    const flat = attributeMarkov([{ path: 'a > b', conversions: 2 }, { path: 'a', conversions: 1, nulls: 3 }]);
    expectNear(loop.conversionProbability, flat.conversionProbability, 1e-14);
    expectSameCredits(loop, flat, 1e-14);
  });

  it('gives nothing when nothing converts, and counts empty non-converting journeys', () => {
    const none = attributeMarkov([{ path: 'a > b', conversions: 0, nulls: 3 }]);
    expect(none.conversionProbability).toBe(0);
    expect(none.credits).toEqual({ a: { conversions: 0, value: 0 }, b: { conversions: 0, value: 0 } });
    expect(attributeMarkov([]).credits).toEqual({});
    // An empty journey lowers P but not the removal effects (both P and P₋c scale by 1/2).
    const withEmpty = attributeMarkov([...handCase, { path: '', conversions: 0, nulls: 5 }]);
    expectNear(withEmpty.conversionProbability, 0.4, 1e-15);
    expectNear(withEmpty.removalEffects['GoogleAds']!, 0.75, 1e-15);
  });

  it('agrees with a dense Gaussian-elimination reference at orders 1 to 3 (property)', () => {
    fc.assert(
      fc.property(pathRecords(), fc.integer({ min: 1, max: 3 }), (records, order) => {
        const result = attributeMarkov(records, { order });
        const expected = reference(records, order);
        expectNear(result.conversionProbability, expected.p, 1e-10);
        for (const [channel, effect] of expected.effects) expectNear(result.removalEffects[channel]!, effect, 1e-9);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps credits summing to the totals (property)', () => {
    fc.assert(
      fc.property(pathRecords(), fc.integer({ min: 1, max: 4 }), (records, order) => {
        const result = attributeMarkov(records, { order });
        const sum = sumCredits(result);
        expectNear(sum.conversions, result.totalConversions);
        expectNear(sum.value, result.totalValue);
      }),
    );
  });

  it('gives no credit to a channel from which no conversion is reachable (property)', () => {
    fc.assert(
      fc.property(pathRecords(4), fc.integer({ min: 1, max: 3 }), (records, order) => {
        // 'loser' never converts and only ever ends journeys, so its states lead to null only.
        const withLoser = [...records, { path: ['search', 'email', 'loser'], conversions: 0, nulls: 3 }, { path: ['loser'], conversions: 0, nulls: 1 }];
        const result = attributeMarkov(withLoser, { order });
        expect(result.removalEffects['loser']).toBe(0);
        expect(result.credits['loser']).toEqual({ conversions: 0, value: 0 });
      }),
    );
  });

  it('credits a never-converting channel whose successors convert at order 1, but not at a long enough order', () => {
    // A first-order chain forgets where a journey came from: x → email, and email converts on
    // other journeys. start → x 1/3, → email 2/3 (weights 1, 2); x → email 1; email → conv 1/3.
    // P = 1/3; without x, start's 1/3 to x goes to null: P = 2/3·1/3 = 2/9 → RE(x) = 1/3.
    const paths = [
      { path: 'x > email', conversions: 0, nulls: 1 },
      { path: 'email', conversions: 1, nulls: 1 },
    ];
    const first = attributeMarkov(paths);
    expectNear(first.removalEffects['x']!, 1 / 3, 1e-15);
    // At order 2 the state (x, email) never converts: x earns nothing.
    expect(attributeMarkov(paths, { order: 2 }).removalEffects['x']).toBe(0);
  });

  it('does not depend on the order of the input rows (property)', () => {
    fc.assert(
      fc.property(pathRecords(), fc.array(fc.nat(), { minLength: 1 }), fc.integer({ min: 1, max: 3 }), (records, seeds, order) => {
        expectSameCredits(attributeMarkov(records, { order }), attributeMarkov(shuffled(records, seeds), { order }));
      }),
    );
  });

  it('gives bit-identical results in any row order, even with fractional weights, at orders 1 to 3 (property)', () => {
    // Counts are exact sums and the chain is solved in a canonical state and channel order.
    fc.assert(
      fc.property(weightedPathRecords(), fc.array(fc.nat(), { minLength: 1 }), fc.integer({ min: 1, max: 3 }), (records, seeds, order) => {
        expect(attributeMarkov(shuffled(records, seeds), { order })).toEqual(attributeMarkov(records, { order }));
      }),
    );
  });

  it('runs on encoded columns, and on channel names beyond a numeric state code', () => {
    expect(attributeMarkov(encodePaths(handCase))).toEqual(attributeMarkov(handCase));
    // 2000 channels at order 5: (2001)^5 > 2^53, so states are keyed by text
    const many: AttributionPath[] = Array.from({ length: 2000 }, (_, i) => ({
      path: [`c${String(i)}`, 'hub', `c${String((i + 1) % 2000)}`, 'hub', 'end', 'x'],
      conversions: i % 2,
      nulls: 1,
    }));
    const result = attributeMarkov(many, { order: 5 });
    expectNear(sumCredits(result).conversions, 1000);
    // every path is its own chain of distinct 5-tuples: P = 1000 / 3000
    expectNear(result.conversionProbability, 1 / 3, 1e-12);
  });

  it('handles a thousand channels at order 1', () => {
    const wide: AttributionPath[] = Array.from({ length: 3000 }, (_, i) => ({
      path: [`c${String(i % 1000)}`, `c${String((i * 7) % 1000)}`],
      conversions: i % 3 === 0 ? 1 : 0,
      nulls: 1,
    }));
    const result = attributeMarkov(wide);
    expectNear(sumCredits(result).conversions, 1000);
  });

  it('refuses bad input with the path of the bad field', () => {
    expectOmnicxError(() => attributeMarkov(handCase, { order: 0 }), 'INVALID_INPUT', ['options', 'order']);
    expectOmnicxError(() => attributeMarkov(handCase, { order: 1.5 }), 'INVALID_INPUT', ['options', 'order']);
    expectOmnicxError(() => attributeMarkov([{ path: [], conversions: 1 }]), 'INVALID_INPUT', [0, 'conversions']);
    expectOmnicxError(() => attributeMarkov([{ path: 'a', conversions: 1, nulls: -2 }]), 'INVALID_INPUT', [0, 'nulls']);
    const encoded = encodePaths(handCase);
    expectOmnicxError(() => attributeMarkov({ ...encoded, steps: Int32Array.of(0, 1, 0, 9, 0) }), 'INVALID_INPUT', ['steps', 3]);
    expectOmnicxError(() => attributeMarkov({ ...encoded, offsets: Int32Array.of(0, 1, 2, 4) }), 'INVALID_INPUT', ['offsets']);
    expectOmnicxError(() => attributeMarkov({ ...encoded, offsets: Int32Array.of(0, 2, 1, 3, 5) }), 'INVALID_INPUT', ['offsets', 2]);
    expectOmnicxError(() => attributeMarkov({ ...encoded, conversions: new Float64Array(2) }), 'INVALID_INPUT', ['conversions']);
    expectOmnicxError(() => attributeMarkov({ ...encoded, conversions: Float64Array.of(1, NaN, 1, 0) }), 'INVALID_INPUT', ['conversions', 1]);
    expectOmnicxError(() => attributeMarkov({ ...encoded, nulls: Float64Array.of(0, -1, 0, 1) }), 'INVALID_INPUT', ['nulls', 1]);
    expectOmnicxError(() => attributeMarkov({ ...encoded, values: Float64Array.of(0, Infinity, 0, 0) }), 'INVALID_INPUT', ['values', 1]);
    expectOmnicxError(() => attributeMarkov({ ...encoded, values: Float64Array.of(0, 0, 0, 5) }), 'INVALID_INPUT', ['values', 3]);
    expectOmnicxError(() => attributeMarkov({ ...encoded, steps: [0] as never }), 'INVALID_INPUT', ['steps']);
    expectOmnicxError(() => attributeMarkov({ ...encoded, dictionary: 'a' as never }), 'INVALID_INPUT', ['dictionary']);
    expectOmnicxError(() => attributeMarkov({ ...encoded, dictionary: ['a', 3 as never] }), 'INVALID_INPUT', ['dictionary', 1]);
    const empty = encodePaths([{ path: 'a', conversions: 0, nulls: 1 }, { path: '', conversions: 0, nulls: 1 }]);
    expectOmnicxError(() => attributeMarkov({ ...empty, conversions: Float64Array.of(0, 1) }), 'INVALID_INPUT', ['conversions', 1]);
  });
});
