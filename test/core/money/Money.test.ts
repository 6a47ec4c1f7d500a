import { describe, expect, expectTypeOf, it } from 'vitest';
import { parseWith } from '../../../src/core/errors/parseWith.js';
import { currencyCodeSchema, moneySchema, type Money } from '../../../src/core/money/index.js';
import { expectError } from './helpers.js';

describe('moneySchema', () => {
  it('parses a valid amount into a frozen copy without unknown keys', () => {
    const parsed = moneySchema.parse({ amountMinor: -1999, currency: 'USD', note: 'refund' });
    expect(parsed).toEqual({ amountMinor: -1999, currency: 'USD' });
    expect(Object.isFrozen(parsed)).toBe(true);
  });

  it('accepts the extreme safe integers', () => {
    expect(moneySchema.safeParse({ amountMinor: Number.MAX_SAFE_INTEGER, currency: 'JPY' }).success).toBe(true);
    expect(moneySchema.safeParse({ amountMinor: Number.MIN_SAFE_INTEGER, currency: 'JPY' }).success).toBe(true);
  });

  it.each([
    ['a fraction', { amountMinor: 12.5, currency: 'USD' }],
    ['2^53', { amountMinor: 2 ** 53, currency: 'USD' }],
    ['NaN', { amountMinor: Number.NaN, currency: 'USD' }],
    ['Infinity', { amountMinor: Number.POSITIVE_INFINITY, currency: 'USD' }],
    ['a numeric string', { amountMinor: '100', currency: 'USD' }],
    ['a lower-case code', { amountMinor: 100, currency: 'usd' }],
    ['an unknown code', { amountMinor: 100, currency: 'XYZ' }],
    ['a missing currency', { amountMinor: 100 }],
  ])('rejects %s', (_label, value) => {
    expect(moneySchema.safeParse(value).success).toBe(false);
  });

  it('reports the bad field through parseWith', () => {
    expectError(() => parseWith(moneySchema, { amountMinor: 1.5, currency: 'USD' }), 'INVALID_INPUT', ['amountMinor']);
    expectError(() => parseWith(moneySchema, { amountMinor: 1, currency: 'usd' }), 'INVALID_INPUT', ['currency']);
  });

  it('infers a readonly { amountMinor: number; currency: string }', () => {
    expectTypeOf<Money>().toEqualTypeOf<Readonly<{ amountMinor: number; currency: string }>>();
  });
});

describe('currencyCodeSchema', () => {
  it('accepts active codes and rejects the rest', () => {
    expect(currencyCodeSchema.safeParse('KWD').success).toBe(true);
    for (const value of ['kwd', 'XYZ', 'HRK', 42]) expect(currencyCodeSchema.safeParse(value).success).toBe(false);
  });
});
