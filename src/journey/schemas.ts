import * as z from 'zod';
import { recordOf } from '../core/internal/recordOf.js';
import { readonlyOf } from '../core/internal/readonlyOf.js';
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
  properties: recordOf(z.string(), z.unknown(), 'keep').optional(),
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
export const touchpointDefinitionSchema = z.strictObject({
  id,
  kind: touchpointKindSchema,
  channel: id,
  stage: id.optional(),
  name: z.string().optional(),
  storeId: id.optional(),
  zone: id.optional(),
  tags: readonlyOf(z.array(z.string())).optional(),
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
  touchpoints: readonlyOf(z.array(touchpointDefinitionSchema)),
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
export const stageModelSchema = z.object({ stages: readonlyOf(z.array(stageSchema)) });
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
export const stageInputSchema = z.union([id, z.strictObject({ id, phase: z.string().optional() })]);
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
  dictionary: readonlyOf(z.array(z.string())),
  customers: readonlyOf(z.array(z.string())).optional(),
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
  events: readonlyOf(z.array(journeyEventSchema.extend({ at: z.number() }))),
  channels: readonlyOf(z.array(z.string())),
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
  steps: readonlyOf(z.array(journeyEventSchema.extend({ at: z.number() }))),
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
  steps: readonlyOf(
    z.array(
      z.object({
        touchpoint: id,
        at: z.number(),
        channel: id.optional(),
        stage: id.optional(),
        type: journeyEventTypeSchema.optional(),
      }),
    )),
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
  touchpoints: readonlyOf(z.array(z.string())),
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
 * zod schema of a funnel mode: `'ordered'` (other events may occur between steps), `'strict'` (no
 * other event of the customer between consecutive steps) or `'unordered'` (the steps in any order).
 *
 * @example
 * ```ts
 * import { funnelModeSchema } from 'omnicx/journey';
 * console.log(funnelModeSchema.options.join(',')); // 'ordered,strict,unordered'
 * ```
 */
export const funnelModeSchema = z.enum(['ordered', 'strict', 'unordered']);
/** A funnel mode: see {@link funnelModeSchema}. */
export type FunnelMode = z.infer<typeof funnelModeSchema>;

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
  mode: funnelModeSchema,
  windowMs: durationMs,
  customers: count,
  steps: readonlyOf(z.array(funnelStepSchema)),
  breakdown: readonlyOf(z.array(z.object({ value: z.string(), steps: readonlyOf(z.array(funnelStepSchema)) }))),
});
/** The result of `funnel`. */
export type FunnelResult = z.infer<typeof funnelResultSchema>;

/**
 * zod schema of the event field a funnel accumulator breaks its result down by (`breakdownBy` of
 * `createFunnelAccumulator`: a field name only, since an accumulator is plain JSON).
 *
 * @example
 * ```ts
 * import { funnelBreakdownFieldSchema } from 'omnicx/journey';
 * console.log(funnelBreakdownFieldSchema.options.join(',')); // 'channel,kind,stage,storeId,zone'
 * ```
 */
export const funnelBreakdownFieldSchema = z.enum(['channel', 'kind', 'stage', 'storeId', 'zone']);
/** An event field a funnel can be broken down by. */
export type FunnelBreakdownField = z.infer<typeof funnelBreakdownFieldSchema>;

/**
 * zod schema of a funnel accumulator (`createFunnelAccumulator`): the funnel's definition (steps as
 * lists of touchpoint ids, `mode`, `windowMs`, `exclusions` with their bounds resolved,
 * `breakdownBy`, the touchpoint catalogue or `null`) and, for every customer added, in the order
 * `funnel` reads customers (ids in code-unit order, or column codes ascending): the customer,
 * the furthest step of the counted attempt (`levels`, −1 for a customer with no attempt), the
 * times of its steps 0 … level (`times`, epoch ms) and its breakdown value (`breakdown`,
 * `null` without an attempt; empty without `breakdownBy`). The per-customer arrays are parallel.
 *
 * @example
 * ```ts
 * import { createFunnelAccumulator, funnelAccumulatorSchema } from 'omnicx/journey';
 * console.log(funnelAccumulatorSchema.safeParse(createFunnelAccumulator(['view', 'buy'])).success); // true
 * ```
 */
