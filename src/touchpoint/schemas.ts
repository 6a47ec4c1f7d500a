import * as z from 'zod';
import { recordOf } from '../core/internal/recordOf.js';
import { readonlyOf } from '../core/internal/readonlyOf.js';
import { pathRecordFields } from '../core/paths/schemas.js';
import { instantInputSchema } from '../core/index.js';

// ── attribution ──

/**
 * zod schema of one attribution path record: a {@link core!PathRecord} (`path`, `conversions`, `nulls`,
 * `value`, the row format of ChannelAttribution) plus, for the time-decay model, the instant of
 * every touch and of the conversion:
 *
 * - `touchedAt`: one instant per step of `path` (epoch milliseconds, an ISO 8601 string with
 *   offset or a `Date`, as `toInstant` reads them);
 * - `convertedAt`: the instant of the conversion; default the last touch.
 *
 * The attribution functions check the cross-field rules (as many instants as steps, no touch after
 * the conversion) with the same paths.
 *
 * @example
 * ```ts
 * import { attributionPathSchema } from 'omnicx/touchpoint';
 * const record = { path: 'search > email', conversions: 1, value: 50, touchedAt: [0, 86_400_000] };
 * console.log(attributionPathSchema.safeParse(record).success); // true
 * ```
 */
export const attributionPathSchema = readonlyOf(
  z.object({
    ...pathRecordFields,
    /** The instant of each touch, one per step of `path`. */
    touchedAt: readonlyOf(z.array(instantInputSchema)).optional(),
    /** The instant of the conversion; default the last touch. */
    convertedAt: instantInputSchema.optional(),
  }));

/**
 * One attribution path record: see {@link attributionPathSchema}. The type is `z.infer` of it.
 *
 * @example
 * ```ts
 * import type { AttributionPath } from 'omnicx/touchpoint';
 * const record: AttributionPath = { path: ['search', 'email'], conversions: 2, nulls: 8, value: 90 };
 * console.log(record.path.length); // 2
 * ```
 */
export type AttributionPath = z.infer<typeof attributionPathSchema>;

/**
 * zod schema of the rule-based ("heuristic") attribution models of {@link attributeHeuristic}:
 * `'firstTouch'`, `'lastTouch'`, `'lastNonDirect'`, `'linear'`, `'positionBased'`,
 * `'timeDecay'`, `'jShaped'` and `'inverseJ'`.
 *
 * @example
 * ```ts
 * import { heuristicModelSchema } from 'omnicx/touchpoint';
 * console.log(heuristicModelSchema.options.length); // 8
 * ```
 */
export const heuristicModelSchema = z.enum([
  'firstTouch',
  'lastTouch',
  'lastNonDirect',
  'linear',
  'positionBased',
  'timeDecay',
  'jShaped',
  'inverseJ',
]);
/** One of the {@link heuristicModelSchema} names. */
export type HeuristicModel = z.infer<typeof heuristicModelSchema>;

/**
 * zod schema of the options of {@link attributeHeuristic}:
 *
 * - `direct`: the channels that `'lastNonDirect'` skips; default `['direct']`;
 * - `halfLifeDays`: the half-life of `'timeDecay'` in days, > 0; default 7;
 * - `positionWeights`: the shares of the first and last touch in `'positionBased'`, each ≥ 0 and
 *   together ≤ 1 (the middle touches share the rest); default `{ first: 0.4, last: 0.4 }`.
 *
 * @example
 * ```ts
 * import { heuristicOptionsSchema } from 'omnicx/touchpoint';
 * console.log(heuristicOptionsSchema.parse({}).halfLifeDays); // 7
 * ```
 */
export const heuristicOptionsSchema = z
  .object({
    direct: readonlyOf(z.array(z.string())).default(['direct']),
    halfLifeDays: z.number().positive().default(7),
    positionWeights: z
      .strictObject({ first: z.number().nonnegative(), last: z.number().nonnegative() })
      .refine(({ first, last }) => first + last <= 1, { error: 'first + last must not exceed 1' })
      .default({ first: 0.4, last: 0.4 }),
  })
  .strict();
