import * as z from 'zod';
import { recordOf } from '../core/internal/recordOf.js';
import { readonlyOf } from '../core/internal/readonlyOf.js';

// ── survey metrics and instruments ──
// Schemas of the survey metrics (NPS, CSAT, CES, rollups, accumulators) and instruments
// (SERVQUAL, Kano, key drivers). Cross-field rules that zod cannot express on a plain object
// (a top box inside its scale) are checked by the functions, with the same paths.

/** A non-negative safe integer count. */
const surveyCount = z.int().nonnegative();

/** A confidence level strictly between 0 and 1; 0.95 by default. */
const surveyConfidence = z
  .number({ error: 'confidence must be a number strictly between 0 and 1' })
  .gt(0, { error: 'confidence must be strictly between 0 and 1' })
  .lt(1, { error: 'confidence must be strictly between 0 and 1' });

/** A rating scale [lowest, highest]: integers, lowest < highest, at most 101 points. */
const ratingScale = z
  .tuple([z.int().min(-1000).max(1000), z.int().min(-1000).max(1000)])
  .refine(([low, high]) => low < high && high - low <= 100, {
    error: 'scale must be [lowest, highest] with lowest < highest and at most 101 points',
  });

/**
 * The category of a likelihood-to-recommend answer: `'promoter'` (9–10), `'passive'` (7–8) or
 * `'detractor'` (0–6) (Reichheld 2003, "The one number you need to grow", Harvard Business Review).
 *
 * @example
 * ```ts
 * import { npsCategorySchema } from 'omnicx/satisfaction';
 * console.log(npsCategorySchema.options.join(',')); // 'promoter,passive,detractor'
 * ```
 */
export const npsCategorySchema = z.enum(['promoter', 'passive', 'detractor']);
/** One of `'promoter' | 'passive' | 'detractor'`. */
export type NpsCategory = z.infer<typeof npsCategorySchema>;

/**
 * How an NPS confidence interval is computed: `'wald'`, `'adjustedWald'` (the default) or
 * `'tango'` (the score interval). See `docs/satisfaction.md` for the formulas and the choice.
 *
 * @example
 * ```ts
 * import { npsMethodSchema } from 'omnicx/satisfaction';
 * console.log(npsMethodSchema.safeParse('tango').success); // true
 * ```
 */
export const npsMethodSchema = z.enum(['wald', 'adjustedWald', 'tango']);
/** One of `'wald' | 'adjustedWald' | 'tango'`. */
export type NpsMethod = z.infer<typeof npsMethodSchema>;

/**
 * Options of {@link nps}, {@link npsFromCounts} and {@link npsFromAccumulator}: `method` (default
 * `'adjustedWald'`) and `confidence` (default 0.95, strictly between 0 and 1).
 *
 * @example
 * ```ts
 * import { npsOptionsSchema } from 'omnicx/satisfaction';
 * console.log(npsOptionsSchema.parse({})); // { method: 'adjustedWald', confidence: 0.95 }
 * ```
 */
export const npsOptionsSchema = z.strictObject({
  method: npsMethodSchema.default('adjustedWald'),
  confidence: surveyConfidence.default(0.95),
});
/** Options of the NPS functions, as passed (every field optional). */
export type NpsOptions = z.input<typeof npsOptionsSchema>;

/**
 * Counts of an NPS sample: `promoters`, `passives` and `detractors`, non-negative safe integers.
 * An {@link NpsResult} or an {@link NpsAccumulator} also matches (extra keys are ignored).
 *
 * @example
 * ```ts
 * import { npsCountsSchema } from 'omnicx/satisfaction';
 * console.log(npsCountsSchema.safeParse({ promoters: 5, passives: 3, detractors: -1 }).success); // false
 * ```
 */
export const npsCountsSchema = z.object({
  promoters: surveyCount,
  passives: surveyCount,
  detractors: surveyCount,
});
/** Counts of promoters, passives and detractors. */
export type NpsCounts = z.infer<typeof npsCountsSchema>;

/**
 * A confidence interval for an NPS, on the −100…100 scale: `lower`, `upper`, the `confidence`
 * level and the `method`.
 *
 * @example
 * ```ts
 * import { npsIntervalSchema } from 'omnicx/satisfaction';
 * console.log(npsIntervalSchema.safeParse({ lower: -5, upper: 20, confidence: 0.95, method: 'wald' }).success); // true
 * ```
 */
export const npsIntervalSchema = z.object({
  lower: z.number().min(-100).max(100),
  upper: z.number().min(-100).max(100),
  confidence: surveyConfidence,
  method: npsMethodSchema,
});
/** A confidence interval for an NPS, in NPS points (−100…100). */
export type NpsInterval = z.infer<typeof npsIntervalSchema>;

/**
 * The result of {@link nps}: the sample size `n`, the counts, the `score` (%promoters −
 * %detractors, −100…100), its `standardError` and `interval` on the same scale. The last three are
 * `null` when n = 0.
 *
 * @example
 * ```ts
 * import { npsResultSchema, nps } from 'omnicx/satisfaction';
 * console.log(npsResultSchema.safeParse(nps([10, 9, 7, 3])).success); // true
 * ```
 */
export const npsResultSchema = z.object({
  n: surveyCount,
  promoters: surveyCount,
  passives: surveyCount,
  detractors: surveyCount,
  score: z.number().min(-100).max(100).nullable(),
  standardError: z.number().nonnegative().nullable(),
  interval: npsIntervalSchema.nullable(),
});
/** The result of an NPS computation. */
export type NpsResult = z.infer<typeof npsResultSchema>;

/**
 * Options of {@link npsDifference}: `method` `'wald'` or `'adjustedWald'` (default) and
 * `confidence` (default 0.95).
 *
 * @example
 * ```ts
 * import { npsDifferenceOptionsSchema } from 'omnicx/satisfaction';
 * console.log(npsDifferenceOptionsSchema.safeParse({ method: 'tango' }).success); // false
 * ```
 */
export const npsDifferenceOptionsSchema = z.strictObject({
  method: z.enum(['wald', 'adjustedWald']).default('adjustedWald'),
  confidence: surveyConfidence.default(0.95),
});
/** Options of {@link npsDifference}, as passed. */
export type NpsDifferenceOptions = z.input<typeof npsDifferenceOptionsSchema>;

/**
 * The result of {@link npsDifference}: `difference` = NPS(a) − NPS(b) in NPS points (−200…200),
 * `standardError`, the `z` statistic (±Infinity only in the degenerate Wald case), the `interval`, the two-sided `pValue` and its base-10
 * logarithm `log10PValue` (which stays finite when `pValue` underflows to 0).
 *
 * @example
 * ```ts
 * import { npsDifferenceResultSchema } from 'omnicx/satisfaction';
 * console.log(Object.keys(npsDifferenceResultSchema.shape).length); // 8
 * ```
 */
