// The inventory section of the demo: available-to-promise, a channel split of scarce stock and
// a sourcing plan for the online orders, greedy against optimal.
import { formatMoney } from 'omnicx/core';
import { allocateToChannels, availableToPromise, sourceOrders, type SourcingResult } from 'omnicx/inventory';
import type { RetailData } from 'omnicx/sample';
import { heading, subheading, table } from './format.js';

export function inventorySection(data: RetailData): string {
  const out: string[] = [heading('Inventory: what can be promised, who gets it, where it ships from')];
  const atp = availableToPromise(data.stock, { asOf: data.endAt, horizonMs: 7 * 86_400_000 });
  out.push(
    table(
      ['on hand', 'reserved', 'safety stock', 'inbound (7 days)', 'available to promise'],
      [[atp.total.onHand, atp.total.reserved, atp.total.safety, atp.total.inbound, atp.total.atp]],
    ),
  );

  // The scarcest best-seller: the sku with most units ordered relative to its ATP.
  const demand = new Map<string, Map<string, number>>();
  for (const order of data.orders) {
    for (const line of order.lines) {
      const byChannel = demand.get(line.sku) ?? new Map<string, number>();
      byChannel.set(order.channel, (byChannel.get(order.channel) ?? 0) + line.quantity);
      demand.set(line.sku, byChannel);
    }
  }
  const scarce = atp.bySku
    .filter((s) => s.atp > 0 && demand.has(s.sku))
    .map((s) => ({ sku: s.sku, atp: s.atp, wanted: [...(demand.get(s.sku)?.values() ?? [])].reduce((a, b) => a + b, 0) }))
    .filter((s) => s.wanted > s.atp)
    .sort((a, b) => b.wanted / b.atp - a.wanted / a.atp || (a.sku < b.sku ? -1 : 1))[0];
  if (scarce !== undefined) {
    const channels = [...(demand.get(scarce.sku) ?? new Map<string, number>())].map(([id, units]) => ({
      id,
      demand: units,
      ...(id === 'store' ? { min: Math.min(units, Math.ceil(scarce.atp / 4)) } : {}),
    }));
    const methods = ['demandShare', 'fairShare', 'minimumsThenShare'] as const;
    const splits = methods.map((method) => allocateToChannels(scarce.atp, channels, { method }));
    const name = data.products.find((p) => p.sku === scarce.sku)?.name ?? scarce.sku;
    out.push(subheading(`Splitting ${String(scarce.atp)} units of ${name} (${String(scarce.wanted)} wanted) between channels`));
    out.push(
      table(
        ['channel', 'demand', ...methods],
        channels.map((c, i) => [c.id, c.demand, ...splits.map((s) => s.channels[i]?.allocated ?? 0)]),
      ),
    );
    out.push('demandShare: largest remainder on demand; fairShare: water-filling; minimumsThenShare: the store minimum first');
  }

  // Source the online orders from stores and warehouses.
  const stockByLocation = new Map<string, Record<string, number>>();
  for (const row of data.stock) {
    const stock = stockByLocation.get(row.locationId) ?? {};
    stock[row.sku] = Math.max(0, row.onHand - row.reserved - row.safetyStock);
    stockByLocation.set(row.locationId, stock);
  }
  const locations = data.locations.map((l) => ({
    id: l.id,
    lat: l.lat,
    lon: l.lon,
    priority: l.kind === 'warehouse' ? 2 : 1,
    stock: stockByLocation.get(l.id) ?? {},
    ...(l.kind === 'store' ? { handlingCostMinor: 150 } : {}),
  }));
  const orders = data.onlineOrders.slice(0, 300).map((o) => ({
    id: o.id,
    lines: o.lines,
    destination: o.destination,
    priority: o.priority === 'express' ? 1 : 0,
    createdAt: o.createdAt,
  }));
  const cost = { perUnitMinor: 40, perKmPerUnitMinor: 0.6, perShipmentMinor: 0 };
  const plans: [string, SourcingResult][] = (['priority', 'nearest', 'fewestShipments', 'lowestCost', 'optimal'] as const).map((strategy) => [
    strategy,
    sourceOrders(orders, locations, { strategy, cost, explain: strategy === 'optimal' }),
  ]);
  out.push(subheading(`Sourcing ${String(orders.length)} online orders from ${String(locations.length)} locations (0.40 per unit + 0.006 per unit-km, 1.50 store handling per shipment)`));
  out.push(
    table(
      ['strategy', 'units shipped', 'unfilled', 'shipments', 'split orders', 'total cost'],
      plans.map(([strategy, plan]) => {
        const perOrder = new Map<string, number>();
        for (const s of plan.shipments) perOrder.set(s.orderId, (perOrder.get(s.orderId) ?? 0) + 1);
        return [
          strategy,
          plan.filledUnits,
          plan.unfilledUnits,
          plan.shipments.length,
          [...perOrder.values()].filter((n) => n > 1).length,
          formatMoney({ amountMinor: plan.totalCostMinor, currency: data.currency }, 'en-GB'),
        ];
      }),
    ),
  );
  const optimal = plans.find(([s]) => s === 'optimal')?.[1];
  const why = optimal?.explanations.find((e) => e.considered.length > 1);
  if (why !== undefined) {
    out.push(`why: ${why.orderId} ${why.sku} → ${why.sources.map((a) => `${a.locationId} ×${String(a.quantity)}`).join(', ')}; ${why.reason}`);
  }
  return out.join('\n');
}
