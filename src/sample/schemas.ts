import * as z from 'zod';
import { currencyExponent } from '../core/money/currencyExponent.js';
import { isCurrencyCode } from '../core/money/isCurrencyCode.js';
import { instantSchema } from '../core/time/instantSchema.js';
import { isTimeZone } from '../core/time/isTimeZone.js';
import { CHANNELS, JOURNEY_STAGES, TOUCHPOINT_KINDS } from './internal/touchpoints.js';

// Instants accepted for `start`: 1900-01-01 to 2200-01-01, far inside the Date range even after
// adding ten years of simulated days.
const MIN_START = Date.UTC(1900, 0, 1);
const MAX_START = Date.UTC(2200, 0, 1);

const startSchema = instantSchema.pipe(
  z
    .number()
    .min(MIN_START, { error: 'start must not be before 1900-01-01' })
    .max(MAX_START, { error: 'start must not be after 2200-01-01' }),
);

/**
 * Options of {@link generateRetailData}, with their defaults. Parse untrusted options with it
 * (`safeParse`) to get zod issues instead of an exception; the output is the resolved options
 * with `start` as epoch milliseconds.
 *
 * - `seed` (required): a safe integer; the same seed and options give the same data.
 * - `customers` (default 1000, 1 to 1 000 000): number of customers (members).
 * - `stores` (default 5, 1 to 99): number of stores; two distribution centres are always added.
 * - `days` (default 90, 1 to 3660): length of the simulated period in 24-hour days.
 * - `start` (default `'2026-01-05T00:00:00Z'`): the first instant of the period, an ISO 8601
 *   string with an offset or `Z`, or epoch milliseconds; between 1900 and 2200.
 * - `timeZone` (default `'Europe/Berlin'`): IANA time zone of every store; also picks the
 *   region the store cities come from (Germany, UK, France, US east/west, China, Japan; other
 *   zones use German cities).
 * - `currency` (default `'EUR'`): ISO 4217 code stamped on the data; it must be a currency with
 *   two decimals (EUR, USD, GBP, CNY, …) because prices are generated in cents.
 * - `productsPerCategory` (default 30, 1 to 1000): items in each of the seven categories.
 * - `eventsPerCustomerPerDay` (default 0.3, above 0 up to 20): the intensity knob, the mean
 *   number of journey events per customer and day; the realised mean is close to it (within
 *   about 15 %) at the default mix of customers.
 * - `returnRate` (default 0.08, 0 to 1): chance that an order with returnable items (not
 *   grocery, not gift cards) is partly or fully returned; returns that would fall after the end
 *   of the period or outside the 30-day window are dropped, so the realised share is lower.
 * - `surveyRate` (default 0.2, 0 to 1): chance that an order or a support ticket is followed by
 *   a survey response.
 *
 * Unknown keys are rejected so that a misspelt option does not pass silently. The time zone is
 * checked with `Intl.DateTimeFormat`; {@link generateRetailData} reports an unknown one with the
 * code `UNKNOWN_TIME_ZONE`.
 *
 * @example
 * ```ts
 * import { retailDataOptionsSchema } from 'omnicx/sample';
 * const options = retailDataOptionsSchema.parse({ seed: 7, start: '2026-03-01T00:00:00+01:00' });
 * console.log(options.customers, options.start); // 1000 1772319600000
 * console.log(retailDataOptionsSchema.safeParse({ seed: 1.5 }).success); // false
 * ```
 */
export const retailDataOptionsSchema = z.strictObject({
  seed: z.number().int({ error: 'seed must be a safe integer' }),
  customers: z.number().int().min(1).max(1_000_000).default(1000),
  stores: z.number().int().min(1).max(99).default(5),
  days: z.number().int().min(1).max(3660).default(90),
  start: startSchema.prefault('2026-01-05T00:00:00Z'),
  timeZone: z
    .string()
    .min(1)
    .refine(isTimeZone, { error: 'timeZone must be an IANA time zone name such as Europe/Berlin' })
    .default('Europe/Berlin'),
  currency: z
    .string()
    .refine((code) => isCurrencyCode(code) && currencyExponent(code) === 2, {
      error: 'currency must be an ISO 4217 code with two decimals (cents), such as EUR, USD or GBP',
    })
    .default('EUR'),
  productsPerCategory: z.number().int().min(1).max(1000).default(30),
  eventsPerCustomerPerDay: z.number().positive().max(20).default(0.3),
  returnRate: z.number().min(0).max(1).default(0.08),
  surveyRate: z.number().min(0).max(1).default(0.2),
});