export const npsDifferenceResultSchema = z.object({
  difference: z.number().min(-200).max(200),
  standardError: z.number().nonnegative(),
  z: z.union([z.number(), z.literal(Infinity), z.literal(-Infinity)]),
  interval: z.object({
    lower: z.number().min(-200).max(200),
    upper: z.number().min(-200).max(200),
    confidence: surveyConfidence,
    method: z.enum(['wald', 'adjustedWald']),
  }),
  pValue: z.number().min(0).max(1),
  log10PValue: z.union([z.number().max(0), z.literal(-Infinity)]),
  nA: surveyCount,
  nB: surveyCount,
});
/** The result of {@link npsDifference}. */
export type NpsDifferenceResult = z.infer<typeof npsDifferenceResultSchema>;

/**
 * Options of {@link csat} and {@link createCsatAccumulator}: `scale` [lowest, highest] (default
 * [1, 5]; integers, at most 101 points), `satisfied` — the answers counted as satisfied, the "top
 * boxes" (default: the two highest points of the scale, [4, 5] on 1–5) — and `confidence`
 * (default 0.95). Every satisfied value must lie on the scale (checked by the functions).
 *
 * @example
 * ```ts
 * import { csatOptionsSchema } from 'omnicx/satisfaction';
 * console.log(csatOptionsSchema.parse({}).scale); // [1, 5]
 * ```
 */
export const csatOptionsSchema = z.strictObject({
  scale: ratingScale.default([1, 5]),
  satisfied: z.array(z.int()).min(1).optional(),
  confidence: surveyConfidence.default(0.95),
});
/** Options of {@link csat}, as passed. */
export type CsatOptions = z.input<typeof csatOptionsSchema>;

/**
 * Options of {@link csatFromCounts} and {@link csatFromAccumulator}: `confidence` (default 0.95).
 *
 * @example
 * ```ts
 * import { surveyConfidenceOptionsSchema } from 'omnicx/satisfaction';
 * console.log(surveyConfidenceOptionsSchema.parse({}).confidence); // 0.95
 * ```
 */
export const surveyConfidenceOptionsSchema = z.strictObject({ confidence: surveyConfidence.default(0.95) });
/** `{ confidence?: number }`. */
export type SurveyConfidenceOptions = z.input<typeof surveyConfidenceOptionsSchema>;

/** A Wilson interval for a CSAT score, in percent (0…100). */
export const csatIntervalSchema = z.object({
  lower: z.number().min(0).max(100),
  upper: z.number().min(0).max(100),
  confidence: surveyConfidence,
  method: z.literal('wilson'),
});
/** A CSAT confidence interval in percent. */
export type CsatInterval = z.infer<typeof csatIntervalSchema>;

/**
 * The result of {@link csat}: `n`, the number `satisfied`, the `score` in percent and its Wilson
 * `interval` in percent; `score` and `interval` are `null` when n = 0.
 *
 * @example
 * ```ts
 * import { csatResultSchema, csatFromCounts } from 'omnicx/satisfaction';
 * console.log(csatResultSchema.safeParse(csatFromCounts(8, 10)).success); // true
 * ```
 */
export const csatResultSchema = z.object({
  n: surveyCount,
  satisfied: surveyCount,
  score: z.number().min(0).max(100).nullable(),
  interval: csatIntervalSchema.nullable(),
});
/** The result of a CSAT computation. */
export type CsatResult = z.infer<typeof csatResultSchema>;

/**
 * Options of {@link ces} and {@link createCesAccumulator}: `scale` [lowest, highest] (default
 * [1, 7], integers, at most 101 points) and `confidence` (default 0.95).
 *
 * @example
 * ```ts
 * import { cesOptionsSchema } from 'omnicx/satisfaction';
 * console.log(cesOptionsSchema.parse({}).scale); // [1, 7]
 * ```
 */
export const cesOptionsSchema = z.strictObject({
  scale: ratingScale.default([1, 7]),
  confidence: surveyConfidence.default(0.95),
});
/** Options of {@link ces}, as passed. */
export type CesOptions = z.input<typeof cesOptionsSchema>;

/** A Student t interval for a mean effort score, in scale points. */
export const cesIntervalSchema = z.object({
  lower: z.number(),
  upper: z.number(),
  confidence: surveyConfidence,
  method: z.literal('studentT'),
});
/** A CES confidence interval, in scale points. */
export type CesInterval = z.infer<typeof cesIntervalSchema>;

/**
 * The result of {@link ces}: `n`, the `mean` answer, the sample standard deviation `sd`
 * (divisor n − 1), the `standardError` sd/√n and the Student t `interval`, all in scale points.
 * `mean` is `null` when n = 0; `sd`, `standardError` and `interval` are `null` when n < 2.
 *
 * @example
 * ```ts
 * import { cesResultSchema, ces } from 'omnicx/satisfaction';
 * console.log(cesResultSchema.safeParse(ces([5, 6, 7])).success); // true
 * ```
 */
export const cesResultSchema = z.object({
  n: surveyCount,
  mean: z.number().nullable(),
  sd: z.number().nonnegative().nullable(),
  standardError: z.number().nonnegative().nullable(),
  interval: cesIntervalSchema.nullable(),
});
/** The result of a CES computation. */
export type CesResult = z.infer<typeof cesResultSchema>;

/**
 * A mergeable NPS accumulator: plain JSON `{ kind: 'nps', version: 1, promoters, passives,
 * detractors }`.
 *
 * @example
 * ```ts
 * import { npsAccumulatorSchema, createNpsAccumulator } from 'omnicx/satisfaction';
 * console.log(npsAccumulatorSchema.safeParse(createNpsAccumulator()).success); // true
 * ```
 */
export const npsAccumulatorSchema = z.object({
  kind: z.literal('nps'),
  version: z.literal(1),
  promoters: surveyCount,
  passives: surveyCount,
  detractors: surveyCount,
});
/** A mergeable NPS accumulator. */
export type NpsAccumulator = z.infer<typeof npsAccumulatorSchema>;

/**
 * A mergeable CSAT accumulator: plain JSON `{ kind: 'csat', version: 1, scale,
 * satisfiedValues, n, satisfied }`; `satisfiedValues` are the top boxes, sorted ascending.
 *
 * @example
 * ```ts
 * import { csatAccumulatorSchema, createCsatAccumulator } from 'omnicx/satisfaction';
 * console.log(csatAccumulatorSchema.safeParse(createCsatAccumulator()).success); // true
 * ```
 */
export const csatAccumulatorSchema = z.object({
  kind: z.literal('csat'),
  version: z.literal(1),
  scale: ratingScale,
  satisfiedValues: z.array(z.int()).min(1),
  n: surveyCount,
  satisfied: surveyCount,
});
/** A mergeable CSAT accumulator. */
export type CsatAccumulator = z.infer<typeof csatAccumulatorSchema>;

