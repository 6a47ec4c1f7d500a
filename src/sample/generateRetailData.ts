import { assertTimeZone } from '../core/time/assertTimeZone.js';
import { parseWith } from '../core/errors/parseWith.js';
import { createRandom } from '../core/statistics/createRandom.js';
import { buildProducts } from './internal/buildProducts.js';
import { buildStock } from './internal/buildStock.js';
import { buildStores } from './internal/buildStores.js';
import { formatId } from './internal/ids.js';
import { buildLocalCalendar } from './internal/localCalendar.js';
import { materialiseEvents, numberLinked, numberOrders } from './internal/materialise.js';
import { simulateCustomers } from './internal/simulation.js';
import { TOUCHPOINTS } from './internal/touchpoints.js';
import { retailDataOptionsSchema, type RetailData, type RetailDataOptions, type SampleOrder, type SampleTouchpoint } from './schemas.js';

const DAY_MS = 86_400_000;
const TWO_TO_32 = 4_294_967_296;

/**
 * Generates a deterministic, synthetic but realistic omnichannel retail data set: stores with
 * zones and opening hours, distribution centres, products, a touchpoint catalogue, customers,
 * journey events, orders, returns, surveys, support tickets, a stock snapshot and online orders
 * to source. It feeds the demo, the examples, notebooks and benchmarks of every domain.
 *
 * **Determinism.** The same options give the same data, down to the bytes of
 * `JSON.stringify` (for the same omnicx version, JavaScript engine and time-zone database).
 * Each customer has their own random stream derived from the seed, so changing `customers`
 * keeps the catalogue and the first customers' profiles.
 *
 * **Model.** Each customer has a latent segment (loyal, regular, occasional, lapsed) that sets
 * how often they shop and how often a journey converts, a home store, a preferred channel and a
 * favourite category. Journeys arrive as a Poisson process and follow one of six patterns:
 * store only; online (web or app); research online, buy in store (ROPO); showrooming (see in
 * store, buy online); buy online, pick up in store (BOPIS); and marketplace. Journeys may start
 * with an ad, email, SMS or push (awareness), have online sessions with gaps of seconds to
 * minutes between events and days between sessions, and drop off before the cart, in the cart
 * or at checkout when they do not convert. In-store events fall inside the store's opening
 * hours on its open weekdays in its local time (DST-correct). After a purchase come the order
 * confirmation, home delivery (some late) or click & collect pickup, product-care emails,
 * reviews and social posts, surveys, returns within 30 days and support tickets. Sentiment
 * (−1…1) is carried by service touchpoints, pain points and feedback; it is lower at the
 * checkout queue (worse at peak hours and on Saturdays), the returns desk and the call centre
 * and after late deliveries, and survey scores follow it.
 *
 * **Output.** Plain JSON-serialisable objects; instants are epoch milliseconds (`at`,
 * `joinedAt`, `openedAt`, …); money is integer minor units (`...Minor`) of the one top-level
 * `currency`; ids are zero-padded (`'C000001'`, `'S01'`, `'P0001'`, `'E0000001'`, `'O0000001'`,
 * `'R000001'`, `'Q000001'`, `'T000001'`, `'DC1'`) to one width per kind: that width, or one digit
 * more for every id of the kind when there are more records than it holds (1 000 000 customers
 * are `'C0000001'` … `'C1000000'`, 10 000 001 events `'E00000001'` … `'E10000001'`), so the ids
 * of a kind have the same length and sort in numeric order. Events, orders, returns, surveys, tickets and
 * online orders are sorted globally by time (ties by customer, then by the order of the
 * simulation) and numbered in that order; customers, stores and products by id; stock by SKU,
 * then location. Every event lies in the period `[startAt, endAt)`; what would happen after
 * the end (late deliveries, returns, resolutions) is cut off, as in a real extract.
 *
 * **Speed.** Events are simulated into typed arrays and turned into objects once: about one
 * million events (`customers: 20000, days: 180`) take a few seconds.
 *
 * @param options - see {@link retailDataOptionsSchema} for every option and its default
 * @returns the data set, described by {@link retailDataSchema}
 * @throws {@link core!OmnicxError} `UNKNOWN_TIME_ZONE` (path `['timeZone']`) for a time zone that
 *   `Intl.DateTimeFormat` does not know; `INVALID_INPUT` with the path of the bad option for
 *   anything else (missing or non-integer seed, out-of-range counts or rates, a `start` without
 *   an offset, unknown keys)
 *
 * @example
 * ```ts
 * import { generateRetailData } from 'omnicx/sample';
 * const data = generateRetailData({ seed: 42, customers: 100, days: 30 });
 * console.log(data.stores.length, data.locations.length, data.products.length); // 5 7 210
 * console.log(data.customers.length, data.touchpoints.length); // 100 41
 * console.log(data.events.length, data.orders.length); // 882 52
 * console.log(data.events[0]?.id, data.orders[0]?.totalMinor); // E0000001 13858
 * console.log(JSON.stringify(generateRetailData({ seed: 42, customers: 100, days: 30 })) === JSON.stringify(data)); // true
 * ```
 */
