import * as z from 'zod';
import { instantSchema } from '../core/time/instantSchema.js';

// Schemas of the journey domain. Hot paths never run these per event: the functions validate
// events with fast hand-written checks that follow the same rules and report the same paths.
// Result schemas document the output shapes; the types are inferred from them.

const id = z.string().min(1);
const count = z.int().nonnegative();
const rate = z.number().min(0).max(1);
const durationMs = z.number().nonnegative();

/**
 * The four kinds of touchpoint of the domain notes: `'environment'` (layout, signage, queues …),
 * `'product'` (display, assortment, price labels …), `'service'` (staff, checkout, returns desk …)
 * and `'digital'` (web, app, social, email, kiosks, ads …).
 *
 * @example
 * ```ts
 * import { touchpointKindSchema } from 'omnicx/journey';
 * console.log(touchpointKindSchema.options.join(',')); // 'environment,product,service,digital'
 * ```
 */
export const touchpointKindSchema = z.enum(['environment', 'product', 'service', 'digital']);
/** One of `'environment' | 'product' | 'service' | 'digital'`. */
export type TouchpointKind = z.infer<typeof touchpointKindSchema>;

/**
 * What an event records: `'touch'` (the default: the customer met a touchpoint), `'conversion'`
 * (a purchase or another goal) or `'feedback'` (a rating or comment, usually with a sentiment).
 *
 * @example
 * ```ts
 * import { journeyEventTypeSchema } from 'omnicx/journey';
 * console.log(journeyEventTypeSchema.safeParse('conversion').success); // true
 * ```
 */
export const journeyEventTypeSchema = z.enum(['touch', 'conversion', 'feedback']);
/** One of `'touch' | 'conversion' | 'feedback'`. */
export type JourneyEventType = z.infer<typeof journeyEventTypeSchema>;

/**
 * zod schema of one journey event: a customer meeting a touchpoint at an instant.
 *
 * - `customerId` (non-empty string) and `touchpoint` (non-empty touchpoint id) are required;
 * - `at` is an instant: an ISO 8601 string with offset, epoch milliseconds or a `Date`; the
 *   output is epoch milliseconds;
 * - `channel`, `kind`, `stage`, `storeId`, `zone` may be given on the event or filled from a
 *   touchpoint catalogue (see `defineTouchpoints`); a value on the event wins;
 * - `type` defaults to `'touch'` where it matters; `valueMinor` is the value of a conversion in
 *   minor units (a safe integer); `sentiment` is in [−1, 1] (negative = unhappy);
 * - `properties` holds anything else and is carried through untouched.
 *
 * The functions accept the input type ({@link JourneyEventInput}) and never run this schema per
 * event; use it with `safeParse` to check data at your own boundary.
 *
 * @example
 * ```ts
 * import { journeyEventSchema } from 'omnicx/journey';
 * const event = journeyEventSchema.parse({ customerId: 'c1', at: '2026-03-08T10:00:00Z', touchpoint: 'web-search' });
 * console.log(event.at); // 1772964000000
 * console.log(journeyEventSchema.safeParse({ customerId: '', at: 0, touchpoint: 'x' }).success); // false
 * ```
 */
export const journeyEventSchema = z.object({
  /** Optional event id, carried through. */
  id: z.string().optional(),
  /** The customer (or anonymous visitor) id, non-empty. */
  customerId: id,
  /** When it happened; epoch milliseconds after parsing. */
  at: instantSchema,
  /** The touchpoint id, non-empty. */
  touchpoint: id,
  /** The channel, e.g. `'store'`, `'web'`, `'app'`. */
  channel: id.optional(),
  /** The touchpoint kind. */
  kind: touchpointKindSchema.optional(),
  /** The journey stage id, e.g. `'consideration'`. */
  stage: id.optional(),
  /** The store id for in-store touchpoints. */
  storeId: id.optional(),
  /** The store zone for in-store touchpoints. */
  zone: id.optional(),
  /** What the event records; `'touch'` when absent. */
  type: journeyEventTypeSchema.optional(),
  /** Value of a conversion in minor units (a safe integer). */
  valueMinor: z.int().optional(),
  /** Sentiment of feedback in [−1, 1]. */
  sentiment: z.number().min(-1).max(1).optional(),
  /** Anything else, carried through untouched. */
  properties: z.record(z.string(), z.unknown()).optional(),
});
/** A journey event as the functions return it: `at` is epoch milliseconds. */
export type JourneyEvent = z.output<typeof journeyEventSchema>;
/** A journey event as the functions accept it: `at` may be an ISO string, epoch ms or a `Date`. */
export type JourneyEventInput = z.input<typeof journeyEventSchema>;

/**
 * zod schema of a touchpoint definition in a catalogue: its `id`, `kind`, `channel`, and
 * optionally `stage`, `name`, `storeId`, `zone` and free-form `tags`.
 *
 * @example
 * ```ts
 * import { touchpointDefinitionSchema } from 'omnicx/journey';
 * console.log(touchpointDefinitionSchema.safeParse({ id: 'fitting-room', kind: 'service', channel: 'store' }).success); // true
 * ```
 */
