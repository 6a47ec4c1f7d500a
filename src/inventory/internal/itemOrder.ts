// The canonical order of inventory items in the KPI accumulator: sku by UTF-16 code unit, then
// the item without a location before those with one, then locationId by code unit. Two items are
// the same item exactly when neither comes before the other.
export interface ItemKey {
  readonly sku: string;
  readonly locationId?: string | undefined;
}

export function itemBefore(a: ItemKey, b: ItemKey): boolean {
  if (a.sku !== b.sku) return a.sku < b.sku;
  if (a.locationId === b.locationId) return false;
  if (a.locationId === undefined) return true;
  if (b.locationId === undefined) return false;
  return a.locationId < b.locationId;
}

/** An object with a string sku and an absent or string locationId (what itemBefore may compare). */
export function isItemKey(x: unknown): x is ItemKey {
  if (typeof x !== 'object' || x === null) return false;
  const record = x as Record<string, unknown>;
  return typeof record['sku'] === 'string' && (record['locationId'] === undefined || typeof record['locationId'] === 'string');
}
