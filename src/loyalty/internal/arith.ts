// Exact integer arithmetic for point computations. The earning engine is written once over this
// small interface and run with plain numbers (every result checked to stay a safe integer, so it
// is exact) and, when a purchase overflows 2^53, again with bigints. Points are never floats.
import type { RoundingMode } from '../../core/rounding/RoundingMode.js';

export interface Ops<N> {
  readonly from: (n: number) => N;
  readonly big: (n: bigint) => N;
  readonly add: (a: N, b: N) => N;
  readonly sub: (a: N, b: N) => N;
  readonly mul: (a: N, b: N) => N;
  /** Floor division, `b > 0`. */
  readonly div: (a: N, b: N) => N;
  readonly sign: (a: N) => number;
  readonly lt: (a: N, b: N) => boolean;
  readonly num: (a: N) => number;
  readonly isEven: (a: N) => boolean;
}

/** Thrown by the number operations when a result would leave the safe-integer range; never escapes. */
export class SafeIntegerOverflow extends Error {}

// Number specialisations, shared by numberOps and the earning hot path (which calls them
// directly rather than through the Ops interface).

// Every operand is a safe integer, so a sum, difference or product is an integer: checking its
// magnitude is enough (and cheaper than Number.isSafeInteger).
export function safe(n: number): number {
  if (!(n <= Number.MAX_SAFE_INTEGER && n >= -Number.MAX_SAFE_INTEGER)) throw new SafeIntegerOverflow();
  return n;
}

/** Floor division, `b > 0` (numberOps.div). */
export function div(a: number, b: number): number {
  let q = Math.floor(a / b);
  const r = a - q * b;
  if (r < 0) q -= 1;
  else if (r >= b) q += 1;
  return q;
}

/** rationalToString on numbers (the earning hot path): `n / d` to at most 6 decimals, truncated, trailing zeros dropped. */
export function decimalText(n: number, d: number): string {
  const abs = n < 0 ? safe(0 - n) : n;
  const whole = div(abs, d);
  let rest = safe(abs - safe(whole * d));
  // The decimals as an integer of `places` digits (below 10^6: exact).
  let fraction = 0;
  let places = 0;
  for (let i = 0; i < 6 && rest !== 0; i++) {
    const scaled = safe(rest * 10);
    const digit = div(scaled, d);
    fraction = fraction * 10 + digit;
    places++;
    rest = safe(scaled - safe(digit * d));
  }
  while (places > 0 && fraction % 10 === 0) {
    fraction /= 10;
    places--;
  }
  const text = places === 0 ? String(whole) : `${String(whole)}.${String(fraction).padStart(places, '0')}`;
  return n < 0 ? `-${text}` : text;
}

/**
 * The text of the rational `n / d` (safe integers, `d > 0`) as an explanation states it:
 * `decimalText`, or `rationalToString` on bigints when the digits leave the safe range (where
 * the earning engine, explaining at once, reruns the purchase on bigints: the same text).
 */
export function rationalText(n: number, d: number): string {
  try {
    return decimalText(n, d);
  } catch (error) {
    if (!(error instanceof SafeIntegerOverflow)) throw error;
    return rationalToString(bigOps, BigInt(n), BigInt(d));
  }
}

/** roundRational on numbers (`d > 0`, the earning hot path): the same operations, checked the same way. */
export function roundNumber(n: number, d: number, mode: RoundingMode): number {
  const q = div(n, d);
  const r = safe(n - safe(q * d));
  if (r === 0) return q;
  const up = safe(q + 1);
  const positive = n > 0;
  switch (mode) {
    case 'floor':
      return q;
    case 'ceil':
      return up;
    case 'down':
      return positive ? q : up;
    case 'up':
      return positive ? up : q;
    default: {
      const twice = safe(r * 2);
      if (twice < d) return q;
      if (d < twice) return up;
      if (mode === 'halfUp') return positive ? up : q;
      if (mode === 'halfDown') return positive ? q : up;
      return q % 2 === 0 ? q : up;
    }
  }
}

