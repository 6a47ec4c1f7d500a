// What a fulfilment-KPI accumulator must satisfy beyond the type of each field: ids sorted and
// distinct, cycle times ascending, counts consistent. Shared by fulfilmentKpisAccumulatorSchema
// and the hand-written reader of the merge and result steps, so both accept exactly the same data.

/** The fields the rules read (types already checked). */
export interface FulfilmentShape {
  readonly orderIds: readonly string[];
  readonly cycleTimesMs: readonly number[];
  readonly ordered: number;
  readonly shipped: number;
  readonly returned: number;
  readonly lines: number;
  readonly linesInFull: number;
  readonly ordersInFull: number;
  readonly promised: number;
  readonly onTimeInFull: number;
  readonly shippedOrders: number;
  readonly splitShipments: number;
}

/** The first broken rule (its message and path inside the accumulator), or undefined. */
export function fulfilmentAccumulatorIssue(acc: FulfilmentShape): { message: string; path: (string | number)[] } | undefined {
  const ids = acc.orderIds;
  for (let i = 1; i < ids.length; i++) {
    if (!((ids[i - 1] as string) < (ids[i] as string))) return { message: 'orderIds must be sorted by code unit and distinct', path: ['orderIds', i] };
  }
  const times = acc.cycleTimesMs;
  for (let i = 1; i < times.length; i++) {
    if ((times[i - 1] as number) > (times[i] as number)) return { message: 'cycleTimesMs must be ascending', path: ['cycleTimesMs', i] };
  }
  const orders = ids.length;
  const rules: [string, number, number, string][] = [
    ['cycleTimesMs', times.length, orders, 'cycleTimesMs must hold at most one time per order'],
    ['lines', orders, acc.lines, 'every order has a line: orders must not exceed lines'],
    ['ordered', acc.lines, acc.ordered, 'every line orders a unit: lines must not exceed ordered'],
    ['shipped', acc.shipped, acc.ordered, 'shipped must not exceed ordered'],
    ['returned', acc.returned, acc.shipped, 'returned must not exceed shipped'],
    ['linesInFull', acc.linesInFull, acc.lines, 'linesInFull must not exceed lines'],
    ['ordersInFull', acc.ordersInFull, Math.min(orders, acc.linesInFull), 'ordersInFull must not exceed orders nor linesInFull'],
    ['ordersInFull', orders - acc.ordersInFull, acc.lines - acc.linesInFull, 'every order not in full has a line not in full'],
    ['ordersInFull', acc.lines - acc.linesInFull, orders === acc.ordersInFull ? 0 : Infinity, 'a line not in full makes its order not in full'],
    ['promised', acc.promised, orders, 'promised must not exceed orders'],
    ['onTimeInFull', acc.onTimeInFull, Math.min(acc.promised, acc.ordersInFull), 'onTimeInFull must not exceed promised nor ordersInFull'],
    ['shippedOrders', acc.shippedOrders, orders, 'shippedOrders must not exceed orders'],
    ['splitShipments', acc.splitShipments, acc.shippedOrders, 'splitShipments must not exceed shippedOrders'],
  ];
  for (const [key, value, bound, rule] of rules) {
    if (value > bound) return { message: `${rule} (${String(value)} > ${String(bound)})`, path: [key] };
  }
  return undefined;
}