/**
 * The options {@link generateRetailData} accepts: only `seed` is required. See
 * {@link retailDataOptionsSchema} for the defaults and ranges.
 *
 * @example
 * ```ts
 * import { generateRetailData, type RetailDataOptions } from 'omnicx/sample';
 * const options: RetailDataOptions = { seed: 1, customers: 10, days: 7 };
 * console.log(generateRetailData(options).customers.length); // 10
 * ```
 */
export type RetailDataOptions = z.input<typeof retailDataOptionsSchema>;

/**
 * The options with every default filled in and `start` as epoch milliseconds, as returned in
 * {@link RetailData}'s `options`.
 *
 * @example
 * ```ts
 * import { generateRetailData, type ResolvedRetailDataOptions } from 'omnicx/sample';
 * const resolved: ResolvedRetailDataOptions = generateRetailData({ seed: 1, customers: 10, days: 7 }).options;
 * console.log(resolved.stores, resolved.timeZone); // 5 Europe/Berlin
 * ```
 */
export type ResolvedRetailDataOptions = z.output<typeof retailDataOptionsSchema>;

const instant = z.number().int();
const minor = z.number().int();
const count = z.number().int().nonnegative();
const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);

/**
 * zod schema of the channels of the sample data ({@link SampleChannel}).
 *
 * @example
 * ```ts
 * import { sampleChannelSchema } from 'omnicx/sample';
 * console.log(sampleChannelSchema.options.length); // 7
 * ```
 */
export const sampleChannelSchema = z.enum(CHANNELS);
/**
 * zod schema of the four touchpoint kinds ({@link SampleTouchpointKind}).
 *
 * @example
 * ```ts
 * import { sampleTouchpointKindSchema } from 'omnicx/sample';
 * console.log(sampleTouchpointKindSchema.options.length); // 4
 * ```
 */
export const sampleTouchpointKindSchema = z.enum(TOUCHPOINT_KINDS);
/**
 * zod schema of the journey stages in order ({@link SampleJourneyStage}).
 *
 * @example
 * ```ts
 * import { sampleJourneyStageSchema } from 'omnicx/sample';
 * console.log(sampleJourneyStageSchema.options.length); // 14
 * ```
 */
export const sampleJourneyStageSchema = z.enum(JOURNEY_STAGES);
/**
 * zod schema of the merchandise categories ({@link SampleCategory}).
 *
 * @example
 * ```ts
 * import { sampleCategorySchema } from 'omnicx/sample';
 * console.log(sampleCategorySchema.options.length); // 7
 * ```
 */
export const sampleCategorySchema = z.enum(['apparel', 'footwear', 'electronics', 'home', 'beauty', 'grocery', 'giftCards']);
/**
 * zod schema of the latent customer segments ({@link SampleSegment}).
 *
 * @example
 * ```ts
 * import { sampleSegmentSchema } from 'omnicx/sample';
 * console.log(sampleSegmentSchema.options.length); // 4
 * ```
 */
export const sampleSegmentSchema = z.enum(['loyal', 'regular', 'occasional', 'lapsed']);
/**
 * zod schema of the event types ({@link SampleEventType}).
 *
 * @example
 * ```ts
 * import { sampleEventTypeSchema } from 'omnicx/sample';
 * console.log(sampleEventTypeSchema.options.length); // 3
 * ```
 */
export const sampleEventTypeSchema = z.enum(['touch', 'conversion', 'feedback']);

