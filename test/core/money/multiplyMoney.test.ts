import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundDecimal } from '../../../src/core/rounding/roundDecimal.js';
import { ROUNDING_MODES, type RoundingMode } from '../../../src/core/rounding/RoundingMode.js';
import { multiplyMoney } from '../../../src/core/money/index.js';
import { deepFreeze, expectError, usd } from './helpers.js';

/** The exact decimal string of integer × 10^-scale, for an independent reference. */
function decimalString(integer: bigint, scale: number): string {
  const sign = integer < 0n ? '-' : '';
  const digits = (integer < 0n ? -integer : integer).toString().padStart(scale + 1, '0');
  return scale === 0 ? sign + digits : `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

describe('multiplyMoney', () => {
  it('multiplies by decimal rates (hand-computed)', () => {
    expect(multiplyMoney({ amountMinor: 1999, currency: 'EUR' }, '0.2')).toEqual({ amountMinor: 400, currency: 'EUR' }); // 399.8
    expect(multiplyMoney(usd(1999), '1.075').amountMinor).toBe(2149); // 2148.925
    expect(multiplyMoney(usd(1999), 3).amountMinor).toBe(5997);
    expect(multiplyMoney(usd(1000), 0.1).amountMinor).toBe(100); // 0.1 read as 0.1, not its binary expansion
    expect(multiplyMoney(usd(1000), '-0.5').amountMinor).toBe(-500);
    expect(multiplyMoney(usd(1000), '1e-2').amountMinor).toBe(10);
    expect(multiplyMoney({ amountMinor: 1500, currency: 'KWD' }, '0.333').amountMinor).toBe(500); // 499.5 → even 500
  });

  // Hand-computed: 125 × 0.1 = 12.5, 135 × 0.1 = 13.5, -12.5, 12.4, 12.6, -12.6.
  const table: readonly [RoundingMode, readonly number[]][] = [
    ['halfEven', [12, 14, -12, 12, 13, -13]],
    ['halfUp', [13, 14, -13, 12, 13, -13]],
    ['halfDown', [12, 13, -12, 12, 13, -13]],
    ['up', [13, 14, -13, 13, 13, -13]],
    ['down', [12, 13, -12, 12, 12, -12]],
    ['ceil', [13, 14, -12, 13, 13, -12]],
    ['floor', [12, 13, -13, 12, 12, -13]],
  ];
  it.each(table)('rounds 12.5, 13.5, -12.5, 12.4, 12.6, -12.6 cents with %s', (rounding, expected) => {
    const amounts = [125, 135, -125, 124, 126, -126];
    expect(amounts.map((amount) => multiplyMoney(usd(amount), '0.1', { rounding }).amountMinor)).toEqual(expected);
  });

  it('defaults to halfEven', () => {
    expect(multiplyMoney(usd(125), '0.1').amountMinor).toBe(12);
    expect(multiplyMoney(usd(1000), '0.0125', {}).amountMinor).toBe(12);
  });

  it('is exact for rates with more digits than the working precision', () => {
    // 100 × 0.125000…0001 (75 digits) = 12.5000…01: just above the tie, so halfEven gives 13.
    expect(multiplyMoney(usd(100), `0.125${'0'.repeat(70)}1`).amountMinor).toBe(13);
    expect(multiplyMoney(usd(Number.MAX_SAFE_INTEGER), `0.${'9'.repeat(80)}`).amountMinor).toBe(Number.MAX_SAFE_INTEGER);
    expect(multiplyMoney(usd(5), '1e-900000000', { rounding: 'ceil' }).amountMinor).toBe(1);
  });

  it('agrees with roundDecimal on the exact product for every mode', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: -1e6, max: 1e6 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom(...ROUNDING_MODES),
        (amount, rateInteger, scale, rounding) => {
          const exact = decimalString(BigInt(amount) * BigInt(rateInteger), scale);
          const expected = Number(roundDecimal(exact, 0, rounding));
          const rate = `${String(rateInteger)}e-${String(scale)}`;
          expect(multiplyMoney(usd(amount), rate, { rounding }).amountMinor).toBe(expected === 0 ? 0 : expected);
        },
      ),
    );
  });

  it('never returns -0', () => {
    expect(Object.is(multiplyMoney(usd(-1), '0.1').amountMinor, 0)).toBe(true);
    expect(Object.is(multiplyMoney(usd(5), 0).amountMinor, 0)).toBe(true);
  });

  it('refuses products beyond the safe range', () => {
    expectError(() => multiplyMoney(usd(Number.MAX_SAFE_INTEGER), 2), 'NOT_SAFE_INTEGER', []);
    expectError(() => multiplyMoney(usd(1), '1e300'), 'NOT_SAFE_INTEGER', []);
    expectError(() => multiplyMoney(usd(-1), '1e16'), 'NOT_SAFE_INTEGER', []);
  });

  it('refuses a rate with a huge exponent without writing out its digits', () => {
    // The message used to spell the product in full: 100 001 digits here, and '1e1000000000'
    // (12 characters) ran the process out of memory instead of throwing.
    const error = expectError(() => multiplyMoney(usd(1), '1e100000'), 'NOT_SAFE_INTEGER', []);
    expect(error.message.length).toBeLessThan(200);
    expect(error.message).toContain('1e+100000');
    expectError(() => multiplyMoney(usd(-3), '1e1000000000'), 'NOT_SAFE_INTEGER', []);
  });

  it('rejects rates beyond the exponent range of decimal arithmetic', () => {
    // decimal.js reads them as Infinity (a SyntaxError escaped from the bigint conversion) or 0.
    expectError(() => multiplyMoney(usd(1), '1e9000000000000001'), 'INVALID_INPUT', ['rate']);
    expectError(() => multiplyMoney(usd(1), '1e-9000000000000001', { rounding: 'up' }), 'INVALID_INPUT', ['rate']);
    expect(multiplyMoney(usd(1), '1e-9000000000000000', { rounding: 'up' }).amountMinor).toBe(1);
  });

  it('rejects bad rates, options and money with a path', () => {
    for (const rate of [Number.NaN, Number.POSITIVE_INFINITY, 'abc', '', '1,5', null, undefined]) {
      expectError(() => multiplyMoney(usd(1), rate as never), 'INVALID_INPUT', ['rate']);
    }
    expectError(() => multiplyMoney(usd(1), 2, { rounding: 'nearest' as never }), 'INVALID_ROUNDING_MODE', [
      'options',
      'rounding',
    ]);
    expectError(() => multiplyMoney(usd(1), 2, 'halfUp' as never), 'INVALID_INPUT', ['options']);
    expectError(() => multiplyMoney(usd(1.5), 2), 'NOT_SAFE_INTEGER', ['money', 'amountMinor']);
    expectError(() => multiplyMoney({ amountMinor: 1, currency: 'usd' }, 2), 'UNKNOWN_CURRENCY', ['money', 'currency']);
  });

  it('does not mutate its arguments', () => {
    const money = deepFreeze(usd(1000));
    const options = deepFreeze({ rounding: 'floor' as const });
    expect(multiplyMoney(money, '0.333', options).amountMinor).toBe(333);
    expect(money).toEqual(usd(1000));
  });
});
