// Identifiers: a prefix and a 1-based number zero-padded to one width for all records of a kind
// ('C000123', 'S01'): the kind's usual width, or the digits of `count` when there are more records
// than that width holds, so ids of a kind always have the same length and sort in numeric order.
export function formatId(prefix: string, index: number, minWidth: number, count: number): string {
  return prefix + String(index + 1).padStart(Math.max(minWidth, String(count).length), '0');
}