export const numberOps: Ops<number> = {
  from: (n) => n,
  big: (n) => safe(Number(n)),
  add: (a, b) => safe(a + b),
  sub: (a, b) => safe(a - b),
  mul: (a, b) => safe(a * b),
  div,
  sign: (a) => Math.sign(a),
  lt: (a, b) => a < b,
  num: (a) => a,
  isEven: (a) => a % 2 === 0,
};

export const bigOps: Ops<bigint> = {
  from: (n) => BigInt(n),
  big: (n) => n,
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => {
    const q = a / b;
    return a % b !== 0n && a < 0n ? q - 1n : q;
  },
  sign: (a) => (a > 0n ? 1 : a < 0n ? -1 : 0),
  lt: (a, b) => a < b,
  num: (a) => {
    const n = Number(a);
    if (!Number.isSafeInteger(n)) throw new SafeIntegerOverflow();
    return n;
  },
  isEven: (a) => a % 2n === 0n,
};

/** Rounds the rational `n / d` (`d > 0`) to an integer with a rounding mode. */
export function roundRational<N>(ops: Ops<N>, n: N, d: N, mode: RoundingMode): N {
  const q = ops.div(n, d);
  const r = ops.sub(n, ops.mul(q, d));
  if (ops.sign(r) === 0) return q;
  const up = ops.add(q, ops.from(1));
  const positive = ops.sign(n) > 0;
  switch (mode) {
    case 'floor':
      return q;
    case 'ceil':
      return up;
    case 'down':
      return positive ? q : up;
    case 'up':
      return positive ? up : q;
    default: {
      const twice = ops.mul(r, ops.from(2));
      if (ops.lt(twice, d)) return q;
      if (ops.lt(d, twice)) return up;
      if (mode === 'halfUp') return positive ? up : q;
      if (mode === 'halfDown') return positive ? q : up;
      return ops.isEven(q) ? q : up;
    }
  }
}

/**
 * `n / d` (`d > 0`) as a decimal string, exact when it terminates within 6 places, otherwise
 * truncated towards zero to 6 places.
 */
export function rationalToString<N>(ops: Ops<N>, n: N, d: N): string {
  const negative = ops.sign(n) < 0;
  const abs = negative ? ops.sub(ops.from(0), n) : n;
  const whole = ops.div(abs, d);
  let rest = ops.sub(abs, ops.mul(whole, d));
  let digits = '';
  for (let i = 0; i < 6 && ops.sign(rest) !== 0; i++) {
    const scaled = ops.mul(rest, ops.from(10));
    const digit = ops.div(scaled, d);
    digits += String(ops.num(digit));
    rest = ops.sub(scaled, ops.mul(digit, d));
  }
  digits = digits.replace(/0+$/, '');
  const text = `${String(whole)}${digits === '' ? '' : `.${digits}`}`;
  return negative ? `-${text}` : text;
}

/** A decimal string `'12.345'` as an integer numerator at `10^scale` (scale ≥ its decimals). */
export function scaledDecimal(text: string, scale: number): bigint {
  const [whole = '0', fraction = ''] = text.split('.');
  return BigInt(whole + fraction.padEnd(scale, '0'));
}

/** A decimal string as a fraction in lowest terms `[numerator, denominator]`. */
export function decimalRatio(text: string): readonly [bigint, bigint] {
  let num = scaledDecimal(text, decimalsOf(text));
  let den = 10n ** BigInt(decimalsOf(text));
  let a = num;
  let b = den;
  while (b !== 0n) [a, b] = [b, a % b];
  if (a > 1n) {
    num /= a;
    den /= a;
  }
  return [num, den];
}

/** Decimal places written in a decimal string. */
export function decimalsOf(text: string): number {
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}
