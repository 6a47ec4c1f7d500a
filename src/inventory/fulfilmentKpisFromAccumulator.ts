import { parseWith } from '../core/errors/parseWith.js';
import type { FulfilmentKpis } from './fulfilmentKpis.js';
import { readFulfilmentAccumulator } from './internal/fulfilmentAccumulator.js';
import { fulfilmentKpisOf } from './internal/fulfilmentCounts.js';
import { kpiOptionsSchema, type FulfilmentKpisAccumulator, type KpiOptions } from './schemas.js';

/**
 * Reads the fulfilment KPIs of an accumulator — the `result` step: exactly (deep-equal, every
 * number bit for bit) what {@link fulfilmentKpis} returns for all the orders added, however they
 * were split into batches and accumulators, merged in any order or tree, or sent through
 * `JSON.parse(JSON.stringify(acc))`: the rates are ratios of the same integer counts and the
 * percentiles are taken over the same cycle times. The accumulator is not modified.
 *
 * @param acc - a fulfilment-KPI accumulator (validated: it may come from JSON)
 * @param options - `confidence` of the Wilson intervals (default 0.95), as for {@link fulfilmentKpis}
 * @returns the KPIs, as {@link fulfilmentKpis} returns them
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`)
 *   or options (path `['options', …]`)
 *
 * @example
 * ```ts
 * import { addFulfilledOrders, createFulfilmentKpisAccumulator, fulfilmentKpisFromAccumulator } from 'omnicx/inventory';
 * const acc = addFulfilledOrders(createFulfilmentKpisAccumulator(), [
 *   { id: 'a', orderedAt: '2026-03-01T10:00:00Z', promisedAt: '2026-03-03T18:00:00Z', deliveredAt: '2026-03-03T12:00:00Z',
 *     shipments: 1, lines: [{ sku: 'TEE', ordered: 2, shipped: 2, returned: 1 }] },
 *   { id: 'b', orderedAt: '2026-03-01T11:00:00Z', promisedAt: '2026-03-03T18:00:00Z', deliveredAt: '2026-03-04T11:00:00Z',
 *     shipments: 2, lines: [{ sku: 'TEE', ordered: 1, shipped: 1 }, { sku: 'CAP', ordered: 1, shipped: 0 }] },
 * ]);
 * const kpis = fulfilmentKpisFromAccumulator(JSON.parse(JSON.stringify(acc)));
 * console.log(kpis.unitFillRate.value); // 0.75
 * console.log(kpis.onTimeInFull.value); // 0.5
 * console.log(kpis.cycleTimeMs.p50); // 219600000
 * ```
 */
export function fulfilmentKpisFromAccumulator(acc: FulfilmentKpisAccumulator, options?: KpiOptions): FulfilmentKpis {
  const parsed = readFulfilmentAccumulator(acc, ['acc']);
  const confidence = parseWith(kpiOptionsSchema, options ?? {}, ['options']).confidence ?? 0.95;
  return fulfilmentKpisOf(parsed.orderIds.length, parsed, parsed.cycleTimesMs, confidence);
}