export const funnelAccumulatorSchema = z.object({
  kind: z.literal('journeyFunnel'),
  version: z.literal(1),
  steps: z.array(z.array(id).min(1)).min(1),
  mode: funnelModeSchema,
  windowMs: durationMs,
  exclusions: z.array(z.object({ touchpoints: z.array(id).min(1), from: count, to: count })),
  breakdownBy: funnelBreakdownFieldSchema.nullable(),
  touchpoints: touchpointCatalogueSchema.nullable(),
  customers: z.union([z.array(id), z.array(z.int())]),
  levels: z.array(z.int().min(-1)),
  times: z.array(z.array(z.number())),
  breakdown: z.array(z.string().nullable()),
});
/** A funnel accumulator: see {@link funnelAccumulatorSchema}. */
export type FunnelAccumulator = z.infer<typeof funnelAccumulatorSchema>;

/**
 * zod schema of a process variant, as returned by `variants`: the touchpoint ids in order, the
 * number of journeys following them and their share of all journeys.
 *
 * @example
 * ```ts
 * import { journeyVariantSchema } from 'omnicx/journey';
 * console.log(journeyVariantSchema.safeParse({ steps: ['ad'], count: 1, share: 1 }).success); // true
 * ```
 */
export const journeyVariantSchema = z.object({ steps: readonlyOf(z.array(z.string())), count, share: rate });
/** A process variant: see {@link journeyVariantSchema}. */
export type JourneyVariant = z.infer<typeof journeyVariantSchema>;

/**
 * zod schema of a process-variant accumulator (`createVariantsAccumulator`): the number of
 * `journeys` and each distinct sequence of touchpoint ids with its count, sorted by sequence
 * (code-unit order, element by element).
 *
 * @example
 * ```ts
 * import { createVariantsAccumulator, variantsAccumulatorSchema } from 'omnicx/journey';
 * console.log(variantsAccumulatorSchema.safeParse(createVariantsAccumulator()).success); // true
 * ```
 */
export const variantsAccumulatorSchema = z.object({
  kind: z.literal('journeyVariants'),
  version: z.literal(1),
  journeys: count,
  variants: z.array(z.object({ steps: z.array(id), count: z.int().positive() })),
});
/** A process-variant accumulator: see {@link variantsAccumulatorSchema}. */
export type VariantsAccumulator = z.infer<typeof variantsAccumulatorSchema>;

/**
 * zod schema of a directly-follows edge, as returned by `directlyFollows`: `from` → `to`, how often,
 * and the mean and median time between the two steps in ms (`null` on artificial start / end edges).
 *
 * @example
 * ```ts
 * import { directlyFollowsEdgeSchema } from 'omnicx/journey';
 * console.log(directlyFollowsEdgeSchema.safeParse({ from: 'a', to: 'b', count: 1, meanMs: 5, medianMs: 5 }).success); // true
 * ```
 */
export const directlyFollowsEdgeSchema = z.object({
  from: z.string(),
  to: z.string(),
  count,
  meanMs: z.number().nullable(),
  medianMs: z.number().nullable(),
});
/** A directly-follows edge: see {@link directlyFollowsEdgeSchema}. */
export type DirectlyFollowsEdge = z.infer<typeof directlyFollowsEdgeSchema>;

/**
 * zod schema of a directly-follows accumulator (`createDirectlyFollowsAccumulator`): whether
 * `'(start)'` / `'(end)'` edges are added (`startEnd`), and every edge (sorted by `from`, then
 * `to`) with its `count` and its times between the two steps as `[durationMs, count]` pairs in
 * ascending order of duration (`null` on the artificial start / end edges) — the exact data a
 * median needs, run-length encoded.
 *
 * @example
 * ```ts
 * import { createDirectlyFollowsAccumulator, directlyFollowsAccumulatorSchema } from 'omnicx/journey';
 * console.log(directlyFollowsAccumulatorSchema.safeParse(createDirectlyFollowsAccumulator()).success); // true
 * ```
 */