export const touchpointDefinitionSchema = z.object({
  id,
  kind: touchpointKindSchema,
  channel: id,
  stage: id.optional(),
  name: z.string().optional(),
  storeId: id.optional(),
  zone: id.optional(),
  tags: z.array(z.string()).readonly().optional(),
});
/** One touchpoint of a catalogue. */
export type TouchpointDefinition = z.infer<typeof touchpointDefinitionSchema>;

/**
 * zod schema of a touchpoint catalogue, as returned by `defineTouchpoints`: the definitions in
 * the order given, ids unique.
 *
 * @example
 * ```ts
 * import { defineTouchpoints, touchpointCatalogueSchema } from 'omnicx/journey';
 * const catalogue = defineTouchpoints([{ id: 'app-push', kind: 'digital', channel: 'app' }]);
 * console.log(touchpointCatalogueSchema.safeParse(catalogue).success); // true
 * ```
 */
export const touchpointCatalogueSchema = z.object({
  touchpoints: z.array(touchpointDefinitionSchema).readonly(),
});
/** A touchpoint catalogue: see {@link touchpointCatalogueSchema}. */
export type TouchpointCatalogue = z.infer<typeof touchpointCatalogueSchema>;

/**
 * zod schema of one stage of a stage model: its `id`, its `phase` (the default model uses
 * `'pre-purchase'`, `'purchase'` and `'post-purchase'`; custom models may use any name) and its
 * 0-based `order`.
 *
 * @example
 * ```ts
 * import { stageSchema } from 'omnicx/journey';
 * console.log(stageSchema.safeParse({ id: 'pay', phase: 'purchase', order: 5 }).success); // true
 * ```
 */
export const stageSchema = z.object({ id, phase: z.string(), order: count });
/** One stage of a {@link StageModel}. */
export type Stage = z.infer<typeof stageSchema>;

/**
 * zod schema of an ordered stage model, as returned by `defineStages`.
 *
 * @example
 * ```ts
 * import { defineStages, stageModelSchema } from 'omnicx/journey';
 * console.log(stageModelSchema.safeParse(defineStages()).success); // true
 * ```
 */
export const stageModelSchema = z.object({ stages: z.array(stageSchema).readonly() });
/** An ordered stage model. */
export type StageModel = z.infer<typeof stageModelSchema>;

/**
 * zod schema of a stage as given to `defineStages`: an id, or `{ id, phase? }`.
 *
 * @example
 * ```ts
 * import { stageInputSchema } from 'omnicx/journey';
 * console.log(stageInputSchema.safeParse({ id: 'buy', phase: 'purchase' }).success); // true
 * ```
 */
export const stageInputSchema = z.union([id, z.object({ id, phase: z.string().optional() })]);
/** A stage given to `defineStages`. */
export type StageInput = z.infer<typeof stageInputSchema>;

/**
 * zod schema of the columnar form of an event log, the fast input of `funnel` (see
 * `encodeEvents`): `customer[i]` is an integer customer code, `at[i]` epoch milliseconds,
 * `touchpoint[i]` an index into `dictionary`. All three columns have the same length; the rows
 * need not be sorted. `customers` optionally names the customer codes.
 *
 * @example
 * ```ts
 * import { eventColumnsSchema } from 'omnicx/journey';
 * const columns = { customer: new Int32Array([0, 0]), at: new Float64Array([0, 1000]), touchpoint: new Int32Array([0, 1]), dictionary: ['ad', 'buy'] };
 * console.log(eventColumnsSchema.safeParse(columns).success); // true
 * ```
 */
export const eventColumnsSchema = z.object({
  customer: z.instanceof(Int32Array),
  at: z.instanceof(Float64Array),
  touchpoint: z.instanceof(Int32Array),
  dictionary: z.array(z.string()).readonly(),
  customers: z.array(z.string()).readonly().optional(),
});
/** Events as columns: see {@link eventColumnsSchema}. */
export type EventColumns = z.infer<typeof eventColumnsSchema>;

/**
 * zod schema of a session, as returned by `sessionize`: the customer, the 0-based `index` of the
 * session among the customer's sessions, `start` and `end` (epoch ms of its first and last
 * event), `durationMs` (= end − start), the events in order and the distinct channels in order of
 * first appearance.
 *
 * @example
 * ```ts
 * import { sessionSchema } from 'omnicx/journey';
 * console.log(sessionSchema.safeParse({ customerId: 'c', index: 0, start: 0, end: 0, durationMs: 0, events: [], channels: [] }).success); // true
 * ```
 */