/**
 * A mergeable CES accumulator: plain JSON `{ kind: 'ces', version: 1, scale, counts }`, where
 * `counts[i]` is the number of answers equal to `scale[0] + i` (a histogram, so that merging is
 * exact and any split of the data gives bit-for-bit the same result).
 *
 * @example
 * ```ts
 * import { cesAccumulatorSchema, createCesAccumulator } from 'omnicx/satisfaction';
 * console.log(cesAccumulatorSchema.safeParse(createCesAccumulator()).success); // true
 * ```
 */
export const cesAccumulatorSchema = z.object({
  kind: z.literal('ces'),
  version: z.literal(1),
  scale: ratingScale,
  counts: z.array(surveyCount),
});
/** A mergeable CES accumulator. */
export type CesAccumulator = z.infer<typeof cesAccumulatorSchema>;

/**
 * A grouping key or answer selector of {@link satisfactionBy}: a property name, or a function of
 * the response and its index.
 */
const responseSelector = z.union([
  z.string(),
  z.custom<(response: never, index: number) => unknown>((value) => typeof value === 'function', {
    error: 'must be a property name or a function',
  }),
]);

/**
 * What {@link satisfactionBy} measures, told apart by `kind`:
 * - `{ kind: 'nps', method?, confidence?, target? }` (target in NPS points),
 * - `{ kind: 'csat', scale?, satisfied?, confidence?, target? }` (target in percent),
 * - `{ kind: 'ces', scale?, confidence?, target?, higherIsBetter? }` (target in scale points;
 *   `higherIsBetter` defaults to `true`, as on the CES 2.0 agreement scale).
 *
 * `value` (default `'score'`) names the property holding each answer, or is a function returning
 * it.
 *
 * @example
 * ```ts
 * import { satisfactionMetricSchema } from 'omnicx/satisfaction';
 * console.log(satisfactionMetricSchema.parse({ kind: 'nps' }).value); // 'score'
 * ```
 */
export const satisfactionMetricSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('nps'),
    /** The property that holds the answer, or a function `(response, index) => answer`; default `'score'`. */
    value: responseSelector.default('score'),
    method: npsMethodSchema.default('adjustedWald'),
    confidence: surveyConfidence.default(0.95),
    target: z.number().min(-100).max(100).optional(),
  }),
  z.object({
    kind: z.literal('csat'),
    /** The property that holds the answer, or a function `(response, index) => answer`; default `'score'`. */
    value: responseSelector.default('score'),
    scale: ratingScale.default([1, 5]),
    satisfied: z.array(z.int()).min(1).optional(),
    confidence: surveyConfidence.default(0.95),
    target: z.number().min(0).max(100).optional(),
  }),
  z.object({
    kind: z.literal('ces'),
    /** The property that holds the answer, or a function `(response, index) => answer`; default `'score'`. */
    value: responseSelector.default('score'),
    scale: ratingScale.default([1, 7]),
    confidence: surveyConfidence.default(0.95),
    target: z.number().optional(),
    higherIsBetter: z.boolean().default(true),
  }),
]);
/** The metric of {@link satisfactionBy}, as passed. */
export type SatisfactionMetric = z.input<typeof satisfactionMetricSchema>;

/** The grouping key of {@link satisfactionBy}: a property name or a function. */
export const satisfactionKeySchema = responseSelector;
/** A property name or `(response, index) => string | number`. */
export type SatisfactionKey = z.infer<typeof satisfactionKeySchema>;

/**
 * One group of a {@link satisfactionBy} rollup: its `key`, `n`, the metric `result` (with its
 * interval) and two flags: `worseThanTarget` (the whole interval is on the bad side of the
 * target: below it, or above it for a lower-is-better CES) and `worseThanOverall` (the same
 * against the overall score).
 */
export const satisfactionGroupSchema = z.object({
  key: z.union([z.string(), z.number()]),
  n: surveyCount,
  result: z.union([npsResultSchema, csatResultSchema, cesResultSchema]),
  worseThanTarget: z.boolean(),
  worseThanOverall: z.boolean(),
});
/** One group of a rollup. */
export type SatisfactionGroup = z.infer<typeof satisfactionGroupSchema>;

/**
 * The result of {@link satisfactionBy}: the `metric` kind, the `target` (or `null`), the
 * `overall` result over every response and the `groups` in order of first appearance.
 *
 * @example
 * ```ts
 * import { satisfactionByResultSchema } from 'omnicx/satisfaction';
 * console.log(Object.keys(satisfactionByResultSchema.shape).join(',')); // 'metric,target,overall,groups'
 * ```
 */
export const satisfactionByResultSchema = z.object({
  metric: z.enum(['nps', 'csat', 'ces']),
  target: z.number().nullable(),
  overall: z.union([npsResultSchema, csatResultSchema, cesResultSchema]),
  groups: z.array(satisfactionGroupSchema),
});
/** The result of {@link satisfactionBy}. */
export type SatisfactionByResult = z.infer<typeof satisfactionByResultSchema>;

/**
 * The five SERVQUAL dimensions (Parasuraman, Zeithaml & Berry 1988, "SERVQUAL: a multiple-item
 * scale for measuring consumer perceptions of service quality", Journal of Retailing 64(1):12–40).
 *
 * @example
 * ```ts
 * import { servqualDimensionSchema } from 'omnicx/satisfaction';
 * console.log(servqualDimensionSchema.options.length); // 5
 * ```
 */
export const servqualDimensionSchema = z.enum(['tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy']);
/** One of the five SERVQUAL dimensions. */
export type ServqualDimension = z.infer<typeof servqualDimensionSchema>;

/**
 * One SERVQUAL answer: the `item` (question id), its `dimension`, and the `expectation` and
 * `perception` ratings on the scale (checked by {@link servqualGaps}).
 *
 * @example
 * ```ts
 * import { servqualResponseSchema } from 'omnicx/satisfaction';
 * const ok = servqualResponseSchema.safeParse({ item: 'R1', dimension: 'reliability', expectation: 7, perception: 5 });
 * console.log(ok.success); // true
 * ```
 */
export const servqualResponseSchema = z.object({
  item: z.string().min(1),
  dimension: servqualDimensionSchema,
  expectation: z.number(),
  perception: z.number(),
});
/** One SERVQUAL answer. */
export type ServqualResponse = z.infer<typeof servqualResponseSchema>;

/**
 * Options of {@link servqualGaps}: `scale` [lowest, highest] (default [1, 7]; answers may be any
 * number on it), `weights`, a non-negative weight per dimension (default equal; e.g. the 100
 * points respondents share among the dimensions in SERVQUAL's second part), normalised over the
 * dimensions present, and `confidence` of the intervals (default 0.95).
 *
 * @example
 * ```ts
 * import { servqualOptionsSchema } from 'omnicx/satisfaction';
 * console.log(servqualOptionsSchema.parse({}).scale); // [1, 7]
 * ```
 */
