import { describe, expect, it } from 'vitest';
import { addVisitsToZoneConversion, createZoneConversionAccumulator, type ZoneVisit } from '../../src/journey/index.js';
import { deepFreeze, expectOmnicxError } from './helpers.js';

describe('addVisitsToZoneConversion', () => {
  it('adds traffic and conversions per (store, zone) in place, store-less zones first', () => {
    const acc = createZoneConversionAccumulator();
    const visits: ZoneVisit[] = deepFreeze([
      { storeId: 's1', zone: 'shoes', converted: true },
      { zone: 'shoes', converted: false },
    ]);
    expect(addVisitsToZoneConversion(acc, visits)).toBe(acc);
    addVisitsToZoneConversion(acc, [{ storeId: 's1', zone: 'shoes', converted: false }]);
    expect(acc.zones).toEqual([
      { storeId: null, zone: 'shoes', traffic: 1, conversions: 0 },
      { storeId: 's1', zone: 'shoes', traffic: 2, conversions: 1 },
    ]);
  });

  it('adds a batch with a bad visit not at all, and refuses a malformed accumulator', () => {
    const acc = addVisitsToZoneConversion(createZoneConversionAccumulator(), [{ zone: 'a', converted: true }]);
    const before = structuredClone(acc);
    expectOmnicxError(() => addVisitsToZoneConversion(acc, [{ zone: 'a', converted: true }, { zone: 'b', converted: 'yes' as never }]), 'INVALID_INPUT', ['visits', 1, 'converted']);
    expectOmnicxError(() => addVisitsToZoneConversion(acc, [{ storeId: '', zone: 'a', converted: true }]), 'INVALID_INPUT', ['visits', 0, 'storeId']);
    expectOmnicxError(() => addVisitsToZoneConversion(acc, 'a' as never), 'INVALID_INPUT', ['visits']);
    expect(acc).toEqual(before);
    expectOmnicxError(() => addVisitsToZoneConversion({ ...acc, zones: null } as never, []), 'INVALID_INPUT', ['acc', 'zones']);
  });
});
