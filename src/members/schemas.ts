import * as z from 'zod';
import { recordOf } from '../core/internal/recordOf.js';
import { instantSchema } from '../core/time/instantSchema.js';
import { isBasketKey } from './internal/basketKey.js';

// Schemas of the member-analytics inputs, options and model parameters. The hot paths (rfm,
// customerSummary, cohortRetention, the fits) check rows with fast assertions that report the same
// paths; the schemas are exported for callers who want `safeParse` at their own boundary.

const positive = z.number().positive();
const nonNegative = z.number().nonnegative();

/**
 * One purchase: `customerId` (non-empty string), `at` (an instant: ISO 8601 string with offset,
 * epoch milliseconds or a `Date`; output as epoch milliseconds) and `amountMinor` (the amount in
 * minor units, a non-negative safe integer).
 *
 * @example
 * ```ts
 * import { memberTransactionSchema } from 'omnicx/members';
 * const row = memberTransactionSchema.parse({ customerId: 'c1', at: '2026-01-05T10:00:00Z', amountMinor: 1250 });
 * console.log(row.at); // 1767607200000
 * ```
 */
export const memberTransactionSchema = z.object({
  customerId: z.string().min(1),
  at: instantSchema,
  amountMinor: z.int().nonnegative(),
});
/** A purchase as accepted by the member functions (the input form of {@link memberTransactionSchema}). */
export type MemberTransaction = z.input<typeof memberTransactionSchema>;

/** A score range [low, high]: a reversed range (a typo such as [5, 4]) would silently never match. */
const scoreRangeSchema = z.tuple([z.int(), z.int()]).refine(([low, high]) => low <= high, { error: 'the range must be [low, high] with low ≤ high' });

/**
 * One rule of an RFM segment map: the segment `name` applies when each score lies in its inclusive
 * `[min, max]` range, min ≤ max (a missing range matches any score). Rules are tried in order; the first match wins.
 *
 * @example
 * ```ts
 * import { rfmSegmentRuleSchema } from 'omnicx/members';
 * console.log(rfmSegmentRuleSchema.safeParse({ name: 'champions', recency: [5, 5], frequency: [4, 5] }).success); // true
 * ```
 */
export const rfmSegmentRuleSchema = z.strictObject({
  name: z.string().min(1),
  recency: scoreRangeSchema.optional(),
  frequency: scoreRangeSchema.optional(),
  monetary: scoreRangeSchema.optional(),
});
/** A rule of an RFM segment map. */
export type RfmSegmentRule = z.infer<typeof rfmSegmentRuleSchema>;

/**
 * Options of `rfm`: `asOf` (the instant recency is measured to; required), `bins` (number of score
 * classes, integer 2–10, default 5), `timeZone` (IANA zone whose calendar days count recency,
 * default `'UTC'`) and `segments` (an ordered segment map, default `DEFAULT_RFM_SEGMENTS`).
 *
 * @example
 * ```ts
 * import { rfmOptionsSchema } from 'omnicx/members';
 * console.log(rfmOptionsSchema.parse({ asOf: '2026-01-01T00:00:00Z' }).bins); // 5
 * ```
 */
export const rfmOptionsSchema = z.strictObject({
  asOf: instantSchema,
  bins: z.int().min(2).max(10).default(5),
  timeZone: z.string().optional(),
  segments: z.array(rfmSegmentRuleSchema).optional(),
});
/** Options of `rfm` (input form). */
export type RfmOptions = z.input<typeof rfmOptionsSchema>;

/**
 * A BTYD customer summary in the conventions of the Python `lifetimes` library: `frequency`
 * (repeat purchase periods, a non-negative integer), `recency` (periods from the first to the last
 * purchase; 0 when frequency is 0), `T` (periods from the first purchase to the end of
 * observation, ≥ recency) and `monetaryMean` (mean spend per repeat period in minor units; 0 when
 * frequency is 0). `customerId` is optional for model inputs.
 *
 * @example
 * ```ts
 * import { customerSummarySchema } from 'omnicx/members';
 * console.log(customerSummarySchema.safeParse({ frequency: 2, recency: 30, T: 38, monetaryMean: 1500 }).success); // true
 * ```
 */
