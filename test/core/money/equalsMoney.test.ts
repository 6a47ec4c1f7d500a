import { describe, expect, it } from 'vitest';
import { equalsMoney } from '../../../src/core/money/index.js';
import { deepFreeze, expectError, usd } from './helpers.js';

describe('equalsMoney', () => {
  it('compares currency and amount', () => {
    expect(equalsMoney(usd(100), usd(100))).toBe(true);
    expect(equalsMoney(usd(100), usd(101))).toBe(false);
    expect(equalsMoney(usd(100), { amountMinor: 100, currency: 'CAD' })).toBe(false);
    expect(equalsMoney(usd(-0), usd(0))).toBe(true);
  });

  it('ignores extra keys and does not mutate its arguments', () => {
    expect(equalsMoney(deepFreeze({ amountMinor: 1, currency: 'USD', note: 'x' } as never), deepFreeze(usd(1)))).toBe(true);
  });

  it('still rejects invalid money', () => {
    expectError(() => equalsMoney(usd(1), { amountMinor: 1, currency: 'XYZ' }), 'UNKNOWN_CURRENCY', ['b', 'currency']);
    expectError(() => equalsMoney(usd(1.5), usd(1)), 'NOT_SAFE_INTEGER', ['a', 'amountMinor']);
  });
});
