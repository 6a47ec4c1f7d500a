import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../src/core/statistics/wilsonInterval.js';
import { painPoints, zoneConversion, type JourneyEventInput } from '../../src/journey/index.js';
import { deepFreeze, expectOmnicxError, HOUR } from './helpers.js';

const e = (customerId: string, at: number, touchpoint: string, extra: Partial<JourneyEventInput> = {}): JourneyEventInput => ({ customerId, at, touchpoint, ...extra });

describe('painPoints', () => {
  const events = deepFreeze([
    // a: queue → till (converts); later a second session ends at the queue without converting
    e('a', 0, 'queue'),
    e('a', 1, 'till', { type: 'conversion' }),
    e('a', 2 * HOUR, 'queue', { sentiment: -0.8 }),
    // b: leaves at the fitting room, happy feedback
    e('b', 0, 'fitting', { sentiment: 0.5 }),
    // c: leaves at the queue with neutral feedback (0 is not negative by default)
    e('c', 0, 'queue', { sentiment: 0 }),
  ]);

  it('counts volume, exits per non-converting session and negative feedback, and scores with Wilson lower bounds', () => {
    const rows = painPoints(events);
    const queue = rows.find((r) => r.touchpoint === 'queue');
    expect(queue).toMatchObject({ volume: 3, exits: 2, exitRate: 2 / 3, feedback: 2, negativeFeedback: 1, negativeFeedbackRate: 0.5 });
    const expected = (wilsonInterval(2, 3).lower + wilsonInterval(1, 2).lower) / 2;
    expect(queue?.score).toBeCloseTo(expected, 12);
    expect(rows.map((r) => [r.rank, r.touchpoint])).toEqual([
      [1, 'queue'],
      [2, 'fitting'],
      [3, 'till'],
    ]);
    expect(rows[2]).toMatchObject({ exits: 0, negativeFeedbackRate: null, score: 0 });
  });

  it('honours the threshold, weights, conversion and timeout options', () => {
    expect(painPoints(events, { negativeBelow: 0.1 }).find((r) => r.touchpoint === 'queue')?.negativeFeedback).toBe(2);
    const exitOnly = painPoints(events, { weights: { negative: 0 } }).find((r) => r.touchpoint === 'queue');
    expect(exitOnly?.score).toBeCloseTo(wilsonInterval(2, 3).lower, 12);
    // with the till not a conversion, a's first session exits at the till
    expect(painPoints(events, { conversion: 'nothing' }).find((r) => r.touchpoint === 'till')?.exits).toBe(1);
    // one long session for a: converted, so no exit for a at all
    expect(painPoints(events, { timeoutMs: 3 * HOUR }).find((r) => r.touchpoint === 'queue')?.exits).toBe(1);
    expect(painPoints([])).toEqual([]);
  });

  it('refuses bad options', () => {
    expectOmnicxError(() => painPoints(events, { negativeBelow: 2 }), 'INVALID_INPUT', ['options', 'negativeBelow']);
    expectOmnicxError(() => painPoints(events, { weights: 1 as never }), 'INVALID_INPUT', ['options', 'weights']);
    expectOmnicxError(() => painPoints(events, { weights: { exit: -1 } }), 'INVALID_INPUT', ['options', 'weights', 'exit']);
    expectOmnicxError(() => painPoints(events, { weights: { exit: 0, negative: 0 } }), 'INVALID_INPUT', ['options', 'weights']);
    expectOmnicxError(() => painPoints(events, { confidence: 0 }), 'INVALID_INPUT', ['options', 'confidence']);
  });
});

describe('zoneConversion', () => {
  const visits = (storeId: string | undefined, zone: string, traffic: number, conversions: number) =>
    Array.from({ length: traffic }, (_, i) => ({ ...(storeId === undefined ? {} : { storeId }), zone, converted: i < conversions }));

  it('flags zones above the median traffic and below the median conversion rate', () => {
    // traffic 100, 60, 40, 10 → median 50; rates 0.05, 0.25, 0.30, 0.90 → median 0.275
    const r = zoneConversion([...visits(undefined, 'entrance', 100, 5), ...visits(undefined, 'denim', 60, 15), ...visits(undefined, 'shoes', 40, 12), ...visits(undefined, 'tills', 10, 9)]);
    expect(r.medianTraffic).toBe(50);
    expect(r.medianConversionRate).toBeCloseTo(0.275, 12);
    expect(r.zones.map((z) => [z.zone, z.traffic, z.conversions, z.highTrafficLowConversion])).toEqual([
      ['entrance', 100, 5, true],
      ['denim', 60, 15, true],
      ['shoes', 40, 12, false],
      ['tills', 10, 9, false],
    ]);
    expect(r.zones[0]?.interval).toEqual(wilsonInterval(5, 100));
    // with a target of 0.2 only the entrance is below it
    expect(zoneConversion(r.zones.flatMap((z) => visits(undefined, z.zone, z.traffic, z.conversions)), { target: 0.2 }).zones.filter((z) => z.highTrafficLowConversion).map((z) => z.zone)).toEqual(['entrance']);
  });

  it('keeps zones of different stores apart and sorts stores with no store first', () => {
    const r = zoneConversion([...visits('s2', 'a', 1, 0), ...visits('s1', 'a', 1, 1), ...visits(undefined, 'a', 1, 0), ...visits('s1', 'b', 1, 0)], { confidence: 0.9 });
    expect(r.zones.map((z) => [z.storeId, z.zone])).toEqual([
      [null, 'a'],
      ['s1', 'a'],
      ['s1', 'b'],
      ['s2', 'a'],
    ]);
    expect(r.zones[0]?.interval.confidence).toBe(0.9);
  });

  it('gives nulls for no visits and refuses bad visits and options', () => {
    expect(zoneConversion([])).toEqual({ zones: [], medianTraffic: null, medianConversionRate: null, target: null });
    expectOmnicxError(() => zoneConversion({} as never), 'INVALID_INPUT', ['visits']);
    expectOmnicxError(() => zoneConversion([null as never]), 'INVALID_INPUT', ['visits', 0]);
    expectOmnicxError(() => zoneConversion([{ zone: '', converted: true }]), 'INVALID_INPUT', ['visits', 0, 'zone']);
    expectOmnicxError(() => zoneConversion([{ zone: 'a', storeId: '', converted: true }]), 'INVALID_INPUT', ['visits', 0, 'storeId']);
    expectOmnicxError(() => zoneConversion([{ zone: 'a', converted: 1 as never }]), 'INVALID_INPUT', ['visits', 0, 'converted']);
    expectOmnicxError(() => zoneConversion([], { target: 1.5 }), 'INVALID_INPUT', ['options', 'target']);
  });
});