export const customerSummarySchema = z.object({
  customerId: z.string().optional(),
  frequency: z.int().nonnegative(),
  recency: nonNegative,
  T: nonNegative,
  monetaryMean: nonNegative,
});
/** A BTYD customer summary. */
export type CustomerSummary = z.infer<typeof customerSummarySchema>;

/**
 * Options of `customerSummary`: `asOf` (end of observation; required), `periodDays` (length of a
 * period in calendar days, a positive integer, default 7) and `timeZone` (whose calendar days are
 * counted, default `'UTC'`).
 *
 * @example
 * ```ts
 * import { customerSummaryOptionsSchema } from 'omnicx/members';
 * console.log(customerSummaryOptionsSchema.parse({ asOf: 0 }).periodDays); // 7
 * ```
 */
export const customerSummaryOptionsSchema = z.strictObject({
  asOf: instantSchema,
  periodDays: z.int().positive().default(7),
  timeZone: z.string().optional(),
});
/** Options of `customerSummary` (input form). */
export type CustomerSummaryOptions = z.input<typeof customerSummaryOptionsSchema>;

/**
 * A group of identical `(frequency, recency, T)` triples with the number of customers (`weight`)
 * that share it, as returned by `compressSummaries`.
 *
 * @example
 * ```ts
 * import { compressedSummarySchema } from 'omnicx/members';
 * console.log(compressedSummarySchema.safeParse({ frequency: 1, recency: 3, T: 10, weight: 42 }).success); // true
 * ```
 */
export const compressedSummarySchema = z.object({
  frequency: z.int().nonnegative(),
  recency: nonNegative,
  T: nonNegative,
  weight: positive,
});
/** A weighted `(frequency, recency, T)` triple. */
export type CompressedSummary = z.infer<typeof compressedSummarySchema>;

/**
 * What the BTYD fits read from each element: `frequency`, `recency`, `T` (as in
 * {@link customerSummarySchema}) and an optional positive `weight` (customers sharing the triple,
 * default 1). Summaries from `customerSummary` and groups from `compressSummaries` both qualify.
 *
 * @example
 * ```ts
 * import { summaryTripleSchema } from 'omnicx/members';
 * console.log(summaryTripleSchema.safeParse({ frequency: 0, recency: 0, T: 12 }).success); // true
 * ```
 */
export const summaryTripleSchema = z.object({
  frequency: z.int().nonnegative(),
  recency: nonNegative,
  T: nonNegative,
  weight: positive.optional(),
});
/** A `(frequency, recency, T)` triple with an optional weight. */
export type SummaryTriple = z.infer<typeof summaryTripleSchema>;

/**
 * Options of the maximum-likelihood fits: `maxIterations` (Nelder–Mead iterations, default 2000),
 * `tolerance` (relative change of the log-likelihood that stops the search, default 1e-10) and
 * `initial` (starting values of the parameters, default 1 each).
 *
 * @example
 * ```ts
 * import { fitOptionsSchema } from 'omnicx/members';
 * console.log(fitOptionsSchema.parse({}).maxIterations); // 2000
 * ```
 */
export const fitOptionsSchema = z.strictObject({
  maxIterations: z.int().positive().default(2000),
  tolerance: z.number().positive().max(1e-3).default(1e-10),
  initial: z.array(positive).optional(),
});
/** Options of the fits (input form). */
export type FitOptions = z.input<typeof fitOptionsSchema>;

/**
 * BG/NBD parameters (Fader, Hardie & Lee 2005): purchase rates are gamma(`r`, `alpha`) across
 * customers, the drop-out probability after each purchase is beta(`a`, `b`). All positive; `alpha`
 * is in periods.
 *
 * @example
 * ```ts
 * import { bgNbdParamsSchema } from 'omnicx/members';
 * console.log(bgNbdParamsSchema.safeParse({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }).success); // true
 * ```
 */