export const directlyFollowsAccumulatorSchema = z.object({
  kind: z.literal('journeyDirectlyFollows'),
  version: z.literal(1),
  startEnd: z.boolean(),
  edges: z.array(
    z.object({
      from: id,
      to: id,
      count: z.int().positive(),
      durations: z.array(z.tuple([z.number(), z.int().positive()])).nullable(),
    }),
  ),
});
/** A directly-follows accumulator: see {@link directlyFollowsAccumulatorSchema}. */
export type DirectlyFollowsAccumulator = z.infer<typeof directlyFollowsAccumulatorSchema>;

/**
 * zod schema of the step-indexed graph of `pathEdges` (a Sankey diagram): nodes are (step,
 * touchpoint) pairs with the number of journeys there; edges join a node at step k to a node at
 * step k + 1 with the number of journeys taking that way.
 *
 * @example
 * ```ts
 * import { pathGraphSchema } from 'omnicx/journey';
 * console.log(pathGraphSchema.safeParse({ journeys: 0, nodes: [], edges: [] }).success); // true
 * ```
 */
export const pathGraphSchema = z.object({
  /** Journeys that entered the graph (after `startAt`). */
  journeys: count,
  nodes: readonlyOf(z.array(z.object({ id: z.string(), step: count, touchpoint: z.string(), count }))),
  edges: readonlyOf(
    z.array(z.object({ step: count, source: z.string(), target: z.string(), from: z.string(), to: z.string(), count }))),
});
/** A step-indexed path graph: see {@link pathGraphSchema}. */
export type PathGraph = z.infer<typeof pathGraphSchema>;

/**
 * zod schema of a path-graph accumulator (`createPathEdgesAccumulator`): how journeys are cut
 * (`maxSteps`, `startAt` and `endAt`, `null` when not given), the `journeys` that entered the
 * graph, and every node (`step`, `touchpoint`, `count`; sorted by step, then touchpoint) and edge
 * (`step` of its source, `from`, `to`, `count`; sorted by step, from, to) with its count —
 * before any `minCount` filter.
 *
 * @example
 * ```ts
 * import { createPathEdgesAccumulator, pathEdgesAccumulatorSchema } from 'omnicx/journey';
 * console.log(pathEdgesAccumulatorSchema.safeParse(createPathEdgesAccumulator({ startAt: 'home' })).success); // true
 * ```
 */
export const pathEdgesAccumulatorSchema = z.object({
  kind: z.literal('journeyPathEdges'),
  version: z.literal(1),
  maxSteps: z.int().positive(),
  startAt: id.nullable(),
  endAt: id.nullable(),
  journeys: count,
  nodes: z.array(z.object({ step: count, touchpoint: id, count: z.int().positive() })),
  edges: z.array(z.object({ step: count, from: id, to: id, count: z.int().positive() })),
});
/** A path-graph accumulator: see {@link pathEdgesAccumulatorSchema}. */
export type PathEdgesAccumulator = z.infer<typeof pathEdgesAccumulatorSchema>;

/**
 * zod schema of a step-neighbour accumulator (`createStepNeighboursAccumulator`): the
 * `touchpoint` followed, the `direction` (`'next'` as `nextSteps`, `'previous'` as
 * `previousSteps`), its `occurrences`, the `boundary` occurrences (exits or entries) and the
 * count of every neighbour (sorted by touchpoint) — all of them: `k` only cuts the result.
 *
 * @example
 * ```ts
 * import { createStepNeighboursAccumulator, stepNeighboursAccumulatorSchema } from 'omnicx/journey';
 * console.log(stepNeighboursAccumulatorSchema.safeParse(createStepNeighboursAccumulator('checkout')).success); // true
 * ```
 */
export const stepNeighboursAccumulatorSchema = z.object({
  kind: z.literal('journeyStepNeighbours'),
  version: z.literal(1),
  touchpoint: id,
  direction: z.enum(['next', 'previous']),
  occurrences: count,
  boundary: count,
  neighbours: z.array(z.object({ touchpoint: id, count: z.int().positive() })),
});
/** A step-neighbour accumulator: see {@link stepNeighboursAccumulatorSchema}. */
export type StepNeighboursAccumulator = z.infer<typeof stepNeighboursAccumulatorSchema>;

