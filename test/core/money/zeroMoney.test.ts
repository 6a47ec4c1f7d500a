import { describe, expect, it } from 'vitest';
import { zeroMoney } from '../../../src/core/money/index.js';
import { expectError } from './helpers.js';

describe('zeroMoney', () => {
  it('returns zero in the currency', () => {
    expect(zeroMoney('JPY')).toEqual({ amountMinor: 0, currency: 'JPY' });
  });

  it('rejects unknown currencies', () => {
    expectError(() => zeroMoney('XYZ'), 'UNKNOWN_CURRENCY', ['currency']);
    expectError(() => zeroMoney('eur'), 'UNKNOWN_CURRENCY', ['currency']);
  });
});