export const bgNbdParamsSchema = z.object({ r: positive, alpha: positive, a: positive, b: positive });
/** BG/NBD parameters. */
export type BgNbdParams = z.infer<typeof bgNbdParamsSchema>;

/**
 * Pareto/NBD parameters (Schmittlein, Morrison & Colombo 1987): purchase rates gamma(`r`,
 * `alpha`), drop-out rates gamma(`s`, `beta`). All positive; `alpha` and `beta` in periods.
 *
 * @example
 * ```ts
 * import { paretoNbdParamsSchema } from 'omnicx/members';
 * console.log(paretoNbdParamsSchema.safeParse({ r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 }).success); // true
 * ```
 */
export const paretoNbdParamsSchema = z.object({ r: positive, alpha: positive, s: positive, beta: positive });
/** Pareto/NBD parameters. */
export type ParetoNbdParams = z.infer<typeof paretoNbdParamsSchema>;

/**
 * Gamma-Gamma spend parameters (Fader, Hardie & Lee 2005, "RFM and CLV"; Fader & Hardie 2013
 * note): spend per transaction is gamma(`p`, ν) with ν ~ gamma(`q`, `v`). All positive; `v` in
 * minor units.
 *
 * @example
 * ```ts
 * import { gammaGammaParamsSchema } from 'omnicx/members';
 * console.log(gammaGammaParamsSchema.safeParse({ p: 6.25, q: 3.74, v: 15.44 }).success); // true
 * ```
 */
export const gammaGammaParamsSchema = z.object({ p: positive, q: positive, v: positive });
/** Gamma-Gamma parameters. */
export type GammaGammaParams = z.infer<typeof gammaGammaParamsSchema>;

/**
 * Shifted-beta-geometric parameters (Fader & Hardie 2007): the per-period churn probability is
 * beta(`alpha`, `beta`) across customers. Both positive.
 *
 * @example
 * ```ts
 * import { sbgParamsSchema } from 'omnicx/members';
 * console.log(sbgParamsSchema.safeParse({ alpha: 0.704, beta: 1.182 }).success); // true
 * ```
 */
export const sbgParamsSchema = z.object({ alpha: positive, beta: positive });
/** Shifted-beta-geometric parameters. */
export type SbgParams = z.infer<typeof sbgParamsSchema>;

/**
 * Options of `frequentItemsets`: `minSupport` (a fraction in (0, 1]; the minimum support count is
 * ceil(minSupport × N)) and `maxLength` (largest itemset size, a positive integer, default unlimited).
 *
 * @example
 * ```ts
 * import { frequentItemsetsOptionsSchema } from 'omnicx/members';
 * console.log(frequentItemsetsOptionsSchema.safeParse({ minSupport: 0 }).success); // false
 * ```
 */
export const frequentItemsetsOptionsSchema = z.strictObject({
  minSupport: z.number().gt(0).max(1),
  maxLength: z.int().positive().optional(),
});
/** Options of `frequentItemsets`. */
export type FrequentItemsetsOptions = z.infer<typeof frequentItemsetsOptionsSchema>;

/**
 * A rule-quality measure: `'support' | 'confidence' | 'lift' | 'leverage' | 'conviction'`.
 *
 * @example
 * ```ts
 * import { ruleMeasureSchema } from 'omnicx/members';
 * console.log(ruleMeasureSchema.options.length); // 5
 * ```
 */
export const ruleMeasureSchema = z.enum(['support', 'confidence', 'lift', 'leverage', 'conviction']);
/** A rule-quality measure. */
export type RuleMeasure = z.infer<typeof ruleMeasureSchema>;