export const servqualOptionsSchema = z.strictObject({
  scale: ratingScale.default([1, 7]),
  weights: z.partialRecord(servqualDimensionSchema, z.number().nonnegative()).optional(),
  confidence: surveyConfidence.default(0.95),
});
/** Options of {@link servqualGaps}, as passed. */
export type ServqualOptions = z.input<typeof servqualOptionsSchema>;

const servqualMeans = {
  n: surveyCount,
  expectation: z.number(),
  perception: z.number(),
  gap: z.number(),
};

/**
 * A confidence interval for a SERVQUAL gap, in scale points: `'studentT'` for an item (n − 1
 * degrees of freedom), `'welchSatterthwaite'` for a dimension or overall gap (a combination of
 * independent item gaps, with Satterthwaite's approximate `degreesOfFreedom`).
 *
 * @example
 * ```ts
 * import { servqualIntervalSchema } from 'omnicx/satisfaction';
 * const ok = servqualIntervalSchema.safeParse({ lower: -1, upper: 0.5, confidence: 0.95, method: 'studentT', degreesOfFreedom: 9 });
 * console.log(ok.success); // true
 * ```
 */
export const servqualIntervalSchema = z.object({
  lower: z.number(),
  upper: z.number(),
  confidence: surveyConfidence,
  method: z.enum(['studentT', 'welchSatterthwaite']),
  degreesOfFreedom: z.number().positive(),
});
/** A confidence interval for a SERVQUAL gap. */
export type ServqualInterval = z.infer<typeof servqualIntervalSchema>;

const servqualUncertainty = {
  standardError: z.number().nonnegative().nullable(),
  interval: servqualIntervalSchema.nullable(),
};

/**
 * The result of {@link servqualGaps}: per item and per dimension `n` and the mean `expectation`,
 * `perception` and `gap` (perception − expectation, negative when the service falls short), the
 * gap's `standardError` and `interval` (`null` when an item involved has fewer than 2 answers),
 * the dimension `weight`s used, and the `overall` unweighted and weighted gaps with theirs.
 *
 * @example
 * ```ts
 * import { servqualResultSchema } from 'omnicx/satisfaction';
 * console.log(Object.keys(servqualResultSchema.shape).join(',')); // 'items,dimensions,overall'
 * ```
 */
export const servqualResultSchema = z.object({
  items: z.array(z.object({ item: z.string(), dimension: servqualDimensionSchema, ...servqualMeans, ...servqualUncertainty })),
  dimensions: z.array(
    z.object({ dimension: servqualDimensionSchema, items: surveyCount, ...servqualMeans, weight: z.number(), ...servqualUncertainty }),
  ),
  overall: z.object({
    n: surveyCount,
    unweightedGap: z.number().nullable(),
    weightedGap: z.number().nullable(),
    unweightedStandardError: z.number().nonnegative().nullable(),
    unweightedInterval: servqualIntervalSchema.nullable(),
    weightedStandardError: z.number().nonnegative().nullable(),
    weightedInterval: servqualIntervalSchema.nullable(),
  }),
});
/** The result of {@link servqualGaps}. */
export type ServqualResult = z.infer<typeof servqualResultSchema>;

/** A safe integer (the sums of integer answers). */
const servqualSum = z.int();

/**
 * A mergeable SERVQUAL accumulator: plain JSON `{ kind: 'servqual', version: 1, scale, weights,
 * items }` — the `scale` and dimension `weights` (`null` for equal) it was created with, and per
 * item, in order of first appearance, its `dimension`, the number of answers `n` and the exact
 * integer sums of `expectation`, `perception` and `squaredGaps` (Σ (perception − expectation)²).
 * Answers are integers on the scale, so the sums are exact and any split merges to the one-pass
 * result. The functions also check that item ids are unique and the sums possible for `n` answers.
 *
 * @example
 * ```ts
 * import { createServqualAccumulator, servqualAccumulatorSchema } from 'omnicx/satisfaction';
 * console.log(servqualAccumulatorSchema.safeParse(createServqualAccumulator()).success); // true
 * ```
 */
export const servqualAccumulatorSchema = z.object({
  kind: z.literal('servqual'),
  version: z.literal(1),
  scale: ratingScale,
  weights: z.partialRecord(servqualDimensionSchema, z.number().nonnegative()).nullable(),
  items: z.array(
    z.object({
      item: z.string().min(1),
      dimension: servqualDimensionSchema,
      n: z.int().positive(),
      expectation: servqualSum,
      perception: servqualSum,
      squaredGaps: surveyCount,
    }),
  ),
});
/** A mergeable SERVQUAL accumulator. */
export type ServqualAccumulator = z.infer<typeof servqualAccumulatorSchema>;

/**
 * An answer to a Kano question (Kano, Seraku, Takahashi & Tsuji 1984): `'like'`, `'mustBe'` ("it
 * must be that way"), `'neutral'`, `'liveWith'` ("I can live with it") or `'dislike'`.
 *
 * @example
 * ```ts
 * import { kanoAnswerSchema } from 'omnicx/satisfaction';
 * console.log(kanoAnswerSchema.options.join(',')); // 'like,mustBe,neutral,liveWith,dislike'
 * ```
 */
export const kanoAnswerSchema = z.enum(['like', 'mustBe', 'neutral', 'liveWith', 'dislike']);
/** An answer to a Kano question. */
export type KanoAnswer = z.infer<typeof kanoAnswerSchema>;

/**
 * A Kano category: `'attractive'`, `'oneDimensional'`, `'mustBe'`, `'indifferent'`, `'reverse'` or
 * `'questionable'`.
 *
 * @example
 * ```ts
 * import { kanoCategorySchema } from 'omnicx/satisfaction';
 * console.log(kanoCategorySchema.options.length); // 6
 * ```
 */
export const kanoCategorySchema = z.enum(['attractive', 'oneDimensional', 'mustBe', 'indifferent', 'reverse', 'questionable']);
/** A Kano category. */
export type KanoCategory = z.infer<typeof kanoCategorySchema>;

/**
 * One respondent's pair of answers about a feature: to the `functional` question ("if the product
 * has it…") and the `dysfunctional` one ("if it does not…").
 *
 * @example
 * ```ts
 * import { kanoPairSchema } from 'omnicx/satisfaction';
 * console.log(kanoPairSchema.safeParse({ functional: 'like', dysfunctional: 'dislike' }).success); // true
 * ```
 */
export const kanoPairSchema = z.object({ functional: kanoAnswerSchema, dysfunctional: kanoAnswerSchema });
/** A pair of Kano answers. */
export type KanoPair = z.infer<typeof kanoPairSchema>;