/**
 * zod schema of the result of `nextSteps` and `previousSteps`: how often the touchpoint occurs
 * (`occurrences`), how many of those are the last (first) step of their journey (`boundary`:
 * exits for `nextSteps`, entries for `previousSteps`), and the top k neighbours with counts and
 * shares of the occurrences.
 *
 * @example
 * ```ts
 * import { stepNeighboursSchema } from 'omnicx/journey';
 * console.log(stepNeighboursSchema.safeParse({ touchpoint: 'a', occurrences: 0, boundary: 0, boundaryShare: null, steps: [] }).success); // true
 * ```
 */
export const stepNeighboursSchema = z.object({
  touchpoint: z.string(),
  occurrences: count,
  boundary: count,
  boundaryShare: rate.nullable(),
  steps: readonlyOf(z.array(z.object({ touchpoint: z.string(), count, share: rate }))),
});
/** Next or previous steps: see {@link stepNeighboursSchema}. */
export type StepNeighbours = z.infer<typeof stepNeighboursSchema>;

/**
 * zod schema of a channel-switching pattern: a name and a sequence of step matchers that must
 * occur in order (not necessarily adjacent) within one journey. A matcher matches a step when
 * every field it gives matches (`channel`, `touchpoint`, `stage` as one value or a list; `type`).
 *
 * @example
 * ```ts
 * import { channelPatternSchema } from 'omnicx/journey';
 * console.log(channelPatternSchema.safeParse({ name: 'ropo', sequence: [{ channel: 'web' }, { channel: 'store', type: 'conversion' }] }).success); // true
 * ```
 */
export const channelPatternSchema = z.strictObject({
  name: id,
  sequence: readonlyOf(
    z.array(
      z.strictObject({
        channel: z.union([id, readonlyOf(z.array(id))]).optional(),
        touchpoint: z.union([id, readonlyOf(z.array(id))]).optional(),
        stage: z.union([id, readonlyOf(z.array(id))]).optional(),
        type: journeyEventTypeSchema.optional(),
      }),
    )
    .min(1)),
});
/** A channel-switching pattern: see {@link channelPatternSchema}. */
export type ChannelPattern = z.infer<typeof channelPatternSchema>;

/**
 * zod schema of the result of `channelSwitching`.
 *
 * @example
 * ```ts
 * import { channelSwitchingSchema } from 'omnicx/journey';
 * console.log(Object.keys(channelSwitchingSchema.shape).join(',')); // 'journeys,channels,matrix,switches,multiChannelJourneys,multiChannelShare,patterns'
 * ```
 */
export const channelSwitchingSchema = z.object({
  journeys: count,
  /** Channels in code-unit order; the matrix rows and columns follow it. */
  channels: readonlyOf(z.array(z.string())),
  /** matrix[i][j] = transitions from channels[i] to channels[j] between consecutive steps with a channel. */
  matrix: readonlyOf(z.array(readonlyOf(z.array(count)))),
  /** The off-diagonal transitions, by count (descending), then from, then to. */
  switches: readonlyOf(z.array(z.object({ from: z.string(), to: z.string(), count }))),
  multiChannelJourneys: count,
  multiChannelShare: rate.nullable(),
  patterns: readonlyOf(z.array(z.object({ name: z.string(), journeys: count, share: rate.nullable() }))),
});
/** The result of `channelSwitching`. */
export type ChannelSwitching = z.infer<typeof channelSwitchingSchema>;

/**
 * zod schema of a channel-switching accumulator (`createChannelSwitchingAccumulator`): the
 * `patterns` counted (the defaults written out when none were given), the `conversion` touchpoint
 * ids or `null`, and the sums `channelSwitching` counts — `journeys`, `multiChannelJourneys`,
 * `patternJourneys` (one count per pattern), the `channels` seen (code-unit order) and the
 * non-zero `transitions` between consecutive channel steps (sorted by `from`, then `to`).
 *
 * @example
 * ```ts
 * import { channelSwitchingAccumulatorSchema, createChannelSwitchingAccumulator } from 'omnicx/journey';
 * console.log(channelSwitchingAccumulatorSchema.safeParse(createChannelSwitchingAccumulator()).success); // true
 * ```
 */