/**
 * Options of `associationRules`: `minConfidence` (in [0, 1], inclusive), `maxConsequent` (largest
 * consequent size, default 1) and `sortBy` (the measure rules are sorted by, descending; default `'lift'`).
 *
 * @example
 * ```ts
 * import { associationRulesOptionsSchema } from 'omnicx/members';
 * console.log(associationRulesOptionsSchema.parse({ minConfidence: 0.5 }).sortBy); // 'lift'
 * ```
 */
export const associationRulesOptionsSchema = z.strictObject({
  minConfidence: z.number().min(0).max(1),
  maxConsequent: z.int().positive().default(1),
  sortBy: ruleMeasureSchema.default('lift'),
});
/** Options of `associationRules` (input form). */
export type AssociationRulesOptions = z.input<typeof associationRulesOptionsSchema>;

/**
 * Options of `recommendFor`: `k` (how many items, a positive integer) and `by` (the measure that
 * ranks candidate items, default `'confidence'`).
 *
 * @example
 * ```ts
 * import { recommendOptionsSchema } from 'omnicx/members';
 * console.log(recommendOptionsSchema.parse({ k: 3 }).by); // 'confidence'
 * ```
 */
export const recommendOptionsSchema = z.strictObject({ k: z.int().positive(), by: ruleMeasureSchema.default('confidence') });
/** Options of `recommendFor` (input form). */
export type RecommendOptions = z.input<typeof recommendOptionsSchema>;

/**
 * Options of `cohortRetention`: `period` (`'month'` or `'week'`, ISO weeks starting Monday) and
 * `timeZone` (IANA zone whose calendar defines the periods; required).
 *
 * @example
 * ```ts
 * import { cohortRetentionOptionsSchema } from 'omnicx/members';
 * console.log(cohortRetentionOptionsSchema.safeParse({ period: 'week', timeZone: 'UTC' }).success); // true
 * ```
 */
export const cohortRetentionOptionsSchema = z.strictObject({ period: z.enum(['month', 'week']), timeZone: z.string() });
/** Options of `cohortRetention`. */
export type CohortRetentionOptions = z.infer<typeof cohortRetentionOptionsSchema>;

/**
 * One subject of a survival analysis: `duration` (time observed, non-negative, any unit) and
 * `churned` (true when the event was observed at `duration`, false when censored).
 *
 * @example
 * ```ts
 * import { survivalSubjectSchema } from 'omnicx/members';
 * console.log(survivalSubjectSchema.safeParse({ duration: 3, churned: false }).success); // true
 * ```
 */
export const survivalSubjectSchema = z.object({ duration: nonNegative, churned: z.boolean() });
/** One subject of a survival analysis. */
export type SurvivalSubject = z.infer<typeof survivalSubjectSchema>;

/**
 * Diagnostics shared by every maximum-likelihood fit: `logLikelihood` (maximised, natural log,
 * summed over customers), `converged` (the optimiser converged to an interior maximum with a
 * positive-definite Hessian), `reason` (why not, when `converged` is false) and `iterations`
 * (Nelder–Mead iterations over all restarts).
 *
 * @example
 * ```ts
 * import { fitDiagnosticsSchema } from 'omnicx/members';
 * console.log(fitDiagnosticsSchema.safeParse({ logLikelihood: -10, converged: true, iterations: 120 }).success); // true
 * ```
 */
export const fitDiagnosticsSchema = z.object({
  logLikelihood: z.number(),
  converged: z.boolean(),
  reason: z.string().optional(),
  iterations: z.int().nonnegative(),
});
/** Fit diagnostics. */
export type FitDiagnostics = z.infer<typeof fitDiagnosticsSchema>;

const accumulatorCount = z.int().nonnegative();

/** True for `String(d)` of a finite d ≥ 0: the canonical key of a duration. */
function isDurationKey(key: string): boolean {
  const d = Number(key);
  return key !== '' && Number.isFinite(d) && d >= 0 && String(d) === key;
}

