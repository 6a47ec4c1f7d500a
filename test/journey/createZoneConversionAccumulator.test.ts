import { describe, expect, it } from 'vitest';
import { createZoneConversionAccumulator } from '../../src/journey/index.js';

describe('createZoneConversionAccumulator', () => {
  it('holds no zones, as plain JSON, a new object each time', () => {
    const acc = createZoneConversionAccumulator();
    expect(acc).toEqual({ kind: 'journeyZoneConversion', version: 1, zones: [] });
    expect(JSON.parse(JSON.stringify(acc))).toEqual(acc);
    expect(createZoneConversionAccumulator().zones).not.toBe(acc.zones);
  });
});