export function generateRetailData(options: RetailDataOptions): RetailData {
  checkTimeZone(options);
  const resolved = parseWith(retailDataOptionsSchema, options);
  const startAt = resolved.start;
  const endAt = startAt + resolved.days * DAY_MS;
  const master = createRandom(resolved.seed);
  // Independent streams, so that e.g. the number of customers does not change the catalogue.
  const storeSeed = master.int(TWO_TO_32);
  const productSeed = master.int(TWO_TO_32);
  const stockSeed = master.int(TWO_TO_32);
  const customerHigh = master.int(2 ** 21);
  const customerLow = master.int(TWO_TO_32);

  const calendar = buildLocalCalendar(resolved.timeZone, startAt, resolved.days + 3);
  const world = buildStores(createRandom(storeSeed), resolved.stores, resolved.timeZone);
  const catalogue = buildProducts(createRandom(productSeed), resolved.productsPerCategory);
  const touchpoints: SampleTouchpoint[] = TOUCHPOINTS.map(({ id, name, kind, channel, stage }) => ({
    id,
    name,
    kind,
    channel,
    stage,
  }));

  const simulation = simulateCustomers({
    startAt,
    endAt,
    calendar,
    world,
    catalogue,
    customerCount: resolved.customers,
    eventsPerCustomerPerDay: resolved.eventsPerCustomerPerDay,
    returnRate: resolved.returnRate,
    surveyRate: resolved.surveyRate,
    customerSeed: (index) => customerHigh * TWO_TO_32 + ((customerLow + index) % TWO_TO_32),
  });

  const orders = numberOrders(simulation.orders);
  const tickets = numberLinked(simulation.tickets, (ticket) => ticket.openedAt, (index) => formatId('T', index, 6, simulation.tickets.length));
  const returns = numberLinked(simulation.returns, (item) => item.at, (index) => formatId('R', index, 6, simulation.returns.length));
  const surveys = numberLinked(simulation.surveys, (survey) => survey.at, (index) => formatId('Q', index, 6, simulation.surveys.length));
  const onlineOrders = numberLinked(
    simulation.onlineOrders,
    (order) => order.createdAt,
    (_, item) => (item.order as SampleOrder).id,
  );
  const events = materialiseEvents(
    simulation.events,
    simulation.customers.map((customer) => customer.id),
    world.stores.map((store) => store.id),
    touchpoints,
    simulation.orders,
  );
  const stock = buildStock(createRandom(stockSeed), catalogue, world.locations, endAt);

  return {
    options: resolved,
    currency: resolved.currency,
    startAt,
    endAt,
    stores: world.stores,
    locations: world.locations,
    products: catalogue.products,
    touchpoints,
    customers: simulation.customers,
    events,
    orders,
    returns,
    surveys,
    tickets,
    stock,
    onlineOrders,
  };
}

function checkTimeZone(options: unknown): void {
  if (typeof options !== 'object' || options === null) return;
  const timeZone = (options as { timeZone?: unknown }).timeZone;
  if (typeof timeZone !== 'string' || timeZone === '') return;
  assertTimeZone(timeZone, ['timeZone']);
}