/**
 * A channel: `'store' | 'web' | 'app' | 'social' | 'email' | 'callCentre' | 'marketplace'`.
 * `'email'` also carries SMS (direct messages); `'web'` carries live chat and home delivery.
 *
 * @example
 * ```ts
 * import type { SampleChannel } from 'omnicx/sample';
 * const channel: SampleChannel = 'callCentre';
 * console.log(channel); // callCentre
 * ```
 */
export type SampleChannel = z.infer<typeof sampleChannelSchema>;

/**
 * The four touchpoint kinds of the source documents: `'environment' | 'product' | 'service' |
 * 'digital'`.
 *
 * @example
 * ```ts
 * import type { SampleTouchpointKind } from 'omnicx/sample';
 * const kind: SampleTouchpointKind = 'service';
 * console.log(kind); // service
 * ```
 */
export type SampleTouchpointKind = z.infer<typeof sampleTouchpointKindSchema>;

/**
 * A journey stage, in journey order: awareness, consideration, visit, browse, select, cart,
 * checkout, pay, delivery, pickup, use, return, support, advocacy.
 *
 * @example
 * ```ts
 * import type { SampleJourneyStage } from 'omnicx/sample';
 * const stage: SampleJourneyStage = 'checkout';
 * console.log(stage); // checkout
 * ```
 */
export type SampleJourneyStage = z.infer<typeof sampleJourneyStageSchema>;

/**
 * A merchandise category: `'apparel' | 'footwear' | 'electronics' | 'home' | 'beauty' |
 * 'grocery' | 'giftCards'`.
 *
 * @example
 * ```ts
 * import type { SampleCategory } from 'omnicx/sample';
 * const category: SampleCategory = 'giftCards';
 * console.log(category); // giftCards
 * ```
 */
export type SampleCategory = z.infer<typeof sampleCategorySchema>;

/**
 * The latent customer segment that drives purchase rates: `'loyal'` (about 15 % of customers,
 * frequent), `'regular'` (35 %), `'occasional'` (35 %), `'lapsed'` (15 %, stop buying early in
 * the period). Useful as ground truth for RFM, churn and CLV models.
 *
 * @example
 * ```ts
 * import type { SampleSegment } from 'omnicx/sample';
 * const segment: SampleSegment = 'lapsed';
 * console.log(segment); // lapsed
 * ```
 */
export type SampleSegment = z.infer<typeof sampleSegmentSchema>;

/**
 * The type of a journey event: `'touch'` (an interaction), `'conversion'` (a purchase; carries
 * `orderId` and `valueMinor`) or `'feedback'` (a review, a social post or a survey response).
 *
 * @example
 * ```ts
 * import type { SampleEventType } from 'omnicx/sample';
 * const type: SampleEventType = 'conversion';
 * console.log(type); // conversion
 * ```
 */
export type SampleEventType = z.infer<typeof sampleEventTypeSchema>;

/**
 * Schema of a store: its id (`'S01'`…), name, city, WGS 84 coordinates, IANA time zone, zones,
 * opening hours (`openHour` to `closeHour`, local wall-clock hours) and open weekdays (ISO 8601:
 * 1 = Monday … 7 = Sunday).
 *
 * @example
 * ```ts
 * import { sampleStoreSchema, generateRetailData } from 'omnicx/sample';
 * const [store] = generateRetailData({ seed: 1, customers: 10, days: 7 }).stores;
 * console.log(sampleStoreSchema.safeParse(store).success, store?.id); // true S01
 * ```
 */
export const sampleStoreSchema = z.object({
  id: z.string(),
  name: z.string(),
  city: z.string(),
  lat: latitude,
  lon: longitude,
  timeZone: z.string(),
  zones: z.array(z.object({ id: z.string(), name: z.string() })),
  openHour: z.number().int().min(0).max(23),
  closeHour: z.number().int().min(1).max(24),
  openWeekdays: z.array(z.number().int().min(1).max(7)),
});

