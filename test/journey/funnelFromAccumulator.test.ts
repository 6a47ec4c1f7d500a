import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addEventsToFunnel,
  createFunnelAccumulator,
  funnel,
  funnelAccumulatorSchema,
  funnelFromAccumulator,
  mergeFunnelAccumulators,
  type EventColumns,
  type FunnelAccumulatorOptions,
  type JourneyEventInput,
} from '../../src/journey/index.js';
import { DAY, deepFreeze, expectOmnicxError, mergeInTree, partitionBy } from './helpers.js';

const ev = (customerId: string, at: number, touchpoint: string, extra: Partial<JourneyEventInput> = {}): JourneyEventInput => ({ customerId, at, touchpoint, ...extra });

const CUSTOMERS = ['a', 'b', 'B', 'c', 'é', 'aa', 'z9'];
const TOUCHPOINTS = ['A', 'B', 'C', 'X'];
const eventArb = fc.record({
  customerId: fc.constantFrom(...CUSTOMERS),
  at: fc.integer({ min: 0, max: 40 }),
  touchpoint: fc.constantFrom(...TOUCHPOINTS),
  channel: fc.option(fc.constantFrom('web', 'store'), { nil: undefined }),
});
const clean = (e: { customerId: string; at: number; touchpoint: string; channel: string | undefined }): JourneyEventInput =>
  e.channel === undefined ? { customerId: e.customerId, at: e.at, touchpoint: e.touchpoint } : { ...e, channel: e.channel };
const optionsArb: fc.Arbitrary<FunnelAccumulatorOptions> = fc.record({
  windowMs: fc.integer({ min: 0, max: 30 }),
  mode: fc.constantFrom('ordered' as const, 'strict' as const, 'unordered' as const),
  exclusions: fc.constantFrom([], [{ touchpoint: 'X', from: 0, to: 1 }]),
  breakdownBy: fc.constantFrom(undefined, 'channel' as const),
}).map((o) => (o.breakdownBy === undefined ? { windowMs: o.windowMs, mode: o.mode, exclusions: o.exclusions } : { ...o, breakdownBy: o.breakdownBy }));
const stepsArb = fc.constantFrom([['A'], ['B'], ['C']], ['A', ['B', 'C'], 'C'], ['A', 'A'], ['A']);