/**
 * A mergeable Kaplan–Meier accumulator (see `createSurvivalAccumulator`): plain JSON
 * `{ kind: 'survival', version: 1, counts }` where `counts[String(duration)]` is
 * `[events, censored]` at that duration (keys are the canonical `String` of a non-negative number;
 * no entry is `[0, 0]`). Memory: one entry per distinct duration.
 *
 * @example
 * ```ts
 * import { createSurvivalAccumulator, survivalAccumulatorSchema } from 'omnicx/members';
 * console.log(survivalAccumulatorSchema.safeParse(createSurvivalAccumulator()).success); // true
 * console.log(survivalAccumulatorSchema.safeParse({ kind: 'survival', version: 1, counts: { '01': [1, 0] } }).success); // false
 * ```
 */
export const survivalAccumulatorSchema = z.object({
  kind: z.literal('survival'),
  version: z.literal(1),
  counts: recordOf(
    z.string().refine(isDurationKey, { error: 'a key must be String(d) of a duration d ≥ 0' }),
    z.tuple([accumulatorCount, accumulatorCount]).refine(([d, c]) => d + c > 0, { error: 'an entry must count at least one subject' }),
    'keep',
  ),
});
/** A mergeable Kaplan–Meier accumulator. */
export type SurvivalAccumulator = z.infer<typeof survivalAccumulatorSchema>;

/**
 * A mergeable acquisition-cohort accumulator (see `createCohortRetentionAccumulator`): plain JSON
 * `{ kind: 'cohortRetention', version: 1, period, timeZone, customers }` where
 * `customers[customerId]` lists, ascending and without repeats, the periods in which the customer
 * bought. Period numbers: months are year × 12 + month − 1 on the zone's calendar, weeks are ISO
 * weeks counted from Monday 1970-01-05 (week 0; earlier weeks negative). Memory: one entry per
 * customer, one number per period with a purchase.
 *
 * The functions check accumulators by hand with the same rules; this schema is for callers who
 * want `safeParse` at their own boundary (an own `"__proto__"` key, a customer id the functions
 * accept, is kept as an own property of the output).
 *
 * @example
 * ```ts
 * import { cohortRetentionAccumulatorSchema, createCohortRetentionAccumulator } from 'omnicx/members';
 * const acc = createCohortRetentionAccumulator({ period: 'month', timeZone: 'UTC' });
 * console.log(cohortRetentionAccumulatorSchema.safeParse(acc).success); // true
 * console.log(cohortRetentionAccumulatorSchema.safeParse({ ...acc, customers: { ann: [24313, 24312] } }).success); // false
 * ```
 */
export const cohortRetentionAccumulatorSchema = z.object({
  kind: z.literal('cohortRetention'),
  version: z.literal(1),
  period: z.enum(['month', 'week']),
  timeZone: z.string(),
  customers: recordOf(
    z.string().min(1),
    z
      .array(z.int().min(-20_000_000).max(20_000_000))
      .min(1)
      .refine((periods) => periods.every((p, i) => i === 0 || p > (periods[i - 1] as number)), { error: 'periods must be strictly ascending' }),
    'keep',
  ),
});
/** A mergeable acquisition-cohort accumulator. */
export type CohortRetentionAccumulator = z.infer<typeof cohortRetentionAccumulatorSchema>;

/**
 * A mergeable basket accumulator for `frequentItemsets` (see `createBasketAccumulator`): plain JSON
 * `{ kind: 'baskets', version: 1, baskets }` where `baskets[key]` is the number of baskets holding
 * exactly the item set `JSON.parse(key)` — the key is `JSON.stringify` of the distinct items sorted
 * by code unit. Memory: one entry per distinct basket (as a set).
 *
 * @example
 * ```ts
 * import { basketAccumulatorSchema } from 'omnicx/members';
 * console.log(basketAccumulatorSchema.safeParse({ kind: 'baskets', version: 1, baskets: { '["bread","milk"]': 2 } }).success); // true
 * console.log(basketAccumulatorSchema.safeParse({ kind: 'baskets', version: 1, baskets: { '["milk","bread"]': 2 } }).success); // false
 * ```
 */