/**
 * A store; see {@link sampleStoreSchema}.
 *
 * @example
 * ```ts
 * import { generateRetailData, type SampleStore } from 'omnicx/sample';
 * const stores: SampleStore[] = generateRetailData({ seed: 1, customers: 10, days: 7, stores: 3 }).stores;
 * console.log(stores.map((store) => store.id)); // [ 'S01', 'S02', 'S03' ]
 * ```
 */
export type SampleStore = z.infer<typeof sampleStoreSchema>;

/**
 * Schema of a stock location for order sourcing: every store (same id) and two distribution
 * centres (`'DC1'`, `'DC2'`, kind `'warehouse'`).
 *
 * @example
 * ```ts
 * import { sampleLocationSchema, generateRetailData } from 'omnicx/sample';
 * const { locations } = generateRetailData({ seed: 1, customers: 10, days: 7, stores: 2 });
 * console.log(locations.map((location) => location.id)); // [ 'S01', 'S02', 'DC1', 'DC2' ]
 * console.log(locations.every((location) => sampleLocationSchema.safeParse(location).success)); // true
 * ```
 */
export const sampleLocationSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['store', 'warehouse']),
  lat: latitude,
  lon: longitude,
});

/**
 * A stock location; see {@link sampleLocationSchema}.
 *
 * @example
 * ```ts
 * import { generateRetailData, type SampleLocation } from 'omnicx/sample';
 * const warehouses: SampleLocation[] = generateRetailData({ seed: 1, customers: 10, days: 7 }).locations.filter(
 *   (location) => location.kind === 'warehouse',
 * );
 * console.log(warehouses.length); // 2
 * ```
 */
export type SampleLocation = z.infer<typeof sampleLocationSchema>;

/**
 * Schema of a product: SKU (`'P0001'`…), name, category, shelf price and unit cost in minor units
 * (gift cards: cost equals face value).
 *
 * @example
 * ```ts
 * import { sampleProductSchema, generateRetailData } from 'omnicx/sample';
 * const [product] = generateRetailData({ seed: 1, customers: 10, days: 7 }).products;
 * console.log(sampleProductSchema.safeParse(product).success, product?.sku); // true P0001
 * ```
 */
export const sampleProductSchema = z.object({
  sku: z.string(),
  name: z.string(),
  category: sampleCategorySchema,
  priceMinor: minor.positive(),
  costMinor: minor.positive(),
});

/**
 * A product; see {@link sampleProductSchema}.
 *
 * @example
 * ```ts
 * import { generateRetailData, type SampleProduct } from 'omnicx/sample';
 * const products: SampleProduct[] = generateRetailData({ seed: 1, customers: 10, days: 7, productsPerCategory: 2 }).products;
 * console.log(products.length); // 14
 * ```
 */
export type SampleProduct = z.infer<typeof sampleProductSchema>;

/**
 * Schema of a catalogue touchpoint: id (e.g. `'checkoutQueue'`), name, kind, channel and journey
 * stage.
 *
 * @example
 * ```ts
 * import { sampleTouchpointSchema, generateRetailData } from 'omnicx/sample';
 * const { touchpoints } = generateRetailData({ seed: 1, customers: 10, days: 7 });
 * console.log(touchpoints.every((touchpoint) => sampleTouchpointSchema.safeParse(touchpoint).success)); // true
 * ```
 */
export const sampleTouchpointSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: sampleTouchpointKindSchema,
  channel: sampleChannelSchema,
  stage: sampleJourneyStageSchema,
});

/**
 * A catalogue touchpoint; see {@link sampleTouchpointSchema}.
 *
 * @example
 * ```ts
 * import { generateRetailData, type SampleTouchpoint } from 'omnicx/sample';
 * const touchpoints: SampleTouchpoint[] = generateRetailData({ seed: 1, customers: 10, days: 7 }).touchpoints;
 * console.log(touchpoints.find((touchpoint) => touchpoint.id === 'checkoutQueue')?.stage); // checkout
 * ```
 */
export type SampleTouchpoint = z.infer<typeof sampleTouchpointSchema>;