/** The number of answers in each Kano category. */
const kanoCountsSchema = z.object({
  attractive: surveyCount,
  oneDimensional: surveyCount,
  mustBe: surveyCount,
  indifferent: surveyCount,
  reverse: surveyCount,
  questionable: surveyCount,
});

/**
 * The result of {@link kanoSummary}: `n`, `counts` per category, the modal `category` (`null`
 * when n = 0), Berger et al.'s (1993) `better` and `worse` coefficients and their Wilson
 * `betterInterval` and `worseInterval` (`null` when no answer is attractive, one-dimensional,
 * must-be or indifferent).
 *
 * @example
 * ```ts
 * import { kanoSummarySchema } from 'omnicx/satisfaction';
 * console.log(Object.keys(kanoSummarySchema.shape).join(',')); // 'n,counts,category,better,worse,betterInterval,worseInterval'
 * ```
 */
export const kanoSummarySchema = z.object({
  n: surveyCount,
  counts: kanoCountsSchema,
  category: kanoCategorySchema.nullable(),
  better: z.number().min(0).max(1).nullable(),
  worse: z.number().min(-1).max(0).nullable(),
  betterInterval: z
    .object({ lower: z.number().min(0).max(1), upper: z.number().min(0).max(1), confidence: surveyConfidence, method: z.literal('wilson') })
    .nullable(),
  worseInterval: z
    .object({ lower: z.number().min(-1).max(0), upper: z.number().min(-1).max(0), confidence: surveyConfidence, method: z.literal('wilson') })
    .nullable(),
});
/** The result of {@link kanoSummary}. */
export type KanoSummary = z.infer<typeof kanoSummarySchema>;

/**
 * A mergeable Kano accumulator: plain JSON `{ kind: 'kano', version: 1, counts }` with the number
 * of answers in each of the six categories (exact counts, so any split merges to the one-pass
 * result).
 *
 * @example
 * ```ts
 * import { createKanoAccumulator, kanoAccumulatorSchema } from 'omnicx/satisfaction';
 * console.log(kanoAccumulatorSchema.safeParse(createKanoAccumulator()).success); // true
 * ```
 */
export const kanoAccumulatorSchema = z.object({
  kind: z.literal('kano'),
  version: z.literal(1),
  counts: kanoCountsSchema,
});
/** A mergeable Kano accumulator. */
export type KanoAccumulator = z.infer<typeof kanoAccumulatorSchema>;

/**
 * The result of {@link keyDrivers}: `n` respondents, the model `rSquared`, and per attribute its
 * `pearson` and `spearman` correlation with overall satisfaction, its `standardizedWeight` (the
 * standardised regression coefficient β), its `relativeWeight` (Johnson 2000; they sum to R²) and
 * `relativeWeightShare` (percent of R²), sorted by relative weight, largest first.
 *
 * @example
 * ```ts
 * import { keyDriversResultSchema } from 'omnicx/satisfaction';
 * console.log(Object.keys(keyDriversResultSchema.shape).join(',')); // 'n,rSquared,drivers'
 * ```
 */
export const keyDriversResultSchema = z.object({
  n: surveyCount,
  rSquared: z.number().min(0).max(1),
  drivers: z.array(
    z.object({
      attribute: z.string(),
      pearson: z.number().min(-1).max(1),
      spearman: z.number().min(-1).max(1),
      standardizedWeight: z.number(),
      relativeWeight: z.number().min(0),
      relativeWeightShare: z.number().min(0).max(100),
    }),
  ),
});
/** The result of {@link keyDrivers}. */
export type KeyDriversResult = z.infer<typeof keyDriversResultSchema>;
// ── end of survey metrics and instruments ──

// ── business calendars, SLA clocks and service KPIs ──
// Schemas of business calendars (weekly hours in an IANA zone, holidays), their compiled form,
// SLA policies, service tickets and service KPIs. See docs/satisfaction.md.
// (Imports are hoisted: they sit in this section so that the section stays self-contained.)
import { instantSchema as slaInstant, timeZoneSchema as slaTimeZone } from '../core/time/index.js';
import { isCompiledCalendar as slaIsCompiledCalendar } from './internal/calendarArgument.js';
import {
  MAX_SPAN_MS as SLA_MAX_SPAN_MS,
  WEEKDAY_KEYS as SLA_WEEKDAY_KEYS,
  daysOfIsoDate as slaDaysOfIsoDate,
  intervalMinutes as slaIntervalMinutes,
} from './internal/calendarTime.js';

const businessClockTime = z
  .string()
  .regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, { error: 'must be a wall-clock time "HH:MM" from "00:00" to "24:00"' });

const businessInterval = readonlyOf(z.tuple([businessClockTime, businessClockTime])).check((ctx) => {
  const [start, end] = ctx.value;
  if (start === '24:00') {
    ctx.issues.push({ code: 'custom', message: 'an interval cannot start at "24:00"', input: start, path: [0] });
  } else if (start === end) {
    ctx.issues.push({
      code: 'custom',
      message: 'start and end are equal: an interval must not be empty (use ["00:00", "24:00"] for a whole day)',
      input: end,
      path: [1],
    });
  }
});

const businessDay = readonlyOf(z.array(businessInterval)).default([]);

/**
 * A weekly schedule: for each of `mon`, `tue`, `wed`, `thu`, `fri`, `sat`, `sun` (each optional,
 * default `[]` = closed) a list of `[start, end]` wall-clock intervals `"HH:MM"`. `"24:00"` is
 * allowed as an end. An end at or before the start means the interval crosses midnight and ends
 * on the next day (`fri: [['22:00', '02:00']]` is Friday 22:00 → Saturday 02:00). Intervals must
 * not overlap, also across midnight and from Sunday into Monday (touching is fine); the week
 * must hold some business time. Unknown keys are refused.
 *
 * @example
 * ```ts
 * import { businessWeekSchema } from 'omnicx/satisfaction';
 * console.log(businessWeekSchema.safeParse({ mon: [['09:00', '17:00']] }).success); // true
 * console.log(businessWeekSchema.safeParse({ mon: [['09:00', '12:00'], ['11:00', '17:00']] }).success); // false
 * console.log(businessWeekSchema.safeParse({ monday: [['09:00', '17:00']] }).success); // false
 * ```
 */
