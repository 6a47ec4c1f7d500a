import { describe, invalid } from '../internal/assert.js';
import { toDecimal, type DecimalInput } from '../internal/decimal.js';
import type { Money } from './Money.js';
import { splitDecimal } from './internal/exact.js';
import { readArray, readMoney } from './internal/read.js';

// Ratios are compared exactly as bigints scaled to a common power of ten; this bounds that power.
const MAX_RATIO_EXPONENT = 1000;

/**
 * Splits an amount into parts proportional to `ratios` without losing or creating a single minor
 * unit: the parts always sum exactly to `money`.
 *
 * Method: largest remainder (Hamilton). Each part first gets the floor of its exact share
 * `|amount| × ratio / Σ ratios`; the minor units left over go one each to the parts with the
 * largest remainders, ties going to the lower index first. Every part is therefore within one
 * minor unit of its exact share, and a zero ratio always gets zero. Shares are computed in exact
 * integer arithmetic (no floating point, no decimal rounding). A negative amount is allocated
 * symmetrically: `|amount|` is allocated and every part negated, so −100 in `[1, 1, 1]` gives
 * `[−34, −33, −33]`.
 *
 * @param money - a valid Money
 * @param ratios - one weight per part: non-negative decimal strings or finite numbers (`'0.7'`,
 *   `30`, `'1e-3'`), not all zero, each between 1e-1000 and 1e1000 when non-zero
 * @returns one new Money per ratio, in the same order and currency
 * @throws {@link OmnicxError} `INVALID_INPUT` with path `['ratios']` when `ratios` is not an array,
 *   is empty or is all zeros, and with path `['ratios', i]` for a malformed, negative or
 *   out-of-range ratio; `INVALID_INPUT` / `NOT_SAFE_INTEGER` / `UNKNOWN_CURRENCY` with a path
 *   under `['money']`
 *
 * @example
 * ```ts
 * import { allocateMoney } from 'omnicx/core';
 * const parts = allocateMoney({ amountMinor: 100, currency: 'USD' }, [1, 1, 1]);
 * console.log(parts.map((part) => part.amountMinor)); // [ 34, 33, 33 ]
 * const split = allocateMoney({ amountMinor: 1000, currency: 'EUR' }, ['0.7', '0.3']);
 * console.log(split.map((part) => part.amountMinor)); // [ 700, 300 ]
 * ```
 */
export function allocateMoney(money: Money, ratios: readonly DecimalInput[]): Money[] {
  const { amountMinor, currency } = readMoney(money, ['money']);
  const list = readArray(ratios, ['ratios']);
  if (list.length === 0) throw invalid('ratios must hold at least one ratio', ['ratios']);

  const scaled = list.map((ratio, i) => {
    const value = toDecimal(ratio, ['ratios', i], `ratios[${String(i)}]`);
    if (value.isNegative() && !value.isZero()) {
      throw invalid(`ratios[${String(i)}] must not be negative, got ${describe(ratio)}`, ['ratios', i]);
    }
    if (!value.isZero() && (value.lt(`1e-${String(MAX_RATIO_EXPONENT)}`) || value.gt(`1e${String(MAX_RATIO_EXPONENT)}`))) {
      throw invalid(`ratios[${String(i)}] must be 0 or between 1e-1000 and 1e1000, got ${describe(ratio)}`, ['ratios', i]);
    }
    return splitDecimal(value);
  });
  const nonZero = scaled.filter((s) => s.coefficient !== 0n);
  if (nonZero.length === 0) throw invalid('ratios must not all be zero', ['ratios']);

  // Integer weights: ratio_i × 10^-minExponent.
  const minExponent = nonZero.reduce((min, s) => Math.min(min, s.exponent), Number.POSITIVE_INFINITY);
  const weights = scaled.map((s) => (s.coefficient === 0n ? 0n : s.coefficient * 10n ** BigInt(s.exponent - minExponent)));
  const total = weights.reduce((sum, w) => sum + w, 0n);

  const whole = BigInt(Math.abs(amountMinor));
  const shares = weights.map((weight, index) => ({
    index,
    floor: (whole * weight) / total,
    remainder: (whole * weight) % total, // the exact share's fraction, in units of 1 / total
  }));
  const leftover = whole - shares.reduce((sum, share) => sum + share.floor, 0n); // fewer than shares.length
  // The leftover units go to the largest remainders; equal remainders in index order.
  const byRemainder = shares
    .slice()
    .sort((x, y) => (x.remainder === y.remainder ? x.index - y.index : x.remainder > y.remainder ? -1 : 1));
  const bonus = new Set(byRemainder.slice(0, Number(leftover)).map((share) => share.index));
  const parts = shares.map((share) => share.floor + (bonus.has(share.index) ? 1n : 0n));
  const sign = amountMinor < 0 ? -1 : 1;
  return parts.map((part) => {
    const value = Number(part) * sign;
    return { amountMinor: value === 0 ? 0 : value, currency };
  });
}
