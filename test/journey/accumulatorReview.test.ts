// Review pins for the journey accumulators: exactness against the one-pass functions on
// adversarial data (ids that are Object.prototype keys, case and non-ASCII ties, −0 and extreme
// instants, empty batches and empty accumulators in the merge tree, each shard fed by several
// adds), a refused add leaving the accumulator exactly as it was, and merges that share nothing
// with their arguments.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addEventsToFunnel,
  addEventsToPainPoints,
  addJourneysToChannelSwitching,
  addJourneysToDirectlyFollows,
  addJourneysToPathEdges,
  addJourneysToStageDropOff,
  addJourneysToStepNeighbours,
  addJourneysToVariants,
  addVisitsToZoneConversion,
  channelSwitching,
  channelSwitchingFromAccumulator,
  createChannelSwitchingAccumulator,
  createDirectlyFollowsAccumulator,
  createFunnelAccumulator,
  createPainPointsAccumulator,
  createPathEdgesAccumulator,
  createStageDropOffAccumulator,
  createStepNeighboursAccumulator,
  createVariantsAccumulator,
  createZoneConversionAccumulator,
  defineStages,
  directlyFollows,
  directlyFollowsFromAccumulator,
  funnel,
  funnelFromAccumulator,
  mergeChannelSwitchingAccumulators,
  mergeDirectlyFollowsAccumulators,
  mergeFunnelAccumulators,
  mergePainPointsAccumulators,
  mergePathEdgesAccumulators,
  mergeStageDropOffAccumulators,
  mergeStepNeighboursAccumulators,
  mergeVariantsAccumulators,
  mergeZoneConversionAccumulators,
  nextSteps,
  painPoints,
  painPointsFromAccumulator,
  pathEdges,
  pathEdgesFromAccumulator,
  previousSteps,
  stageDropOff,
  stageDropOffFromAccumulator,
  stepNeighboursFromAccumulator,
  variants,
  variantsFromAccumulator,
  zoneConversion,
  zoneConversionFromAccumulator,
  type EventColumns,
  type JourneyEventInput,
  type JourneySteps,
  type ZoneVisit,
} from '../../src/journey/index.js';
import { expectOmnicxError, mergeInTree } from './helpers.js';

// '(start)' / '(end)' and names holding U+0000 are left out on purpose (see the review notes).
const NAMES = ['a', 'A', 'b', 'é', '__proto__', 'constructor', 'toString', 'hasOwnProperty'] as const;
const CHANNELS = ['web', 'app', '__proto__', 'constructor'] as const;
const STAGE_IDS = ['aware', 'consider', '__proto__'] as const;
const INSTANTS = [0, -0, 1, 2, 5, 60_000, 1e15, -1e15, 8.64e15, -8.64e15] as const;
const stages = defineStages([
  { id: 'aware', phase: 'pre' },
  { id: 'consider', phase: 'pre' },
  { id: '__proto__', phase: 'post' },
]);

const stepArb = fc.record(
  {
    touchpoint: fc.constantFrom(...NAMES),
    at: fc.oneof(fc.constantFrom(...INSTANTS), fc.double({ min: -1e6, max: 1e6, noNaN: true })),
    channel: fc.constantFrom(...CHANNELS),
    stage: fc.constantFrom(...STAGE_IDS),
    type: fc.constantFrom('touch' as const, 'conversion' as const),
  },
  { requiredKeys: ['touchpoint', 'at'] },
);
const journeyArb: fc.Arbitrary<JourneySteps> = fc.record({ steps: fc.array(stepArb, { maxLength: 6 }) });
/** Journeys, each assigned a shard (0–3) and one of two adds within it; some shards stay empty. */
const journeysArb = fc.array(fc.tuple(journeyArb, fc.nat(3), fc.boolean()), { maxLength: 16 });
const shapeArb = fc.array(fc.nat(40), { maxLength: 6 });