export const businessWeekSchema = z
  .strictObject({
    mon: businessDay,
    tue: businessDay,
    wed: businessDay,
    thu: businessDay,
    fri: businessDay,
    sat: businessDay,
    sun: businessDay,
  })
  .check((ctx) => {
    const spans: { start: number; end: number; key: string; index: number }[] = [];
    SLA_WEEKDAY_KEYS.forEach((key, dayIndex) => {
      ctx.value[key].forEach(([start, end], index) => {
        const [s, e] = slaIntervalMinutes(start, end);
        spans.push({ start: dayIndex * 1440 + s, end: dayIndex * 1440 + e, key, index });
      });
    });
    if (spans.length === 0) {
      ctx.issues.push({ code: 'custom', message: 'the week has no business hours', input: ctx.value });
      return;
    }
    spans.sort((a, b) => a.start - b.start);
    // Sunday's spill past midnight wraps onto Monday: compare it with the first spans of the week.
    const wrapped = spans.map((span) => ({ ...span, start: span.start + 7 * 1440, end: span.end + 7 * 1440 }));
    const all = [...spans, ...wrapped];
    for (let i = 1; i < all.length; i++) {
      const previous = all[i - 1];
      const current = all[i];
      if (previous !== undefined && current !== undefined && previous.end > current.start) {
        const later = i < spans.length ? current : previous;
        const other = later === current ? previous : current;
        ctx.issues.push({
          code: 'custom',
          message: `interval ${later.key}[${later.index}] overlaps ${other.key}[${other.index}]`,
          input: ctx.value,
          path: [later.key, later.index],
        });
        return;
      }
    }
  });
/** A weekly schedule as passed to {@link businessCalendarSchema}. */
export type BusinessWeekInput = z.input<typeof businessWeekSchema>;

const isoDate = z.string().refine((text) => slaDaysOfIsoDate(text) !== undefined, {
  error: 'must be a calendar date "YYYY-MM-DD"',
});

/**
 * A business calendar definition: an IANA `timeZone`, a `weekly` schedule (see
 * {@link businessWeekSchema}) and `holidays`, local dates `"YYYY-MM-DD"` on which the schedule does
 * not apply (default `[]`; a holiday removes every interval that starts on that date, including
 * the part of a Friday-night shift that runs past midnight). Unknown keys are refused. Compile
 * it with {@link defineBusinessCalendar}, which also reports an unknown zone as
 * `UNKNOWN_TIME_ZONE`.
 *
 * @example
 * ```ts
 * import { businessCalendarSchema } from 'omnicx/satisfaction';
 * const ok = businessCalendarSchema.safeParse({
 *   timeZone: 'Europe/Berlin',
 *   weekly: { mon: [['09:00', '17:00']] },
 *   holidays: ['2026-12-25'],
 * });
 * console.log(ok.success); // true
 * console.log(businessCalendarSchema.safeParse({ timeZone: 'Europe/Berlin', weekly: { mon: [['09:00', '25:00']] } }).success); // false
 * ```
 */
export const businessCalendarSchema = z.strictObject({
  timeZone: slaTimeZone,
  weekly: businessWeekSchema,
  holidays: readonlyOf(z.array(isoDate)).default([]),
});
/** A business calendar definition as passed to {@link defineBusinessCalendar}. */
export type BusinessCalendarInput = z.input<typeof businessCalendarSchema>;
/** A validated business calendar definition (every weekday present, holidays defaulted). */
export type BusinessCalendarDefinition = z.output<typeof businessCalendarSchema>;

const integerArray = readonlyOf(z.array(z.int()));

/**
 * The compiled, plain-data form of a business calendar returned by
 * {@link defineBusinessCalendar}: `weeklyMinutes[0…6]` (Monday…Sunday) lists `[start, end)`
 * minutes after local midnight (end up to 2879 for intervals that cross midnight), `holidays`
 * sorted and de-duplicated with `holidayDays` their day numbers since 1970-01-01,
 * `weeklyBusinessMs` the business time of a week without holiday or clock change, and
 * `offsetTable` the zone's UTC offsets from 1970 to 2100 (segment starts and offsets in ms).
 * It is deeply frozen and survives `JSON.stringify`/`JSON.parse`.
 *
 * @example
 * ```ts
 * import { businessCalendarCompiledSchema, defineBusinessCalendar } from 'omnicx/satisfaction';
 * const calendar = defineBusinessCalendar({ timeZone: 'UTC', weekly: { mon: [['09:00', '17:00']] } });
 * console.log(businessCalendarCompiledSchema.safeParse(JSON.parse(JSON.stringify(calendar))).success); // true
 * ```
 */
export const businessCalendarCompiledSchema = readonlyOf(z.object({
  kind: z.literal('omnicx.businessCalendar'),
  version: z.literal(1),
  timeZone: z.string(),
  weeklyMinutes: readonlyOf(z.array(readonlyOf(z.array(readonlyOf(z.tuple([z.int(), z.int()]))))).length(7)),
  holidays: readonlyOf(z.array(z.string())),
  holidayDays: integerArray,
  weeklyBusinessMs: z.int().positive(),
  offsetTable: readonlyOf(
    z.object({ fromMs: z.int(), toMs: z.int(), startsMs: integerArray, offsetsMs: integerArray })),
}));
/** A compiled business calendar; create it with {@link defineBusinessCalendar}. */
export type BusinessCalendar = z.infer<typeof businessCalendarCompiledSchema>;

/** A compiled calendar argument (shallow check; full check: {@link businessCalendarCompiledSchema}). */
const calendarArgumentSchema = z.custom<BusinessCalendar>(slaIsCompiledCalendar, {
  error: 'must be a business calendar returned by defineBusinessCalendar',
});

const targetMs = z.int().nonnegative().max(SLA_MAX_SPAN_MS);

/**
 * An SLA policy: per priority the `firstResponseMs` and `resolutionMs` targets (each optional,
 * whole milliseconds from 0 to 100 years), and `businessHours`: `true` to count only business
 * time of the calendar given to {@link slaStatus}, `false` to count elapsed calendar time.
 *
 * @example
 * ```ts
 * import { slaPolicySchema } from 'omnicx/satisfaction';
 * const policy = slaPolicySchema.parse({ targets: { P1: { firstResponseMs: 3_600_000 } }, businessHours: true });
 * console.log(policy.targets['P1']?.firstResponseMs); // 3600000
 * ```
 */
export const slaPolicySchema = z.strictObject({
  targets: recordOf(
    z.string().min(1),
    z.strictObject({ firstResponseMs: targetMs.optional(), resolutionMs: targetMs.optional() }),
  ),
  businessHours: z.boolean(),
});
/** An SLA policy as passed. */
export type SlaPolicy = z.input<typeof slaPolicySchema>;

/**
 * A period during which the SLA clocks stop because the ticket waits on the customer: `from`
 * and, once the customer has answered, `to` (≥ `from`; absent while still waiting). Instants
 * are ISO 8601 strings with offset, epoch ms or Dates.
 *
 * @example
 * ```ts
 * import { servicePauseSchema } from 'omnicx/satisfaction';
 * console.log(servicePauseSchema.parse({ from: '2026-03-02T10:00:00Z' })); // { from: 1772445600000 }
 * ```
 */
export const servicePauseSchema = z
  .object({ from: slaInstant, to: slaInstant.optional() })
  .check((ctx) => {
    if (ctx.value.to !== undefined && ctx.value.to < ctx.value.from) {
      ctx.issues.push({ code: 'custom', message: 'a pause must not end before it starts', input: ctx.value.to, path: ['to'] });
    }
  });