export const basketAccumulatorSchema = z.object({
  kind: z.literal('baskets'),
  version: z.literal(1),
  baskets: recordOf(z.string().refine(isBasketKey, { error: 'a key must be JSON.stringify of the distinct items sorted by code unit' }), z.int().positive(), 'keep'),
});
/** A mergeable basket accumulator. */
export type BasketAccumulator = z.infer<typeof basketAccumulatorSchema>;

/**
 * A mergeable RFM accumulator (see `createRfmAccumulator`): plain JSON `{ kind: 'rfm', version: 1,
 * asOf, timeZone, bins, segments, customers }` holding the options of `rfm` (`asOf` in epoch
 * milliseconds, `timeZone` and `segments` `null` when not given) and, per customer id,
 * `[purchases, totalMinor, lastPurchaseAt]` (last purchase in epoch milliseconds, at or before
 * `asOf`). Memory: one entry of three numbers per customer.
 *
 * @example
 * ```ts
 * import { createRfmAccumulator, rfmAccumulatorSchema } from 'omnicx/members';
 * const acc = createRfmAccumulator({ asOf: '2026-03-31T00:00:00Z' });
 * console.log(rfmAccumulatorSchema.safeParse(acc).success); // true
 * console.log(rfmAccumulatorSchema.safeParse({ ...acc, customers: { ann: [0, 0, 0] } }).success); // false
 * ```
 */
export const rfmAccumulatorSchema = z.object({
  kind: z.literal('rfm'),
  version: z.literal(1),
  asOf: z.int().min(-8_640_000_000_000_000).max(8_640_000_000_000_000),
  timeZone: z.string().nullable(),
  bins: z.int().min(2).max(10),
  segments: z.array(rfmSegmentRuleSchema).nullable(),
  customers: recordOf(z.string().min(1), z.tuple([z.int().positive(), z.int().nonnegative(), z.int().min(-8_640_000_000_000_000)]), 'keep'),
});
/** A mergeable RFM accumulator. */
export type RfmAccumulator = z.infer<typeof rfmAccumulatorSchema>;

/**
 * A mergeable BTYD-summary accumulator (see `createCustomerSummaryAccumulator`): plain JSON
 * `{ kind: 'customerSummary', version: 1, asOf, periodDays, timeZone, customers }` holding the
 * options of `customerSummary` (`asOf` in epoch milliseconds, `timeZone` `null` when not given) and,
 * per customer id, `{ periods, totalMinor, firstPeriodMinor }`: the ascending distinct period
 * numbers with a purchase (periods of `periodDays` days counted from Monday 1970-01-05), the total
 * spend and the spend in the first period. Memory: one entry per customer, one number per
 * active period.
 *
 * @example
 * ```ts
 * import { createCustomerSummaryAccumulator, customerSummaryAccumulatorSchema } from 'omnicx/members';
 * const acc = createCustomerSummaryAccumulator({ asOf: '2026-03-02T00:00:00Z' });
 * console.log(customerSummaryAccumulatorSchema.safeParse(acc).success); // true
 * ```
 */
export const customerSummaryAccumulatorSchema = z.object({
  kind: z.literal('customerSummary'),
  version: z.literal(1),
  asOf: z.int().min(-8_640_000_000_000_000).max(8_640_000_000_000_000),
  periodDays: z.int().min(1).max(36_500),
  timeZone: z.string().nullable(),
  customers: recordOf(
    z.string().min(1),
    z.object({
      periods: z
        .array(z.int())
        .min(1)
        .refine((periods) => periods.every((p, i) => i === 0 || p > (periods[i - 1] as number)), { error: 'periods must be strictly ascending' }),
      totalMinor: z.int().nonnegative(),
      firstPeriodMinor: z.int().nonnegative(),
    }),
    'keep',
  ),
});
/** A mergeable BTYD-summary accumulator. */
export type CustomerSummaryAccumulator = z.infer<typeof customerSummaryAccumulatorSchema>;
