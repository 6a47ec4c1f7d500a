import fc from 'fast-check';
import { studentTQuantile } from '../../src/core/index.js';
import { describe, expect, it } from 'vitest';
import { scorecard, type TouchpointRating } from '../../src/touchpoint/index.js';
import { expectNear, expectOmnicxError, scorecardRatings, shuffled } from './support.js';

const scale = { min: 1, max: 5 };

describe('scorecard', () => {
  const ratings: TouchpointRating[] = [
    { touchpointId: 'checkout', criterion: 'speed', score: 4, storeId: 's1' },
    { touchpointId: 'checkout', criterion: 'speed', score: 5, storeId: 's2' },
    { touchpointId: 'checkout', criterion: 'friendliness', score: 3, storeId: 's1' },
    { touchpointId: 'fitting room', criterion: 'cleanliness', score: 2, storeId: 's2' },
  ];

  it('normalises, weights criteria, and gives a t interval, target gap and rank', () => {
    const rows = scorecard(ratings, { scale, criteria: { speed: { weight: 2, target: 4 } }, target: 50 });
    // checkout: x = 75, 100 (speed, mean 87.5, weight 2) and 50 (friendliness, weight 1)
    // score = (2·87.5 + 50)/3 = 75; ω = 1, 1, 1 → SE² = 3/2 · Σ(1/3)²(x − 75)² = 3/2 · 1250/9 = 208.33
    // half-width = t(0.975, 2) · 14.434 = 4.3027 · 14.434 = 62.10 → [12.90, 100 (clamped)]
    const [checkout, fitting] = rows;
    expect(checkout!.key).toBe('checkout');
    expect(checkout!.score).toBe(75);
    expect(checkout!.n).toBe(3);
    expectNear(checkout!.interval!.lower, 75 - 4.302652729749464 * Math.sqrt(1250 / 6), 1e-12);
    expect(checkout!.interval!.upper).toBe(100);
    // target: speed 4 → 75 (weight 2); friendliness has none → default 50: (150 + 50)/3 = 66.67
    expectNear(checkout!.target!, 200 / 3, 1e-15);
    expectNear(checkout!.gap!, 75 - 200 / 3, 1e-13);
    expect(checkout!.criteria).toEqual({ speed: { score: 87.5, n: 2 }, friendliness: { score: 50, n: 1 } });
    expect(checkout!.rank).toBe(1);
    expect(fitting).toMatchObject({ key: 'fitting room', score: 25, n: 1, interval: null, target: 50, gap: -25, rank: 2 });
  });

  it('gives the classical s/√n interval for one criterion and equal weights', () => {
    const rows = scorecard(
      [1, 2, 3, 4, 5].map((score) => ({ touchpointId: 'app', criterion: 'ease', score })),
      { scale, confidence: 0.9 },
    );
    // x = 0, 25, 50, 75, 100: mean 50, s = 39.53, s/√5 = 17.68, t(0.95, 4) = 2.1318
    const row = rows[0]!;
    expect(row.score).toBe(50);
    expectNear(row.interval!.lower, 50 - 2.131846786326649 * Math.sqrt(6250 / 4 / 5), 1e-12);
    expect(row.interval!.confidence).toBe(0.9);
    expect(row.target).toBeNull();
    expect(row.gap).toBeNull();
  });

  it('uses rating weights within a criterion and ignores zero weights', () => {
    const rows = scorecard(
      [
        { touchpointId: 'web', criterion: 'speed', score: 5, weight: 3 },
        { touchpointId: 'web', criterion: 'speed', score: 1, weight: 1 },
        { touchpointId: 'web', criterion: 'speed', score: 3, weight: 0 },
        { touchpointId: 'web', criterion: 'ignored', score: 5 },
        { touchpointId: 'kiosk', criterion: 'speed', score: 3, weight: 0 },
      ],
      { scale, criteria: { ignored: { weight: 0 } } },
    );
    // (3·100 + 1·0)/4 = 75; the 0-weight criterion is listed but does not count; kiosk has no weight at all
    expect(rows).toHaveLength(1);
    expect(rows[0]!.score).toBe(75);
    expect(rows[0]!.n).toBe(2);
    expect(rows[0]!.criteria['ignored']).toEqual({ score: 100, n: 1 });
  });

  it('groups by store, by criterion, or by any key mapped from the field', () => {
    expect(scorecard(ratings, { scale, groupBy: 'storeId' }).map((r) => [r.key, r.score])).toEqual([
      // s2: speed 100 and cleanliness 25 → 62.5; s1: speed 75, friendliness 50 → 62.5: a tie, by key
      ['s1', 62.5],
      ['s2', 62.5],
    ]);
    expect(scorecard(ratings, { scale, groupBy: 'storeId' }).map((r) => r.rank)).toEqual([1, 1]);
    expect(scorecard(ratings, { scale, groupBy: 'criterion' }).map((r) => r.key)).toEqual(['speed', 'friendliness', 'cleanliness']);
    const byKind = scorecard(ratings, { scale, groups: { checkout: 'service', 'fitting room': 'environment' } });
    expect(byKind.map((r) => r.key)).toEqual(['service', 'environment']);
  });

  it('ranks ties together (1, 2, 2, 4)', () => {
    const rows = scorecard(
      [5, 3, 3, 1].map((score, i) => ({ touchpointId: `t${String(i)}`, criterion: 'c', score })),
      { scale },
    );
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 2, 4]);
  });

  it('gives equal scores when the means are equal, so they share a rank', () => {
    // A: 0, 50 and 100 average to exactly 50, like B's single 50; D's three criteria too
    const rows = scorecard(
      [
        { touchpointId: 'A', criterion: 'c', score: 1 },
        { touchpointId: 'A', criterion: 'c', score: 3 },
        { touchpointId: 'A', criterion: 'c', score: 5 },
        { touchpointId: 'B', criterion: 'c', score: 3 },
        { touchpointId: 'D', criterion: 'x', score: 2 },
        { touchpointId: 'D', criterion: 'y', score: 4 },
        { touchpointId: 'D', criterion: 'z', score: 3 },
        { touchpointId: 'E', criterion: 'c', score: 2 },
      ],
      { scale },
    );
    expect(rows.map((r) => [r.key, r.score, r.rank])).toEqual([
      ['A', 50, 1],
      ['B', 50, 1],
      ['D', 50, 1],
      ['E', 25, 4],
    ]);
  });

  it('gives bit-identical rows in any order of the ratings (property)', () => {
    fc.assert(
      fc.property(scorecardRatings(), fc.array(fc.nat(), { minLength: 1 }), (ratings, seeds) => {
        const options = { scale, criteria: { speed: { weight: 2, target: 4 } }, target: 50 };
        expect(scorecard(shuffled(ratings, seeds), options)).toEqual(scorecard(ratings, options));
      }),
    );
  });

  it('agrees with the direct formula SE² = n/(n − 1) · Σ ωᵢ²(xᵢ − score)² / (Σ ωᵢ)² (property)', () => {
    fc.assert(
      fc.property(scorecardRatings(), (ratings) => {
        const criteria = { speed: { weight: 2 }, cleanliness: { weight: 0.5 } };
        for (const row of scorecard(ratings, { scale, criteria })) {
          const mine = ratings.filter((r) => r.touchpointId === row.key && (r.weight ?? 1) > 0);
          const wSum = (c: string): number => mine.filter((r) => r.criterion === c).reduce((s, r) => s + (r.weight ?? 1), 0);
          const W = (c: string): number => (c === 'speed' ? 2 : c === 'cleanliness' ? 0.5 : 1);
          const omegas = mine.map((r) => (W(r.criterion) * (r.weight ?? 1)) / wSum(r.criterion));
          const xs = mine.map((r) => 25 * (r.score - 1));
          const omegaSum = omegas.reduce((s, o) => s + o, 0);
          expectNear(row.score, omegas.reduce((s, o, i) => s + o * xs[i]!, 0) / omegaSum, 1e-12);
          expect(row.n).toBe(mine.length);
          if (row.n < 2) continue;
          const ss = omegas.reduce((s, o, i) => s + (o / omegaSum) ** 2 * (xs[i]! - row.score) ** 2, 0);
          const half = studentTQuantile(0.975, row.n - 1) * Math.sqrt((row.n / (row.n - 1)) * ss);
          expectNear(row.interval!.lower, Math.max(0, row.score - half), 1e-9);
          expectNear(row.interval!.upper, Math.min(100, row.score + half), 1e-9);
        }
      }),
    );
  });

  it('refuses a positive weight outside [2^-500, 2^500], whose square would leave the normal doubles', () => {
    expectOmnicxError(() => scorecard([{ touchpointId: 'a', criterion: 'c', score: 3, weight: 1e200 }], { scale }), 'INVALID_INPUT', [0, 'weight']);
    expectOmnicxError(() => scorecard([{ touchpointId: 'a', criterion: 'c', score: 3, weight: 5e-324 }], { scale }), 'INVALID_INPUT', [0, 'weight']);
    expect(scorecard([{ touchpointId: 'a', criterion: 'c', score: 3, weight: 2 ** -500 }], { scale })[0]!.score).toBe(50);
  });

  it('refuses bad input with the path of the bad field', () => {
    expectOmnicxError(() => scorecard([{ touchpointId: 'a', criterion: 'c', score: 6 }], { scale }), 'INVALID_INPUT', [0, 'score']);
    expectOmnicxError(() => scorecard([{ touchpointId: 'a', criterion: 'c', score: NaN }], { scale }), 'INVALID_INPUT', [0, 'score']);
    expectOmnicxError(() => scorecard([{ touchpointId: '', criterion: 'c', score: 3 }], { scale }), 'INVALID_INPUT', [0, 'touchpointId']);
    expectOmnicxError(() => scorecard([{ touchpointId: 'a', criterion: 'c', score: 3 }], { scale, groupBy: 'storeId' }), 'INVALID_INPUT', [0, 'storeId']);
    expectOmnicxError(() => scorecard([{ touchpointId: 'a', criterion: 'c', score: 3 }], { scale, groups: { b: 'x' } }), 'INVALID_INPUT', [0, 'touchpointId']);
    expectOmnicxError(() => scorecard([], { scale: { min: 5, max: 1 } }), 'INVALID_INPUT', ['options', 'scale']);
    expectOmnicxError(() => scorecard([], {} as never), 'INVALID_INPUT', ['options', 'scale']);
    expectOmnicxError(() => scorecard([{ touchpointId: 'a', criterion: 'c', score: 3, weight: -1 }], { scale }), 'INVALID_INPUT', [0, 'weight']);
  });
});