/** A pause as passed. */
export type ServicePauseInput = z.input<typeof servicePauseSchema>;

/**
 * A customer-service ticket: `openedAt`, `priority` (a key of the SLA policy's targets),
 * optional `channel`, `firstResponseAt` and `resolvedAt` (the latest resolution; absent while
 * open), `pauses` (default `[]`, see {@link servicePauseSchema}), `contacts` (how many times the
 * customer had to get in touch about it; 1 = resolved at first contact; absent = unknown) and
 * `reopenCount` (times reopened after a resolution, default 0). `firstResponseAt` and
 * `resolvedAt` must not precede `openedAt`. Other keys are ignored.
 *
 * @example
 * ```ts
 * import { serviceTicketSchema } from 'omnicx/satisfaction';
 * const ticket = serviceTicketSchema.parse({ openedAt: '2026-03-02T09:00:00Z', priority: 'P2' });
 * console.log(ticket); // { openedAt: 1772442000000, priority: 'P2', pauses: [], reopenCount: 0 }
 * ```
 */
export const serviceTicketSchema = z
  .object({
    openedAt: slaInstant,
    priority: z.string().min(1),
    channel: z.string().min(1).optional(),
    firstResponseAt: slaInstant.optional(),
    resolvedAt: slaInstant.optional(),
    pauses: z.array(servicePauseSchema).default([]),
    contacts: z.int().positive().optional(),
    reopenCount: z.int().nonnegative().default(0),
  })
  .check((ctx) => {
    for (const key of ['firstResponseAt', 'resolvedAt'] as const) {
      const at = ctx.value[key];
      if (at !== undefined && at < ctx.value.openedAt) {
        ctx.issues.push({ code: 'custom', message: `${key} must not precede openedAt`, input: at, path: [key] });
      }
    }
  });
/** A ticket as passed. */
export type ServiceTicketInput = z.input<typeof serviceTicketSchema>;
/** A validated ticket (instants as epoch ms). */
export type ServiceTicket = z.output<typeof serviceTicketSchema>;

/**
 * Options of {@link slaStatus}: `now`, the instant at which the clocks are read (events and
 * pauses after it are ignored), and `calendar`, a compiled {@link BusinessCalendar}, required
 * when the policy counts business hours.
 *
 * @example
 * ```ts
 * import { slaStatusOptionsSchema } from 'omnicx/satisfaction';
 * console.log(slaStatusOptionsSchema.safeParse({ now: '2026-03-02T12:00:00Z' }).success); // true
 * ```
 */
export const slaStatusOptionsSchema = z.strictObject({ now: slaInstant, calendar: calendarArgumentSchema.optional() });
/** Options of {@link slaStatus}, as passed. */
export type SlaStatusOptions = z.input<typeof slaStatusOptionsSchema>;

const nullableInstant = z.int().nullable();

/**
 * One SLA clock of {@link slaStatus}: `targetMs`; `dueAt`, the instant the counted time reaches
 * the target (`null` while an open pause stops the clock short of it); `elapsedBusinessMs`, the
 * counted time from opening to the event, or to `now` while it has not happened (business time,
 * or calendar time for a policy without business hours; pauses excluded); `remainingBusinessMs`
 * = target − elapsed (negative when over); `breached` (the event, or `now` while it has not
 * happened, is after `dueAt`) with `breachedAt` = `dueAt` when breached; `met` (the event
 * happened by `dueAt`); `stoppedAt` (the event instant, or `null`); `paused` (an open pause holds
 * the clock at `now`).
 */
export const slaClockSchema = z.object({
  targetMs: z.int().nonnegative(),
  dueAt: nullableInstant,
  elapsedBusinessMs: z.int().nonnegative(),
  remainingBusinessMs: z.int(),
  breached: z.boolean(),
  breachedAt: nullableInstant,
  met: z.boolean(),
  stoppedAt: nullableInstant,
  paused: z.boolean(),
});
/** One SLA clock. */
export type SlaClock = z.infer<typeof slaClockSchema>;

/**
 * The result of {@link slaStatus}: the ticket's `priority`, whether `businessHours` were counted,
 * and the `firstResponse` and `resolution` clocks (`null` when the policy sets no such target).
 *
 * @example
 * ```ts
 * import { slaStatusResultSchema } from 'omnicx/satisfaction';
 * console.log(Object.keys(slaStatusResultSchema.shape).join(',')); // 'priority,businessHours,firstResponse,resolution'
 * ```
 */
export const slaStatusResultSchema = z.object({
  priority: z.string(),
  businessHours: z.boolean(),
  firstResponse: slaClockSchema.nullable(),
  resolution: slaClockSchema.nullable(),
});
/** The result of {@link slaStatus}. */
export type SlaStatusResult = z.infer<typeof slaStatusResultSchema>;

/**
 * Options of {@link serviceKpis}: `asOf` (required), the instant the KPIs are read at — tickets
 * opened later are left out, events after it have not happened yet; `timeBasis` `'calendar'`
 * (default) or `'business'` for response and resolution times; `calendar`, required for
 * `'business'` and for a policy with business hours; `policy`, an {@link SlaPolicy} for SLA
 * attainment (omitted: no attainment); `excludePauses` (default `false`): subtract pauses from
 * response and resolution times, as the SLA clocks do; `confidence` of the Wilson intervals
 * (default 0.95).
 *
 * @example
 * ```ts
 * import { serviceKpisOptionsSchema } from 'omnicx/satisfaction';
 * console.log(serviceKpisOptionsSchema.parse({ asOf: '2026-03-02T12:00:00Z' })); // { asOf: 1772452800000, timeBasis: 'calendar', excludePauses: false, confidence: 0.95 }
 * ```
 */
export const serviceKpisOptionsSchema = z.strictObject({
  asOf: slaInstant,
  timeBasis: z.enum(['calendar', 'business']).default('calendar'),
  calendar: calendarArgumentSchema.optional(),
  policy: slaPolicySchema.optional(),
  excludePauses: z.boolean().default(false),
  confidence: z.number().gt(0).lt(1).default(0.95),
});
/** Options of {@link serviceKpis}, as passed. */
export type ServiceKpisOptions = z.input<typeof serviceKpisOptionsSchema>;

const serviceWilson = z.object({
  lower: z.number().min(0).max(1),
  upper: z.number().min(0).max(1),
  confidence: z.number(),
  method: z.literal('wilson'),
});