/**
 * Schema of a customer: id (`'C000001'`…), when they joined the programme (epoch ms; before the
 * period for most, during it for new members), home store, latent segment, birthday (`'MM-DD'`, never `'02-29'`),
 * preferred channel (`'store' | 'web' | 'app'`), email opt-in and app use. Tiers are left to
 * the loyalty domain.
 *
 * @example
 * ```ts
 * import { sampleCustomerSchema, generateRetailData } from 'omnicx/sample';
 * const [customer] = generateRetailData({ seed: 1, customers: 10, days: 7 }).customers;
 * console.log(sampleCustomerSchema.safeParse(customer).success, customer?.id); // true C000001
 * ```
 */
export const sampleCustomerSchema = z.object({
  id: z.string(),
  joinedAt: instant,
  homeStoreId: z.string(),
  segment: sampleSegmentSchema,
  birthday: z.string().regex(/^\d{2}-\d{2}$/),
  preferredChannel: z.enum(['store', 'web', 'app']),
  emailOptIn: z.boolean(),
  appUser: z.boolean(),
});

/**
 * A customer; see {@link sampleCustomerSchema}.
 *
 * @example
 * ```ts
 * import { generateRetailData, type SampleCustomer } from 'omnicx/sample';
 * const customers: SampleCustomer[] = generateRetailData({ seed: 1, customers: 3, days: 7 }).customers;
 * console.log(customers.map((customer) => customer.id)); // [ 'C000001', 'C000002', 'C000003' ]
 * ```
 */
export type SampleCustomer = z.infer<typeof sampleCustomerSchema>;

/**
 * Schema of a journey event. `touchpoint` is a catalogue id and `channel`, `kind`, `stage` are
 * copied from the catalogue. `storeId` and `zone` are set for in-store events; `orderId` on
 * conversions and on the delivery, pickup and return events of an order; `valueMinor` (the
 * order total) on conversions only; `sentiment` in [−1, 1] (two decimals) on service
 * touchpoints, pain points and feedback.
 *
 * @example
 * ```ts
 * import { sampleJourneyEventSchema, generateRetailData } from 'omnicx/sample';
 * const { events } = generateRetailData({ seed: 1, customers: 10, days: 7 });
 * console.log(events.every((event) => sampleJourneyEventSchema.safeParse(event).success)); // true
 * ```
 */
export const sampleJourneyEventSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  at: instant,
  type: sampleEventTypeSchema,
  touchpoint: z.string(),
  channel: sampleChannelSchema,
  kind: sampleTouchpointKindSchema,
  stage: sampleJourneyStageSchema,
  storeId: z.string().optional(),
  zone: z.string().optional(),
  orderId: z.string().optional(),
  valueMinor: minor.optional(),
  sentiment: z.number().min(-1).max(1).optional(),
});

/**
 * A journey event; see {@link sampleJourneyEventSchema}.
 *
 * @example
 * ```ts
 * import { generateRetailData, type SampleJourneyEvent } from 'omnicx/sample';
 * const conversions: SampleJourneyEvent[] = generateRetailData({ seed: 1, customers: 50, days: 14 }).events.filter(
 *   (event) => event.type === 'conversion',
 * );
 * console.log(conversions.every((event) => event.orderId !== undefined)); // true
 * ```
 */
export type SampleJourneyEvent = z.infer<typeof sampleJourneyEventSchema>;

/**
 * Schema of an order line: SKU, category, quantity, the unit price paid (shelf price, or a
 * promotional price) and the line amount `quantity × unitPriceMinor`, all in minor units.
 *
 * @example
 * ```ts
 * import { sampleOrderLineSchema } from 'omnicx/sample';
 * const line = { sku: 'P0001', category: 'apparel', quantity: 2, unitPriceMinor: 1999, amountMinor: 3998 };
 * console.log(sampleOrderLineSchema.safeParse(line).success); // true
 * ```
 */
export const sampleOrderLineSchema = z.object({
  sku: z.string(),
  category: sampleCategorySchema,
  quantity: z.number().int().positive(),
  unitPriceMinor: minor.positive(),
  amountMinor: minor.positive(),
});

