/**
 * The key of a (sku, location) pair. Length-prefixed, not joined by a separator: ids may hold any
 * character (even U+0000), and two pairs must never share a key (the sku's length says where the
 * location starts). Imports nothing, so schemas.ts and the reservation book can both use it.
 */
export function stockKey(sku: string, locationId: string): string {
  return `${String(sku.length)}:${sku}${locationId}`;
}