/** Options of {@link attributeHeuristic}: see {@link heuristicOptionsSchema}. */
export type HeuristicOptions = z.input<typeof heuristicOptionsSchema>;

/**
 * zod schema of the options of {@link attributeMarkov}: `order`, the number of previous
 * touches a state remembers, an integer from 1 to 10; default 1.
 *
 * @example
 * ```ts
 * import { markovOptionsSchema } from 'omnicx/touchpoint';
 * console.log(markovOptionsSchema.parse({}).order); // 1
 * ```
 */
export const markovOptionsSchema = z
  .object({
    order: z.int().min(1, { error: 'order must be an integer ≥ 1' }).max(10).default(1),
  })
  .strict();
/** Options of {@link attributeMarkov}: see {@link markovOptionsSchema}. */
export type MarkovOptions = z.input<typeof markovOptionsSchema>;

/**
 * zod schema of the options of {@link attributeShapley}:
 *
 * - `value`: the characteristic function, `'conversions'` (default) or `'conversionRate'`;
 * - `samples`: random permutations drawn when `'conversionRate'` has more than 20 channels, an
 *   integer from 1 to 10 000 000; default 10 000;
 * - `seed`: seed of those permutations (a safe integer); default 1.
 *
 * @example
 * ```ts
 * import { shapleyOptionsSchema } from 'omnicx/touchpoint';
 * console.log(shapleyOptionsSchema.parse({}).value); // 'conversions'
 * ```
 */
export const shapleyOptionsSchema = z
  .object({
    value: z.enum(['conversions', 'conversionRate']).default('conversions'),
    samples: z.int().min(1).max(10_000_000).default(10_000),
    seed: z.int().default(1),
  })
  .strict();
/** Options of {@link attributeShapley}: see {@link shapleyOptionsSchema}. */
export type ShapleyOptions = z.input<typeof shapleyOptionsSchema>;

/**
 * zod schema of a model for {@link compareAttribution} and {@link bootstrapAttribution}: a
 * heuristic model name, `'markov'` or `'shapley'` (with default options), or an object
 * `{ model, options?, name? }` where `name` labels the model in tables (default: the model name,
 * with the order for Markov models of order > 1, e.g. `'markov(order 2)'`).
 *
 * @example
 * ```ts
 * import { attributionModelSchema } from 'omnicx/touchpoint';
 * console.log(attributionModelSchema.safeParse({ model: 'markov', options: { order: 2 } }).success); // true
 * console.log(attributionModelSchema.safeParse('lastClick').success); // false
 * ```
 */
export const attributionModelSchema = z.union([
  heuristicModelSchema,
  z.literal('markov'),
  z.literal('shapley'),
  z.object({ model: heuristicModelSchema, options: heuristicOptionsSchema.optional(), name: z.string().min(1).optional() }).strict(),
  z.object({ model: z.literal('markov'), options: markovOptionsSchema.optional(), name: z.string().min(1).optional() }).strict(),
  z.object({ model: z.literal('shapley'), options: shapleyOptionsSchema.optional(), name: z.string().min(1).optional() }).strict(),
]);
/** A model for {@link compareAttribution} and {@link bootstrapAttribution}: see {@link attributionModelSchema}. */
export type AttributionModel = z.input<typeof attributionModelSchema>;

/**
 * zod schema of the options of {@link bootstrapAttribution}:
 *
 * - `seed`: seed of the resampling (a safe integer), required so results are reproducible;
 * - `resamples`: the number of bootstrap resamples, an integer from 2 to 100 000; default 1000;
 * - `confidence`: the confidence level, strictly between 0 and 1; default 0.95.
 *
 * @example
 * ```ts
 * import { bootstrapAttributionOptionsSchema } from 'omnicx/touchpoint';
 * console.log(bootstrapAttributionOptionsSchema.parse({ seed: 7 }).resamples); // 1000
 * ```
 */