export const channelSwitchingAccumulatorSchema = z.object({
  kind: z.literal('journeyChannelSwitching'),
  version: z.literal(1),
  patterns: z.array(channelPatternSchema),
  conversion: z.array(id).min(1).nullable(),
  journeys: count,
  multiChannelJourneys: count,
  patternJourneys: z.array(count),
  channels: z.array(z.string()),
  transitions: z.array(z.object({ from: z.string(), to: z.string(), count: z.int().positive() })),
});
/** A channel-switching accumulator: see {@link channelSwitchingAccumulatorSchema}. */
export type ChannelSwitchingAccumulator = z.infer<typeof channelSwitchingAccumulatorSchema>;

/**
 * zod schema of one row of `stageDropOff`: how many journeys visited the stage, reached it (their
 * furthest stage is this one or later), left after it (their furthest stage is this one) and the
 * exit rate (left / reached).
 *
 * @example
 * ```ts
 * import { stageDropOffRowSchema } from 'omnicx/journey';
 * console.log(stageDropOffRowSchema.safeParse({ stage: 'pay', phase: 'purchase', order: 5, visited: 0, reached: 0, exited: 0, exitRate: null }).success); // true
 * ```
 */
export const stageDropOffRowSchema = z.object({
  stage: z.string(),
  phase: z.string(),
  order: count,
  visited: count,
  reached: count,
  exited: count,
  exitRate: rate.nullable(),
});
/** One row of `stageDropOff`. */
export type StageDropOffRow = z.infer<typeof stageDropOffRowSchema>;

/**
 * zod schema of the result of `stageDropOff`: the rows in stage order and the number of journeys
 * with no staged step.
 *
 * @example
 * ```ts
 * import { stageDropOffSchema } from 'omnicx/journey';
 * console.log(stageDropOffSchema.safeParse({ journeys: 0, unstaged: 0, stages: [] }).success); // true
 * ```
 */
export const stageDropOffSchema = z.object({ journeys: count, unstaged: count, stages: readonlyOf(z.array(stageDropOffRowSchema)) });
/** The result of `stageDropOff`. */
export type StageDropOff = z.infer<typeof stageDropOffSchema>;

/**
 * zod schema of a stage drop-off accumulator (`createStageDropOffAccumulator`): the stage model's
 * `stages` as given, and the sums `stageDropOff` counts — `journeys`, `unstaged`, and per stage in
 * stage order (`order`, ties in the model's order) `visited` and `exited` (journeys whose furthest
 * stage it is).
 *
 * @example
 * ```ts
 * import { createStageDropOffAccumulator, defineStages, stageDropOffAccumulatorSchema } from 'omnicx/journey';
 * console.log(stageDropOffAccumulatorSchema.safeParse(createStageDropOffAccumulator(defineStages(['a', 'b']))).success); // true
 * ```
 */
export const stageDropOffAccumulatorSchema = z.object({
  kind: z.literal('journeyStageDropOff'),
  version: z.literal(1),
  stages: z.array(stageSchema).min(1),
  journeys: count,
  unstaged: count,
  visited: z.array(count),
  exited: z.array(count),
});
/** A stage drop-off accumulator: see {@link stageDropOffAccumulatorSchema}. */
export type StageDropOffAccumulator = z.infer<typeof stageDropOffAccumulatorSchema>;

/**
 * zod schema of one row of `painPoints`.
 *
 * @example
 * ```ts
 * import { painPointSchema } from 'omnicx/journey';
 * console.log(Object.keys(painPointSchema.shape).length); // 11
 * ```
 */
export const painPointSchema = z.object({
  rank: z.int().positive(),
  touchpoint: z.string(),
  /** Events at the touchpoint. */
  volume: count,
  /** Sessions that ended at the touchpoint without converting. */
  exits: count,
  exitRate: rate,
  /** Events at the touchpoint carrying a sentiment. */
  feedback: count,
  negativeFeedback: count,
  negativeFeedbackRate: rate.nullable(),
  exitRateLower: rate,
  negativeRateLower: rate,
  /** The combined score, see `painPoints`. */
  score: rate,
});
/** One row of `painPoints`. */
export type PainPoint = z.infer<typeof painPointSchema>;