export const sessionSchema = z.object({
  customerId: id,
  index: count,
  start: z.number(),
  end: z.number(),
  durationMs,
  events: z.array(journeyEventSchema.extend({ at: z.number() })).readonly(),
  channels: z.array(z.string()).readonly(),
});
/** A session: see {@link sessionSchema}. */
export type Session = z.infer<typeof sessionSchema>;

/**
 * zod schema of a journey, as returned by `buildJourneys`: a session-like record with
 * `converted`, the number of conversion events, their total value in minor units and the time
 * from the journey's first event to its first conversion (`null` when it did not convert).
 *
 * @example
 * ```ts
 * import { journeySchema } from 'omnicx/journey';
 * const journey = { customerId: 'c', index: 0, start: 0, end: 0, durationMs: 0, steps: [{ customerId: 'c', at: 0, touchpoint: 'ad' }], converted: false, conversions: 0, conversionValueMinor: 0, timeToConvertMs: null };
 * console.log(journeySchema.safeParse(journey).success); // true
 * ```
 */
export const journeySchema = z.object({
  customerId: id,
  index: count,
  start: z.number(),
  end: z.number(),
  durationMs,
  steps: z.array(journeyEventSchema.extend({ at: z.number() })).readonly(),
  converted: z.boolean(),
  conversions: count,
  conversionValueMinor: z.int(),
  timeToConvertMs: durationMs.nullable(),
});
/** A journey: see {@link journeySchema}. */
export type Journey = z.infer<typeof journeySchema>;

/**
 * What the journey-level functions (`variants`, `directlyFollows`, `pathEdges`, …) read of a
 * journey: its `steps`, each with a `touchpoint` and an `at` in epoch ms (and `channel`, `stage`,
 * `type` where a function uses them). Every {@link Journey} and every {@link Session} (whose
 * `events` you pass as `steps`) fits.
 *
 * @example
 * ```ts
 * import { journeyStepsSchema } from 'omnicx/journey';
 * console.log(journeyStepsSchema.safeParse({ steps: [{ touchpoint: 'ad', at: 0 }] }).success); // true
 * ```
 */
export const journeyStepsSchema = z.object({
  steps: z
    .array(
      z.object({
        touchpoint: id,
        at: z.number(),
        channel: id.optional(),
        stage: id.optional(),
        type: journeyEventTypeSchema.optional(),
      }),
    )
    .readonly(),
  converted: z.boolean().optional(),
  conversionValueMinor: z.number().optional(),
});
/** The part of a journey the path functions read: see {@link journeyStepsSchema}. */
export type JourneySteps = z.infer<typeof journeyStepsSchema>;

const interval = z.object({ lower: rate, upper: rate, confidence: z.number(), method: z.literal('wilson') });

/**
 * zod schema of one step of a funnel result. Rates are `null` when their denominator is 0, times
 * are `null` for the first step and when no customer reached the step.
 *
 * @example
 * ```ts
 * import { funnelStepSchema } from 'omnicx/journey';
 * console.log(Object.keys(funnelStepSchema.shape).length); // 14
 * ```
 */
export const funnelStepSchema = z.object({
  /** 0-based position in the funnel. */
  index: count,
  /** The touchpoint ids that complete this step. */
  touchpoints: z.array(z.string()).readonly(),
  /** Customers whose best attempt reached this step. */
  count,
  /** count / count of the first step. */
  conversionFromFirst: rate.nullable(),
  conversionFromFirstInterval: interval.nullable(),
  /** count / count of the previous step (1 for the first step when it has customers). */
  conversionFromPrevious: rate.nullable(),
  conversionFromPreviousInterval: interval.nullable(),
  /** count of the previous step − count (0 for the first step). */
  dropOff: count,
  /** dropOff / count of the previous step. */
  dropOffRate: rate.nullable(),
  meanMsFromPrevious: durationMs.nullable(),
  medianMsFromPrevious: durationMs.nullable(),
  meanMsFromFirst: durationMs.nullable(),
  medianMsFromFirst: durationMs.nullable(),
  /** Customers reaching this step but not the next (equals the next step's dropOff; count for the last). */
  stoppedHere: count,
});
/** One step of a {@link FunnelResult}. */
export type FunnelStep = z.infer<typeof funnelStepSchema>;

/**
 * zod schema of a funnel result: the mode and window used, the number of customers with an
 * event, the steps, and the breakdown groups (empty without `breakdownBy`).
 *
 * @example
 * ```ts
 * import { funnelResultSchema } from 'omnicx/journey';
 * console.log(funnelResultSchema.shape.mode.options.join(',')); // 'ordered,strict,unordered'
 * ```
 */
export const funnelResultSchema = z.object({
  mode: z.enum(['ordered', 'strict', 'unordered']),
  windowMs: durationMs,
  customers: count,
  steps: z.array(funnelStepSchema).readonly(),
  breakdown: z.array(z.object({ value: z.string(), steps: z.array(funnelStepSchema).readonly() })).readonly(),
});
/** The result of `funnel`. */
export type FunnelResult = z.infer<typeof funnelResultSchema>;