/** Builds one accumulator per shard (two adds each, one possibly empty) and merges them in a tree. */
function shardAndMerge<A, X>(
  items: readonly (readonly [X, number, boolean])[],
  shape: readonly number[],
  create: () => A,
  add: (acc: A, batch: X[]) => A,
  merge: (a: A, b: A) => A,
): A {
  const accumulators = [0, 1, 2, 3].map((shard) => {
    const acc = create();
    for (const second of [false, true]) add(acc, items.filter(([, s, b]) => s === shard && b === second).map(([x]) => x));
    return acc;
  });
  return mergeInTree(accumulators, shape, merge, create);
}

describe('journey-level accumulators on adversarial names and instants equal one pass (property)', () => {
  it('variants, directly-follows, path graph, step neighbours, stage drop-off and channel switching', () => {
    fc.assert(
      fc.property(
        journeysArb,
        shapeArb,
        fc.boolean(),
        fc.record({ maxSteps: fc.integer({ min: 1, max: 4 }), startAt: fc.constantFrom(...NAMES), endAt: fc.constantFrom(...NAMES) }, { requiredKeys: [] }),
        fc.constantFrom(...NAMES),
        fc.integer({ min: 1, max: 4 }),
        (items, shape, startEnd, cut, followed, k) => {
          const journeys = items.map(([j]) => j);
          const run = <A>(create: () => A, add: (acc: A, batch: JourneySteps[]) => A, merge: (a: A, b: A) => A): A => shardAndMerge(items, shape, create, add, merge);
          expect(variantsFromAccumulator(run(createVariantsAccumulator, addJourneysToVariants, mergeVariantsAccumulators))).toStrictEqual(variants(journeys));
          expect(directlyFollowsFromAccumulator(run(() => createDirectlyFollowsAccumulator({ startEnd }), addJourneysToDirectlyFollows, mergeDirectlyFollowsAccumulators))).toStrictEqual(
            directlyFollows(journeys, { startEnd }),
          );
          expect(pathEdgesFromAccumulator(run(() => createPathEdgesAccumulator(cut), addJourneysToPathEdges, mergePathEdgesAccumulators), { minCount: k })).toStrictEqual(
            pathEdges(journeys, { ...cut, minCount: k }),
          );
          expect(stepNeighboursFromAccumulator(run(() => createStepNeighboursAccumulator(followed), addJourneysToStepNeighbours, mergeStepNeighboursAccumulators), { k })).toStrictEqual(
            nextSteps(journeys, followed, { k }),
          );
          expect(
            stepNeighboursFromAccumulator(run(() => createStepNeighboursAccumulator(followed, { direction: 'previous' }), addJourneysToStepNeighbours, mergeStepNeighboursAccumulators), { k }),
          ).toStrictEqual(previousSteps(journeys, followed, { k }));
          expect(stageDropOffFromAccumulator(run(() => createStageDropOffAccumulator(stages), addJourneysToStageDropOff, mergeStageDropOffAccumulators))).toStrictEqual(
            stageDropOff(journeys, stages),
          );
          const patterns = [
            { name: '__proto__', sequence: [{ channel: '__proto__' }, { channel: ['web', 'app'] }] },
            { name: 'constructor', sequence: [{ touchpoint: 'toString' }, { stage: 'consider', type: 'conversion' as const }] },
          ];
          const options = { patterns, conversion: [followed] };
          expect(channelSwitchingFromAccumulator(run(() => createChannelSwitchingAccumulator(options), addJourneysToChannelSwitching, mergeChannelSwitchingAccumulators))).toStrictEqual(
            channelSwitching(journeys, options),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('zone conversion, with visits of one zone spread over every shard', () => {
    const visitArb: fc.Arbitrary<ZoneVisit> = fc.record(
      { storeId: fc.constantFrom('s', '__proto__', 'S'), zone: fc.constantFrom(...NAMES), converted: fc.boolean() },
      { requiredKeys: ['zone', 'converted'] },
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(visitArb, fc.nat(3), fc.boolean()), { maxLength: 20 }), shapeArb, fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }), (items, shape, target) => {
        const acc = shardAndMerge(items, shape, createZoneConversionAccumulator, addVisitsToZoneConversion, mergeZoneConversionAccumulators);
        const visits = items.map(([v]) => v);
        const options = target === undefined ? {} : { target };
        expect(zoneConversionFromAccumulator(acc, options)).toStrictEqual(zoneConversion(visits, options));
      }),
      { numRuns: 100 },
    );
  });
});

describe('event-level accumulators with customers partitioned over shards equal one pass (property)', () => {
  const eventArb = fc.record(
    {
      customerId: fc.constantFrom('u', 'U', 'é', '__proto__', 'constructor'),
      touchpoint: fc.constantFrom(...NAMES),
      at: fc.oneof(fc.constantFrom(0, -0, 1, 8.64e15, -8.64e15), fc.integer({ min: 0, max: 4_000_000 })),
      channel: fc.constantFrom(...CHANNELS),
      sentiment: fc.constantFrom(-1, -0.5, -0, 0, 1),
      type: fc.constantFrom('touch' as const, 'conversion' as const),
    },
    { requiredKeys: ['customerId', 'touchpoint', 'at'] },
  );
  /** Events grouped into shards by customer (all of a customer's events in one add). */
  function byCustomer(events: readonly JourneyEventInput[], shardOf: readonly number[]): [JourneyEventInput[], number, boolean][] {
    const customers = [...new Set(events.map((e) => e.customerId))];
    return customers.map((c, i) => {
      const slot = shardOf[i % Math.max(1, shardOf.length)] ?? 0;
      return [events.filter((e) => e.customerId === c), slot % 4, slot >= 4];
    });
  }

  it('funnel (objects, with a breakdown and an exclusion) and pain points', () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { maxLength: 30 }),
        fc.array(fc.nat(7), { minLength: 1, maxLength: 5 }),
        shapeArb,
        fc.constantFrom('ordered' as const, 'strict' as const, 'unordered' as const),
        fc.constantFrom(1_000, 3_000_000, 14 * 86_400_000),
        (events, shardOf, shape, mode, windowMs) => {
          const groups = byCustomer(events, shardOf);
          const steps = ['a', ['__proto__', 'b'], 'constructor'];
          const options = { mode, windowMs, breakdownBy: 'channel' as const, exclusions: [{ touchpoint: 'toString', from: 0, to: 2 }] };
          const add = <A>(f: (acc: A, batch: JourneyEventInput[]) => A) => (acc: A, batch: JourneyEventInput[][]): A => f(acc, batch.flat());
          const funnelAcc = shardAndMerge(groups, shape, () => createFunnelAccumulator(steps, options), add(addEventsToFunnel), mergeFunnelAccumulators);
          expect(funnelFromAccumulator(funnelAcc)).toStrictEqual(funnel(events, steps, options));
          const painOptions = { timeoutMs: 1_800_000, conversion: 'constructor', negativeBelow: -0 };
          const painAcc = shardAndMerge(groups, shape, () => createPainPointsAccumulator(painOptions), add(addEventsToPainPoints), mergePainPointsAccumulators);
          expect(painPointsFromAccumulator(painAcc, { weights: { exit: 2, negative: 1 } })).toStrictEqual(painPoints(events, { ...painOptions, weights: { exit: 2, negative: 1 } }));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('funnel on columns: negative and far-apart customer codes, −0 and sub-millisecond instants', () => {
    const rowArb = fc.tuple(fc.constantFrom(-7, 0, 1, 3, 100_000), fc.constantFrom(0, -0, 0.5, 1, 3, 1e15, 1e-300, -1e-300), fc.nat(3));
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 30 }), fc.array(fc.nat(2), { minLength: 1, maxLength: 5 }), fc.constantFrom('ordered' as const, 'strict' as const, 'unordered' as const), (rows, shardOf, mode) => {
        const dictionary = ['a', 'b', 'a', '__proto__'];
        const columns = (part: readonly (readonly [number, number, number])[]): EventColumns => ({
          customer: Int32Array.from(part, (r) => r[0]),
          at: Float64Array.from(part, (r) => r[1]),
          touchpoint: Int32Array.from(part, (r) => r[2]),
          dictionary,
        });
        const codes: number[] = [...new Set(rows.map((r) => r[0]))];
        const shard = (code: number): number => shardOf[codes.indexOf(code) % shardOf.length] ?? 0;
        const steps = ['a', ['b', '__proto__']];
        const options = { mode, windowMs: 2 };
        const accumulators = [0, 1, 2].map((s) => addEventsToFunnel(createFunnelAccumulator(steps, options), columns(rows.filter((r) => shard(r[0]) === s))));
        const merged = JSON.parse(JSON.stringify(mergeFunnelAccumulators(accumulators[2] ?? createFunnelAccumulator(steps, options), mergeFunnelAccumulators(accumulators[0] ?? createFunnelAccumulator(steps, options), accumulators[1] ?? createFunnelAccumulator(steps, options))))) as typeof accumulators[0] & object;
        expect(funnelFromAccumulator(merged)).toStrictEqual(funnel(columns(rows), steps, options));
      }),
      { numRuns: 150 },
    );
  });
});