/**
 * zod schema of a pain-points accumulator (`createPainPointsAccumulator`): what is counted
 * (`timeoutMs`, the `conversion` touchpoint ids or `null`, `negativeBelow`, the touchpoint
 * catalogue or `null`), the `customers` added (ids in code-unit order, kept to refuse a customer
 * added twice) and, per touchpoint (sorted), the sums `painPoints` scores: `volume`, `exits`,
 * `feedback` and `negativeFeedback`.
 *
 * @example
 * ```ts
 * import { createPainPointsAccumulator, painPointsAccumulatorSchema } from 'omnicx/journey';
 * console.log(painPointsAccumulatorSchema.safeParse(createPainPointsAccumulator()).success); // true
 * ```
 */
export const painPointsAccumulatorSchema = z.object({
  kind: z.literal('journeyPainPoints'),
  version: z.literal(1),
  timeoutMs: durationMs,
  conversion: z.array(id).min(1).nullable(),
  negativeBelow: z.number().min(-1).max(1),
  touchpoints: touchpointCatalogueSchema.nullable(),
  customers: z.array(id),
  rows: z.array(z.object({ touchpoint: id, volume: z.int().positive(), exits: count, feedback: count, negativeFeedback: count })),
});
/** A pain-points accumulator: see {@link painPointsAccumulatorSchema}. */
export type PainPointsAccumulator = z.infer<typeof painPointsAccumulatorSchema>;

/**
 * zod schema of a store-zone visit, the input of `zoneConversion`: the zone, optionally its store,
 * and whether the visit converted.
 *
 * @example
 * ```ts
 * import { zoneVisitSchema } from 'omnicx/journey';
 * console.log(zoneVisitSchema.safeParse({ storeId: 's1', zone: 'shoes', converted: true }).success); // true
 * ```
 */
export const zoneVisitSchema = z.object({ storeId: id.optional(), zone: id, converted: z.boolean() });
/** A store-zone visit. */
export type ZoneVisit = z.infer<typeof zoneVisitSchema>;

/**
 * zod schema of a store-zone accumulator (`createZoneConversionAccumulator`): per (store, zone)
 * — sorted by store id (`null` first), then zone — the `traffic` (visits) and `conversions`.
 *
 * @example
 * ```ts
 * import { createZoneConversionAccumulator, zoneConversionAccumulatorSchema } from 'omnicx/journey';
 * console.log(zoneConversionAccumulatorSchema.safeParse(createZoneConversionAccumulator()).success); // true
 * ```
 */
export const zoneConversionAccumulatorSchema = z.object({
  kind: z.literal('journeyZoneConversion'),
  version: z.literal(1),
  zones: z.array(z.object({ storeId: id.nullable(), zone: id, traffic: z.int().positive(), conversions: count })),
});
/** A store-zone accumulator: see {@link zoneConversionAccumulatorSchema}. */
export type ZoneConversionAccumulator = z.infer<typeof zoneConversionAccumulatorSchema>;

/**
 * zod schema of one row of `zoneConversion`.
 *
 * @example
 * ```ts
 * import { zoneConversionRowSchema } from 'omnicx/journey';
 * console.log(Object.keys(zoneConversionRowSchema.shape).length); // 7
 * ```
 */
export const zoneConversionRowSchema = z.object({
  storeId: z.string().nullable(),
  zone: z.string(),
  traffic: count,
  conversions: count,
  conversionRate: rate,
  interval,
  highTrafficLowConversion: z.boolean(),
});
/** One row of `zoneConversion`. */
export type ZoneConversionRow = z.infer<typeof zoneConversionRowSchema>;

/**
 * zod schema of the result of `zoneConversion`: the rows and the medians used for the flag.
 *
 * @example
 * ```ts
 * import { zoneConversionSchema } from 'omnicx/journey';
 * console.log(zoneConversionSchema.safeParse({ zones: [], medianTraffic: null, medianConversionRate: null, target: null }).success); // true
 * ```
 */
export const zoneConversionSchema = z.object({
  zones: readonlyOf(z.array(zoneConversionRowSchema)),
  medianTraffic: z.number().nullable(),
  medianConversionRate: rate.nullable(),
  target: rate.nullable(),
});
/** The result of `zoneConversion`. */
export type ZoneConversion = z.infer<typeof zoneConversionSchema>;
