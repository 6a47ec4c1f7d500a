import { describe, expect, it } from 'vitest';
import { isMoney } from '../../../src/core/money/index.js';

describe('isMoney', () => {
  it('accepts valid amounts, with or without extra keys', () => {
    expect(isMoney({ amountMinor: 0, currency: 'EUR' })).toBe(true);
    expect(isMoney({ amountMinor: -Number.MAX_SAFE_INTEGER, currency: 'JPY', sku: 'A1' })).toBe(true);
  });

  it.each([
    null, undefined, 12, 'USD 1.00', [], [100, 'USD'],
    { amountMinor: 1.5, currency: 'USD' }, { amountMinor: Number.NaN, currency: 'USD' },
    { amountMinor: Number.POSITIVE_INFINITY, currency: 'USD' }, { amountMinor: 2 ** 53, currency: 'USD' },
    { amountMinor: '100', currency: 'USD' }, { amountMinor: 100, currency: 'usd' }, { amountMinor: 100 },
  ])('rejects %j without throwing', (value) => {
    expect(isMoney(value)).toBe(false);
  });
});
