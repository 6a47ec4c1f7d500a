// The canonical key of a basket in a basket accumulator.

/** True for `JSON.stringify` of a non-empty, strictly ascending (code unit) list of non-empty strings. */
export function isBasketKey(key: string): boolean {
  let items: unknown;
  try {
    items = JSON.parse(key);
  } catch {
    return false;
  }
  return (
    Array.isArray(items) &&
    items.length > 0 &&
    items.every((x, i) => typeof x === 'string' && x !== '' && (i === 0 || (items as string[])[i - 1] as string < x)) &&
    JSON.stringify(items) === key
  );
}

/** The key of a set of items: JSON of the distinct items sorted by code unit. */
export function basketKey(items: Iterable<string>): string {
  return JSON.stringify([...new Set(items)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
}