export const bootstrapAttributionOptionsSchema = z
  .object({
    seed: z.int(),
    resamples: z.int().min(2).max(100_000).default(1000),
    confidence: z.number().gt(0).lt(1).default(0.95),
  })
  .strict();
/** Options of {@link bootstrapAttribution}: see {@link bootstrapAttributionOptionsSchema}. */
export type BootstrapAttributionOptions = z.input<typeof bootstrapAttributionOptionsSchema>;

/**
 * zod schema of exact partial sums: non-overlapping finite doubles whose exact sum is the total
 * (Shewchuk 1997; the representation of Python's `math.fsum`). The accumulators keep every credit
 * and total in this form, so sums merged in any order are exact and the result, correctly
 * rounded, equals the one-pass function bit for bit.
 *
 * @example
 * ```ts
 * import { exactPartialsSchema } from 'omnicx/touchpoint';
 * console.log(exactPartialsSchema.safeParse([1e-17, 0.3]).success); // true
 * ```
 */
export const exactPartialsSchema = z.array(z.number());
/** Exact partial sums: see {@link exactPartialsSchema}. */
export type ExactPartials = z.infer<typeof exactPartialsSchema>;

/**
 * zod schema of a mergeable rule-based attribution accumulator
 * ({@link createHeuristicAttributionAccumulator}): plain JSON `{ kind: 'heuristicAttribution',
 * version: 1, model, options, channels, conversions, values, totalConversions, totalValue }`, where
 * `options` are the parsed options (`direct` sorted, without repeats), `channels` the channel
 * names in order of first appearance, and `conversions[c]`, `values[c]` the exact partial sums of
 * channel `channels[c]`'s credit (see {@link exactPartialsSchema}). Memory: O(channels).
 *
 * @example
 * ```ts
 * import { createHeuristicAttributionAccumulator, heuristicAttributionAccumulatorSchema } from 'omnicx/touchpoint';
 * const acc = createHeuristicAttributionAccumulator('linear');
 * console.log(heuristicAttributionAccumulatorSchema.safeParse(JSON.parse(JSON.stringify(acc))).success); // true
 * ```
 */
export const heuristicAttributionAccumulatorSchema = z.object({
  kind: z.literal('heuristicAttribution'),
  version: z.literal(1),
  model: heuristicModelSchema,
  options: z.object({
    direct: z.array(z.string()),
    halfLifeDays: z.number().positive(),
    positionWeights: z.object({ first: z.number().nonnegative(), last: z.number().nonnegative() }),
  }),
  channels: z.array(z.string()),
  conversions: z.array(exactPartialsSchema),
  values: z.array(exactPartialsSchema),
  totalConversions: exactPartialsSchema,
  totalValue: exactPartialsSchema,
});
/** A mergeable rule-based attribution accumulator: see {@link heuristicAttributionAccumulatorSchema}. */
export type HeuristicAttributionAccumulator = z.infer<typeof heuristicAttributionAccumulatorSchema>;

/**
 * zod schema of a mergeable Markov attribution accumulator ({@link createMarkovAttributionAccumulator}):
 * plain JSON `{ kind: 'markovAttribution', version: 1, order, channels, states, transitions,
 * conversionsFrom, nullsFrom, journeys, totalConversions, totalValue }` — the transition counts of
 * the order-k chain:
 *
 * - `channels`: channel names in order of first appearance;
 * - `states`: each state's channel sequence (indices into `channels`, 1 to `order` of them);
 *   `states[0]` is start, the empty sequence;
 * - `transitions`: `{ from, to, weight }` per observed transition between states (indices into
 *   `states`), `weight` the journeys that made it;
 * - `conversionsFrom[s]`, `nullsFrom[s]`: the journeys that converted or left after state s;
 * - `journeys`: all journeys (the weight leaving start); `totalConversions`, `totalValue`: the
 *   input totals.
 *
 * Every weight is exact partial sums (see {@link exactPartialsSchema}). Memory: O(states +
 * transitions), at most about (channels + 1)^order states, whatever the number of journeys.
 *
 * @example
 * ```ts
 * import { createMarkovAttributionAccumulator, markovAttributionAccumulatorSchema } from 'omnicx/touchpoint';
 * const acc = createMarkovAttributionAccumulator({ order: 2 });
 * console.log(markovAttributionAccumulatorSchema.safeParse(JSON.parse(JSON.stringify(acc))).success); // true
 * ```
 */
