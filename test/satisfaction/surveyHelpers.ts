export { expectOmnicxError as expectError } from '../support/expectOmnicxError.js';

/** Deep-frozen value, to prove that a function does not mutate its input. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** z for 95 %: Φ⁻¹(0.975) (R: qnorm(0.975)). */
export const Z95 = 1.959963984540054;

/** Splits `values` at the given cut points (sorted, deduplicated, clamped to the length). */
export function splitAt<T>(values: readonly T[], cuts: readonly number[]): T[][] {
  const points = [...new Set(cuts.map((c) => Math.min(values.length, c)))].sort((a, b) => a - b);
  const parts: T[][] = [];
  let start = 0;
  for (const point of [...points, values.length]) {
    parts.push(values.slice(start, point));
    start = point;
  }
  return parts;
}