/**
 * An order line; see {@link sampleOrderLineSchema}.
 *
 * @example
 * ```ts
 * import type { SampleOrderLine } from 'omnicx/sample';
 * const line: SampleOrderLine = { sku: 'P0001', category: 'apparel', quantity: 2, unitPriceMinor: 1999, amountMinor: 3998 };
 * console.log(line.amountMinor === line.quantity * line.unitPriceMinor); // true
 * ```
 */
export type SampleOrderLine = z.infer<typeof sampleOrderLineSchema>;

/**
 * Schema of an order (a purchase): id (`'O0000001'`…), customer, instant of payment, sales
 * channel (`'store' | 'web' | 'app' | 'marketplace'`), fulfilment (`'store'` for a purchase
 * in store, `'delivery'`, or `'pickup'` for click & collect), the store (in-store purchases and
 * pickups), lines and `totalMinor` = the sum of the line amounts (gross prices; no shipping
 * fee). Each order has exactly one conversion event with the same `orderId` and `at`.
 *
 * @example
 * ```ts
 * import { sampleOrderSchema, generateRetailData } from 'omnicx/sample';
 * const { orders } = generateRetailData({ seed: 1, customers: 50, days: 14 });
 * console.log(orders.every((order) => sampleOrderSchema.safeParse(order).success)); // true
 * ```
 */
export const sampleOrderSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  at: instant,
  channel: z.enum(['store', 'web', 'app', 'marketplace']),
  fulfilment: z.enum(['store', 'delivery', 'pickup']),
  storeId: z.string().optional(),
  lines: z.array(sampleOrderLineSchema),
  totalMinor: minor.positive(),
});

/**
 * An order; see {@link sampleOrderSchema}.
 *
 * @example
 * ```ts
 * import { generateRetailData, type SampleOrder } from 'omnicx/sample';
 * const orders: SampleOrder[] = generateRetailData({ seed: 1, customers: 50, days: 14 }).orders;
 * console.log(orders.every((order) => order.totalMinor === order.lines.reduce((sum, line) => sum + line.amountMinor, 0))); // true
 * ```
 */
export type SampleOrder = z.infer<typeof sampleOrderSchema>;

/**
 * Schema of a return: id (`'R000001'`…), the order, the customer, the instant of the return
 * (within 30 days after the order), the returned quantities with their amounts (at the unit
 * price paid) and `refundMinor` = the sum of the line amounts. Gift cards and grocery are not
 * returnable. Returns can be made in a store or online whatever the order's channel.
 *
 * @example
 * ```ts
 * import { sampleReturnSchema, generateRetailData } from 'omnicx/sample';
 * const { returns } = generateRetailData({ seed: 1, customers: 200, days: 30, returnRate: 0.5 });
 * console.log(returns.length > 0, returns.every((item) => sampleReturnSchema.safeParse(item).success)); // true true
 * ```
 */
export const sampleReturnSchema = z.object({
  id: z.string(),
  orderId: z.string(),
  customerId: z.string(),
  at: instant,
  channel: z.enum(['store', 'web']),
  storeId: z.string().optional(),
  lines: z.array(z.object({ sku: z.string(), quantity: z.number().int().positive(), amountMinor: minor.positive() })),
  refundMinor: minor.positive(),
});

/**
 * A return; see {@link sampleReturnSchema}.
 *
 * @example
 * ```ts
 * import { generateRetailData, type SampleReturn } from 'omnicx/sample';
 * const returns: SampleReturn[] = generateRetailData({ seed: 1, customers: 200, days: 30, returnRate: 0 }).returns;
 * console.log(returns.length); // 0
 * ```
 */
export type SampleReturn = z.infer<typeof sampleReturnSchema>;

