// The README's inventory quick start, run against the packed package by `npm run check:examples`.
import { allocateToChannels, sourceOrders } from 'omnicx/inventory';

// 10 scarce units split by demand share: integers that sum exactly to what is allocated.
const split = allocateToChannels(10, [
  { id: 'store', demand: 9 },
  { id: 'web', demand: 6 },
  { id: 'marketplace', demand: 3 },
], { method: 'demandShare' });
console.log(split.channels.map((c) => `${c.channelId} ${String(c.allocated)}`).join(', ')); // store 5, web 3, marketplace 2
if (split.channels.map((c) => c.allocated).join() !== '5,3,2') throw new Error('demand share changed');

// Two orders, two locations: the optimal plan minimises the batch cost, never over-promising.
const plan = sourceOrders(
  [
    { id: 'o1', lines: [{ sku: 'tee', quantity: 2 }], destination: { lat: 52.52, lon: 13.4 } },
    { id: 'o2', lines: [{ sku: 'tee', quantity: 1 }], destination: { lat: 48.14, lon: 11.58 } },
  ],
  [
    { id: 'berlin', lat: 52.5, lon: 13.37, stock: { tee: 2 } },
    { id: 'munich', lat: 48.13, lon: 11.57, stock: { tee: 2 } },
  ],
  { strategy: 'optimal', cost: { perUnitMinor: 50, perKmPerUnitMinor: 1 } },
);
console.log(plan.assignments.map((a) => `${a.orderId}←${a.locationId} ×${String(a.quantity)}`).join(', '), plan.totalCostMinor);
if (plan.unfilledUnits !== 0 || plan.assignments.some((a) => a.orderId === 'o1' && a.locationId !== 'berlin')) throw new Error('sourcing changed');
