// A private decimal.js constructor with enough precision for products of safe integers and
// rates (2^53 has 16 digits; 60 significant digits leave room for any rate a user writes).
// Cloning keeps the host's global Decimal configuration untouched.
import { Decimal } from 'decimal.js';
import { ErrorCode, OmnicxError, type PathKey } from '../errors/OmnicxError.js';
import type { RoundingMode } from '../rounding/RoundingMode.js';
import { describe } from './assert.js';

export const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -30, toExpPos: 40 });
export type D = Decimal;

const DECIMAL_STRING = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A rate, multiplier or decimal quantity: a decimal string such as `'1.5'` or a finite number. */
export type DecimalInput = string | number;

export function toDecimal(value: unknown, path: readonly PathKey[] = [], name = 'value'): Decimal {
  const where = path.length === 0 ? name : path.join('.');
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new OmnicxError(ErrorCode.INVALID_INPUT, `${where} must be a finite number, got ${describe(value)}`, { path });
    }
    // String(value) gives the shortest round-tripping decimal, so 0.1 means 0.1, not its binary expansion.
    return new D(String(value));
  }
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (!DECIMAL_STRING.test(trimmed)) {
      throw new OmnicxError(ErrorCode.INVALID_INPUT, `${where} must be a decimal string like '1.25', got ${describe(value)}`, {
        path,
      });
    }
    const decimal = new D(trimmed);
    // decimal.js holds exponents within ±9e15 (maxE, minE): beyond them it reads the string as
    // ±Infinity or 0, which would be a different number from the one written.
    const digits = trimmed.replace(/[eE].*$/, '');
    if (!decimal.isFinite() || (decimal.isZero() && /[1-9]/.test(digits))) {
      throw new OmnicxError(
        ErrorCode.INVALID_INPUT,
        `${where} must have a decimal exponent within ±9e15, got ${describe(value)}`,
        { path },
      );
    }
    return decimal;
  }
  if (Decimal.isDecimal(value)) return new D(value);
  throw new OmnicxError(ErrorCode.INVALID_INPUT, `${where} must be a decimal string or a number, got ${describe(value)}`, {
    path,
  });
}

const MODES: Record<RoundingMode, Decimal.Rounding> = {
  halfEven: Decimal.ROUND_HALF_EVEN,
  halfUp: Decimal.ROUND_HALF_UP,
  halfDown: Decimal.ROUND_HALF_DOWN,
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
};

export function decimalRounding(mode: unknown, path: readonly PathKey[] = ['rounding']): Decimal.Rounding {
  if (typeof mode === 'string' && Object.hasOwn(MODES, mode)) return MODES[mode as RoundingMode];
  throw new OmnicxError(
    ErrorCode.INVALID_ROUNDING_MODE,
    `rounding must be one of ${Object.keys(MODES).join(', ')}, got ${describe(mode)}`,
    { path },
  );
}
