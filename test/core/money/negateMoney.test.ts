import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { negateMoney } from '../../../src/core/money/index.js';
import { deepFreeze, expectError, safeAmount, usd } from './helpers.js';

describe('negateMoney', () => {
  it('flips the sign and keeps the currency', () => {
    expect(negateMoney({ amountMinor: 1250, currency: 'GBP' })).toEqual({ amountMinor: -1250, currency: 'GBP' });
    expect(negateMoney(usd(-3))).toEqual(usd(3));
    expect(negateMoney(usd(Number.MIN_SAFE_INTEGER))).toEqual(usd(Number.MAX_SAFE_INTEGER));
  });

  it('keeps zero unsigned', () => {
    expect(Object.is(negateMoney(usd(0)).amountMinor, 0)).toBe(true);
    expect(Object.is(negateMoney(usd(-0)).amountMinor, 0)).toBe(true);
  });

  it('is its own inverse', () => {
    fc.assert(
      fc.property(safeAmount, (x) => {
        expect(negateMoney(negateMoney(usd(x)))).toEqual(usd(x));
      }),
    );
  });

  it('does not mutate its argument and rejects invalid money', () => {
    const money = deepFreeze(usd(5));
    expect(negateMoney(money)).toEqual(usd(-5));
    expectError(() => negateMoney(usd(2 ** 53)), 'NOT_SAFE_INTEGER', ['money', 'amountMinor']);
    expectError(() => negateMoney({ amountMinor: 1, currency: 'EURO' }), 'UNKNOWN_CURRENCY', ['money', 'currency']);
  });
});
