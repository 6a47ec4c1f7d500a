import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxMoney } from '../../../src/core/money/index.js';
import { deepFreeze, expectError, safeAmount, usd } from './helpers.js';

describe('maxMoney', () => {
  it('returns the max amount', () => {
    expect(maxMoney([usd(3), usd(-5), usd(7), usd(0)])).toEqual(usd(7));
    expect(maxMoney([usd(42)])).toEqual(usd(42));
  });

  it('returns a new object, the first on ties', () => {
    const first = { amountMinor: 1, currency: 'USD', tag: 'first' } as never;
    const result = maxMoney([first, usd(1)]);
    expect(result).toEqual(usd(1));
    expect(result).not.toBe(first);
  });

  it('agrees with Math.max', () => {
    fc.assert(
      fc.property(fc.array(safeAmount, { minLength: 1, maxLength: 20 }), (values) => {
        expect(maxMoney(values.map(usd)).amountMinor).toBe(Math.max(...values));
      }),
    );
  });

  it('rejects empty lists, mixed currencies and invalid elements with a path', () => {
    expectError(() => maxMoney([]), 'INSUFFICIENT_DATA', ['list']);
    expectError(() => maxMoney('USD' as never), 'INVALID_INPUT', ['list']);
    expectError(() => maxMoney([usd(1), { amountMinor: 1, currency: 'EUR' }]), 'CURRENCY_MISMATCH', ['list', 1, 'currency']);
    expectError(() => maxMoney([usd(1), usd(Number.POSITIVE_INFINITY)]), 'NOT_SAFE_INTEGER', ['list', 1, 'amountMinor']);
  });

  it('does not mutate its argument', () => {
    const list = deepFreeze([usd(2), usd(1)]);
    maxMoney(list);
    expect(list).toEqual([usd(2), usd(1)]);
  });
});