export const markovAttributionAccumulatorSchema = z.object({
  kind: z.literal('markovAttribution'),
  version: z.literal(1),
  order: z.int().min(1).max(10),
  channels: z.array(z.string()),
  states: z.array(z.array(z.int().nonnegative())),
  transitions: z.array(z.object({ from: z.int().nonnegative(), to: z.int().positive(), weight: exactPartialsSchema })),
  conversionsFrom: z.array(exactPartialsSchema),
  nullsFrom: z.array(exactPartialsSchema),
  journeys: exactPartialsSchema,
  totalConversions: exactPartialsSchema,
  totalValue: exactPartialsSchema,
});
/** A mergeable Markov attribution accumulator: see {@link markovAttributionAccumulatorSchema}. */
export type MarkovAttributionAccumulator = z.infer<typeof markovAttributionAccumulatorSchema>;

/**
 * zod schema of a mergeable Shapley attribution accumulator ({@link createShapleyAttributionAccumulator}):
 * plain JSON `{ kind: 'shapleyAttribution', version: 1, options, channels, sets, totalConversions,
 * totalValue }` — the journeys grouped by their set of distinct channels, which is all both games
 * of {@link attributeShapley} depend on:
 *
 * - `options`: the parsed options (`value`, `samples`, `seed`);
 * - `channels`: channel names in order of first appearance;
 * - `sets`: per distinct channel set met (`channels`: sorted indices into `channels`; `[]` for
 *   empty paths), the exact partial sums (see {@link exactPartialsSchema}) of its `conversions`,
 *   `value` and `journeys` (conversions + nulls).
 *
 * Memory: O(distinct channel sets) — at most 2^channels, and at most the number of paths.
 *
 * @example
 * ```ts
 * import { createShapleyAttributionAccumulator, shapleyAttributionAccumulatorSchema } from 'omnicx/touchpoint';
 * const acc = createShapleyAttributionAccumulator({ value: 'conversionRate' });
 * console.log(shapleyAttributionAccumulatorSchema.safeParse(JSON.parse(JSON.stringify(acc))).success); // true
 * ```
 */
export const shapleyAttributionAccumulatorSchema = z.object({
  kind: z.literal('shapleyAttribution'),
  version: z.literal(1),
  options: z.object({
    value: z.enum(['conversions', 'conversionRate']),
    samples: z.int().min(1).max(10_000_000),
    seed: z.int(),
  }),
  channels: z.array(z.string()),
  sets: z.array(
    z.object({
      channels: z.array(z.int().nonnegative()),
      conversions: exactPartialsSchema,
      value: exactPartialsSchema,
      journeys: exactPartialsSchema,
    }),
  ),
  totalConversions: exactPartialsSchema,
  totalValue: exactPartialsSchema,
});
/** A mergeable Shapley attribution accumulator: see {@link shapleyAttributionAccumulatorSchema}. */
export type ShapleyAttributionAccumulator = z.infer<typeof shapleyAttributionAccumulatorSchema>;

// ── scoring ──

/**
 * zod schema of one rating of a touchpoint on one criterion, from a survey, a mystery shop or an
 * audit: `touchpointId`, `criterion`, `score` (on the scale declared to {@link scorecard}),
 * optional `weight` (≥ 0, default 1: e.g. a survey weight), `storeId` and `at` (an instant).
 *
 * @example
 * ```ts
 * import { touchpointRatingSchema } from 'omnicx/touchpoint';
 * console.log(touchpointRatingSchema.safeParse({ touchpointId: 'checkout', criterion: 'speed', score: 4 }).success); // true
 * ```
 */
