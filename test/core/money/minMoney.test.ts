import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minMoney } from '../../../src/core/money/index.js';
import { deepFreeze, expectError, safeAmount, usd } from './helpers.js';

describe('minMoney', () => {
  it('returns the min amount', () => {
    expect(minMoney([usd(3), usd(-5), usd(7), usd(0)])).toEqual(usd(-5));
    expect(minMoney([usd(42)])).toEqual(usd(42));
  });

  it('returns a new object, the first on ties', () => {
    const first = { amountMinor: 1, currency: 'USD', tag: 'first' } as never;
    const result = minMoney([first, usd(1)]);
    expect(result).toEqual(usd(1));
    expect(result).not.toBe(first);
  });

  it('agrees with Math.min', () => {
    fc.assert(
      fc.property(fc.array(safeAmount, { minLength: 1, maxLength: 20 }), (values) => {
        expect(minMoney(values.map(usd)).amountMinor).toBe(Math.min(...values));
      }),
    );
  });

  it('rejects empty lists, mixed currencies and invalid elements with a path', () => {
    expectError(() => minMoney([]), 'INSUFFICIENT_DATA', ['list']);
    expectError(() => minMoney('USD' as never), 'INVALID_INPUT', ['list']);
    expectError(() => minMoney([usd(1), { amountMinor: 1, currency: 'EUR' }]), 'CURRENCY_MISMATCH', ['list', 1, 'currency']);
    expectError(() => minMoney([usd(1), usd(Number.POSITIVE_INFINITY)]), 'NOT_SAFE_INTEGER', ['list', 1, 'amountMinor']);
  });

  it('does not mutate its argument', () => {
    const list = deepFreeze([usd(2), usd(1)]);
    minMoney(list);
    expect(list).toEqual([usd(2), usd(1)]);
  });
});
