// Review of the touchpoint and members accumulators (2026-11-28): each test failed before its fix.
import { describe, expect, it } from 'vitest';
import { OmnicxError } from '../../src/core/errors/OmnicxError.js';
import * as T from '../../src/touchpoint/index.js';
import * as M from '../../src/members/index.js';
const refuses = (f: () => unknown, path: unknown[]) => { let e: unknown; try { f(); } catch (x) { e = x; } expect(e).toBeInstanceOf(OmnicxError); expect((e as OmnicxError).path).toEqual(path); };
describe('defects', () => {
  it('1: finite interval for large accepted weights', () => {
    const scale = { min: 1, max: 5 };
    const rs = (w?: number) => [{ touchpointId: 'a', criterion: 'c', score: 5, ...(w ? { weight: w } : {}) }, { touchpointId: 'a', criterion: 'c', score: 4, ...(w ? { weight: w } : {}) }];
    let rows; try { rows = T.scorecard(rs(2 ** 500), { scale }); } catch (e) { expect(e).toBeInstanceOf(OmnicxError); rows = T.scorecard(rs(2 ** 460), { scale }); }
    expect(rows).toEqual(T.scorecard(rs(), { scale }));
  });
  it('2: merge overflow refused', () => {
    const batch = [{ path: 'x > y', conversions: 1, value: 1.5e308 }];
    refuses(() => T.mergeHeuristicAttributionAccumulators(T.addHeuristicAttributionPaths(T.createHeuristicAttributionAccumulator('linear'), batch), T.addHeuristicAttributionPaths(T.createHeuristicAttributionAccumulator('linear'), batch)), []);
    refuses(() => T.mergeMarkovAttributionAccumulators(T.addMarkovAttributionPaths(T.createMarkovAttributionAccumulator(), batch), T.addMarkovAttributionPaths(T.createMarkovAttributionAccumulator(), batch)), []);
    refuses(() => T.mergeShapleyAttributionAccumulators(T.addShapleyAttributionPaths(T.createShapleyAttributionAccumulator(), batch), T.addShapleyAttributionPaths(T.createShapleyAttributionAccumulator(), batch)), []);
  });
  it('3: negative / infinite sums refused', () => {
    const acc = JSON.parse(JSON.stringify(T.addHeuristicAttributionPaths(T.createHeuristicAttributionAccumulator('linear'), [{ path: 'x > y', conversions: 2, value: 10 }]))) as T.HeuristicAttributionAccumulator;
    refuses(() => T.heuristicAttributionFromAccumulator({ ...acc, conversions: [[-5], acc.conversions[1] ?? []] }), ['acc', 'conversions', 0]);
    refuses(() => T.heuristicAttributionFromAccumulator({ ...acc, values: [acc.values[0] ?? [], [1e308, 1e308]] }), ['acc', 'values', 1]);
    const sc = JSON.parse(JSON.stringify(T.addScorecardRatings(T.createScorecardAccumulator({ scale: { min: 1, max: 5 } }), [{ touchpointId: 't', criterion: 'c', score: 4 }, { touchpointId: 't', criterion: 'c', score: 2 }]))) as T.ScorecardAccumulator;
    (sc.groups[0]?.criteria[0] as unknown as { weights: number[] }).weights = [];
    expect(() => T.scorecardFromAccumulator(sc)).toThrow(OmnicxError);
  });
  it('4: markov order/split independence with repeated transitions', () => {
    const paths = [
      { path: 'x > y > x > y > x > y', conversions: 0, nulls: 6330534632357889 },
      { path: 'x > x > y', conversions: 0, nulls: 3 },
      { path: 'x > y > x', conversions: 3 },
      { path: 'y > x > y', conversions: 1, nulls: 1 },
    ];
    const one = T.attributeMarkov(paths);
    expect(T.attributeMarkov(paths.slice().reverse())).toEqual(one);
    const merged = T.mergeMarkovAttributionAccumulators(T.addMarkovAttributionPaths(T.createMarkovAttributionAccumulator(), paths.slice(0, 1)), T.addMarkovAttributionPaths(T.createMarkovAttributionAccumulator(), paths.slice(1)));
    expect(T.markovAttributionFromAccumulator(merged)).toEqual(one);
  });
  it('5: __proto__ criterion not dropped silently', () => {
    const criteria = Object.fromEntries([['__proto__', { weight: 3, target: 4 }]]);
    const ratings = [{ touchpointId: 't', criterion: '__proto__', score: 3 }, { touchpointId: 't', criterion: 'b', score: 5 }];
    let rows; try { rows = T.scorecard(ratings, { scale: { min: 1, max: 5 }, criteria }); } catch (e) { expect(e).toBeInstanceOf(OmnicxError); return; }
    expect(rows[0]!.score).toBe(62.5);
  });
  it('6: members add checks only what the batch touches (O(batch)); the result refuses a malformed entry it did not touch', () => {
    // Checking the whole accumulator on every add made one single-row add into a 100k-customer RFM
    // accumulator cost 60 ms: add checks the envelope and the entries it writes, merge and the
    // result check everything.
    const survival = M.addSurvivalSubjects({ kind: 'survival', version: 1, counts: { x: 'junk' } } as never, [{ duration: 1, churned: true }]);
    refuses(() => M.survivalCurveFromAccumulator(survival), ['acc', 'counts', 'x']);
    const baskets = M.addBaskets({ kind: 'baskets', version: 1, baskets: { junk: -1 } } as never, [['a']]);
    refuses(() => M.frequentItemsetsFromAccumulator(baskets, { minSupport: 0.5 }), ['acc', 'baskets', 'junk']);
    const rfm = M.addRfmTransactions({ ...M.createRfmAccumulator({ asOf: 1e9 }), customers: { b: 'junk' } } as never, [{ customerId: 'a', at: 0, amountMinor: 1 }]);
    refuses(() => M.rfmFromAccumulator(rfm), ['acc', 'customers', 'b']);
  });
});

describe('positionBased middle share', () => {
  it('never gives a middle touch a negative share', () => {
    // first 0.07 + last 0.93 = 1, but 1 − 0.07 − 0.93 rounds to −1.1e-16 in doubles.
    const r = T.attributeHeuristic([{ path: 'a > m > b', conversions: 1, value: 100 }], 'positionBased', {
      positionWeights: { first: 0.07, last: 0.93 },
    });
    expect(r.credits['m']?.conversions).toBe(0);
    expect(r.credits['m']?.value).toBe(0);
  });
});