describe('a refused add leaves the accumulator exactly as it was', () => {
  const good: JourneySteps = { steps: [{ touchpoint: 'a', at: 0, channel: 'web', stage: 'aware' }, { touchpoint: 'b', at: 5, channel: 'app' }] };
  const bad: JourneySteps = { steps: [{ touchpoint: 'a', at: 0 }, { touchpoint: 'b', at: Number.NaN }] };
  const cases: [string, () => unknown, (acc: never, batch: JourneySteps[]) => unknown][] = [
    ['variants', createVariantsAccumulator, addJourneysToVariants],
    ['directly-follows', () => createDirectlyFollowsAccumulator({ startEnd: true }), addJourneysToDirectlyFollows],
    ['path graph', createPathEdgesAccumulator, addJourneysToPathEdges],
    ['step neighbours', () => createStepNeighboursAccumulator('a'), addJourneysToStepNeighbours],
    ['stage drop-off', () => createStageDropOffAccumulator(stages), addJourneysToStageDropOff],
    ['channel switching', createChannelSwitchingAccumulator, addJourneysToChannelSwitching],
  ];
  for (const [name, create, add] of cases) {
    it(`${name}: a bad journey after good ones`, () => {
      const acc = create();
      add(acc as never, [good]);
      const before = JSON.stringify(acc);
      expectOmnicxError(() => add(acc as never, [good, good, bad]), 'INVALID_INPUT', ['journeys', 2, 'steps', 1, 'at']);
      expect(JSON.stringify(acc)).toBe(before);
    });
  }

  it('funnel and pain points: a repeated customer after new ones', () => {
    const first: JourneyEventInput[] = [{ customerId: 'm', touchpoint: 'a', at: 0 }];
    const second: JourneyEventInput[] = [
      { customerId: 'a', touchpoint: 'a', at: 0 },
      { customerId: 'z', touchpoint: 'a', at: 0 },
      { customerId: 'm', touchpoint: 'b', at: 9 },
    ];
    const funnelAcc = addEventsToFunnel(createFunnelAccumulator(['a', 'b']), first);
    const painAcc = addEventsToPainPoints(createPainPointsAccumulator(), first);
    const before = [JSON.stringify(funnelAcc), JSON.stringify(painAcc)];
    expectOmnicxError(() => addEventsToFunnel(funnelAcc, second), 'INVALID_INPUT', ['events', 2, 'customerId']);
    expectOmnicxError(() => addEventsToPainPoints(painAcc, second), 'INVALID_INPUT', ['events', 2, 'customerId']);
    expect([JSON.stringify(funnelAcc), JSON.stringify(painAcc)]).toEqual(before);
  });

  it('zone conversion: a bad visit after good ones', () => {
    const acc = addVisitsToZoneConversion(createZoneConversionAccumulator(), [{ zone: 'z', converted: true }]);
    const before = JSON.stringify(acc);
    expectOmnicxError(() => addVisitsToZoneConversion(acc, [{ zone: 'z', converted: false }, { zone: '', converted: true }]), 'INVALID_INPUT', ['visits', 1, 'zone']);
    expect(JSON.stringify(acc)).toBe(before);
  });
});

