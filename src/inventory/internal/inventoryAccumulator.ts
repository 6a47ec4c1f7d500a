// Shared parts of the inventory-KPI accumulator: the full read (merge and result) and the cheap
// envelope check of the add step, which must not read every held item to add a few.
import type { PathKey } from '../../core/errors/OmnicxError.js';
import { parseWith } from '../../core/errors/parseWith.js';
import { describe, invalid } from '../../core/internal/assert.js';
import { inventoryKpisAccumulatorSchema, type InventoryKpisAccumulator } from '../schemas.js';

/** The whole accumulator checked against {@link inventoryKpisAccumulatorSchema}: O(items). */
export function readInventoryAccumulator(acc: unknown, path: readonly PathKey[]): InventoryKpisAccumulator {
  return parseWith(inventoryKpisAccumulatorSchema, acc, path);
}

/** The envelope only: kind, version, periodDays, toleranceUnits and an items array. O(1). */
export function assertInventoryEnvelope(acc: unknown, path: readonly PathKey[]): asserts acc is InventoryKpisAccumulator {
  if (typeof acc !== 'object' || acc === null || Array.isArray(acc)) {
    throw invalid(`acc must be an inventory-KPI accumulator object, got ${describe(acc)}`, path);
  }
  const record = acc as Record<string, unknown>;
  if (record['kind'] !== 'inventoryKpis') throw invalid(`acc.kind must be 'inventoryKpis', got ${describe(record['kind'])}`, [...path, 'kind']);
  if (record['version'] !== 1) throw invalid(`acc.version must be 1, got ${describe(record['version'])}`, [...path, 'version']);
  const periodDays = record['periodDays'];
  if (typeof periodDays !== 'number' || !(periodDays > 0) || periodDays === Infinity) {
    throw invalid(`acc.periodDays must be a positive finite number, got ${describe(periodDays)}`, [...path, 'periodDays']);
  }
  const tolerance = record['toleranceUnits'];
  if (typeof tolerance !== 'number' || !Number.isSafeInteger(tolerance) || tolerance < 0) {
    throw invalid(`acc.toleranceUnits must be a non-negative safe integer, got ${describe(tolerance)}`, [...path, 'toleranceUnits']);
  }
  if (!Array.isArray(record['items'])) throw invalid(`acc.items must be an array, got ${describe(record['items'])}`, [...path, 'items']);
}