/**
 * Schema of a survey response: id (`'Q000001'`…), customer, instant, the touchpoint it rates
 * with its channel (and store), the order or ticket it follows, NPS (0–10), CSAT (1–5, 5 = very
 * satisfied) and CES (1–7 on the agreement scale of CES 2.0, "the retailer made it easy for me",
 * so 7 = least effort). Scores rise with the sentiment of the journey and fall with its pain
 * points. Each response also appears as a `'feedback'` event at the `satisfactionSurvey`
 * touchpoint with the same `at`.
 *
 * @example
 * ```ts
 * import { sampleSurveySchema, generateRetailData } from 'omnicx/sample';
 * const { surveys } = generateRetailData({ seed: 1, customers: 100, days: 30, surveyRate: 1 });
 * console.log(surveys.length > 0, surveys.every((survey) => sampleSurveySchema.safeParse(survey).success)); // true true
 * ```
 */
export const sampleSurveySchema = z.object({
  id: z.string(),
  customerId: z.string(),
  at: instant,
  touchpoint: z.string(),
  channel: sampleChannelSchema,
  storeId: z.string().optional(),
  orderId: z.string().optional(),
  ticketId: z.string().optional(),
  nps: z.number().int().min(0).max(10),
  csat: z.number().int().min(1).max(5),
  ces: z.number().int().min(1).max(7),
});

/**
 * A survey response; see {@link sampleSurveySchema}.
 *
 * @example
 * ```ts
 * import { generateRetailData, type SampleSurvey } from 'omnicx/sample';
 * const surveys: SampleSurvey[] = generateRetailData({ seed: 1, customers: 100, days: 30, surveyRate: 1 }).surveys;
 * console.log(surveys.every((survey) => survey.nps >= 0 && survey.nps <= 10)); // true
 * ```
 */
export type SampleSurvey = z.infer<typeof sampleSurveySchema>;

/**
 * Schema of a support ticket: id (`'T000001'`…), customer, channel (`'callCentre'`, `'web'` for
 * live chat, `'email'`), category, the order it concerns, when it was opened, first answered and
 * resolved (absent while still open at the end of the period), whether it was reopened and
 * the number of customer contacts. The service desk answers Monday to Saturday, 08:00–20:00
 * local time; tickets opened outside these hours are answered when it opens.
 *
 * @example
 * ```ts
 * import { sampleTicketSchema, generateRetailData } from 'omnicx/sample';
 * const { tickets } = generateRetailData({ seed: 1, customers: 300, days: 30 });
 * console.log(tickets.every((ticket) => sampleTicketSchema.safeParse(ticket).success)); // true
 * ```
 */
export const sampleTicketSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  channel: z.enum(['callCentre', 'web', 'email']),
  category: z.enum(['delivery', 'return', 'product', 'payment', 'account']),
  orderId: z.string().optional(),
  openedAt: instant,
  firstResponseAt: instant.optional(),
  resolvedAt: instant.optional(),
  reopened: z.boolean(),
  contacts: z.number().int().positive(),
});

/**
 * A support ticket; see {@link sampleTicketSchema}.
 *
 * @example
 * ```ts
 * import { generateRetailData, type SampleTicket } from 'omnicx/sample';
 * const tickets: SampleTicket[] = generateRetailData({ seed: 1, customers: 300, days: 30 }).tickets;
 * console.log(tickets.every((ticket) => ticket.contacts >= 1)); // true
 * ```
 */
export type SampleTicket = z.infer<typeof sampleTicketSchema>;

/**
 * Schema of a stock record: a SKU at a location at the end of the period, with units on hand,
 * units reserved for open orders (never more than on hand), safety stock and inbound
 * purchase orders (`eta` in epoch ms, after the end of the period). Only stocked pairs appear.
 *
 * @example
 * ```ts
 * import { sampleStockSchema, generateRetailData } from 'omnicx/sample';
 * const { stock } = generateRetailData({ seed: 1, customers: 10, days: 7 });
 * console.log(stock.every((record) => sampleStockSchema.safeParse(record).success)); // true
 * ```
 */
export const sampleStockSchema = z.object({
  sku: z.string(),
  locationId: z.string(),
  onHand: count,
  reserved: count,
  safetyStock: count,
  inbound: z.array(z.object({ quantity: z.number().int().positive(), eta: instant })),
});