describe('a merge shares nothing with its arguments', () => {
  /** Appends to every extensible array and object reachable from a value. */
  function scribble(value: unknown, seen = new Set<unknown>()): void {
    if (typeof value !== 'object' || value === null || seen.has(value) || Object.isFrozen(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const item of value) scribble(item, seen);
      value.push('scribbled');
    } else {
      for (const item of Object.values(value)) scribble(item, seen);
      (value as Record<string, unknown>)['scribbled'] = true;
    }
  }
  const journeys: JourneySteps[] = [{ steps: [{ touchpoint: 'a', at: 0, channel: 'web', stage: 'aware' }, { touchpoint: 'b', at: 5, channel: 'app' }] }];
  const events: JourneyEventInput[] = [
    { customerId: 'u', touchpoint: 'a', at: 0, channel: 'web', sentiment: -1 },
    { customerId: 'u', touchpoint: 'b', at: 5 },
  ];
  const others: JourneyEventInput[] = [{ customerId: 'v', touchpoint: 'a', at: 0, channel: 'app' }];
  const pairs: [string, () => [unknown, unknown], (a: never, b: never) => unknown][] = [
    ['variants', () => [addJourneysToVariants(createVariantsAccumulator(), journeys), createVariantsAccumulator()], mergeVariantsAccumulators],
    ['directly-follows', () => [addJourneysToDirectlyFollows(createDirectlyFollowsAccumulator(), journeys), createDirectlyFollowsAccumulator()], mergeDirectlyFollowsAccumulators],
    ['path graph', () => [addJourneysToPathEdges(createPathEdgesAccumulator(), journeys), createPathEdgesAccumulator()], mergePathEdgesAccumulators],
    ['step neighbours', () => [addJourneysToStepNeighbours(createStepNeighboursAccumulator('a'), journeys), createStepNeighboursAccumulator('a')], mergeStepNeighboursAccumulators],
    ['stage drop-off', () => [addJourneysToStageDropOff(createStageDropOffAccumulator(stages), journeys), createStageDropOffAccumulator(stages)], mergeStageDropOffAccumulators],
    ['channel switching', () => [addJourneysToChannelSwitching(createChannelSwitchingAccumulator(), journeys), createChannelSwitchingAccumulator()], mergeChannelSwitchingAccumulators],
    ['zone conversion', () => [addVisitsToZoneConversion(createZoneConversionAccumulator(), [{ zone: 'z', converted: true }]), createZoneConversionAccumulator()], mergeZoneConversionAccumulators],
    [
      'funnel',
      () => [
        addEventsToFunnel(createFunnelAccumulator(['a', 'b'], { breakdownBy: 'channel' }), events),
        addEventsToFunnel(createFunnelAccumulator(['a', 'b'], { breakdownBy: 'channel' }), others),
      ],
      mergeFunnelAccumulators,
    ],
    ['pain points', () => [addEventsToPainPoints(createPainPointsAccumulator(), events), addEventsToPainPoints(createPainPointsAccumulator(), others)], mergePainPointsAccumulators],
  ];
  for (const [name, make, merge] of pairs) {
    it(name, () => {
      const [a, b] = make();
      const before = [JSON.stringify(a), JSON.stringify(b)];
      scribble(merge(a as never, b as never));
      scribble(merge(b as never, a as never));
      expect([JSON.stringify(a), JSON.stringify(b)]).toEqual(before);
    });
  }
});
