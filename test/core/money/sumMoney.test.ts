import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMoney, sumMoney } from '../../../src/core/money/index.js';
import { deepFreeze, expectError, usd } from './helpers.js';

describe('sumMoney', () => {
  it('adds a list of amounts', () => {
    expect(sumMoney([usd(1999), usd(501)])).toEqual(usd(2500));
    expect(sumMoney([usd(1999), usd(-1999)])).toEqual(usd(0));
    expect(sumMoney([usd(7)], 'USD')).toEqual(usd(7));
  });

  it('returns zero in the given currency for an empty list', () => {
    expect(sumMoney([], 'USD')).toEqual(usd(0));
    expect(sumMoney([], 'JPY')).toEqual({ amountMinor: 0, currency: 'JPY' });
  });

  it('needs a currency for an empty list', () => {
    expectError(() => sumMoney([]), 'INSUFFICIENT_DATA', ['list']);
  });

  it('only requires the total to be safe', () => {
    expect(sumMoney([usd(Number.MAX_SAFE_INTEGER), usd(1), usd(-1)])).toEqual(usd(Number.MAX_SAFE_INTEGER));
    expectError(() => sumMoney([usd(Number.MAX_SAFE_INTEGER), usd(1)]), 'NOT_SAFE_INTEGER', []);
  });

  it('refuses mixed currencies, pointing at the first offending element', () => {
    expectError(() => sumMoney([usd(1), usd(2), { amountMinor: 3, currency: 'EUR' }]), 'CURRENCY_MISMATCH', [
      'list',
      2,
      'currency',
    ]);
    expectError(() => sumMoney([usd(1)], 'EUR'), 'CURRENCY_MISMATCH', ['list', 0, 'currency']);
  });

  it('rejects invalid lists, elements and currencies with a path', () => {
    expectError(() => sumMoney(usd(1) as never), 'INVALID_INPUT', ['list']);
    expectError(() => sumMoney([usd(1), usd(1.5)]), 'NOT_SAFE_INTEGER', ['list', 1, 'amountMinor']);
    expectError(() => sumMoney([usd(1), null as never]), 'INVALID_INPUT', ['list', 1]);
    expectError(() => sumMoney([], 'usd'), 'UNKNOWN_CURRENCY', ['currency']);
  });

  it('equals folding addMoney', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), { maxLength: 30 }), (values) => {
        const list = values.map(usd);
        expect(sumMoney(list, 'USD')).toEqual(list.reduce(addMoney, usd(0)));
      }),
    );
  });

  it('does not mutate its argument', () => {
    const list = deepFreeze([usd(1), usd(2)]);
    expect(sumMoney(list)).toEqual(usd(3));
    expect(list).toEqual([usd(1), usd(2)]);
  });
});
