import { runInNewContext } from 'node:vm';
import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toInstant } from '../../../src/core/time/index.js';
import { expectOmnicxError } from './expectOmnicxError.js';

// 2026-03-08T07:00:00Z = 20520 days × 86 400 000 ms + 7 h (hand-computed; Date.UTC(2026, 2, 8, 7) agrees).
const AT = 1_772_953_200_000;

describe('toInstant', () => {
  describe('reads ISO 8601 strings with an offset', () => {
    it.each([
      ['2026-03-08T07:00:00Z', AT],
      ['2026-03-08T07:00:00z', AT],
      ['2026-03-08t07:00:00Z', AT],
      ['2026-03-08 07:00:00Z', AT],
      ['2026-03-08T07:00Z', AT],
      ['2026-03-08T09:00:00+02:00', AT],
      ['2026-03-08T09:00:00+0200', AT],
      ['2026-03-08T09:00:00+02', AT],
      ['2026-03-08T02:00:00-05', AT],
      ['2026-03-08T03:00:00-04:00', AT],
      ['2026-03-08T12:45:00+05:45', AT],
      ['2026-03-08T07:00:00-00:00', AT],
      ['2026-03-08T07:00:00+00:00', AT],
      ['2026-03-08T09:00:00+02:00:00', AT],
      ['2026-03-08T09:00:00+020000', AT],
      ['+002026-03-08T07:00:00Z', AT],
      ['2026-03-08T07:00:00.5Z', AT + 500],
      ['2026-03-08T07:00:00,25Z', AT + 250],
      ['2026-03-08T07:00:00.123Z', AT + 123],
    ])('%s → %d', (text, expected) => {
      expect(toInstant(text)).toBe(expected);
    });

    it('truncates digits beyond milliseconds towards the past', () => {
      expect(toInstant('2026-03-08T07:00:00.123999999Z')).toBe(AT + 123);
      // 1969-12-31T23:59:59.9999Z is 0.1 ms before the epoch: it lies in millisecond −1.
      expect(toInstant('1969-12-31T23:59:59.9999Z')).toBe(-1);
    });

    it('reads a historical offset with seconds (Monrovia mean time −00:44:30, tz database until 1972)', () => {
      expect(toInstant('1959-12-31T23:15:30.000-00:44:30')).toBe(Date.UTC(1960, 0, 1));
    });

    it('accepts leap days on leap years only (Gregorian 4/100/400 rule)', () => {
      expect(toInstant('2024-02-29T00:00:00Z')).toBe(Date.UTC(2024, 1, 29));
      expect(toInstant('2000-02-29T00:00:00Z')).toBe(Date.UTC(2000, 1, 29));
      expectOmnicxError(() => toInstant('1900-02-29T00:00:00Z'), 'INVALID_DATE', []);
      expectOmnicxError(() => toInstant('2026-02-29T00:00:00Z'), 'INVALID_DATE', []);
    });

    it('reads year 0 and expanded years up to the ends of the Date range', () => {
      // ECMA-262 §21.4.1.1: time values span exactly ±8.64e15 ms.
      expect(toInstant('0000-01-01T00:00:00Z')).toBe(-62_167_219_200_000);
      expect(toInstant('-000001-01-01T00:00:00Z')).toBe(-62_198_755_200_000);
      expect(toInstant('+275760-09-13T00:00:00Z')).toBe(8.64e15);
      expect(toInstant('-271821-04-20T00:00:00Z')).toBe(-8.64e15);
      expectOmnicxError(() => toInstant('+275760-09-13T00:00:00.001Z'), 'INVALID_DATE', []);
      expectOmnicxError(() => toInstant('-271821-04-19T23:59:59.999Z'), 'INVALID_DATE', []);
      expectOmnicxError(() => toInstant('-000000-01-01T00:00:00Z'), 'INVALID_DATE', []);
    });

    it('agrees with Date#toISOString over the whole Date range', () => {
      fc.assert(
        fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (ms) => {
          expect(toInstant(new Date(ms).toISOString())).toBe(ms === 0 ? 0 : ms);
        }),
      );
    });
  });

  describe('refuses strings that name no instant', () => {
    it.each([
      '2026-03-08',
      '2026-03-08T10:00',
      '2026-03-08T10:00:00',
      '2026-03-08T10:00:00.123',
      '+002026-03-08',
    ])('%s has no offset', (text) => {
      const error = expectOmnicxError(() => toInstant(text), 'INVALID_DATE', []);
      expect(error.message).toContain('no UTC offset');
    });

    it.each([
      '2026-02-30T10:00:00Z',
      '2026-04-31T10:00:00Z',
      '2026-13-01T10:00:00Z',
      '2026-00-10T10:00:00Z',
      '2026-03-00T10:00:00Z',
      '2026-03-08T24:00:00Z',
      '2026-03-08T23:60:00Z',
      '2026-03-08T23:59:60Z',
      '2026-03-08T10:00:00+24:00',
      '2026-03-08T10:00:00+05:60',
      '2026-03-08T10:00:00+02:00:60',
    ])('%s does not exist', (text) => {
      const error = expectOmnicxError(() => toInstant(text), 'INVALID_DATE', []);
      expect(error.message).toContain(JSON.stringify(text));
    });

    it.each([
      'hello',
      '',
      ' 2026-03-08T10:00:00Z',
      '2026-03-08T10:00:00Z ',
      '2026-3-8T10:00:00Z',
      '20260308T100000Z',
      '2026-03-08T10:00:00.Z',
      '2026-03-08T10:00:00.1234567890Z',
      '2026-03-08T10:00:00+2',
      '2026-03-08T10:00:00+02:0',
      '2026-03-08T10:00:00 +02:00',
      '2026-03-08T10:00:00GMT',
      '2026-03-08T10:00:00Z[Europe/Berlin]',
      '2026-03-08T10Z',
      'Sun Mar 08 2026 10:00:00 GMT+0000',
      '1772953200000',
    ])('%j is not in the grammar', (text) => {
      const error = expectOmnicxError(() => toInstant(text), 'INVALID_DATE', []);
      expect(error.message).toContain('not an ISO 8601 date-time');
    });
  });

  describe('reads epoch milliseconds', () => {
    it('returns whole milliseconds unchanged', () => {
      expect(toInstant(AT)).toBe(AT);
      expect(toInstant(-1)).toBe(-1);
      expect(toInstant(8.64e15)).toBe(8.64e15);
      expect(toInstant(-8.64e15)).toBe(-8.64e15);
    });

    it('returns 0 for -0', () => {
      expect(Object.is(toInstant(-0), 0)).toBe(true);
    });

    it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1.5, -0.25, 8.64e15 + 1, Number.MAX_SAFE_INTEGER])(
      'refuses %d with INVALID_DATE',
      (value) => {
        expectOmnicxError(() => toInstant(value), 'INVALID_DATE', []);
      },
    );
  });

  describe('reads Dates', () => {
    it('returns the time value and leaves the Date alone', () => {
      const date = new Date(AT);
      expect(toInstant(date)).toBe(AT);
      expect(date.getTime()).toBe(AT);
    });

    it('accepts a TZDate (a Date subclass) and a Date from another realm', () => {
      expect(toInstant(new TZDate(AT, 'Asia/Kathmandu'))).toBe(AT);
      expect(toInstant(runInNewContext(`new Date(${String(AT)})`) as Date)).toBe(AT);
    });

    it('refuses an Invalid Date', () => {
      expectOmnicxError(() => toInstant(new Date(Number.NaN), ['at']), 'INVALID_DATE', ['at']);
    });
  });

  describe('refuses other types with INVALID_INPUT', () => {
    it.each([
      ['null', null],
      ['undefined', undefined],
      ['a boolean', true],
      ['a bigint', 10n],
      ['an object', {}],
      ['an array', []],
      ['a Number object', new Number(5)],
      ['an object posing as a Date', { [Symbol.toStringTag]: 'Date', getTime: (): number => 0 }],
      ['a Proxy of a Date', new Proxy(new Date(0), {})],
      ['a function', () => 0],
    ])('%s', (_label, value) => {
      expectOmnicxError(() => toInstant(value as never), 'INVALID_INPUT', []);
    });
  });

  describe('reports the caller’s path', () => {
    it('defaults to the whole argument', () => {
      expectOmnicxError(() => toInstant('2026-03-08'), 'INVALID_DATE', []);
    });

    it('prefixes the message and keeps a copy of the path', () => {
      const path: (string | number)[] = ['events', 3, 'at'];
      const error = expectOmnicxError(() => toInstant('2026-03-08', path), 'INVALID_DATE', ['events', 3, 'at']);
      expect(error.message).toMatch(/^events\.3\.at: "2026-03-08" has no UTC offset/);
      path.push('mutated');
      expect(error.path).toEqual(['events', 3, 'at']);
      expectOmnicxError(() => toInstant(false as never, ['x']), 'INVALID_INPUT', ['x']);
    });
  });
});

describe('toInstant path argument', () => {
  it('rejects a path that is not an array of keys', () => {
    try {
      toInstant(0, {} as unknown as string[]);
      throw new Error('expected an error');
    } catch (error) {
      expect(error).toMatchObject({ code: 'INVALID_INPUT', path: ['path'] });
    }
  });
});
