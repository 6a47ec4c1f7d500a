// Turns the simulation's columns and linked records into the published arrays: sorted by time,
// numbered in that order, with the ids of the orders and tickets they refer to filled in.
import type { SampleJourneyEvent, SampleOrder, SampleTouchpoint } from '../schemas.js';
import { CONVERSION, EVENT_TYPES, NO_SENTIMENT, type EventColumns } from './eventColumns.js';
import { formatId } from './ids.js';
import type { Linked } from './simulation.js';
import { ZONES } from './zones.js';

/** Sorts orders by time (then creation) and numbers them 'O0000001', … (one more digit for all from 10 million orders); returns the sorted array. */
export function numberOrders(orders: readonly SampleOrder[]): SampleOrder[] {
  const sorted = sortByTime(orders, (order) => order.at);
  sorted.forEach((order, index) => {
    order.id = formatId('O', index, 7, sorted.length);
  });
  return sorted;
}

/**
 * Sorts linked records by time (then creation), numbers them and fills in the ids of the
 * records they refer to, which must already be numbered.
 */
export function numberLinked<T extends { id: string; orderId?: string | undefined; ticketId?: string | undefined }>(
  linked: readonly Linked<T>[],
  time: (record: T) => number,
  id: (index: number, item: Linked<T>) => string,
): T[] {
  return sortByTime(linked, (item) => time(item.record)).map((item, index) => {
    const record = item.record;
    record.id = id(index, item);
    if (item.order !== null && record.orderId !== undefined) record.orderId = item.order.id;
    if (item.ticket !== null && record.ticketId !== undefined) record.ticketId = item.ticket.id;
    return record;
  });
}

function sortByTime<T>(items: readonly T[], time: (item: T) => number): T[] {
  const index = Array.from(items, (_, i) => i);
  const times = Float64Array.from(items, time);
  index.sort((a, b) => (times[a] as number) - (times[b] as number) || a - b);
  return index.map((i) => items[i] as T);
}

/**
 * The journey events as objects in time order (ties: customer, then the order in which the
 * simulation produced them), numbered 'E0000001', … (one more digit for all from 10 million events).
 */
export function materialiseEvents(
  columns: EventColumns,
  customerIds: readonly string[],
  storeIds: readonly string[],
  touchpoints: readonly SampleTouchpoint[],
  orders: readonly SampleOrder[],
): SampleJourneyEvent[] {
  const n = columns.length;
  const { at, customer, touchpoint, store, zone, type, sentiment, order } = columns;
  const sorted = sortedIndex(at, n);
  const zoneIds = ZONES.map((z) => z.id);
  const events = new Array<SampleJourneyEvent>(n);
  for (let k = 0; k < n; k++) {
    const i = sorted[k] as number;
    const tp = touchpoints[touchpoint[i] as number] as SampleTouchpoint;
    const eventType = type[i] as number;
    const event: SampleJourneyEvent = {
      id: formatId('E', k, 7, n),
      customerId: customerIds[customer[i] as number] as string,
      at: at[i] as number,
      type: EVENT_TYPES[eventType] as SampleJourneyEvent['type'],
      touchpoint: tp.id,
      channel: tp.channel,
      kind: tp.kind,
      stage: tp.stage,
    };
    const s = store[i] as number;
    if (s >= 0) {
      event.storeId = storeIds[s];
      event.zone = zoneIds[zone[i] as number];
    }
    const o = order[i] as number;
    if (o >= 0) {
      const record = orders[o] as SampleOrder;
      event.orderId = record.id;
      if (eventType === CONVERSION) event.valueMinor = record.totalMinor;
    }
    const feeling = sentiment[i] as number;
    if (feeling !== NO_SENTIMENT) event.sentiment = feeling / 100;
    events[k] = event;
  }
  return events;
}

/**
 * Indexes 0 … n−1 ordered by `at`, ties by index: a stable counting sort into about n / 16
 * time buckets, then an insertion sort inside each bucket (a comparison sort for the rare big
 * one). Several times faster than sorting a million indexes with a comparator.
 */
export function sortedIndex(at: Float64Array, n: number): Uint32Array {
  const index = new Uint32Array(n);
  if (n === 0) return index;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const t = at[i] as number;
    if (t < min) min = t;
    if (t > max) max = t;
  }
  const buckets = Math.max(1, Math.ceil(n / 16));
  const width = (max - min) / buckets + 1;
  const start = new Uint32Array(buckets + 1);
  const bucketOf = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const b = Math.floor(((at[i] as number) - min) / width);
    bucketOf[i] = b;
    start[b + 1] = (start[b + 1] as number) + 1;
  }
  for (let b = 0; b < buckets; b++) start[b + 1] = (start[b + 1] as number) + (start[b] as number);
  const next = start.slice(0, buckets);
  for (let i = 0; i < n; i++) {
    const b = bucketOf[i] as number;
    index[next[b] as number] = i;
    next[b] = (next[b] as number) + 1;
  }
  for (let b = 0; b < buckets; b++) {
    const lo = start[b] as number;
    const hi = start[b + 1] as number;
    if (hi - lo > 64) {
      index.subarray(lo, hi).sort((x, y) => (at[x] as number) - (at[y] as number) || x - y);
      continue;
    }
    // Indexes enter each bucket in increasing order, so a strict comparison keeps ties stable.
    for (let k = lo + 1; k < hi; k++) {
      const i = index[k] as number;
      const t = at[i] as number;
      let j = k - 1;
      while (j >= lo && (at[index[j] as number] as number) > t) {
        index[j + 1] = index[j] as number;
        j--;
      }
      index[j + 1] = i;
    }
  }
  return index;
}
