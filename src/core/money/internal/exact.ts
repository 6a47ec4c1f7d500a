// Exact decimal arithmetic for money: products are formed as bigints and only the final rounding
// to whole minor units goes through decimal.js (toDecimalPlaces rounds at a given place and is not
// limited by the 60-digit working precision of D), so no intermediate rounding can ever shift a
// result, however many digits a rate or amount has.
import { ErrorCode, OmnicxError, type PathKey } from '../../errors/OmnicxError.js';
import { D, type decimalRounding } from '../../internal/decimal.js';

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** A finite decimal as `coefficient × 10^exponent` with an integer coefficient. Exact. */
export interface ScaledDecimal {
  readonly coefficient: bigint;
  readonly exponent: number;
}

/** Splits a decimal.js value into an integer coefficient and a power of ten, without rounding. */
export function splitDecimal(value: D): ScaledDecimal {
  // toExponential() without arguments prints every digit the value has: '-1.2345e+3', '0e+0'.
  const text = value.toExponential();
  const at = text.indexOf('e');
  const mantissa = text.slice(0, at);
  const point = mantissa.indexOf('.');
  const fractionDigits = point < 0 ? 0 : mantissa.length - point - 1;
  return {
    coefficient: BigInt(mantissa.replace('.', '')),
    exponent: Number(text.slice(at + 1)) - fractionDigits,
  };
}

/**
 * Rounds `coefficient × 10^exponent` to an integer with a decimal.js rounding constant and checks
 * that it is a safe integer (NOT_SAFE_INTEGER at `path` otherwise). Never returns −0.
 */
export function roundToSafeInteger(
  coefficient: bigint,
  exponent: number,
  rounding: ReturnType<typeof decimalRounding>,
  path: readonly PathKey[],
  what: string,
): number {
  const digits = (coefficient < 0n ? -coefficient : coefficient).toString().length;
  // Below 10^-3 in magnitude every value of one sign rounds alike in every mode; 0.01 stands in
  // for it, since an exponent below decimal.js's −9e15 would read as 0 (and round 'up' to 0).
  const tiny = coefficient !== 0n && exponent + digits < -2;
  const text = tiny ? `${coefficient < 0n ? '-' : ''}0.01` : `${coefficient.toString()}e${String(exponent)}`;
  const rounded = new D(text).toDecimalPlaces(0, rounding);
  if (!rounded.isFinite() || rounded.abs().gt(Number.MAX_SAFE_INTEGER)) {
    throw new OmnicxError(
      ErrorCode.NOT_SAFE_INTEGER,
      // toString() switches to exponent form from 1e40 on (toExpPos of D): spelling out a value such
      // as 1e1000000000 in full would exhaust memory instead of throwing.
      `${what} is ${rounded.isFinite() ? rounded.toString() : text} minor units, beyond the safe-integer range (|n| ≤ 2^53 − 1)`,
      { path },
    );
  }
  const result = rounded.toNumber();
  return result === 0 ? 0 : result;
}

/** Converts an exact bigint result to a number, or throws NOT_SAFE_INTEGER at `path`. */
export function toSafeInteger(value: bigint, path: readonly PathKey[], what: string): number {
  if (value > MAX_SAFE || value < -MAX_SAFE) {
    throw new OmnicxError(
      ErrorCode.NOT_SAFE_INTEGER,
      `${what} is ${value.toString()} minor units, beyond the safe-integer range (|n| ≤ 2^53 − 1)`,
      { path },
    );
  }
  return Number(value);
}
