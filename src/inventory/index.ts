/**
 * The `omnicx/inventory` domain: available to promise, reservations, channel allocation, order
 * sourcing (greedy strategies and a batch optimum), replenishment (safety stock, reorder point,
 * EOQ) and fulfilment and inventory KPIs.
 *
 * @packageDocumentation
 */
export { availableToPromise, type AtpByLocation, type AtpBySku, type AtpFigures, type AvailableToPromiseResult } from './availableToPromise.js';
export { createReservationState } from './createReservationState.js';
export { reserve, type ReservationRefusalReason, type ReservationResult } from './reserve.js';
export { releaseReservation, type ReleaseResult } from './releaseReservation.js';
export { expireReservations } from './expireReservations.js';
export { allocateToChannels, type AllocationReason, type ChannelAllocation, type ChannelAllocationResult } from './allocateToChannels.js';
export { haversineDistanceKm, EARTH_MEAN_RADIUS_KM } from './haversineDistanceKm.js';
export {
  sourceOrders,
  type ConsideredLocation,
  type LineExplanation,
  type SourcingAssignment,
  type SourcingOptimality,
  type SourcingResult,
  type SourcingShipment,
  type UnfilledLine,
} from './sourceOrders.js';
export * from './schemas.js';
export { safetyStock } from './safetyStock.js';
export { reorderPoint } from './reorderPoint.js';
export { economicOrderQuantity } from './economicOrderQuantity.js';
export { fulfilmentKpis, type FulfilmentKpis, type Rate } from './fulfilmentKpis.js';
export { inventoryKpis, type InventoryItemKpis, type InventoryKpis } from './inventoryKpis.js';
export { createFulfilmentKpisAccumulator } from './createFulfilmentKpisAccumulator.js';
export { addFulfilledOrders } from './addFulfilledOrders.js';
export { mergeFulfilmentKpisAccumulators } from './mergeFulfilmentKpisAccumulators.js';
export { fulfilmentKpisFromAccumulator } from './fulfilmentKpisFromAccumulator.js';
export { createInventoryKpisAccumulator } from './createInventoryKpisAccumulator.js';
export { addInventoryItems } from './addInventoryItems.js';
export { mergeInventoryKpisAccumulators } from './mergeInventoryKpisAccumulators.js';
export { inventoryKpisFromAccumulator } from './inventoryKpisFromAccumulator.js';
