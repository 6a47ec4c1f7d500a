// Input handling shared by the survey metrics: options through their zod schema (paths start at
// 'options'), arrays of answers checked element by element in the same pass that counts them.
import type * as z from 'zod';
import { type PathKey } from '../../core/errors/OmnicxError.js';
import { parseWith } from '../../core/errors/parseWith.js';
import { assertNumericArray, describe, invalid, type NumericArray } from '../../core/internal/assert.js';

/** Parses an optional options object with its schema; `undefined` means every default. */
export function parseOptions<S extends z.ZodType>(schema: S, options: unknown, path: readonly PathKey[] = ['options']): z.output<S> {
  return parseWith(schema, options ?? {}, path);
}

/** Checks that `values` is an array or a typed array (of numbers, not bigints). */
export function answerArray(values: unknown, path: readonly PathKey[], name: string): NumericArray {
  assertNumericArray(values, path, name);
  return values;
}

/** The error for an answer that is not an integer on the scale [low, high]. */
export function offScale(value: unknown, low: number, high: number, path: readonly PathKey[]): never {
  const where = path.map((key) => String(key)).join('.');
  const problem =
    typeof value === 'number' && Number.isFinite(value) && !Number.isInteger(value) ? 'must be an integer' : `must be an integer from ${String(low)} to ${String(high)}`;
  throw invalid(`${where} ${problem}, got ${describe(value)}`, path);
}

/**
 * The top boxes of a CSAT scale: the `satisfied` values sorted and de-duplicated, each checked to
 * lie on the scale; by default the two highest points.
 */
export function topBoxes(
  scale: readonly [number, number],
  satisfied: readonly number[] | undefined,
  path: readonly PathKey[],
): number[] {
  const [low, high] = scale;
  if (satisfied === undefined) {
    // The default top-2 box would be the whole of a 2-point (no/yes) scale: every answer "satisfied".
    if (high - low < 2) {
      throw invalid(
        `${path.join('.')} must be given for a 2-point scale ${String(low)}–${String(high)}: the default top two boxes would count every answer as satisfied (give e.g. [${String(high)}])`,
        path,
      );
    }
    return [high - 1, high];
  }
  satisfied.forEach((value, i) => {
    if (value < low || value > high) {
      throw invalid(
        `${[...path, i].join('.')} must be a point of the scale ${String(low)}–${String(high)}, got ${String(value)}`,
        [...path, i],
      );
    }
  });
  return [...new Set(satisfied)].sort((a, b) => a - b);
}

/**
 * Counts the answers on each point of the integer scale [low, high] in one pass, validating each:
 * `counts[v − low]`. Throws INVALID_INPUT with the path `[...path, index]` of the first bad answer.
 */
export function tally(values: NumericArray, low: number, high: number, path: readonly PathKey[]): number[] {
  const counts = new Array<number>(high - low + 1).fill(0);
  const n = values.length;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    // Integer test by comparison: strings, booleans, null and NaN all fail it.
    if (v >= low && v <= high && v === Math.floor(v)) counts[v - low] = (counts[v - low] as number) + 1;
    else offScale(v, low, high, [...path, i]);
  }
  return counts;
}
