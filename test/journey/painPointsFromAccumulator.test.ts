import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addEventsToPainPoints,
  createPainPointsAccumulator,
  mergePainPointsAccumulators,
  painPoints,
  painPointsAccumulatorSchema,
  painPointsFromAccumulator,
  type JourneyEventInput,
  type PainPointsAccumulatorOptions,
} from '../../src/journey/index.js';
import { deepFreeze, expectOmnicxError, MINUTE, mergeInTree, partitionBy } from './helpers.js';

const CUSTOMERS = ['a', 'b', 'B', 'c', 'é', 'aa'];
const eventArb = fc
  .record({
    customerId: fc.constantFrom(...CUSTOMERS),
    at: fc.integer({ min: 0, max: 120 }).map((m) => m * MINUTE),
    touchpoint: fc.constantFrom('home', 'checkout', 'till', 'help'),
    type: fc.option(fc.constantFrom('touch' as const, 'conversion' as const), { nil: undefined }),
    sentiment: fc.option(fc.constantFrom(-1, -0.5, 0, 0.5), { nil: undefined }),
  })
  .map((e) => Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined)) as unknown as JourneyEventInput);
const optionsArb: fc.Arbitrary<PainPointsAccumulatorOptions> = fc.constantFrom({}, { timeoutMs: 10 * MINUTE, conversion: 'till' }, { negativeBelow: 0.5, conversion: ['till', 'help'] });
const scoringArb = fc.constantFrom({}, { weights: { exit: 2, negative: 0 } }, { confidence: 0.8, weights: { negative: 3 } });

describe('painPointsFromAccumulator', () => {
  it('reads hand-computed sums and scores', () => {
    const acc = addEventsToPainPoints(createPainPointsAccumulator(), [
      { customerId: 'a', at: 0, touchpoint: 'checkout', sentiment: -0.5 },
      { customerId: 'b', at: 0, touchpoint: 'checkout' },
      { customerId: 'b', at: MINUTE, touchpoint: 'till', type: 'conversion' },
    ]);
    addEventsToPainPoints(acc, [{ customerId: 'c', at: 0, touchpoint: 'checkout' }]);
    const rows = painPointsFromAccumulator(acc);
    expect(rows.map((r) => [r.touchpoint, r.volume, r.exits, r.feedback, r.negativeFeedback])).toEqual([
      ['checkout', 3, 2, 1, 1],
      ['till', 1, 0, 0, 0],
    ]);
    expect(rows[0]?.exitRate).toBe(2 / 3);
    expect(rows[0]?.negativeFeedbackRate).toBe(1);
  });

  it('equals painPoints for any split of the customers into batches and shards, merged in any tree, through JSON (property)', () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { maxLength: 40 }),
        optionsArb,
        scoringArb,
        fc.array(fc.nat(5), { minLength: CUSTOMERS.length, maxLength: CUSTOMERS.length }),
        fc.array(fc.nat(40), { maxLength: 8 }),
        (events, options, scoring, assignment, shape) => {
          const parts = partitionBy(events, (e) => e.customerId, (c) => assignment[CUSTOMERS.indexOf(c)] as number, 6);
          const shards = [0, 1, 2].map((s) => {
            const acc = addEventsToPainPoints(createPainPointsAccumulator(options), parts[s] as JourneyEventInput[]);
            return addEventsToPainPoints(JSON.parse(JSON.stringify(acc)) as typeof acc, parts[s + 3] as JourneyEventInput[]);
          });
          const merged = mergeInTree(shards, shape, mergePainPointsAccumulators, () => createPainPointsAccumulator(options));
          expect(painPointsAccumulatorSchema.safeParse(merged).success).toBe(true);
          expect(painPointsFromAccumulator(merged, scoring)).toEqual(painPoints(events, { ...options, ...scoring }));
        },
      ),
    );
  });

  it('refuses malformed or inconsistent accumulators and bad scoring options, and leaves its argument as it was', () => {
    const acc = deepFreeze(addEventsToPainPoints(createPainPointsAccumulator(), [{ customerId: 'a', at: 0, touchpoint: 'x', sentiment: -1 }]));
    expect(painPointsFromAccumulator(acc)).toHaveLength(1);
    expectOmnicxError(() => painPointsFromAccumulator(acc, { weights: { exit: 0, negative: 0 } }), 'INVALID_INPUT', ['options', 'weights']);
    expectOmnicxError(() => painPointsFromAccumulator(acc, { confidence: 0 }), 'INVALID_INPUT', ['options', 'confidence']);
    expectOmnicxError(() => painPointsFromAccumulator({ ...acc, kind: 'x' } as never), 'INVALID_INPUT', ['acc', 'kind']);
    expectOmnicxError(() => painPointsFromAccumulator({ ...acc, customers: ['b', 'a'] }), 'INVALID_INPUT', ['acc', 'customers', 1]);
    expectOmnicxError(() => painPointsFromAccumulator({ ...acc, rows: [{ touchpoint: 'x', volume: 1, exits: 2, feedback: 0, negativeFeedback: 0 }] }), 'INVALID_INPUT', ['acc', 'rows', 0]);
    expectOmnicxError(() => painPointsFromAccumulator({ ...acc, rows: [...acc.rows, ...acc.rows] }), 'INVALID_INPUT', ['acc', 'rows', 1]);
  });
});
