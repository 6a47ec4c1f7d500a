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

/**
 * Counts promoters, passives and detractors in one pass, validating every answer on the way.
 * Integer typed arrays skip the integer test, which their element type already guarantees.
 */
export function countNps(values: NumericArray, path: readonly PathKey[]): [number, number, number] {
  const n = values.length;
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  if (isIntegerTypedArray(values)) {
    for (let i = 0; i < n; i++) {
      const v = values[i] as number;
      if (v >= 9) {
        if (v > 10) fail(values, i, path);
        promoters++;
      } else if (v >= 7) passives++;
      else if (v >= 0) detractors++;
      else fail(values, i, path);
    }
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