export const touchpointRatingSchema = readonlyOf(
  z.object({
    touchpointId: z.string().min(1),
    criterion: z.string().min(1),
    score: z.number(),
    weight: z.number().nonnegative().optional(),
    storeId: z.string().min(1).optional(),
    at: instantInputSchema.optional(),
  }));
/** One rating: see {@link touchpointRatingSchema}. */
export type TouchpointRating = z.infer<typeof touchpointRatingSchema>;

/**
 * zod schema of the options of {@link scorecard}:
 *
 * - `scale`: `{ min, max }` of the rating scale, min < max (e.g. `{ min: 1, max: 5 }`); required;
 * - `criteria`: per criterion, `weight` (≥ 0, default 1) and `target` (on the rating scale);
 *   criteria not listed weigh 1 and have no target;
 * - `target`: the default target on the 0–100 scale, for criteria without their own;
 * - `groupBy`: the rating field to group by, `'touchpointId'` (default), `'storeId'` or
 *   `'criterion'`;
 * - `groups`: maps the `groupBy` value to a group key (touchpoint → kind, stage or zone; store →
 *   region); every value met must be mapped;
 * - `confidence`: of the intervals, strictly between 0 and 1; default 0.95.
 *
 * @example
 * ```ts
 * import { scorecardOptionsSchema } from 'omnicx/touchpoint';
 * console.log(scorecardOptionsSchema.parse({ scale: { min: 1, max: 5 } }).groupBy); // 'touchpointId'
 * ```
 */
export const scorecardOptionsSchema = z
  .object({
    scale: z
      .strictObject({ min: z.number(), max: z.number() })
      .refine(({ min, max }) => min < max, { error: 'scale.min must be below scale.max' }),
    criteria: recordOf(z.string(), z.object({ weight: z.number().nonnegative().default(1), target: z.number().optional() }).strict()).default({}),
    target: z.number().min(0).max(100).optional(),
    groupBy: z.enum(['touchpointId', 'storeId', 'criterion']).default('touchpointId'),
    groups: recordOf(z.string(), z.string()).optional(),
    confidence: z.number().gt(0).lt(1).default(0.95),
  })
  .strict();
/** Options of {@link scorecard}: see {@link scorecardOptionsSchema}. */
export type ScorecardOptions = z.input<typeof scorecardOptionsSchema>;

/**
 * zod schema of the sums a scorecard accumulator keeps for one criterion of one group, over its
 * ratings of positive weight (xᵢ the score on 0–100, wᵢ the rating weight): `n`, and as exact
 * partial sums (see {@link exactPartialsSchema}) of the exact products, `weights` Σw,
 * `weightedScores` Σwx, `squaredWeights` Σw², `squaredWeightScores` Σw²x and
 * `squaredWeightSquaredScores` Σw²x² — what the score and its Taylor-linearised interval need.
 *
 * @example
 * ```ts
 * import { scorecardCriterionSumsSchema } from 'omnicx/touchpoint';
 * const empty = { criterion: 'speed', n: 0, weights: [], weightedScores: [], squaredWeights: [], squaredWeightScores: [], squaredWeightSquaredScores: [] };
 * console.log(scorecardCriterionSumsSchema.safeParse(empty).success); // true
 * ```
 */
export const scorecardCriterionSumsSchema = z.object({
  criterion: z.string().min(1),
  n: z.int().nonnegative(),
  weights: exactPartialsSchema,
  weightedScores: exactPartialsSchema,
  squaredWeights: exactPartialsSchema,
  squaredWeightScores: exactPartialsSchema,
  squaredWeightSquaredScores: exactPartialsSchema,
});
/** The sums of one criterion of one group: see {@link scorecardCriterionSumsSchema}. */
export type ScorecardCriterionSums = z.infer<typeof scorecardCriterionSumsSchema>;

