import { describe, expect, it } from 'vitest';
import { openZone, parseLongOffset } from '../../../../src/core/time/internal/zone.js';
import { expectOmnicxError } from '../expectOmnicxError.js';

describe('parseLongOffset', () => {
  it('reads the offset forms Intl produces', () => {
    expect(parseLongOffset('3/8/2026, GMT-04:00', 'x')).toBe(-4 * 3_600_000);
    expect(parseLongOffset('3/8/2026, GMT+05:45', 'x')).toBe((5 * 60 + 45) * 60_000);
    expect(parseLongOffset('1/1/1970, GMT', 'x')).toBe(0);
    expect(parseLongOffset('12/31/1959, GMT-00:44:30', 'x')).toBe(-(44 * 60 + 30) * 1000);
    expect(parseLongOffset('1/1/1850, GMT+00:17:30', 'x')).toBe((17 * 60 + 30) * 1000);
    expect(parseLongOffset('1/1/2026, GMT\u221203:00', 'x')).toBe(-3 * 3_600_000);
    expect(parseLongOffset('1/1/2026, GMT+5', 'x')).toBe(5 * 3_600_000);
  });

  it('throws UNKNOWN_TIME_ZONE rather than return NaN for an unreadable offset', () => {
    const error = expectOmnicxError(() => parseLongOffset('1/1/2026, Eastern Standard Time', 'Odd/Zone'), 'UNKNOWN_TIME_ZONE', []);
    expect(error.message).toContain('"Odd/Zone"');
  });
});

describe('openZone', () => {
  it('clamps instants to the Date range instead of letting Intl throw', () => {
    const zone = openZone('Europe/Berlin', ['timeZone']);
    expect(zone.name).toBe('Europe/Berlin');
    expect(zone.offsetMs(8.64e15 + 86_400_000)).toBe(zone.offsetMs(8.64e15));
    expect(zone.offsetMs(-8.64e15 - 86_400_000)).toBe(zone.offsetMs(-8.64e15));
  });
});
