import { describe, expect, it } from 'vitest';
import { isTimeZone, timeZoneSchema } from '../../../src/core/time/index.js';

const KNOWN = [
  'UTC',
  'Etc/UTC',
  'GMT',
  'Europe/Berlin',
  'America/New_York',
  'America/Santiago',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Etc/GMT-5',
  'US/Eastern', // legacy alias (tz database "backward" file)
  'europe/berlin', // ECMA-402 matches names case-insensitively
];

const REFUSED = [
  '+05:30', // fixed offsets: refused on every runtime
  '-08:00',
  '-0800',
  '+05',
  '\u221205:00',
  '',
  'Europe/Berln',
  'Mars/Olympus_Mons',
  'Z',
  'Europe/Berlin ',
];

describe('isTimeZone', () => {
  it.each(KNOWN)('accepts %j', (name) => {
    expect(isTimeZone(name)).toBe(true);
  });

  it.each(REFUSED)('refuses %j', (name) => {
    expect(isTimeZone(name)).toBe(false);
  });

  it.each([5, null, undefined, {}, ['UTC'], new String('UTC')])('returns false for the non-string %j', (value) => {
    expect(isTimeZone(value)).toBe(false);
  });
});

describe('timeZoneSchema', () => {
  it('accepts a known zone and outputs it unchanged', () => {
    expect(timeZoneSchema.parse('Europe/Berlin')).toBe('Europe/Berlin');
  });

  it('refuses unknown zones, fixed offsets and non-strings', () => {
    for (const bad of ['Europe/Berln', '+05:30', 5, null]) {
      expect(timeZoneSchema.safeParse(bad).success).toBe(false);
    }
    expect(timeZoneSchema.safeParse('Europe/Berln').error?.issues[0]?.message).toContain('IANA time zone name');
  });
});
