import type { PathKey } from '../errors/OmnicxError.js';
import { assertSafeInteger, invalid } from '../internal/assert.js';
import { D, decimalRounding, toDecimal, type DecimalInput } from '../internal/decimal.js';
import type { RoundingMode } from './RoundingMode.js';

const MAX_EXPONENT = 1000;
const MAX_MAGNITUDE = `1e${String(MAX_EXPONENT)}`;

/**
 * Rounds a decimal value to `places` digits after the point with an explicit rounding mode, in
 * exact decimal arithmetic (never through binary floating point).
 *
 * @param value - a decimal string (`'2.675'`) or a finite number, below 1e1000 in magnitude (the
 *   result is written out in full); numbers are read through their shortest round-trip
 *   representation, so `2.675` means 2.675 and not 2.67499999…
 * @param places - digits to keep after the decimal point, an integer from −15 to 50 (negative
 *   rounds to tens, hundreds, …)
 * @param mode - see {@link RoundingMode}
 * @returns the rounded value as a plain decimal string without exponent (`'2.68'`, `'-3'`, `'1200'`)
 * @throws {@link OmnicxError} `INVALID_INPUT` for a malformed value or places, a value of 1e1000
 *   or more in magnitude or with a decimal exponent below −9e15 (path `['value']`), `INVALID_ROUNDING_MODE` for an unknown mode
 *
 * @example
 * ```ts
 * import { roundDecimal } from 'omnicx/core';
 * console.log(roundDecimal('2.675', 2, 'halfEven')); // '2.68'
 * console.log(roundDecimal('2.665', 2, 'halfEven')); // '2.66'
 * console.log(roundDecimal(-2.5, 0, 'halfUp')); // '-3'
 * console.log(roundDecimal('1234', -2, 'ceil')); // '1300'
 * ```
 */
export function roundDecimal(value: DecimalInput, places: number, mode: RoundingMode): string {
  const path: PathKey[] = ['places'];
  assertSafeInteger(places, path, 'places');
  if (places < -15 || places > 50) throw invalid(`places must be between -15 and 50, got ${String(places)}`, path);
  const rounding = decimalRounding(mode);
  const d = toDecimal(value, ['value'], 'value');
  // The result is spelt out digit by digit: '1e1000000000' would exhaust memory instead.
  if (d.abs().gte(MAX_MAGNITUDE)) {
    throw invalid(`value must be below 1e${String(MAX_EXPONENT)} in magnitude, got ${d.toString()}`, ['value']);
  }
  if (places >= 0) return plain(d.toDecimalPlaces(places, rounding).toFixed(places));
  // Move the decimal point by rewriting the exponent, which is exact: div and times would round
  // to the 60-digit working precision of D first, and a longer value would be rounded twice.
  const units = shiftPoint(d, places).toDecimalPlaces(0, rounding);
  return plain(shiftPoint(units, -places).toFixed(0));
}

/** `value × 10^shift`, exactly (the constructor does not round to the working precision). */
function shiftPoint(value: D, shift: number): D {
  const text = value.toExponential(); // every digit: '-1.2345e+3'
  const at = text.indexOf('e');
  return new D(`${text.slice(0, at)}e${String(Number(text.slice(at + 1)) + shift)}`);
}

function plain(text: string): string {
  // decimal.js keeps the sign of negative zero ("-0.00"); a rounded amount of nothing has no sign.
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}
