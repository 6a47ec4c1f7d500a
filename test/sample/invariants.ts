// Invariants every generated data set must satisfy, shared by the example-based and the property
// tests. Local wall-clock times are read with Intl.DateTimeFormat, independently of the
// generator's own time-zone tables. Checks collect problems and assert once at the end (calling
// `expect` per field of a hundred thousand records would dominate the test time).
import { expect } from 'vitest';
import type { RetailData, SampleJourneyEvent, SampleOrder } from '../../src/sample/index.js';

const DAY = 86_400_000;
const WEEKDAYS: Readonly<Record<string, number>> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

export interface LocalTime {
  readonly date: string;
  readonly hour: number;
  readonly weekday: number;
}

export function localTimeReader(timeZone: string): (at: number) => LocalTime {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    weekday: 'short',
  });
  return (at) => {
    const parts = Object.fromEntries(format.formatToParts(at).map((part) => [part.type, part.value]));
    return {
      date: `${parts.year!}-${parts.month!}-${parts.day!}`,
      hour: Number(parts.hour),
      weekday: WEEKDAYS[parts.weekday!]!,
    };
  };
}

/** Every `...Minor` field anywhere in the value, with its path. */
export function moneyFields(value: unknown, path = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => moneyFields(item, `${path}[${String(i)}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key.endsWith('Minor') ? [[`${path}.${key}`, inner] as [string, unknown]] : moneyFields(inner, `${path}.${key}`),
  );
}

const isInt = (value: unknown): boolean => Number.isSafeInteger(value);

export function checkInvariants(data: RetailData): void {
  const problems: string[] = [];
  const check = (ok: boolean, message: string): void => {
    if (!ok && problems.length < 20) problems.push(message);
  };
  const { startAt, endAt } = data;
  check(endAt - startAt === data.options.days * DAY, 'period length');
  check(data.currency === data.options.currency, 'currency');
  const local = localTimeReader(data.options.timeZone);
  const customers = new Map(data.customers.map((customer) => [customer.id, customer]));
  const stores = new Map(data.stores.map((store) => [store.id, store]));
  const touchpoints = new Map(data.touchpoints.map((touchpoint) => [touchpoint.id, touchpoint]));
  const products = new Map(data.products.map((product) => [product.sku, product]));
  const orders = new Map(data.orders.map((order) => [order.id, order]));
  const tickets = new Map(data.tickets.map((ticket) => [ticket.id, ticket]));

  check(customers.size === data.options.customers, 'customer count');
  check(stores.size === data.options.stores, 'store count');
  check(products.size === data.options.productsPerCategory * 7, 'product count');
  check(
    JSON.stringify(data.locations.map((location) => location.id)) === JSON.stringify([...stores.keys(), 'DC1', 'DC2']),
    'locations are the stores and two DCs',
  );
  for (const customer of data.customers) {
    check(stores.has(customer.homeStoreId), `${customer.id}: unknown home store`);
    check(customer.joinedAt < endAt, `${customer.id}: joined after the period`);
  }
  for (const store of data.stores) {
    check(store.openHour < store.closeHour, `${store.id}: hours`);
    check(store.timeZone === data.options.timeZone, `${store.id}: time zone`);
  }

  // Events: globally sorted, numbered in that order, inside the period, pointing at real things.
  const conversions = new Map<string, SampleJourneyEvent>();
  data.events.forEach((event, index) => {
    const what = `${event.id} (${event.touchpoint} at ${new Date(event.at).toISOString()})`;
    check(event.id === sequenceId('E', index, 7, data.events.length), `${what}: id out of sequence`);
    check(index === 0 || event.at >= data.events[index - 1]!.at, `${what}: not in time order`);
    check(isInt(event.at) && event.at >= startAt && event.at < endAt, `${what}: outside the period`);
    check(event.at % 1000 === 0, `${what}: not on a whole second`);
    const customer = customers.get(event.customerId);
    check(customer !== undefined && event.at >= customer.joinedAt, `${what}: unknown customer or before joining`);
    const touchpoint = touchpoints.get(event.touchpoint);
    check(
      touchpoint !== undefined &&
        event.channel === touchpoint.channel &&
        event.kind === touchpoint.kind &&
        event.stage === touchpoint.stage,
      `${what}: touchpoint mismatch`,
    );
    if (event.sentiment !== undefined) {
      check(
        event.sentiment >= -1 && event.sentiment <= 1 && Math.round(event.sentiment * 100) / 100 === event.sentiment,
        `${what}: sentiment ${String(event.sentiment)}`,
      );
    }
    check(event.type !== 'feedback' || event.sentiment !== undefined, `${what}: feedback without sentiment`);
    if (event.channel === 'store') {
      const store = stores.get(event.storeId ?? '');
      check(store?.zones.some((zone) => zone.id === event.zone) === true, `${what}: unknown store or zone`);
      const time = local(event.at);
      check(
        store !== undefined &&
          store.openWeekdays.includes(time.weekday) &&
          time.hour >= store.openHour &&
          time.hour < store.closeHour,
        `${what}: outside the opening hours of ${event.storeId ?? '?'} (local ${time.date} ${String(time.hour)}h)`,
      );
    } else {
      check(event.storeId === undefined && event.zone === undefined, `${what}: store on a non-store event`);
    }
    if (event.type === 'conversion') {
      check(event.stage === 'pay' && event.orderId !== undefined, `${what}: conversion without order`);
      check(!conversions.has(event.orderId ?? ''), `${what}: second conversion for ${event.orderId ?? '?'}`);
      conversions.set(event.orderId ?? '', event);
    } else {
      check(event.valueMinor === undefined, `${what}: value on a non-conversion`);
    }
    if (event.orderId !== undefined) {
      const order = orders.get(event.orderId);
      check(order?.customerId === event.customerId && event.at >= order.at, `${what}: order mismatch`);
    }
  });

  // Orders: totals are sums, each has exactly one conversion event with its value.
  const orderChannel: Readonly<Record<string, SampleOrder['channel']>> = {
    store: 'store',
    web: 'web',
    app: 'app',
    marketplace: 'marketplace',
  };
  data.orders.forEach((order, index) => {
    const what = order.id;
    check(order.id === sequenceId('O', index, 7, data.orders.length), `${what}: id out of sequence`);
    check(index === 0 || order.at >= data.orders[index - 1]!.at, `${what}: not in time order`);
    check(order.lines.length > 0, `${what}: no lines`);
    check(new Set(order.lines.map((line) => line.sku)).size === order.lines.length, `${what}: repeated SKU`);
    let total = 0;
    for (const line of order.lines) {
      const product = products.get(line.sku);
      check(product?.category === line.category, `${what}: ${line.sku} category`);
      check(line.amountMinor === line.quantity * line.unitPriceMinor, `${what}: ${line.sku} amount`);
      check(product !== undefined && line.unitPriceMinor <= product.priceMinor, `${what}: ${line.sku} above shelf price`);
      total += line.amountMinor;
    }
    check(order.totalMinor === total, `${what}: total ${String(order.totalMinor)} ≠ ${String(total)}`);
    const conversion = conversions.get(order.id);
    check(
      conversion !== undefined && conversion.at === order.at && conversion.valueMinor === order.totalMinor,
      `${what}: conversion event`,
    );
    check(conversion !== undefined && orderChannel[conversion.channel] === order.channel, `${what}: channel`);
    if (order.channel === 'store') check(conversion?.storeId === order.storeId, `${what}: store`);
    check((order.storeId !== undefined) === (order.fulfilment !== 'delivery'), `${what}: store vs fulfilment`);
    check((order.fulfilment === 'store') === (order.channel === 'store'), `${what}: fulfilment vs channel`);
  });
  check(conversions.size === data.orders.length, 'conversions without orders');

  // Returns: within 30 days, no more than was bought, matched by a return event.
  const returnEvents = new Map<string, SampleJourneyEvent>();
  for (const event of data.events) if (event.stage === 'return') returnEvents.set(`${event.orderId ?? ''}@${String(event.at)}`, event);
  const returnedOrders = new Set<string>();
  data.returns.forEach((item, index) => {
    const what = item.id;
    check(item.id === sequenceId('R', index, 6, data.returns.length), `${what}: id out of sequence`);
    const order = orders.get(item.orderId);
    check(order !== undefined && !returnedOrders.has(item.orderId), `${what}: unknown or repeated order`);
    returnedOrders.add(item.orderId);
    if (order === undefined) return;
    check(item.customerId === order.customerId, `${what}: customer`);
    check(item.at > order.at && item.at <= order.at + 30 * DAY && item.at < endAt, `${what}: outside the 30-day window`);
    let refund = 0;
    for (const line of item.lines) {
      const bought = order.lines.find((orderLine) => orderLine.sku === line.sku);
      check(
        bought !== undefined &&
          bought.category !== 'grocery' &&
          bought.category !== 'giftCards' &&
          line.quantity <= bought.quantity &&
          line.amountMinor === line.quantity * bought.unitPriceMinor,
        `${what}: line ${line.sku}`,
      );
      refund += line.amountMinor;
    }
    check(item.refundMinor === refund && item.refundMinor <= order.totalMinor, `${what}: refund`);
    const event = returnEvents.get(`${item.orderId}@${String(item.at)}`);
    check(
      event?.touchpoint === (item.channel === 'store' ? 'returnsDesk' : 'onlineReturn') && event.storeId === item.storeId,
      `${what}: return event`,
    );
  });

  // Surveys: scores on their scales, linked records exist, echoed as a feedback event.
  const feedbackTimes = new Set(
    data.events.filter((event) => event.touchpoint === 'satisfactionSurvey').map((event) => `${event.customerId}@${String(event.at)}`),
  );
  data.surveys.forEach((survey, index) => {
    const what = survey.id;
    check(survey.id === sequenceId('Q', index, 6, data.surveys.length), `${what}: id out of sequence`);
    check(isInt(survey.nps) && survey.nps >= 0 && survey.nps <= 10, `${what}: nps ${String(survey.nps)}`);
    check(isInt(survey.csat) && survey.csat >= 1 && survey.csat <= 5, `${what}: csat ${String(survey.csat)}`);
    check(isInt(survey.ces) && survey.ces >= 1 && survey.ces <= 7, `${what}: ces ${String(survey.ces)}`);
    check(touchpoints.get(survey.touchpoint)?.channel === survey.channel, `${what}: channel`);
    check((survey.orderId === undefined) !== (survey.ticketId === undefined), `${what}: needs an order or a ticket`);
    if (survey.orderId !== undefined) check(orders.get(survey.orderId)?.customerId === survey.customerId, `${what}: order`);
    if (survey.ticketId !== undefined) check(tickets.get(survey.ticketId)?.customerId === survey.customerId, `${what}: ticket`);
    if (survey.storeId !== undefined) check(stores.has(survey.storeId), `${what}: store`);
    check(feedbackTimes.has(`${survey.customerId}@${String(survey.at)}`), `${what}: no feedback event`);
    check(survey.at < endAt, `${what}: after the period`);
  });

  // Tickets: clocks in order, the desk answers calls and chats in its hours.
  data.tickets.forEach((ticket, index) => {
    const what = ticket.id;
    check(ticket.id === sequenceId('T', index, 6, data.tickets.length), `${what}: id out of sequence`);
    check(customers.has(ticket.customerId), `${what}: customer`);
    if (ticket.orderId !== undefined) check(orders.get(ticket.orderId)?.customerId === ticket.customerId, `${what}: order`);
    check(ticket.openedAt >= startAt && ticket.openedAt < endAt, `${what}: opened outside the period`);
    if (ticket.firstResponseAt !== undefined) {
      check(ticket.firstResponseAt >= ticket.openedAt && ticket.firstResponseAt < endAt, `${what}: first response`);
    }
    if (ticket.resolvedAt !== undefined) {
      check(
        ticket.firstResponseAt !== undefined && ticket.resolvedAt >= ticket.firstResponseAt && ticket.resolvedAt < endAt,
        `${what}: resolution`,
      );
    }
    check(ticket.contacts >= (ticket.reopened ? 2 : 1), `${what}: contacts`);
    if (ticket.channel !== 'email') {
      const time = local(ticket.openedAt);
      check(time.weekday !== 7 && time.hour >= 8 && time.hour < 20, `${what}: opened outside service hours`);
    }
  });

  // Stock: non-negative integers, reservations covered, inbound after the snapshot.
  const locationIds = new Set(data.locations.map((location) => location.id));
  for (const record of data.stock) {
    const what = `${record.sku}@${record.locationId}`;
    check(products.has(record.sku) && locationIds.has(record.locationId), `${what}: unknown SKU or location`);
    check(
      [record.onHand, record.reserved, record.safetyStock].every((value) => isInt(value) && value >= 0),
      `${what}: negative or fractional stock`,
    );
    check(record.reserved <= record.onHand, `${what}: reserved above on hand`);
    check(record.inbound.every((inbound) => inbound.quantity > 0 && inbound.eta > endAt), `${what}: inbound`);
  }
  check(new Set(data.stock.map((record) => `${record.sku}@${record.locationId}`)).size === data.stock.length, 'stock pairs repeat');

  // Online orders: exactly the delivery orders, with their lines.
  const deliveries = data.orders.filter((order) => order.fulfilment === 'delivery');
  check(data.onlineOrders.length === deliveries.length, 'online orders are the delivery orders');
  data.onlineOrders.forEach((online, index) => {
    const order = deliveries[index];
    check(
      order !== undefined &&
        online.id === order.id &&
        online.createdAt === order.at &&
        online.customerId === (order.channel === 'marketplace' ? undefined : order.customerId) &&
        JSON.stringify(online.lines) === JSON.stringify(order.lines.map((line) => ({ sku: line.sku, quantity: line.quantity }))),
      `${online.id}: does not match its order`,
    );
  });

  // Money: integer minor units everywhere.
  for (const [path, value] of moneyFields(data)) check(isInt(value), `${path}: not a safe integer`);

  expect(problems).toEqual([]);
}

/** The documented id of the index-th record of a kind: one width for all, widened when the count needs it. */
function sequenceId(prefix: string, index: number, minWidth: number, count: number): string {
  return prefix + String(index + 1).padStart(Math.max(minWidth, String(count).length), '0');
}
