/**
 * `values` cut before each index of `cuts` (clamped to the length, sorted, duplicates dropped):
 * the shards of a split, for the accumulator property tests ("any split, merged, equals one pass").
 */
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