/**
 * zod schema of a mergeable scorecard accumulator ({@link createScorecardAccumulator}): plain JSON
 * `{ kind: 'scorecard', version: 1, options, groups }`, `options` the parsed options of
 * {@link scorecard} and `groups` one `{ key, criteria }` per group key in order of first
 * appearance, `criteria` the {@link scorecardCriterionSumsSchema} of each criterion rated in the
 * group. Memory: O(groups × criteria), whatever the number of ratings.
 *
 * @example
 * ```ts
 * import { createScorecardAccumulator, scorecardAccumulatorSchema } from 'omnicx/touchpoint';
 * const acc = createScorecardAccumulator({ scale: { min: 1, max: 5 } });
 * console.log(scorecardAccumulatorSchema.safeParse(JSON.parse(JSON.stringify(acc))).success); // true
 * ```
 */
export const scorecardAccumulatorSchema = z.object({
  kind: z.literal('scorecard'),
  version: z.literal(1),
  options: scorecardOptionsSchema,
  groups: z.array(z.object({ key: z.string(), criteria: z.array(scorecardCriterionSumsSchema) })),
});
/** A mergeable scorecard accumulator: see {@link scorecardAccumulatorSchema}. */
export type ScorecardAccumulator = z.infer<typeof scorecardAccumulatorSchema>;

/**
 * zod schema of one item of an importance–performance analysis: `id`, `importance` and
 * `performance` (finite numbers, each on its own scale).
 *
 * @example
 * ```ts
 * import { ipaItemSchema } from 'omnicx/touchpoint';
 * console.log(ipaItemSchema.safeParse({ id: 'checkout', importance: 0.6, performance: 3.1 }).success); // true
 * ```
 */
export const ipaItemSchema = readonlyOf(
  z.object({ id: z.string().min(1), importance: z.number(), performance: z.number() }));
/** One item of {@link importancePerformance}: see {@link ipaItemSchema}. */
export type IpaItem = z.infer<typeof ipaItemSchema>;

/**
 * zod schema of the options of {@link importancePerformance}: `split`, where the quadrants are
 * cut: `'mean'` (default; the means of the items), `'median'`, or explicit cut points
 * `{ importance, performance }` (e.g. the scale midpoints or targets).
 *
 * @example
 * ```ts
 * import { ipaOptionsSchema } from 'omnicx/touchpoint';
 * console.log(ipaOptionsSchema.parse({}).split); // 'mean'
 * ```
 */
export const ipaOptionsSchema = z
  .object({
    split: z
      .union([z.enum(['mean', 'median']), z.object({ importance: z.number(), performance: z.number() }).strict()])
      .default('mean'),
  })
  .strict();
/** Options of {@link importancePerformance}: see {@link ipaOptionsSchema}. */
export type IpaOptions = z.input<typeof ipaOptionsSchema>;

/**
 * zod schema of an importance–performance quadrant (Martilla & James 1977):
 * `'concentrateHere'` (important, performing below the cut), `'keepUpTheGoodWork'` (important,
 * performing well), `'lowPriority'` (unimportant, performing below the cut) and
 * `'possibleOverkill'` (unimportant, performing well).
 *
 * @example
 * ```ts
 * import { ipaQuadrantSchema } from 'omnicx/touchpoint';
 * console.log(ipaQuadrantSchema.options[0]); // 'concentrateHere'
 * ```
 */
export const ipaQuadrantSchema = z.enum(['concentrateHere', 'keepUpTheGoodWork', 'lowPriority', 'possibleOverkill']);
/** One of the {@link ipaQuadrantSchema} names. */
export type IpaQuadrant = z.infer<typeof ipaQuadrantSchema>;

/**
 * zod schema of the options of {@link derivedImportance}: `method`, the correlation,
 * `'pearson'` (default) or `'spearman'`.
 *
 * @example
 * ```ts
 * import { derivedImportanceOptionsSchema } from 'omnicx/touchpoint';
 * console.log(derivedImportanceOptionsSchema.parse({}).method); // 'pearson'
 * ```
 */
export const derivedImportanceOptionsSchema = z
  .object({ method: z.enum(['pearson', 'spearman']).default('pearson') })
  .strict();
/** Options of {@link derivedImportance}: see {@link derivedImportanceOptionsSchema}. */
export type DerivedImportanceOptions = z.input<typeof derivedImportanceOptionsSchema>;
