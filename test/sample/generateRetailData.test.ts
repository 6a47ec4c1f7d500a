import { describe, expect, it } from 'vitest';
import { isOmnicxError } from '../../src/core/errors/OmnicxError.js';
import { retailDataSchema, generateRetailData, type RetailData, type RetailDataOptions } from '../../src/sample/index.js';
import { checkInvariants, localTimeReader } from './invariants.js';

const DAY = 86_400_000;

function errorOf(options: unknown): unknown {
  try {
    generateRetailData(options as RetailDataOptions);
  } catch (error) {
    return error;
  }
  throw new Error('expected generateRetailData to throw');
}

// Spans the end of daylight-saving time's start in Europe/Berlin (2026-03-29, 02:00 → 03:00),
// with high rates so that every record kind appears.
const SPRING: RetailData = generateRetailData({
  seed: 11,
  customers: 300,
  days: 40,
  start: '2026-03-10T00:00:00+01:00',
  returnRate: 0.4,
  surveyRate: 0.6,
});

describe('generateRetailData', () => {
  it('returns the same data for the same seed, down to the JSON bytes', () => {
    const options = { seed: 5, customers: 60, days: 21 };
    const first = generateRetailData(options);
    const second = generateRetailData(options);
    expect(second).toStrictEqual(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('returns different data for different seeds', () => {
    const a = generateRetailData({ seed: 1, customers: 60, days: 21 });
    const b = generateRetailData({ seed: 2, customers: 60, days: 21 });
    expect(b.events).not.toEqual(a.events);
    expect(b.products).not.toEqual(a.products);
    expect(b.customers).not.toEqual(a.customers);
  });

  it('keeps the catalogue and the first customers when only the number of customers changes', () => {
    const small = generateRetailData({ seed: 9, customers: 20, days: 14 });
    const large = generateRetailData({ seed: 9, customers: 40, days: 14 });
    expect(large.products).toEqual(small.products);
    expect(large.stores).toEqual(small.stores);
    expect(large.stock).toEqual(small.stock);
    expect(large.customers.slice(0, 20)).toEqual(small.customers);
    const journey = (data: RetailData) =>
      data.events.filter((event) => event.customerId === 'C000007').map(({ at, touchpoint }) => [at, touchpoint]);
    expect(journey(large)).toEqual(journey(small));
  });

  it('returns plain JSON data that matches its schema', () => {
    const roundTripped: unknown = JSON.parse(JSON.stringify(SPRING));
    expect(roundTripped).toStrictEqual(SPRING);
    expect(retailDataSchema.parse(roundTripped)).toStrictEqual(SPRING);
  }, 60_000);

  it('satisfies the data invariants across the spring DST change', () => {
    expect(SPRING.returns.length).toBeGreaterThan(0);
    expect(SPRING.tickets.length).toBeGreaterThan(0);
    expect(SPRING.surveys.some((survey) => survey.ticketId !== undefined)).toBe(true);
    checkInvariants(SPRING);
  }, 60_000);

  it('keeps store events inside opening hours on the days around the DST change', () => {
    const local = localTimeReader('Europe/Berlin');
    const stores = new Map(SPRING.stores.map((store) => [store.id, store]));
    const around = SPRING.events.filter((event) => {
      if (event.storeId === undefined) return false;
      const date = local(event.at).date;
      return date >= '2026-03-28' && date <= '2026-03-31';
    });
    expect(around.length).toBeGreaterThan(50);
    for (const event of around) {
      const store = stores.get(event.storeId!)!;
      const hour = local(event.at).hour;
      expect(hour).toBeGreaterThanOrEqual(store.openHour);
      expect(hour).toBeLessThan(store.closeHour);
    }
    // After the change Berlin is UTC+2: a store opening at 09:00 opens at 07:00 UTC.
    const monday = around.filter((event) => local(event.at).date === '2026-03-30');
    for (const event of monday) {
      const store = stores.get(event.storeId!)!;
      expect(new Date(event.at).getUTCHours()).toBeGreaterThanOrEqual(store.openHour - 2);
      expect(new Date(event.at).getUTCHours()).toBeLessThan(store.closeHour - 2);
    }
  });

  it('satisfies the invariants across the autumn DST change in New York', () => {
    const data = generateRetailData({
      seed: 4,
      customers: 150,
      days: 21,
      start: '2026-10-20T00:00:00-04:00',
      timeZone: 'America/New_York',
      stores: 4,
    });
    expect(data.stores.map((store) => store.city)).toEqual(['New York', 'Philadelphia', 'Boston', 'Washington']);
    checkInvariants(data);
  }, 60_000);

  it('opens stores only on days that exist: Kiribati skipped Saturday 31 Dec 1994', () => {
    // Pacific/Kiritimati went from UTC−10 to UTC+14 at the end of Friday 30 Dec 1994. The
    // calendar used to keep a row for the missing Saturday whose hours, moved forward by the
    // 24-hour gap, fell on Sunday 1 Jan 1995, so stores closed on Sundays had visits that day.
    const data = generateRetailData({
      seed: 3,
      customers: 300,
      days: 20,
      start: '1994-12-20T00:00:00-10:00',
      timeZone: 'Pacific/Kiritimati',
      eventsPerCustomerPerDay: 2,
    });
    checkInvariants(data);
  }, 60_000);

  it('applies the defaults', () => {
    const data = generateRetailData({ seed: 1, customers: 5, days: 2 });
    expect(data.options).toEqual({
      seed: 1,
      customers: 5,
      stores: 5,
      days: 2,
      start: Date.UTC(2026, 0, 5),
      timeZone: 'Europe/Berlin',
      currency: 'EUR',
      productsPerCategory: 30,
      eventsPerCustomerPerDay: 0.3,
      returnRate: 0.08,
      surveyRate: 0.2,
    });
    expect(data.startAt).toBe(Date.UTC(2026, 0, 5));
    expect(data.endAt).toBe(Date.UTC(2026, 0, 7));
    expect(data.stores.map((store) => store.city)).toEqual(['Berlin', 'Hamburg', 'Munich', 'Cologne', 'Frankfurt']);
    expect(data.locations.filter((location) => location.kind === 'warehouse').map((location) => location.id)).toEqual([
      'DC1',
      'DC2',
    ]);
  });

  it('accepts the start as epoch milliseconds and stamps the currency', () => {
    const data = generateRetailData({ seed: 3, customers: 20, days: 5, start: Date.UTC(2026, 5, 1), currency: 'GBP' });
    expect(data.startAt).toBe(Date.UTC(2026, 5, 1));
    expect(data.currency).toBe('GBP');
    checkInvariants(data);
  });

  it('publishes a catalogue of about forty touchpoints of all four kinds and every stage', () => {
    const { touchpoints } = SPRING;
    expect(touchpoints.length).toBe(41);
    expect(new Set(touchpoints.map((touchpoint) => touchpoint.id)).size).toBe(touchpoints.length);
    expect(new Set(touchpoints.map((touchpoint) => touchpoint.kind))).toEqual(
      new Set(['environment', 'product', 'service', 'digital']),
    );
    expect(new Set(touchpoints.map((touchpoint) => touchpoint.stage)).size).toBe(14);
    expect(new Set(touchpoints.map((touchpoint) => touchpoint.channel)).size).toBe(7);
    expect(touchpoints.find((touchpoint) => touchpoint.id === 'checkoutQueue')).toEqual({
      id: 'checkoutQueue',
      name: 'Checkout queue',
      kind: 'environment',
      channel: 'store',
      stage: 'checkout',
    });
  });

  it('returns fresh objects that callers may mutate', () => {
    const a = generateRetailData({ seed: 1, customers: 5, days: 2 });
    a.touchpoints[0]!.name = 'changed';
    a.stores[0]!.zones.pop();
    const b = generateRetailData({ seed: 1, customers: 5, days: 2 });
    expect(b.touchpoints[0]!.name).toBe('Social media ad');
    expect(b.stores[0]!.zones.length).toBe(11);
  });

  it('prices products in whole minor units ending in 99 or 49, and gift cards at face value', () => {
    for (const product of SPRING.products) {
      if (product.category === 'giftCards') {
        expect(product.priceMinor % 100).toBe(0);
        expect(product.costMinor).toBe(product.priceMinor);
      } else {
        expect([49, 99]).toContain(product.priceMinor % 100);
        expect(product.costMinor).toBeLessThan(product.priceMinor);
      }
    }
  });

  it('produces realistic journeys: ROPO, click & collect, drop-offs and lower sentiment at pain points', () => {
    const byCustomer = new Map<string, typeof SPRING.events>();
    for (const event of SPRING.events) {
      const list = byCustomer.get(event.customerId) ?? [];
      list.push(event);
      byCustomer.set(event.customerId, list);
    }
    // ROPO: a product page viewed online, then a purchase in store within a week.
    const ropo = [...byCustomer.values()].some((events) =>
      events.some(
        (event, i) =>
          event.type === 'conversion' &&
          event.channel === 'store' &&
          events.slice(0, i).some((before) => before.touchpoint === 'productPage' && event.at - before.at < 7 * DAY),
      ),
    );
    expect(ropo).toBe(true);
    expect(SPRING.orders.some((order) => order.fulfilment === 'pickup')).toBe(true);
    expect(SPRING.events.some((event) => event.touchpoint === 'clickCollectPickup')).toBe(true);
    // Not every cart converts.
    const carts = SPRING.events.filter((event) => event.stage === 'cart').length;
    const onlineConversions = SPRING.events.filter((event) => event.type === 'conversion' && event.channel !== 'store').length;
    expect(onlineConversions).toBeLessThan(carts);
    // Mean sentiment: checkout queue and returns desk below zero, staff advice above.
    const mean = (id: string) => {
      const values = SPRING.events.filter((event) => event.touchpoint === id).map((event) => event.sentiment!);
      return values.reduce((sum, value) => sum + value, 0) / values.length;
    };
    expect(mean('checkoutQueue')).toBeLessThan(0);
    expect(mean('returnsDesk')).toBeLessThan(0);
    expect(mean('staffAdvice')).toBeGreaterThan(0.2);
    // Segments differ in purchase rates.
    const ordersBySegment = (segment: string) => {
      const ids = new Set(SPRING.customers.filter((customer) => customer.segment === segment).map((customer) => customer.id));
      return SPRING.orders.filter((order) => ids.has(order.customerId)).length / ids.size;
    };
    expect(ordersBySegment('loyal')).toBeGreaterThan(2 * ordersBySegment('occasional'));
  });

  it('correlates survey scores with the sentiment customers show in their journeys', () => {
    const data = generateRetailData({ seed: 21, customers: 1500, days: 60, surveyRate: 1 });
    const sentiments = new Map<string, number[]>();
    for (const event of data.events) {
      if (event.sentiment === undefined || event.type === 'feedback') continue;
      const list = sentiments.get(event.customerId) ?? [];
      list.push(event.sentiment);
      sentiments.set(event.customerId, list);
    }
    const x: number[] = [];
    const y: number[] = [];
    for (const survey of data.surveys) {
      const list = sentiments.get(survey.customerId) ?? [];
      if (list.length === 0) continue;
      x.push(list.reduce((sum, value) => sum + value, 0) / list.length);
      y.push(survey.nps);
    }
    expect(x.length).toBeGreaterThan(200);
    expect(correlation(x, y)).toBeGreaterThan(0.2);
  }, 60_000);

  it('hits the intensity knob within about 15 %', () => {
    for (const eventsPerCustomerPerDay of [0.3, 1]) {
      const data = generateRetailData({ seed: 8, customers: 2000, days: 30, eventsPerCustomerPerDay });
      const perDay = data.events.length / (2000 * 30);
      expect(perDay).toBeGreaterThan(eventsPerCustomerPerDay * 0.85);
      expect(perDay).toBeLessThan(eventsPerCustomerPerDay * 1.15);
    }
  }, 60_000);

  it('turns off returns and surveys at rate 0', () => {
    const data = generateRetailData({ seed: 2, customers: 200, days: 30, returnRate: 0, surveyRate: 0 });
    expect(data.returns).toEqual([]);
    expect(data.surveys).toEqual([]);
    expect(data.events.some((event) => event.touchpoint === 'satisfactionSurvey')).toBe(false);
  });

  it('names up to 99 stores uniquely in a region with few cities, with a fallback region for other zones', () => {
    const tokyo = generateRetailData({ seed: 1, customers: 1, days: 1, stores: 99, timeZone: 'Asia/Tokyo', productsPerCategory: 1 });
    expect(tokyo.stores[0]!.name).toBe('Tokyo Centre');
    expect(tokyo.stores[8]!.name).toBe('Tokyo Mall');
    expect(tokyo.stores[98]!.id).toBe('S99');
    expect(new Set(tokyo.stores.map((store) => store.name)).size).toBe(99);
    const kolkata = generateRetailData({ seed: 1, customers: 1, days: 1, stores: 1, timeZone: 'Asia/Kolkata' });
    expect(kolkata.stores[0]!.city).toBe('Berlin');
    expect(kolkata.stores[0]!.timeZone).toBe('Asia/Kolkata');
  });

  it('names products uniquely even beyond the name lists', () => {
    const data = generateRetailData({ seed: 1, customers: 1, days: 1, productsPerCategory: 130 });
    expect(data.products.at(-1)!.sku).toBe('P0910');
    for (const category of ['apparel', 'giftCards']) {
      const names = data.products.filter((product) => product.category === category).map((product) => product.name);
      expect(new Set(names).size).toBe(130);
    }
  });
});

describe('generateRetailData option errors', () => {
  it.each([
    [{}, ['seed']],
    [{ seed: 1.5 }, ['seed']],
    [{ seed: 2 ** 53 }, ['seed']],
    [{ seed: '1' }, ['seed']],
    [{ seed: 1, customers: 0 }, ['customers']],
    [{ seed: 1, customers: 1_000_001 }, ['customers']],
    [{ seed: 1, stores: 100 }, ['stores']],
    [{ seed: 1, days: 0 }, ['days']],
    [{ seed: 1, days: 2.5 }, ['days']],
    [{ seed: 1, start: '2026-01-05T00:00:00' }, ['start']],
    [{ seed: 1, start: '2026-02-30T00:00:00Z' }, ['start']],
    [{ seed: 1, start: '2026-13-01T00:00:00Z' }, ['start']],
    [{ seed: 1, start: 'yesterday' }, ['start']],
    [{ seed: 1, start: 1.5 }, ['start']],
    [{ seed: 1, start: Date.UTC(1800, 0, 1) }, ['start']],
    [{ seed: 1, start: '2300-01-01T00:00:00Z' }, ['start']],
    [{ seed: 1, timeZone: '' }, ['timeZone']],
    [{ seed: 1, timeZone: 42 }, ['timeZone']],
    [{ seed: 1, currency: 'eur' }, ['currency']],
    [{ seed: 1, currency: 'XYZ' }, ['currency']], // not in ISO 4217
    [{ seed: 1, currency: 'JPY' }, ['currency']], // exponent 0: prices are generated in cents
    [{ seed: 1, start: new Date(Number.NaN) }, ['start']],
    [{ seed: 1, productsPerCategory: 0 }, ['productsPerCategory']],
    [{ seed: 1, eventsPerCustomerPerDay: 0 }, ['eventsPerCustomerPerDay']],
    [{ seed: 1, returnRate: 1.5 }, ['returnRate']],
    [{ seed: 1, surveyRate: -0.1 }, ['surveyRate']],
    [{ seed: 1, customer: 10 }, ['customer']],
    [null, []],
  ])('rejects %j with INVALID_INPUT at %j', (options, path) => {
    const error = errorOf(options);
    expect(isOmnicxError(error, 'INVALID_INPUT')).toBe(true);
    expect((error as { path: unknown }).path).toEqual(path);
  });

  it('rejects an unknown time zone with UNKNOWN_TIME_ZONE', () => {
    const error = errorOf({ seed: 1, timeZone: 'Mars/Olympus_Mons' });
    expect(isOmnicxError(error, 'UNKNOWN_TIME_ZONE')).toBe(true);
    expect((error as { path: unknown }).path).toEqual(['timeZone']);
    expect((error as Error).message).toContain('Mars/Olympus_Mons');
  });

  it('names the misspelt option in the message', () => {
    expect((errorOf({ seed: 1, customer: 10 }) as Error).message).toContain('customer');
  });
});

function correlation(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = x.reduce((sum, value) => sum + value, 0) / n;
  const my = y.reduce((sum, value) => sum + value, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}
