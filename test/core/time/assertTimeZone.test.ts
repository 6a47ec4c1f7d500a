import { describe, expect, it } from 'vitest';
import { assertTimeZone } from '../../../src/core/time/index.js';
import { expectOmnicxError } from './expectOmnicxError.js';

describe('assertTimeZone', () => {
  it('returns quietly for a known zone', () => {
    expect(() => {
      assertTimeZone('America/New_York');
    }).not.toThrow();
  });

  it('throws UNKNOWN_TIME_ZONE at the whole argument by default', () => {
    const error = expectOmnicxError(() => {
      assertTimeZone('Europe/Berln');
    }, 'UNKNOWN_TIME_ZONE', []);
    expect(error.message).toContain('"Europe/Berln"');
  });

  it('explains that fixed offsets are refused', () => {
    const error = expectOmnicxError(() => {
      assertTimeZone('+05:30', ['store', 'timeZone']);
    }, 'UNKNOWN_TIME_ZONE', ['store', 'timeZone']);
    expect(error.message).toContain('fixed UTC offsets are not accepted');
  });

  it('throws INVALID_INPUT for a non-string, with the given path', () => {
    const error = expectOmnicxError(() => {
      assertTimeZone(42, ['stores', 0, 'timeZone']);
    }, 'INVALID_INPUT', ['stores', 0, 'timeZone']);
    expect(error.message).toBe('stores.0.timeZone must be an IANA time zone name (a string), got 42');
    expectOmnicxError(() => {
      assertTimeZone(null);
    }, 'INVALID_INPUT', []);
  });

  it('keeps a copy of the path', () => {
    const path: (string | number)[] = ['timeZone'];
    const error = expectOmnicxError(() => {
      assertTimeZone('Nowhere/Land', path);
    }, 'UNKNOWN_TIME_ZONE', ['timeZone']);
    path.push('mutated');
    expect(error.path).toEqual(['timeZone']);
  });
});