/**
 * A stock record; see {@link sampleStockSchema}.
 *
 * @example
 * ```ts
 * import { generateRetailData, type SampleStock } from 'omnicx/sample';
 * const stock: SampleStock[] = generateRetailData({ seed: 1, customers: 10, days: 7 }).stock;
 * console.log(stock.every((record) => record.reserved <= record.onHand)); // true
 * ```
 */
export type SampleStock = z.infer<typeof sampleStockSchema>;

/**
 * Schema of an online order to source: the orders with home delivery (same `id` as in `orders`),
 * the customer (absent for marketplace orders, whose buyer the marketplace keeps), creation
 * instant, delivery destination (WGS 84) and lines, and the shipping priority.
 *
 * @example
 * ```ts
 * import { sampleOnlineOrderSchema, generateRetailData } from 'omnicx/sample';
 * const { onlineOrders } = generateRetailData({ seed: 1, customers: 100, days: 30 });
 * console.log(onlineOrders.every((order) => sampleOnlineOrderSchema.safeParse(order).success)); // true
 * ```
 */
export const sampleOnlineOrderSchema = z.object({
  id: z.string(),
  customerId: z.string().optional(),
  createdAt: instant,
  destination: z.object({ lat: latitude, lon: longitude }),
  lines: z.array(z.object({ sku: z.string(), quantity: z.number().int().positive() })),
  priority: z.enum(['express', 'standard']),
});

/**
 * An online order to source; see {@link sampleOnlineOrderSchema}.
 *
 * @example
 * ```ts
 * import { generateRetailData, type SampleOnlineOrder } from 'omnicx/sample';
 * const onlineOrders: SampleOnlineOrder[] = generateRetailData({ seed: 1, customers: 100, days: 30 }).onlineOrders;
 * console.log(onlineOrders.every((order) => order.lines.length > 0)); // true
 * ```
 */
export type SampleOnlineOrder = z.infer<typeof sampleOnlineOrderSchema>;

/**
 * Schema of the whole data set returned by {@link generateRetailData}. Use it to check data read
 * back from JSON; the generator itself does not validate its output.
 *
 * @example
 * ```ts
 * import { retailDataSchema, generateRetailData } from 'omnicx/sample';
 * const json = JSON.stringify(generateRetailData({ seed: 3, customers: 20, days: 7 }));
 * console.log(retailDataSchema.safeParse(JSON.parse(json)).success); // true
 * ```
 */
export const retailDataSchema = z.object({
  options: z.object({
    seed: z.number().int(),
    customers: z.number().int(),
    stores: z.number().int(),
    days: z.number().int(),
    start: instant,
    timeZone: z.string(),
    currency: z.string(),
    productsPerCategory: z.number().int(),
    eventsPerCustomerPerDay: z.number(),
    returnRate: z.number(),
    surveyRate: z.number(),
  }),
  currency: z.string(),
  startAt: instant,
  endAt: instant,
  stores: z.array(sampleStoreSchema),
  locations: z.array(sampleLocationSchema),
  products: z.array(sampleProductSchema),
  touchpoints: z.array(sampleTouchpointSchema),
  customers: z.array(sampleCustomerSchema),
  events: z.array(sampleJourneyEventSchema),
  orders: z.array(sampleOrderSchema),
  returns: z.array(sampleReturnSchema),
  surveys: z.array(sampleSurveySchema),
  tickets: z.array(sampleTicketSchema),
  stock: z.array(sampleStockSchema),
  onlineOrders: z.array(sampleOnlineOrderSchema),
});

/**
 * The data set returned by {@link generateRetailData}; see {@link retailDataSchema}.
 *
 * @example
 * ```ts
 * import { generateRetailData, type RetailData } from 'omnicx/sample';
 * const data: RetailData = generateRetailData({ seed: 1, customers: 10, days: 7 });
 * console.log(data.currency, data.endAt - data.startAt); // EUR 604800000
 * ```
 */
export type RetailData = z.infer<typeof retailDataSchema>;
