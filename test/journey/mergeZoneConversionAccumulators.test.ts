import { describe, expect, it } from 'vitest';
import { addVisitsToZoneConversion, createZoneConversionAccumulator, mergeZoneConversionAccumulators } from '../../src/journey/index.js';
import { deepFreeze, expectOmnicxError } from './helpers.js';

describe('mergeZoneConversionAccumulators', () => {
  it('adds the sums per zone into a new accumulator, touching neither', () => {
    const a = deepFreeze(addVisitsToZoneConversion(createZoneConversionAccumulator(), [{ storeId: 's2', zone: 'x', converted: true }]));
    const b = deepFreeze(addVisitsToZoneConversion(createZoneConversionAccumulator(), [{ storeId: 's2', zone: 'x', converted: false }, { storeId: 's1', zone: 'y', converted: false }]));
    const merged = mergeZoneConversionAccumulators(a, b);
    expect(merged.zones).toEqual([
      { storeId: 's1', zone: 'y', traffic: 1, conversions: 0 },
      { storeId: 's2', zone: 'x', traffic: 2, conversions: 1 },
    ]);
    expect(mergeZoneConversionAccumulators(b, a)).toEqual(merged);
  });

  it('refuses malformed accumulators and overflowing counts', () => {
    const a = createZoneConversionAccumulator();
    expectOmnicxError(() => mergeZoneConversionAccumulators(a, { ...a, version: 2 } as never), 'INVALID_INPUT', ['b', 'version']);
    const big = { ...a, zones: [{ storeId: null, zone: 'x', traffic: Number.MAX_SAFE_INTEGER, conversions: 0 }] };
    expectOmnicxError(() => mergeZoneConversionAccumulators(big, addVisitsToZoneConversion(createZoneConversionAccumulator(), [{ zone: 'x', converted: false }])), 'NOT_SAFE_INTEGER', ['b', 'zones']);
  });
});
