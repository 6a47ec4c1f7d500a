import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMoney, subtractMoney } from '../../../src/core/money/index.js';
import { deepFreeze, expectError, halfSafeAmount, usd } from './helpers.js';

describe('addMoney', () => {
  it('adds minor units of the same currency', () => {
    expect(addMoney(usd(1999), usd(501))).toEqual(usd(2500));
    expect(addMoney(usd(-1999), usd(501))).toEqual(usd(-1498));
    expect(addMoney({ amountMinor: 1, currency: 'KWD' }, { amountMinor: 2, currency: 'KWD' })).toEqual({
      amountMinor: 3,
      currency: 'KWD',
    });
  });

  it('reaches the edge of the safe range and refuses to go past it', () => {
    expect(addMoney(usd(Number.MAX_SAFE_INTEGER - 1), usd(1))).toEqual(usd(Number.MAX_SAFE_INTEGER));
    expectError(() => addMoney(usd(Number.MAX_SAFE_INTEGER), usd(1)), 'NOT_SAFE_INTEGER', []);
    expectError(() => addMoney(usd(Number.MIN_SAFE_INTEGER), usd(-1)), 'NOT_SAFE_INTEGER', []);
  });

  it('never returns -0 and drops extra keys', () => {
    const sum = addMoney({ amountMinor: -0, currency: 'USD', sku: 'A' } as never, usd(-0));
    expect(Object.is(sum.amountMinor, 0)).toBe(true);
    expect(sum).toEqual(usd(0));
    expect(Object.keys(sum)).toEqual(['amountMinor', 'currency']);
  });

  it('refuses to mix currencies, pointing at b.currency', () => {
    const error = expectError(() => addMoney(usd(1), { amountMinor: 1, currency: 'EUR' }), 'CURRENCY_MISMATCH', [
      'b',
      'currency',
    ]);
    expect(error.message).toContain('USD');
    expect(error.message).toContain('EUR');
  });

  it.each([
    ['NaN', Number.NaN, 'INVALID_INPUT'],
    ['a string', '100', 'INVALID_INPUT'],
    ['Infinity', Number.POSITIVE_INFINITY, 'NOT_SAFE_INTEGER'],
    ['1.5 minor units', 1.5, 'NOT_SAFE_INTEGER'],
    ['2**53', 2 ** 53, 'NOT_SAFE_INTEGER'],
  ] as const)('rejects %s as an amount with %s', (_label, amountMinor, code) => {
    expectError(() => addMoney({ amountMinor, currency: 'USD' } as never, usd(1)), code, ['a', 'amountMinor']);
    expectError(() => addMoney(usd(1), { amountMinor, currency: 'USD' } as never), code, ['b', 'amountMinor']);
  });

  it('rejects unknown and lower-case currencies, and non-objects', () => {
    expectError(() => addMoney(usd(1), { amountMinor: 1, currency: 'XYZ' }), 'UNKNOWN_CURRENCY', ['b', 'currency']);
    expectError(() => addMoney({ amountMinor: 1, currency: 'usd' }, usd(1)), 'UNKNOWN_CURRENCY', ['a', 'currency']);
    expectError(() => addMoney(null as never, usd(1)), 'INVALID_INPUT', ['a']);
    expectError(() => addMoney(usd(1), 5 as never), 'INVALID_INPUT', ['b']);
  });

  it('does not mutate its arguments', () => {
    const a = deepFreeze(usd(1));
    const b = deepFreeze(usd(2));
    expect(addMoney(a, b)).toEqual(usd(3));
    expect([a, b]).toEqual([usd(1), usd(2)]);
  });

  it('is commutative and undone by subtractMoney', () => {
    fc.assert(
      fc.property(halfSafeAmount, halfSafeAmount, (x, y) => {
        expect(addMoney(usd(x), usd(y))).toEqual(addMoney(usd(y), usd(x)));
        expect(subtractMoney(addMoney(usd(x), usd(y)), usd(y))).toEqual(usd(x));
      }),
    );
  });
});