/**
 * A duration KPI: `n` and the `meanMs`, `medianMs` and `p90Ms` (Hyndman–Fan type 7), `null` when
 * n = 0; the `standardErrorMs` of the mean and its Student t `meanInterval` (`null` when n < 2);
 * the distribution-free `medianInterval` [x₍ⱼ₎, x₍ₖ₎] between the order statistics of ranks
 * `lowerRank` = j and `upperRank` = k = n − j + 1, whose exact `coverage` (1 − 2·P(B < j),
 * B ~ Binomial(n, ½)) is at least `confidence` — `null` when n is too small for that (n ≤ 5 at
 * 95 %).
 */
export const serviceDurationSummarySchema = z.object({
  n: z.int().nonnegative(),
  meanMs: z.number().nullable(),
  medianMs: z.number().nullable(),
  p90Ms: z.number().nullable(),
  standardErrorMs: z.number().nonnegative().nullable(),
  meanInterval: z
    .object({ lower: z.number(), upper: z.number(), confidence: z.number(), method: z.literal('studentT') })
    .nullable(),
  medianInterval: z
    .object({
      lower: z.number(),
      upper: z.number(),
      confidence: z.number(),
      method: z.literal('orderStatistics'),
      lowerRank: z.int().positive(),
      upperRank: z.int().positive(),
      coverage: z.number().min(0).max(1),
    })
    .nullable(),
});
/** A duration KPI. */
export type ServiceDurationSummary = z.infer<typeof serviceDurationSummarySchema>;

/** A proportion KPI: `count` of `n`, the `rate` and its Wilson `interval` (`null` when n = 0). */
export const serviceRateSchema = z.object({
  n: z.int().nonnegative(),
  count: z.int().nonnegative(),
  rate: z.number().min(0).max(1).nullable(),
  interval: serviceWilson.nullable(),
});
/** A proportion KPI. */
export type ServiceRate = z.infer<typeof serviceRateSchema>;

/**
 * SLA attainment of a group: `n` settled clocks (met, or breached — a running clock past its
 * due instant counts as breached; running clocks within target are left out), `met`,
 * `breached`, `rate` = met / n and its Wilson `interval` (`null` when n = 0).
 */
export const slaAttainmentSchema = z.object({
  n: z.int().nonnegative(),
  met: z.int().nonnegative(),
  breached: z.int().nonnegative(),
  rate: z.number().min(0).max(1).nullable(),
  interval: serviceWilson.nullable(),
});
/** SLA attainment of a group. */
export type SlaAttainment = z.infer<typeof slaAttainmentSchema>;

const slaAttainmentPair = { firstResponse: slaAttainmentSchema, resolution: slaAttainmentSchema };

/**
 * The result of {@link serviceKpis}: `asOf`, `timeBasis`, `n` tickets opened by `asOf`,
 * `firstResponseTime` and `resolutionTime`, `firstContactResolution` (resolved tickets with a
 * known `contacts` count: share resolved at the first contact), `reopenRate` (tickets resolved
 * at least once: share reopened), `backlog` (open at `asOf`: count, oldest opening, counts by
 * priority and channel) and `slaAttainment` (overall, by priority and by channel; `null`
 * without a policy). Groups are sorted by key.
 *
 * @example
 * ```ts
 * import { serviceKpisResultSchema } from 'omnicx/satisfaction';
 * console.log(Object.keys(serviceKpisResultSchema.shape).length); // 9
 * ```
 */
export const serviceKpisResultSchema = z.object({
  asOf: z.int(),
  timeBasis: z.enum(['calendar', 'business']),
  n: z.int().nonnegative(),
  firstResponseTime: serviceDurationSummarySchema,
  resolutionTime: serviceDurationSummarySchema,
  firstContactResolution: serviceRateSchema,
  reopenRate: serviceRateSchema,
  backlog: z.object({
    count: z.int().nonnegative(),
    oldestOpenedAt: nullableInstant,
    byPriority: z.array(z.object({ priority: z.string(), count: z.int().nonnegative() })),
    byChannel: z.array(z.object({ channel: z.string(), count: z.int().nonnegative() })),
  }),
  slaAttainment: z
    .object({
      ...slaAttainmentPair,
      byPriority: z.array(z.object({ priority: z.string(), ...slaAttainmentPair })),
      byChannel: z.array(z.object({ channel: z.string(), ...slaAttainmentPair })),
    })
    .nullable(),
});
/** The result of {@link serviceKpis}. */
export type ServiceKpisResult = z.infer<typeof serviceKpisResultSchema>;

const slaTallySchema = z.object({ met: z.int().nonnegative(), breached: z.int().nonnegative() });
const slaTallyPair = { firstResponse: slaTallySchema, resolution: slaTallySchema };
/** Durations in ms, ascending (checked by the functions). */
const sortedDurations = z.array(z.number().nonnegative());

/**
 * A mergeable service-KPI accumulator: plain JSON `{ kind: 'serviceKpis', version: 1, … }` with the
 * options that decide how a ticket counts (`asOf`, `timeBasis`, `excludePauses`, the parsed
 * `policy` and the compiled `calendar`, each `null` when not given), the counts behind the rates,
 * the backlog and the SLA tallies (by priority and channel, sorted by key), and every first
 * response and resolution time, ascending — so medians, p90 and the intervals stay exact, at the
 * cost of memory proportional to the number of tickets.
 *
 * @example
 * ```ts
 * import { createServiceKpisAccumulator, serviceKpisAccumulatorSchema } from 'omnicx/satisfaction';
 * console.log(serviceKpisAccumulatorSchema.safeParse(createServiceKpisAccumulator({ asOf: 0 })).success); // true
 * ```
 */
export const serviceKpisAccumulatorSchema = z.object({
  kind: z.literal('serviceKpis'),
  version: z.literal(1),
  asOf: z.int(),
  timeBasis: z.enum(['calendar', 'business']),
  excludePauses: z.boolean(),
  policy: slaPolicySchema.nullable(),
  calendar: calendarArgumentSchema.nullable(),
  n: z.int().nonnegative(),
  firstContactResolution: z.object({ n: z.int().nonnegative(), count: z.int().nonnegative() }),
  reopenRate: z.object({ n: z.int().nonnegative(), count: z.int().nonnegative() }),
  backlog: z.object({
    count: z.int().nonnegative(),
    oldestOpenedAt: nullableInstant,
    byPriority: z.array(z.object({ priority: z.string(), count: z.int().nonnegative() })),
    byChannel: z.array(z.object({ channel: z.string(), count: z.int().nonnegative() })),
  }),
  slaAttainment: z.object({
    ...slaTallyPair,
    byPriority: z.array(z.object({ priority: z.string(), ...slaTallyPair })),
    byChannel: z.array(z.object({ channel: z.string(), ...slaTallyPair })),
  }),
  firstResponseTimes: sortedDurations,
  resolutionTimes: sortedDurations,
});
/** A mergeable service-KPI accumulator. */
export type ServiceKpisAccumulator = z.infer<typeof serviceKpisAccumulatorSchema>;
// ── end of business calendars, SLA clocks and service KPIs ──