describe('funnelFromAccumulator', () => {
  it('reads counts, rates and median times of a hand-computed funnel', () => {
    const acc = addEventsToFunnel(createFunnelAccumulator(['view', 'buy'], { windowMs: DAY }), [
      ev('a', 0, 'view'),
      ev('a', 60_000, 'buy'),
      ev('b', 0, 'view'),
      ev('b', 180_000, 'buy'),
      ev('c', 0, 'view'),
      ev('d', 0, 'buy'),
    ]);
    const result = funnelFromAccumulator(acc);
    expect(result.customers).toBe(4);
    expect(result.steps.map((s) => s.count)).toEqual([3, 2]);
    expect(result.steps[1]?.conversionFromFirst).toBe(2 / 3);
    expect(result.steps[1]?.meanMsFromPrevious).toBe(120_000);
    expect(result.steps[1]?.medianMsFromFirst).toBe(120_000);
    expect(result.steps[0]?.stoppedHere).toBe(1);
  });

  it('applies the confidence of its options to the Wilson intervals', () => {
    const acc = addEventsToFunnel(createFunnelAccumulator(['view', 'buy']), [ev('a', 0, 'view'), ev('a', 1, 'buy'), ev('b', 0, 'view')]);
    const events = [ev('a', 0, 'view'), ev('a', 1, 'buy'), ev('b', 0, 'view')];
    expect(funnelFromAccumulator(acc, { confidence: 0.8 })).toEqual(funnel(events, ['view', 'buy'], { confidence: 0.8 }));
    expectOmnicxError(() => funnelFromAccumulator(acc, { confidence: 1 }), 'INVALID_INPUT', ['options', 'confidence']);
  });

  it('equals funnel for any split of the customers into batches and shards, merged in any tree, through JSON (property)', () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { maxLength: 40 }),
        stepsArb,
        optionsArb,
        fc.array(fc.nat(5), { minLength: CUSTOMERS.length, maxLength: CUSTOMERS.length }),
        fc.array(fc.nat(40), { maxLength: 8 }),
        (raw, steps, given, assignment, shape) => {
          const options = steps.length < 2 ? { ...given, exclusions: [] } : given;
          const events = raw.map(clean);
          const partOf = (c: string): number => assignment[CUSTOMERS.indexOf(c)] as number;
          // Parts 0-5: parts 0-2 are shards of one batch each, 3-5 second batches of shards 0-2.
          const parts = partitionBy(events, (e) => e.customerId, partOf, 6);
          const shards = [0, 1, 2].map((s) => {
            const acc = createFunnelAccumulator(steps, options);
            addEventsToFunnel(acc, parts[s] as JourneyEventInput[]);
            return addEventsToFunnel(JSON.parse(JSON.stringify(acc)) as typeof acc, parts[s + 3] as JourneyEventInput[]);
          });
          const merged = mergeInTree(shards, shape, mergeFunnelAccumulators, () => createFunnelAccumulator(steps, options));
          expect(funnelAccumulatorSchema.safeParse(merged).success).toBe(true);
          expect(funnelFromAccumulator(merged)).toEqual(funnel(events, steps, options));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('equals funnel on event columns split by customer code, each shard with its own dictionary (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ customer: fc.integer({ min: -3, max: 5 }), at: fc.integer({ min: -5, max: 30 }), touchpoint: fc.nat(3) }), { maxLength: 40 }),
        stepsArb,
        optionsArb.map(({ breakdownBy: _ignored, ...rest }) => rest),
        fc.array(fc.nat(3), { minLength: 9, maxLength: 9 }),
        fc.array(fc.nat(40), { maxLength: 8 }),
        (rows, steps, given, assignment, shape) => {
          const options = steps.length < 2 ? { ...given, exclusions: [] } : given;
          const columnsOf = (list: typeof rows, dictionary: readonly string[]): EventColumns => ({
            customer: Int32Array.from(list, (r) => r.customer),
            at: Float64Array.from(list, (r) => r.at),
            touchpoint: Int32Array.from(list, (r) => dictionary.indexOf(TOUCHPOINTS[r.touchpoint] as string)),
            dictionary,
          });
          const parts = partitionBy(rows, (r) => String(r.customer), (c) => assignment[Number(c) + 3] as number, 4);
          const shards = parts.map((part, s) => {
            const dictionary = s % 2 === 0 ? TOUCHPOINTS : [...TOUCHPOINTS].reverse();
            return addEventsToFunnel(createFunnelAccumulator(steps, options), columnsOf(part, dictionary));
          });
          const merged = mergeInTree(shards, shape, mergeFunnelAccumulators, () => createFunnelAccumulator(steps, options));
          expect(funnelFromAccumulator(merged)).toEqual(funnel(columnsOf(rows, TOUCHPOINTS), steps, options));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps a time of −0 in columns out of the results, as JSON must', () => {
    const columns: EventColumns = { customer: new Int32Array([1, 1]), at: new Float64Array([0, -0]), touchpoint: new Int32Array([0, 1]), dictionary: ['A', 'B'] };
    const acc = addEventsToFunnel(createFunnelAccumulator(['A', 'B']), columns);
    const direct = funnel(columns, ['A', 'B']);
    expect(Object.is(direct.steps[1]?.meanMsFromPrevious, 0)).toBe(true);
    expect(funnelFromAccumulator(JSON.parse(JSON.stringify(acc)) as typeof acc)).toEqual(direct);
  });

  it('refuses malformed accumulators with the path of the fault, and leaves its argument as it was', () => {
    const acc = deepFreeze(addEventsToFunnel(createFunnelAccumulator(['A', 'B']), [ev('a', 0, 'A'), ev('a', 1, 'B'), ev('b', 0, 'A')]));
    funnelFromAccumulator(acc);
    expectOmnicxError(() => funnelFromAccumulator({ ...acc, kind: 'nps' } as never), 'INVALID_INPUT', ['acc', 'kind']);
    expectOmnicxError(() => funnelFromAccumulator({ ...acc, levels: [1] }), 'INVALID_INPUT', ['acc', 'levels']);
    expectOmnicxError(() => funnelFromAccumulator({ ...acc, levels: [2, 0] }), 'INVALID_INPUT', ['acc', 'levels', 0]);
    expectOmnicxError(() => funnelFromAccumulator({ ...acc, times: [[0], [0]] }), 'INVALID_INPUT', ['acc', 'times', 0]);
    expectOmnicxError(() => funnelFromAccumulator({ ...acc, customers: ['b', 'a'] }), 'INVALID_INPUT', ['acc', 'customers', 1]);
    expectOmnicxError(() => funnelFromAccumulator({ ...acc, exclusions: [{ touchpoints: ['X'], from: 0, to: 5 }] }), 'INVALID_INPUT', ['acc']);
  });
});
