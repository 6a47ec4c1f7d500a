// Exact sums of doubles as non-overlapping partials (Shewchuk 1997, "Adaptive precision
// floating-point arithmetic and fast robust geometric predicates", Discrete & Computational
// Geometry 18(3); the algorithm of Python's math.fsum). The partials represent the sum of every
// term added exactly, so any split of the terms, summed and merged in any order, represents the
// same number, and `roundedSum` gives its correctly rounded value: the credits of the attribution
// accumulators equal the one-pass functions bit for bit.
//
// Range: this holds while no intermediate sum leaves the double range. For terms of one sign that
// is exactly when the total does (then ±Infinity, whatever the order). With terms of both signs an
// intermediate sum may overflow although the total is finite, and the result then depends on the
// order: [MAX, MAX, −MAX] gives Infinity, [MAX, −MAX, MAX] gives MAX (Python's fsum raises
// "intermediate overflow" there). Every caller adds non-negative terms, except the scorecard's
// Σw²(x − s)² expansion, whose terms stay far below 2^1024 for weights within MAX_RATING_WEIGHT.
import type { PathKey } from '../../core/errors/OmnicxError.js';
import { invalid } from '../../core/internal/assert.js';

/**
 * Adds `x` to the partials in place (exactly). A sum beyond the double range sticks at ±Infinity —
 * also an intermediate one, when terms of both signs are added (see the range note above).
 */
export function addExact(partials: number[], x: number): void {
  if (x === 0) return; // keeps the partials short; a zero never changes the exact sum
  const top = partials.length === 1 ? (partials[0] as number) : 0;
  if (!Number.isFinite(top)) {
    partials[0] = top + x;
    return;
  }
  let i = 0;
  for (let k = 0; k < partials.length; k++) {
    let y = partials[k] as number;
    if (Math.abs(x) < Math.abs(y)) {
      const t = x;
      x = y;
      y = t;
    }
    const hi = x + y;
    const lo = y - (hi - x);
    if (lo !== 0) partials[i++] = lo;
    x = hi;
  }
  partials.length = i;
  if (!Number.isFinite(x)) {
    partials.length = 0;
    partials.push(x);
    return;
  }
  partials.push(x);
}

/** Whether every partial is finite (a sum that went beyond the double range sticks at ±Infinity). */
export function isFiniteSum(partials: readonly number[]): boolean {
  return partials.every(Number.isFinite);
}

/** The correctly rounded value of the partials (round half to even), as Python's fsum. */
export function roundedSum(partials: readonly number[]): number {
  let n = partials.length;
  if (n === 0) return 0;
  let hi = partials[--n] as number;
  let lo = 0;
  while (n > 0) {
    const x = hi;
    const y = partials[--n] as number;
    hi = x + y;
    lo = y - (hi - x);
    if (lo !== 0) break;
  }
  // Round half to even across the partials below: if the rest has the sign of lo, the exact sum is
  // not a tie, and hi + 2·lo decides which way it rounds.
  if (n > 0 && ((lo < 0 && (partials[n - 1] as number) < 0) || (lo > 0 && (partials[n - 1] as number) > 0))) {
    const y = lo * 2;
    const x = hi + y;
    if (y === x - hi) hi = x;
  }
  return hi;
}

/** Exact partials of the terms of `from` added to a copy of `into`. */
export function mergeExact(into: readonly number[], from: readonly number[]): number[] {
  const out: number[] = [];
  for (const x of into) addExact(out, x);
  for (const x of from) addExact(out, x);
  return out;
}

/** The exact partials of the sum of a column. */
export function partialsOf(values: ArrayLike<number>): number[] {
  const partials: number[] = [];
  for (let i = 0; i < values.length; i++) addExact(partials, values[i] as number);
  return partials;
}

/**
 * The normalised partials of a stored sum of non-negative terms (a hand-written, overlapping list
 * is rebuilt), refused unless its value is finite and ≥ 0: such a list can only be hand-edited.
 */
export function readNonNegativeSum(partials: readonly number[], path: readonly PathKey[]): number[] {
  const out = mergeExact(partials, []);
  if (!out.every(Number.isFinite) || roundedSum(out) < 0) {
    throw invalid(`${path.join('.')} must be the partials of a finite sum ≥ 0 (its exact value is ${String(roundedSum(out))})`, path);
  }
  return out;
}

/** The correctly rounded sum of a column. */
export function exactSum(values: ArrayLike<number>): number {
  return roundedSum(partialsOf(values));
}

/**
 * Exact sums of many columns at once in flat typed arrays, for hot loops: sum k holds its partials
 * in `data[k·CAPACITY …]`, `lengths[k]` of them. Non-overlapping partials of finite doubles are at
 * most about 40 (2 098 bits of exponent range over 53-bit mantissas), so CAPACITY never overflows.
 */
export interface ExactSums {
  readonly data: Float64Array;
  readonly lengths: Int32Array;
}

const CAPACITY = 48;

export function createExactSums(count: number): ExactSums {
  return { data: new Float64Array(count * CAPACITY), lengths: new Int32Array(count) };
}

/** Adds `x` to sum `k` exactly (as addExact). */
export function addExactAt(sums: ExactSums, k: number, x: number): void {
  if (x === 0) return;
  const { data, lengths } = sums;
  const base = k * CAPACITY;
  const n = lengths[k] as number;
  const top = data[base] as number;
  if (n === 1 && !Number.isFinite(top)) {
    data[base] = top + x;
    return;
  }
  let i = 0;
  for (let j = 0; j < n; j++) {
    let y = data[base + j] as number;
    if (Math.abs(x) < Math.abs(y)) {
      const t = x;
      x = y;
      y = t;
    }
    const hi = x + y;
    const lo = y - (hi - x);
    if (lo !== 0) data[base + i++] = lo;
    x = hi;
  }
  if (!Number.isFinite(x)) i = 0;
  data[base + i] = x;
  lengths[k] = i + 1;
}

/** The partials of sum `k`, as a plain array. */
export function partialsAt(sums: ExactSums, k: number): number[] {
  const base = k * CAPACITY;
  return Array.from(sums.data.subarray(base, base + (sums.lengths[k] as number)));
}

/** The correctly rounded value of sum `k`. */
export function roundedSumAt(sums: ExactSums, k: number): number {
  return roundedSum(partialsAt(sums, k));
}

/** `sums` with room for at least `count` sums (the same object when it has room; a copy otherwise). */
export function growExactSums(sums: ExactSums, count: number): ExactSums {
  if (count <= sums.lengths.length) return sums;
  const grown = createExactSums(Math.max(count, 2 * sums.lengths.length));
  grown.data.set(sums.data);
  grown.lengths.set(sums.lengths);
  return grown;
}
