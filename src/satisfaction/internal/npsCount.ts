// The hot loop of nps(): counts and validates 0–10 answers in a single pass.
import type { PathKey } from '../../core/errors/OmnicxError.js';
import type { NumericArray } from '../../core/internal/assert.js';
import { offScale } from './surveyInput.js';

function isIntegerTypedArray(values: NumericArray): boolean {
  return (
    values instanceof Int8Array ||
    values instanceof Uint8Array ||
    values instanceof Uint8ClampedArray ||
    values instanceof Int16Array ||
    values instanceof Uint16Array ||
    values instanceof Int32Array ||
    values instanceof Uint32Array
  );
}

function fail(values: NumericArray, index: number, path: readonly PathKey[]): never {
  return offScale(values[index], 0, 10, [...path, index]);
}

/** Index of the first answer that is not an integer 0–10 (the slow path, after a failed check). */
function firstInvalid(values: NumericArray): number {
  return Array.prototype.findIndex.call(values, (v: unknown) => !(typeof v === 'number' && v >= 0 && v <= 10 && v === Math.floor(v)));
}

/**
 * Counts promoters, passives and detractors in one pass, validating every answer on the way.
 *
 * Integer typed arrays take a loop shaped like the plainest counting loop (two predictable
 * comparisons per answer), with the validation folded into branch-free integer arithmetic:
 * `v | (10 − v)` is negative exactly when v < 0 or v > 10 (Uint32 values above 2³¹ turn negative
 * under `|` too), so OR-ing it into one flag checks the whole array at the cost of two ALU
 * operations; the first bad index is searched for only when the flag is set.
 */
export function countNps(values: NumericArray, path: readonly PathKey[]): [number, number, number] {
  const n = values.length;
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  if (isIntegerTypedArray(values)) {
    let invalid = 0;
    for (let i = 0; i < n; i++) {
      const v = values[i] as number;
      if (v >= 9) promoters++;
      else if (v < 7) detractors++;
      invalid |= v | (10 - v);
    }
    if (invalid < 0) fail(values, firstInvalid(values), path);
    passives = n - promoters - detractors;
  } else {
    for (let i = 0; i < n; i++) {
      const v = values[i] as number;
      // Strict comparisons with integers reject strings, booleans, null, NaN and fractions.
      if (v === 9 || v === 10) promoters++;
      else if (v === 7 || v === 8) passives++;
      else if (v >= 0 && v <= 6 && v === Math.floor(v)) detractors++;
      else fail(values, i, path);
    }
  }
  return [promoters, passives, detractors];
}

