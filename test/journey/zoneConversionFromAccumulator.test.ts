import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addVisitsToZoneConversion,
  createZoneConversionAccumulator,
  mergeZoneConversionAccumulators,
  zoneConversion,
  zoneConversionAccumulatorSchema,
  zoneConversionFromAccumulator,
  type ZoneVisit,
} from '../../src/journey/index.js';
import { deepFreeze, expectOmnicxError, mergeInTree, splitAt } from './helpers.js';

const visitArb = fc
  .record({ storeId: fc.option(fc.constantFrom('s1', 's2', 'S1'), { nil: undefined }), zone: fc.constantFrom('shoes', 'entrance', 'fitting', 'Shoes'), converted: fc.boolean() })
  .map((v): ZoneVisit => (v.storeId === undefined ? { zone: v.zone, converted: v.converted } : { storeId: v.storeId, zone: v.zone, converted: v.converted }));
const optionsArb = fc.constantFrom({}, { target: 0.5 }, { confidence: 0.9, target: 0 });

describe('zoneConversionFromAccumulator', () => {
  it('reads hand-computed medians and flags', () => {
    const visits = (zone: string, n: number, converted: number): ZoneVisit[] => Array.from({ length: n }, (_, i) => ({ storeId: 's', zone, converted: i < converted }));
    const acc = addVisitsToZoneConversion(createZoneConversionAccumulator(), [...visits('entrance', 100, 5), ...visits('shoes', 40, 12)]);
    addVisitsToZoneConversion(acc, [...visits('fitting', 30, 15), ...visits('shoes', 10, 3)]);
    const result = zoneConversionFromAccumulator(acc);
    expect(result.zones.map((z) => [z.zone, z.traffic, z.conversions])).toEqual([
      ['entrance', 100, 5],
      ['shoes', 50, 15],
      ['fitting', 30, 15],
    ]);
    expect(result.medianTraffic).toBe(50);
    expect(result.medianConversionRate).toBe(0.3);
    expect(result.zones.map((z) => z.highTrafficLowConversion)).toEqual([true, false, false]);
    expect(zoneConversionFromAccumulator(acc, { target: 0.6 }).target).toBe(0.6);
  });

  it('equals zoneConversion for any split of the visits, merged in any tree, through JSON (property)', () => {
    fc.assert(
      fc.property(fc.array(visitArb, { maxLength: 40 }), optionsArb, fc.array(fc.nat(40), { maxLength: 5 }), fc.array(fc.nat(20), { maxLength: 6 }), (visits, options, cuts, shape) => {
        const parts = splitAt(visits, cuts).map((part) => addVisitsToZoneConversion(createZoneConversionAccumulator(), part));
        const merged = mergeInTree(parts, shape, mergeZoneConversionAccumulators, createZoneConversionAccumulator);
        expect(zoneConversionAccumulatorSchema.safeParse(merged).success).toBe(true);
        expect(zoneConversionFromAccumulator(merged, options)).toEqual(zoneConversion(visits, options));
      }),
    );
  });

  it('refuses malformed or inconsistent accumulators and bad options, and leaves its argument as it was', () => {
    const acc = deepFreeze(addVisitsToZoneConversion(createZoneConversionAccumulator(), [{ zone: 'a', converted: true }, { storeId: 's', zone: 'a', converted: false }]));
    expect(zoneConversionFromAccumulator(acc).zones).toHaveLength(2);
    expect(zoneConversionFromAccumulator(createZoneConversionAccumulator())).toEqual(zoneConversion([]));
    expectOmnicxError(() => zoneConversionFromAccumulator(acc, { target: 2 }), 'INVALID_INPUT', ['options', 'target']);
    expectOmnicxError(() => zoneConversionFromAccumulator({ ...acc, kind: 'x' } as never), 'INVALID_INPUT', ['acc', 'kind']);
    expectOmnicxError(() => zoneConversionFromAccumulator({ ...acc, zones: [...acc.zones].reverse() }), 'INVALID_INPUT', ['acc', 'zones', 1]);
    expectOmnicxError(() => zoneConversionFromAccumulator({ ...acc, zones: [{ storeId: null, zone: 'a', traffic: 1, conversions: 2 }] }), 'INVALID_INPUT', ['acc', 'zones', 0, 'conversions']);
    expectOmnicxError(() => zoneConversionFromAccumulator({ ...acc, zones: [{ storeId: null, zone: 'a', traffic: 0, conversions: 0 }] }), 'INVALID_INPUT', ['acc', 'zones', 0, 'traffic']);
  });
});
