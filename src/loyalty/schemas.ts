import * as z from 'zod';
import { recordOf } from '../core/internal/recordOf.js';
import { currencyCodeSchema } from '../core/money/Money.js';
import { roundingModeSchema } from '../core/rounding/RoundingMode.js';
import { instantSchema } from '../core/time/instantSchema.js';
import { timeZoneSchema } from '../core/time/isTimeZone.js';

// ---------------------------------------------------------------------------------------------
// Programme
// ---------------------------------------------------------------------------------------------

/**
 * zod schema of a non-negative decimal string such as `'1'`, `'1.5'` or `'0.25'` (no sign, no
 * exponent): how multipliers, rates and point values are written, so that no float ever enters
 * the arithmetic.
 *
 * @example
 * ```ts
 * import { loyaltyDecimalSchema } from 'omnicx/loyalty';
 * console.log(loyaltyDecimalSchema.safeParse('1.5').success); // true
 * console.log(loyaltyDecimalSchema.safeParse(1.5).success); // false
 * ```
 */
export const loyaltyDecimalSchema = z
  .string()
  .regex(/^\d{1,15}(\.\d{1,12})?$/, { error: "Expected a non-negative decimal string such as '1.5'" });

const idSchema = z.string().min(1);
const idListSchema = z.array(idSchema).min(1);

/**
 * zod schema of a rule {@link RuleCondition}: every criterion that is given must hold (logical AND);
 * an empty condition always holds.
 *
 * - `categories`, `skus`: the rule applies to the purchase lines in one of these categories or
 *   SKUs (line criteria; both given = a line must match both).
 * - `channels`, `stores`: the purchase's channel / store must be listed.
 * - `minSpendMinor`: the eligible spend of the matching lines (minor units) must be at least this.
 * - `from` (inclusive), `until` (exclusive): instants bounding the promotion.
 * - `weekdays` (ISO, 1 = Monday … 7 = Sunday) and `hours` (`{ from, to }`, local hours,
 *   `from` inclusive, `to` exclusive, wrapping past midnight when `from ≥ to`) are read in the
 *   programme's time zone, or the member's when `timeZone: 'member'` (the zone given at
 *   enrolment, else the programme's).
 * - `tiers`: the member's tier before the purchase must be one of these level ids.
 * - `firstPurchase`: `true` only on the member's first purchase, `false` only on later ones.
 *
 * @example
 * ```ts
 * import { ruleConditionSchema } from 'omnicx/loyalty';
 * const weekendShoes = ruleConditionSchema.parse({ categories: ['shoes'], weekdays: [6, 7] });
 * console.log(weekendShoes.timeZone); // 'program'
 * ```
 */
export const ruleConditionSchema = z.strictObject({
  categories: idListSchema.optional(),
  skus: idListSchema.optional(),
  channels: idListSchema.optional(),
  stores: idListSchema.optional(),
  minSpendMinor: z.int().nonnegative().optional(),
  from: instantSchema.optional(),
  until: instantSchema.optional(),
  weekdays: z.array(z.int().min(1).max(7)).min(1).optional(),
  hours: z.strictObject({ from: z.int().min(0).max(23), to: z.int().min(1).max(24) }).optional(),
  timeZone: z.enum(['program', 'member']).default('program'),
  tiers: idListSchema.optional(),
  firstPurchase: z.boolean().optional(),
});

/** A rule condition, as returned by {@link ruleConditionSchema} (see there for the semantics). */
export type RuleCondition = z.infer<typeof ruleConditionSchema>;

const multiplierRuleSchema = z.strictObject({
  id: idSchema,
  type: z.literal('multiplier'),
  multiplier: loyaltyDecimalSchema,
  when: ruleConditionSchema.prefault({}),
});

const bonusRuleSchema = z.strictObject({
  id: idSchema,
  type: z.literal('bonus'),
  points: z.int().positive(),
  when: ruleConditionSchema.prefault({}),
});

/** The member events that can trigger an `eventBonus` rule. */
export const bonusEventKindSchema = z.enum(['signup', 'birthday', 'referral', 'review']);

const eventBonusRuleSchema = z.strictObject({
  id: idSchema,
  type: z.literal('eventBonus'),
  event: bonusEventKindSchema,
  points: z.int().positive(),
});

/**
 * zod schema of an earning rule: `multiplier` (multiplies the base points of the lines its
 * condition matches), `bonus` (fixed points, once per purchase that matches) or `eventBonus`
 * (fixed points on a `bonusEvent` of the given kind).
 *
 * @example
 * ```ts
 * import { earnRuleSchema } from 'omnicx/loyalty';
 * const rule = earnRuleSchema.parse({ id: 'double-shoes', type: 'multiplier', multiplier: '2', when: { categories: ['shoes'] } });
 * console.log(rule.type); // 'multiplier'
 * ```
 */
export const earnRuleSchema = z.discriminatedUnion('type', [multiplierRuleSchema, bonusRuleSchema, eventBonusRuleSchema]);

/** An earning rule, as returned by {@link earnRuleSchema}. */
export type EarnRule = z.infer<typeof earnRuleSchema>;

/**
 * zod schema of an earning cap: at most `points` per member and period (`transaction`, or the
 * local `day`, `month`, `year` in the programme's time zone, or `lifetime`). Without `ruleIds` it
 * limits everything earned from purchases and bonus events; with `ruleIds` only the points those
 * rules gave.
 *
 * @example
 * ```ts
 * import { earnCapSchema } from 'omnicx/loyalty';
 * console.log(earnCapSchema.parse({ id: 'daily', points: 500, per: 'day' }).per); // 'day'
 * ```
 */
export const earnCapSchema = z.strictObject({
  id: idSchema,
  points: z.int().nonnegative(),
  per: z.enum(['transaction', 'day', 'month', 'year', 'lifetime']),
  ruleIds: idListSchema.optional(),
});

/** An earning cap, as returned by {@link earnCapSchema}. */
export type EarnCap = z.infer<typeof earnCapSchema>;

/**
 * zod schema of a tier level. `threshold` is in the unit of the tiers' metric (minor units of
 * qualifying spend, qualifying points or visits); `retainThreshold` (default `threshold`) is what
 * a member already at this level needs in a period to keep it; `multiplier` (default none)
 * multiplies earning while the member holds the level.
 *
 * @example
 * ```ts
 * import { tierLevelSchema } from 'omnicx/loyalty';
 * console.log(tierLevelSchema.parse({ id: 'gold', threshold: 100000, multiplier: '1.5' }).benefits); // []
 * ```
 */
export const tierLevelSchema = z.strictObject({
  // Level ids are keys of simulateProgram's tierCounts: '__proto__' cannot be one (zod's record
  // parse, and any object assignment, drops it).
  id: idSchema.refine((id) => id !== '__proto__', { error: "'__proto__' cannot be a level id" }),
  threshold: z.int().nonnegative(),
  retainThreshold: z.int().nonnegative().optional(),
  multiplier: loyaltyDecimalSchema.optional(),
  benefits: z.array(z.string()).default([]),
});

/** A tier level, as returned by {@link tierLevelSchema}. */
export type TierLevel = z.infer<typeof tierLevelSchema>;

const tierWindowSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('calendarYear') }),
  z.strictObject({ type: z.literal('rollingMonths'), months: z.int().min(1).max(120) }),
  z.strictObject({ type: z.literal('anniversary') }),
  z.strictObject({ type: z.literal('lifetime') }),
]);

/**
 * zod schema of the tier configuration: the qualifying `metric`, the `window` it is counted in,
 * the `levels` (ascending thresholds), and the downgrade policy.
 *
 * @example
 * ```ts
 * import { tierConfigSchema } from 'omnicx/loyalty';
 * const tiers = tierConfigSchema.parse({
 *   metric: 'qualifyingSpend',
 *   window: { type: 'calendarYear' },
 *   levels: [{ id: 'member', threshold: 0 }, { id: 'gold', threshold: 100000 }],
 * });
 * console.log(tiers.downgrade, tiers.softLanding, tiers.graceDays); // periodEnd false 0
 * ```
 */
export const tierConfigSchema = z.strictObject({
  metric: z.enum(['qualifyingSpend', 'qualifyingPoints', 'visits']),
  window: tierWindowSchema,
  levels: z.array(tierLevelSchema).min(1),
  downgrade: z.enum(['periodEnd', 'immediate']).default('periodEnd'),
  softLanding: z.boolean().default(false),
  graceDays: z.int().min(0).max(3660).default(0),
});

const expirySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('rolling'), months: z.int().min(1).max(1200) }),
  z.strictObject({ type: z.literal('endOfYear'), yearsAfter: z.int().min(0).max(100).default(0) }),
  z.strictObject({ type: z.literal('none') }),
]);

const programShape = z.strictObject({
  id: idSchema,
  version: z.union([idSchema, z.int().nonnegative()]),
  currency: currencyCodeSchema,
  timeZone: timeZoneSchema,
  earn: z.strictObject({
    base: z.strictObject({
      points: loyaltyDecimalSchema,
      perAmountMinor: z.int().positive(),
      rounding: roundingModeSchema.default('floor'),
      stage: z.enum(['order', 'line']).default('order'),
    }),
    exclude: z
      .strictObject({ categories: z.array(idSchema).default([]), skus: z.array(idSchema).default([]) })
      .prefault({}),
    rules: z.array(earnRuleSchema).default([]),
    stacking: z.enum(['multiply', 'add', 'best']).default('multiply'),
    caps: z.array(earnCapSchema).default([]),
  }),
  pending: z.strictObject({ days: z.int().min(0).max(3660) }).prefault({ days: 0 }),
  expiry: expirySchema.prefault({ type: 'none' }),
  redemption: z
    .strictObject({
      minPoints: z.int().nonnegative().default(0),
      increment: z.int().positive().default(1),
      pointValueMinor: loyaltyDecimalSchema.default('1'),
    })
    .prefault({}),
  returns: z
    .strictObject({
      clawback: z.literal('proportional').default('proportional'),
      negativeBalance: z.enum(['allow', 'floorAtZero', 'deductFromFuture']).default('allow'),
    })
    .prefault({}),
  tiers: tierConfigSchema.optional(),
});

function duplicates(ids: readonly string[]): number[] {
  const seen = new Set<string>();
  const found: number[] = [];
  ids.forEach((id, index) => {
    if (seen.has(id)) found.push(index);
    seen.add(id);
  });
  return found;
}

/**
 * zod schema of a loyalty {@link Program}: the programme as versioned data. Unknown keys are
 * refused (a typo such as `stackng` is an error, not a silently ignored field), and so are
 * duplicate rule, cap or level ids, caps naming unknown rules and conditions naming unknown
 * tiers. Defaults: `earn.base.rounding` `'floor'`, `earn.base.stage` `'order'`,
 * `earn.stacking` `'multiply'`, `pending.days` 0, `expiry` `{ type: 'none' }`,
 * `redemption` `{ minPoints: 0, increment: 1, pointValueMinor: '1' }`,
 * `returns` `{ clawback: 'proportional', negativeBalance: 'allow' }`, no tiers.
 * Use {@link defineProgram} to parse with omnicx errors.
 *
 * @example
 * ```ts
 * import { programSchema } from 'omnicx/loyalty';
 * const result = programSchema.safeParse({ id: 'p', version: 1, currency: 'USD', timeZone: 'UTC', earn: { base: { points: '1', perAmountMinor: 100 } } });
 * console.log(result.success); // true
 * ```
 */
export const programSchema = programShape.superRefine((program, ctx) => {
  const ruleIds = program.earn.rules.map((r) => r.id);
  for (const index of duplicates(ruleIds)) {
    ctx.addIssue({ code: 'custom', message: 'Duplicate rule id', path: ['earn', 'rules', index, 'id'] });
  }
  for (const index of duplicates(program.earn.caps.map((c) => c.id))) {
    ctx.addIssue({ code: 'custom', message: 'Duplicate cap id', path: ['earn', 'caps', index, 'id'] });
  }
  const known = new Set(ruleIds);
  program.earn.caps.forEach((cap, capIndex) => {
    cap.ruleIds?.forEach((ruleId, index) => {
      if (!known.has(ruleId)) {
        ctx.addIssue({ code: 'custom', message: `Unknown rule id ${JSON.stringify(ruleId)}`, path: ['earn', 'caps', capIndex, 'ruleIds', index] });
      }
    });
  });
  const levels = program.tiers?.levels ?? [];
  for (const index of duplicates(levels.map((l) => l.id))) {
    ctx.addIssue({ code: 'custom', message: 'Duplicate tier level id', path: ['tiers', 'levels', index, 'id'] });
  }
  const levelIds = new Set(levels.map((l) => l.id));
  program.earn.rules.forEach((rule, ruleIndex) => {
    if (rule.type === 'eventBonus') return;
    rule.when.tiers?.forEach((tier, index) => {
      if (!levelIds.has(tier)) {
        ctx.addIssue({ code: 'custom', message: `Unknown tier level ${JSON.stringify(tier)}`, path: ['earn', 'rules', ruleIndex, 'when', 'tiers', index] });
      }
    });
  });
});

/** A programme definition before parsing (defaults may be omitted, instants may be ISO strings). */
export type ProgramInput = z.input<typeof programSchema>;

/** A validated loyalty programme, as returned by {@link defineProgram}. */
export type Program = z.infer<typeof programSchema>;

/**
 * zod schema of the UTC offsets of a prepared programme's time zone (see
 * {@link preparedProgramSchema}): constant-offset segments over [`fromMs`, `toMs`), segment i
 * starting at `startsMs[i]` (strictly increasing, the first at `fromMs`) with offset
 * `offsetsMs[i]` (local − UTC, ms, under a day).
 *
 * @example
 * ```ts
 * import { offsetTableSchema } from 'omnicx/loyalty';
 * const utc = { timeZone: 'UTC', fromMs: 0, toMs: 4_133_980_800_000, startsMs: [0], offsetsMs: [0] };
 * console.log(offsetTableSchema.safeParse(utc).success); // true
 * ```
 */
export const offsetTableSchema = z
  .object({
    timeZone: z.string(),
    fromMs: z.int(),
    toMs: z.int(),
    startsMs: z.array(z.int()).min(1),
    offsetsMs: z.array(z.int().min(-86_399_999).max(86_399_999)),
  })
  .superRefine((t, ctx) => {
    if (t.offsetsMs.length !== t.startsMs.length) ctx.addIssue({ code: 'custom', message: 'offsetsMs must have one offset per segment start', path: ['offsetsMs'] });
    if (t.startsMs[0] !== t.fromMs) ctx.addIssue({ code: 'custom', message: 'The first segment must start at fromMs', path: ['startsMs', 0] });
    t.startsMs.forEach((start, i) => {
      if (i > 0 && start <= (t.startsMs[i - 1] as number)) ctx.addIssue({ code: 'custom', message: 'Segment starts must be strictly increasing', path: ['startsMs', i] });
      if (start >= t.toMs) ctx.addIssue({ code: 'custom', message: 'Segments must start before toMs', path: ['startsMs', i] });
    });
  });

/**
 * zod schema of a prepared programme ({@link prepareProgram}): `{ kind:
 * 'omnicx.preparedLoyaltyProgram', version: 1, program, offsetTable }`, the validated programme
 * with the UTC offsets of its time zone for 1970–2100, so that the functions given it neither
 * parse the programme again nor ask Intl for offsets. Plain JSON; the offsets are trusted, and
 * their `timeZone` must be the programme's.
 *
 * @example
 * ```ts
 * import { prepareProgram, preparedProgramSchema } from 'omnicx/loyalty';
 * const prepared = prepareProgram({ id: 'club', version: 1, currency: 'USD', timeZone: 'UTC', earn: { base: { points: '1', perAmountMinor: 100 } } });
 * console.log(preparedProgramSchema.safeParse(JSON.parse(JSON.stringify(prepared))).success); // true
 * ```
 */
export const preparedProgramSchema = z
  .object({
    kind: z.literal('omnicx.preparedLoyaltyProgram'),
    version: z.literal(1),
    program: programSchema,
    offsetTable: offsetTableSchema,
  })
  .superRefine((p, ctx) => {
    if (p.offsetTable.timeZone !== p.program.timeZone) {
      ctx.addIssue({ code: 'custom', message: `The offsets are of ${JSON.stringify(p.offsetTable.timeZone)}, the programme is in ${JSON.stringify(p.program.timeZone)}`, path: ['offsetTable', 'timeZone'] });
    }
  });

/** A prepared programme (see {@link preparedProgramSchema}). */
export type PreparedProgram = z.infer<typeof preparedProgramSchema>;

/** What the loyalty functions accept as the programme: a definition or a {@link PreparedProgram}. */
export type ProgramArgument = ProgramInput | PreparedProgram;

// ---------------------------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------------------------

const eventBase = {
  /** Unique event id: an event whose id was already applied is ignored. */
  id: idSchema,
  /** When it happened: ISO 8601 with offset, epoch ms or a Date; parsed to epoch ms. */
  at: instantSchema,
  memberId: idSchema,
};

/**
 * zod schema of an `enrol` event: the member joins. `timeZone` (optional) is the member's IANA
 * zone, used by conditions with `timeZone: 'member'`.
 *
 * @example
 * ```ts
 * import { enrolEventSchema } from 'omnicx/loyalty';
 * console.log(enrolEventSchema.parse({ type: 'enrol', id: 'e1', at: '2026-01-01T00:00:00Z', memberId: 'm1' }).at); // 1767225600000
 * ```
 */
export const enrolEventSchema = z.object({ type: z.literal('enrol'), ...eventBase, timeZone: timeZoneSchema.optional() });

/**
 * zod schema of one purchase line: `amountMinor` is the line total paid (after discounts) in
 * minor units of the programme currency, `quantity` a positive integer.
 *
 * @example
 * ```ts
 * import { purchaseLineSchema } from 'omnicx/loyalty';
 * console.log(purchaseLineSchema.safeParse({ sku: 'A', category: 'shoes', quantity: 1, amountMinor: -5 }).success); // false
 * ```
 */
export const purchaseLineSchema = z.object({
  sku: idSchema,
  category: idSchema,
  quantity: z.int().positive(),
  amountMinor: z.int().nonnegative(),
});

/**
 * zod schema of a `purchase` event: `currency` must be the programme's, `lines` at least one
 * (their amounts adding up to at most `Number.MAX_SAFE_INTEGER`), `channel` (e.g. `'store'`,
 * `'web'`, `'app'`) and optional `store`.
 *
 * @example
 * ```ts
 * import { purchaseEventSchema } from 'omnicx/loyalty';
 * const purchase = purchaseEventSchema.parse({
 *   type: 'purchase', id: 'p1', at: 1767225600000, memberId: 'm1', currency: 'USD', channel: 'web',
 *   lines: [{ sku: 'A', category: 'shoes', quantity: 1, amountMinor: 5000 }],
 * });
 * console.log(purchase.lines.length); // 1
 * ```
 */
export const purchaseEventSchema = z.object({
  type: z.literal('purchase'),
  ...eventBase,
  currency: currencyCodeSchema,
  channel: idSchema,
  store: idSchema.optional(),
  lines: z
    .array(purchaseLineSchema)
    .min(1)
    .refine((lines) => lines.reduce((sum, l) => sum + l.amountMinor, 0) <= Number.MAX_SAFE_INTEGER, {
      error: 'The lines add up to more than Number.MAX_SAFE_INTEGER minor units',
    }),
});

/**
 * zod schema of a `return` event against an earlier purchase (`purchaseId`): either `lines`
 * (`{ index, amountMinor? }`, the refunded part of a line, default the rest of the line) or
 * `amountMinor` (an amount spread over the purchase pro rata), or neither (the whole remainder).
 *
 * @example
 * ```ts
 * import { returnEventSchema } from 'omnicx/loyalty';
 * console.log(returnEventSchema.safeParse({ type: 'return', id: 'r1', at: 0, memberId: 'm1', purchaseId: 'p1', amountMinor: 1000 }).success); // true
 * ```
 */
export const returnEventSchema = z
  .object({
    type: z.literal('return'),
    ...eventBase,
    purchaseId: idSchema,
    lines: z.array(z.object({ index: z.int().nonnegative(), amountMinor: z.int().nonnegative().optional() })).min(1).optional(),
    amountMinor: z.int().nonnegative().optional(),
  })
  .refine((event) => event.lines === undefined || event.amountMinor === undefined, {
    error: 'Give either lines or amountMinor, not both',
    path: ['amountMinor'],
  });

/**
 * zod schema of a `redeem` event: spend `points` (positive integer) on `reward` (optional label).
 * A redemption the balance or the programme's rules do not allow is refused as data, not thrown.
 *
 * @example
 * ```ts
 * import { redeemEventSchema } from 'omnicx/loyalty';
 * console.log(redeemEventSchema.safeParse({ type: 'redeem', id: 'x', at: 0, memberId: 'm1', points: 0 }).success); // false
 * ```
 */
export const redeemEventSchema = z.object({ type: z.literal('redeem'), ...eventBase, points: z.int().positive(), reward: z.string().optional() });

/**
 * zod schema of an `adjust` event: a manual correction of `points` (non-zero integer, negative to
 * deduct) with a `reason`.
 *
 * @example
 * ```ts
 * import { adjustEventSchema } from 'omnicx/loyalty';
 * console.log(adjustEventSchema.safeParse({ type: 'adjust', id: 'a', at: 0, memberId: 'm1', points: -50, reason: 'goodwill reversal' }).success); // true
 * ```
 */
export const adjustEventSchema = z.object({
  type: z.literal('adjust'),
  ...eventBase,
  points: z.int().refine((n) => n !== 0, { error: 'points must not be 0' }),
  reason: z.string().min(1),
});

/**
 * zod schema of a `bonusEvent`: something the member did (`signup`, `birthday`, `referral`,
 * `review`) that the programme's `eventBonus` rules reward.
 *
 * @example
 * ```ts
 * import { bonusEventSchema } from 'omnicx/loyalty';
 * console.log(bonusEventSchema.safeParse({ type: 'bonusEvent', id: 'b', at: 0, memberId: 'm1', event: 'birthday' }).success); // true
 * ```
 */
export const bonusEventSchema = z.object({ type: z.literal('bonusEvent'), ...eventBase, event: bonusEventKindSchema });

/**
 * zod schema of any loyalty event, discriminated by `type`: `enrol`, `purchase`, `return`,
 * `redeem`, `adjust`, `bonusEvent`.
 *
 * @example
 * ```ts
 * import { loyaltyEventSchema } from 'omnicx/loyalty';
 * console.log(loyaltyEventSchema.safeParse({ type: 'refund', id: 'x', at: 0, memberId: 'm' }).success); // false
 * ```
 */
export const loyaltyEventSchema = z.discriminatedUnion('type', [
  enrolEventSchema,
  purchaseEventSchema,
  returnEventSchema,
  redeemEventSchema,
  adjustEventSchema,
  bonusEventSchema,
]);

/** A loyalty event before parsing (instants may be ISO strings or Dates). */
export type LoyaltyEventInput = z.input<typeof loyaltyEventSchema>;
/** A parsed loyalty event (`at` in epoch milliseconds). */
export type LoyaltyEvent = z.infer<typeof loyaltyEventSchema>;
/** A parsed purchase event. */
export type PurchaseEvent = z.infer<typeof purchaseEventSchema>;
/** A purchase event before parsing. */
export type PurchaseEventInput = z.input<typeof purchaseEventSchema>;

// ---------------------------------------------------------------------------------------------
// Results: explanations, member state, ledger
// ---------------------------------------------------------------------------------------------

/**
 * zod schema of an earning explanation: where every point of an award comes from.
 * `basePoints`, each rule's `points` and `tierPoints` are integers that sum to `points`
 * (largest-remainder attribution of the single rounding, see docs/loyalty.md); `caps` lists the
 * caps that cut the award and by how much; `unroundedPoints` is the exact sum before rounding
 * (a decimal string, truncated to 6 places when longer).
 *
 * @example
 * ```ts
 * import { earnExplanationSchema } from 'omnicx/loyalty';
 * console.log(typeof earnExplanationSchema.parse); // 'function'
 * ```
 */
export const earnExplanationSchema = z.object({
  eligibleSpendMinor: z.int(),
  excludedSpendMinor: z.int(),
  tier: z.string().nullable(),
  basePoints: z.int(),
  tierPoints: z.int(),
  rules: z.array(z.object({ ruleId: z.string(), type: z.enum(['multiplier', 'bonus', 'eventBonus']), points: z.int() })),
  caps: z.array(z.object({ capId: z.string(), cutPoints: z.int() })),
  rounding: z.object({ mode: roundingModeSchema, stage: z.enum(['order', 'line']), unroundedPoints: z.string(), roundedPoints: z.int() }),
  points: z.int(),
});

/** Where every point of an award comes from (see {@link earnExplanationSchema}). */
export type EarnExplanation = z.infer<typeof earnExplanationSchema>;

/**
 * zod schema of a point lot: one award with its own dates. `points` as awarded, `remaining`
 * what is left after redemptions, clawbacks and expiry; `pending` until `maturesAt`; expires at
 * `expiresAt` (epoch ms, `null` = never). The lot id is the id of the event that created it.
 *
 * @example
 * ```ts
 * import { pointLotSchema } from 'omnicx/loyalty';
 * console.log(pointLotSchema.safeParse({ id: 'p1', source: 'purchase', earnedAt: 0, maturesAt: 0, expiresAt: null, points: 10, remaining: -1, pending: false }).success); // false
 * ```
 */
export const pointLotSchema = z.object({
  id: z.string(),
  source: z.enum(['purchase', 'bonusEvent', 'adjust']),
  earnedAt: z.int(),
  maturesAt: z.int(),
  expiresAt: z.int().nullable(),
  points: z.int().nonnegative(),
  remaining: z.int().nonnegative(),
  pending: z.boolean(),
});

/** A point lot (see {@link pointLotSchema}). */
export type PointLot = z.infer<typeof pointLotSchema>;

/**
 * zod schema of the reason a redemption is refused: `'insufficientPoints'` (more than the
 * available points), `'belowMinimum'` (under `redemption.minPoints`), `'offIncrement'` (not a
 * multiple of `redemption.increment`).
 *
 * @example
 * ```ts
 * import { redemptionRefusalSchema } from 'omnicx/loyalty';
 * console.log(redemptionRefusalSchema.options.length); // 3
 * ```
 */
export const redemptionRefusalSchema = z.enum(['insufficientPoints', 'belowMinimum', 'offIncrement']);

/** Why a redemption was refused (see {@link redemptionRefusalSchema}). */
export type RedemptionRefusal = z.infer<typeof redemptionRefusalSchema>;

const purchaseRecordSchema = z.object({
  id: z.string(),
  at: z.int(),
  totalMinor: z.int().nonnegative(),
  eligibleMinor: z.int().nonnegative(),
  lineAmountsMinor: z.array(z.int().nonnegative()),
  lineEligible: z.array(z.boolean()),
  lineRefundedMinor: z.array(z.int().nonnegative()),
  refundedMinor: z.int().nonnegative(),
  points: z.int().nonnegative(),
  clawedBack: z.int().nonnegative(),
  /** Points of the purchase's lot that expired (a later return does not take them back again). */
  expired: z.int().nonnegative().optional(),
  qualifying: z.int().nonnegative(),
  qualifyingReversed: z.int().nonnegative(),
});

/**
 * zod schema of a member's state: the result of folding the member's events. Store it and pass
 * it back to {@link applyEvent}; it is plain JSON. Instants are epoch milliseconds.
 *
 * - `availablePoints`: redeemable now (negative only with `negativeBalance: 'allow'`);
 *   `pendingPoints`: earned, not yet matured; `owedPoints`: clawback not yet recovered.
 * - `lots`: the open lots (remaining > 0 or pending), in creation order.
 * - `tier`: current level id (`null` below the first level), since when, and a downgrade
 *   scheduled by the grace period.
 * - `qualifying`: progress in the current tier window.
 * - `totals`: lifetime counters in points (and minor units for spend).
 *
 * @example
 * ```ts
 * import { memberStateSchema } from 'omnicx/loyalty';
 * console.log(memberStateSchema.safeParse({}).success); // false
 * ```
 */
export const memberStateSchema = z.object({
  memberId: z.string(),
  programId: z.string(),
  enrolledAt: z.int(),
  /** The member's zone as given at enrolment; `null`: none given, conditions read the programme's. */
  timeZone: z.string().nullable(),
  asOf: z.int(),
  availablePoints: z.int(),
  pendingPoints: z.int().nonnegative(),
  owedPoints: z.int().nonnegative(),
  lots: z.array(pointLotSchema),
  tier: z.object({
    levelId: z.string().nullable(),
    since: z.int().nullable(),
    downgrade: z.object({ to: z.string().nullable(), at: z.int() }).nullable(),
  }),
  qualifying: z.object({
    periodStart: z.int().nullable(),
    periodEnd: z.int().nullable(),
    progress: z.int(),
    contributions: z.array(z.object({ at: z.int(), until: z.int(), value: z.int().nonnegative(), purchaseId: z.string().nullable() })),
  }),
  caps: z.array(z.object({ capId: z.string(), periodKey: z.int(), used: z.int().nonnegative() })),
  purchases: z.array(purchaseRecordSchema),
  totals: z.object({
    earned: z.int().nonnegative(),
    redeemed: z.int().nonnegative(),
    expired: z.int().nonnegative(),
    clawedBack: z.int().nonnegative(),
    forgiven: z.int().nonnegative(),
    adjusted: z.int(),
    purchases: z.int().nonnegative(),
    spendMinor: z.int().nonnegative(),
    refundedMinor: z.int().nonnegative(),
    refusedRedemptions: z.int().nonnegative(),
  }),
  eventIds: z.array(z.string()),
  /** The redemptions refused, by event id: a retried request is answered with the same refusal. */
  refusals: z.array(z.object({ eventId: z.string(), reason: redemptionRefusalSchema })).optional(),
});

/** A member's state (see {@link memberStateSchema}). */
export type MemberState = z.infer<typeof memberStateSchema>;

/**
 * zod schema of a ledger entry. `points` is the change to the member's net balance (points in
 * lots less what is owed: `availablePoints + pendingPoints` under `negativeBalance: 'allow'`,
 * where `availablePoints` already nets the debt, `availablePoints + pendingPoints − owedPoints`
 * otherwise) for `earn`, `bonus`, `redeem`, `clawback`, `adjust`, `expire`; for `mature`
 * and `debtRepaid` it is the amount moved (net balance unchanged); 0 for `enrol`,
 * `redeemRefused` and `tierChange`. `explanation` is set on `earn` and `bonus`, `reason` on
 * `redeemRefused` (`'insufficientPoints'`, `'belowMinimum'`, `'offIncrement'`) and `adjust`,
 * `tier` on `tierChange`, `forgivenPoints` on `clawback` under `floorAtZero`.
 *
 * @example
 * ```ts
 * import { ledgerEntrySchema } from 'omnicx/loyalty';
 * console.log(ledgerEntrySchema.shape.type.options.includes('clawback')); // true
 * ```
 */
export const ledgerEntrySchema = z.object({
  memberId: z.string(),
  at: z.int(),
  type: z.enum(['enrol', 'earn', 'bonus', 'redeem', 'redeemRefused', 'clawback', 'adjust', 'mature', 'expire', 'debtRepaid', 'tierChange']),
  eventId: z.string().nullable(),
  lotId: z.string().nullable(),
  points: z.int(),
  forgivenPoints: z.int().nonnegative(),
  reason: z.string().nullable(),
  tier: z.object({ from: z.string().nullable(), to: z.string().nullable() }).nullable(),
  explanation: earnExplanationSchema.nullable(),
});

/** One ledger entry (see {@link ledgerEntrySchema}). */
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

/**
 * The ledger entry types, in the order of {@link ledgerEntrySchema}'s `type` options: the
 * column ledger ({@link ledgerColumnsSchema}) stores an entry's type as its index in this list.
 * A frozen copy of the schema's list.
 *
 * @example
 * ```ts
 * import { ledgerEntryTypes } from 'omnicx/loyalty';
 * console.log(ledgerEntryTypes.indexOf('earn')); // 1
 * console.log(ledgerEntryTypes.length); // 11
 * ```
 */
export const ledgerEntryTypes: readonly LedgerEntry['type'][] = Object.freeze([...ledgerEntrySchema.shape.type.options]);

/**
 * zod schema of the outcome of applying an event: `{ ok: true }`, or `{ ok: false, reason }` for
 * a refused redemption (recorded in the ledger as `redeemRefused`, never thrown).
 *
 * @example
 * ```ts
 * import { eventOutcomeSchema } from 'omnicx/loyalty';
 * console.log(eventOutcomeSchema.parse({ ok: false, reason: 'belowMinimum' }).ok); // false
 * ```
 */
export const eventOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), reason: redemptionRefusalSchema }),
]);

/** The outcome of applying an event (see {@link eventOutcomeSchema}). */
export type EventOutcome = z.infer<typeof eventOutcomeSchema>;

/**
 * zod schema of an event ignored because its id was already applied: the id, the member, the
 * instant and the index of the ignored copy in the input.
 *
 * @example
 * ```ts
 * import { duplicateEventSchema } from 'omnicx/loyalty';
 * console.log(duplicateEventSchema.safeParse({ eventId: 'p1', memberId: 'm1', at: 0, index: 3 }).success); // true
 * ```
 */
export const duplicateEventSchema = z.object({ eventId: z.string(), memberId: z.string(), at: z.int(), index: z.int().nonnegative() });

/** An ignored duplicate event (see {@link duplicateEventSchema}). */
export type DuplicateEvent = z.infer<typeof duplicateEventSchema>;

/**
 * zod schema of the options of {@link replay}: `asOf` (instant to which time-driven effects are
 * applied at the end; default the latest event's instant) and `ledger` (default `true`; `false`
 * skips building ledger entries when only states are needed).
 *
 * @example
 * ```ts
 * import { replayOptionsSchema } from 'omnicx/loyalty';
 * console.log(replayOptionsSchema.parse({}).ledger); // true
 * ```
 */
export const replayOptionsSchema = z.strictObject({ asOf: instantSchema.optional(), ledger: z.boolean().default(true) });

/** Options of {@link replay} before parsing. */
export type ReplayOptions = z.input<typeof replayOptionsSchema>;

/**
 * zod schema of the result of {@link replay}: the instant it is computed as of, one state per
 * member (sorted by member id), the ledger (grouped by member in the same order, chronological
 * within a member) and the ignored duplicates.
 *
 * @example
 * ```ts
 * import { replayResultSchema } from 'omnicx/loyalty';
 * console.log(replayResultSchema.safeParse({ asOf: 0, members: [], ledger: [], duplicates: [] }).success); // true
 * ```
 */
export const replayResultSchema = z.object({
  asOf: z.int(),
  members: z.array(memberStateSchema),
  ledger: z.array(ledgerEntrySchema),
  duplicates: z.array(duplicateEventSchema),
});

/** The result of {@link replay} (see {@link replayResultSchema}). */
export type ReplayResult = z.infer<typeof replayResultSchema>;

/**
 * zod schema of the options of {@link replayColumns}: `asOf` (instant to which time-driven
 * effects are applied at the end; default the latest event's instant). There is no `ledger`
 * flag: the column ledger is the point of the call.
 *
 * @example
 * ```ts
 * import { replayColumnsOptionsSchema } from 'omnicx/loyalty';
 * console.log(replayColumnsOptionsSchema.safeParse({ ledger: false }).success); // false
 * ```
 */
export const replayColumnsOptionsSchema = z.strictObject({ asOf: instantSchema.optional() });

/** Options of {@link replayColumns} before parsing. */
export type ReplayColumnsOptions = z.input<typeof replayColumnsOptionsSchema>;

const rowIndex = z.int().nonnegative();
const ruleTypeSchema = earnExplanationSchema.shape.rules.element.shape.type;
const roundingStageSchema = earnExplanationSchema.shape.rounding.shape.stage;

/**
 * zod schema of the column ledger of {@link replayColumns}: the entries of `replay(...).ledger`
 * (same rows, same order: grouped by member, chronological within a member), held in typed
 * arrays. Row `i` of the row columns is entry `i`; an `earn` or `bonus` entry points to a row of
 * the explanation columns (`explanations`), whose rule parts and cap cuts are runs of rows in
 * `ruleParts` and `capCuts`. Ids are stored once, in the lists `memberIds`, `levelIds`,
 * `ruleIds` and `capIds`, and referred to by index. {@link ledgerEntries} turns rows back into
 * entries, equal to replay's.
 *
 * Integers that may exceed 2^31 (points, amounts, instants) are in `Float64Array`s, exactly (they
 * are safe integers). The typed columns are views (`subarray`) of larger buffers that they share:
 * copy a column (`slice`) before transferring its `buffer`. The schema checks the column types,
 * that every column of a table has the table's `length`, and each value: indices in range (a tier
 * change only on `tierChange` rows, an explanation exactly on `earn` and `bonus` rows, runs of
 * rule parts and cap cuts within their tables), figures safe integers, and a text for every
 * unrounded total held as text (denominator 0). Rows that pass it materialise
 * ({@link ledgerEntries}) into entries that pass {@link ledgerEntrySchema}; the issues name the
 * first bad row of each column.
 *
 * @example
 * ```ts
 * import { defineProgram, ledgerColumnsSchema, replayColumns } from 'omnicx/loyalty';
 * const program = defineProgram({ id: 'club', version: 1, currency: 'USD', timeZone: 'UTC', earn: { base: { points: '1', perAmountMinor: 100 } } });
 * const { ledger } = replayColumns(program, [{ type: 'enrol', id: 'e1', at: 0, memberId: 'ann' }]);
 * console.log(ledgerColumnsSchema.safeParse(ledger).success); // true
 * console.log(ledgerColumnsSchema.safeParse({ ...ledger, length: 2 }).success); // false
 * ```
 */
export const ledgerColumnsSchema = z
  .object({
    /** Number of ledger rows (entries). */
    length: rowIndex,
    /** The members of the result, in the order of `members` (sorted by id): `member` indexes it. */
    memberIds: z.array(z.string()),
    /** The programme's tier level ids, in programme order: `tierFrom`, `tierTo` and `explanations.tier` index it. */
    levelIds: z.array(z.string()),
    /** The programme's earning rule ids, in programme order: `ruleParts.rule` indexes it. */
    ruleIds: z.array(z.string()),
    /** The type of each rule of `ruleIds` (`'multiplier'`, `'bonus'`, `'eventBonus'`). */
    ruleTypes: z.array(ruleTypeSchema),
    /** The programme's cap ids, in programme order: `capCuts.cap` indexes it. */
    capIds: z.array(z.string()),
    /** Per row: the entry's member, an index into `memberIds`. */
    member: z.instanceof(Int32Array),
    /** Per row: the entry's instant, epoch milliseconds. */
    at: z.instanceof(Float64Array),
    /** Per row: the entry's type, an index into {@link ledgerEntryTypes}. */
    type: z.instanceof(Uint8Array),
    /** Per row: the event the entry records (for `mature` and `expire`, the one that created the lot: the `lotId`), or null (`debtRepaid`, `tierChange`). */
    eventId: z.array(z.string().nullable()),
    /** Per row: the lot the entry concerns, or null. */
    lotId: z.array(z.string().nullable()),
    /** Per row: the refusal reason (`redeemRefused`), the adjustment's reason, the redemption's reward, or null. */
    reason: z.array(z.string().nullable()),
    /** Per row: the change to the member's net balance, or the points moved (`mature`, `debtRepaid`); see {@link ledgerEntrySchema}. */
    points: z.instanceof(Float64Array),
    /** Per row: points forgiven under `floorAtZero` (0 otherwise). */
    forgivenPoints: z.instanceof(Float64Array),
    /**
     * Per row: the level before a tier change, an index into `levelIds`; -1 for none (below the
     * first level); -2 when the entry has no tier change (`tier: null`).
     */
    tierFrom: z.instanceof(Int32Array),
    /** Per row: the level after a tier change, as `tierFrom` (-1 none, -2 no tier change). */
    tierTo: z.instanceof(Int32Array),
    /** Per row: the entry's explanation, a row of `explanations`; -1 for none (every type but `earn` and `bonus`). */
    explanation: z.instanceof(Int32Array),
    /** The explanations of the `earn` and `bonus` entries, one row each, in ledger order. */
    explanations: z.object({
      /** Number of explanation rows. */
      length: rowIndex,
      /** Eligible spend of the purchase, minor units (0 for a bonus event). */
      eligibleSpendMinor: z.instanceof(Float64Array),
      /** Spend of excluded lines, minor units. */
      excludedSpendMinor: z.instanceof(Float64Array),
      /** The member's level when earning, an index into `levelIds`; -1 for none. */
      tier: z.instanceof(Int32Array),
      /** Points of the base rate. */
      basePoints: z.instanceof(Float64Array),
      /** Points of the tier multiplier. */
      tierPoints: z.instanceof(Float64Array),
      /** First row of the explanation's rule parts in `ruleParts`. */
      rulesStart: z.instanceof(Int32Array),
      /** Number of rule parts (rows of `ruleParts` from `rulesStart`). */
      rulesCount: z.instanceof(Int32Array),
      /** First row of the explanation's cap cuts in `capCuts`. */
      capsStart: z.instanceof(Int32Array),
      /** Number of cap cuts (rows of `capCuts` from `capsStart`). */
      capsCount: z.instanceof(Int32Array),
      /** The programme's rounding mode (`earn.base.rounding`), the same for every row. */
      roundingMode: roundingModeSchema,
      /** The programme's rounding stage (`earn.base.stage`), the same for every row. */
      roundingStage: roundingStageSchema,
      /**
       * The exact points before rounding as the fraction `unroundedNumerator /
       * unroundedDenominator` (safe integers); its text (`unroundedPoints`) is the decimal
       * truncated to 6 places. A denominator of 0 means the text is in `unroundedText` (purchases
       * computed with bigints).
       */
      unroundedNumerator: z.instanceof(Float64Array),
      /** See `unroundedNumerator`; 0 when the text is in `unroundedText`. */
      unroundedDenominator: z.instanceof(Float64Array),
      /** The explanation rows whose denominator is 0, ascending. */
      unroundedTextRow: z.instanceof(Int32Array),
      /** The `unroundedPoints` text of each row of `unroundedTextRow`. */
      unroundedText: z.array(z.string()),
      /** Points after the one rounding. */
      roundedPoints: z.instanceof(Float64Array),
      /** Points of the award (after caps): the entry's `points`. */
      points: z.instanceof(Float64Array),
    }),
    /** The rule parts of the explanations, each explanation's a run of rows, in explanation order. */
    ruleParts: z.object({
      /** Number of rule-part rows. */
      length: rowIndex,
      /** The rule, an index into `ruleIds` (and `ruleTypes`). */
      rule: z.instanceof(Int32Array),
      /** The rule's points. */
      points: z.instanceof(Float64Array),
    }),
    /** The cap cuts of the explanations, each explanation's a run of rows, in explanation order. */
    capCuts: z.object({
      /** Number of cap-cut rows. */
      length: rowIndex,
      /** The cap, an index into `capIds`. */
      cap: z.instanceof(Int32Array),
      /** Points the cap cut. */
      cutPoints: z.instanceof(Float64Array),
    }),
  })
  .superRefine((c, ctx) => {
    const tables = { fit: true };
    const check = (path: (string | number)[], actual: number, expected: number, table: string): void => {
      if (actual === expected) return;
      tables.fit = false;
      ctx.addIssue({ code: 'custom', path, message: `Expected ${String(expected)} rows (${table}.length), got ${String(actual)}` });
    };
    const rows = [c.member, c.at, c.type, c.eventId, c.lotId, c.reason, c.points, c.forgivenPoints, c.tierFrom, c.tierTo, c.explanation];
    const rowNames = ['member', 'at', 'type', 'eventId', 'lotId', 'reason', 'points', 'forgivenPoints', 'tierFrom', 'tierTo', 'explanation'];
    rows.forEach((column, i) => {
      check([rowNames[i] as string], column.length, c.length, 'ledger');
    });
    const x = c.explanations;
    const explanationColumns = {
      eligibleSpendMinor: x.eligibleSpendMinor,
      excludedSpendMinor: x.excludedSpendMinor,
      tier: x.tier,
      basePoints: x.basePoints,
      tierPoints: x.tierPoints,
      rulesStart: x.rulesStart,
      rulesCount: x.rulesCount,
      capsStart: x.capsStart,
      capsCount: x.capsCount,
      unroundedNumerator: x.unroundedNumerator,
      unroundedDenominator: x.unroundedDenominator,
      roundedPoints: x.roundedPoints,
      points: x.points,
    };
    for (const [name, column] of Object.entries(explanationColumns)) check(['explanations', name], column.length, x.length, 'explanations');
    check(['explanations', 'unroundedText'], x.unroundedText.length, x.unroundedTextRow.length, 'explanations.unroundedTextRow');
    check(['ruleParts', 'rule'], c.ruleParts.rule.length, c.ruleParts.length, 'ruleParts');
    check(['ruleParts', 'points'], c.ruleParts.points.length, c.ruleParts.length, 'ruleParts');
    check(['capCuts', 'cap'], c.capCuts.cap.length, c.capCuts.length, 'capCuts');
    check(['capCuts', 'cutPoints'], c.capCuts.cutPoints.length, c.capCuts.length, 'capCuts');
    check(['ruleTypes'], c.ruleTypes.length, c.ruleIds.length, 'ruleIds');
    // The values, once the tables fit: the first bad row of each column, so that a ledger that
    // passes materialises (ledgerEntries) into entries that pass ledgerEntrySchema.
    if (!tables.fit) return;
    const firstBad = (path: (string | number)[], column: ArrayLike<number>, ok: (value: number, row: number) => boolean, what: string): void => {
      for (let i = 0; i < column.length; i++) {
        const value = column[i] as number;
        if (!ok(value, i)) {
          ctx.addIssue({ code: 'custom', path: [...path, i], message: `Expected ${what}, got ${String(value)}` });
          return;
        }
      }
    };
    const int = (v: number): boolean => Number.isSafeInteger(v);
    const index = (size: number) => (v: number): boolean => v >= 0 && v < size;
    const levels = c.levelIds.length;
    const types = ledgerEntryTypes.length;
    const tierChange = ledgerEntryTypes.indexOf('tierChange');
    const earn = ledgerEntryTypes.indexOf('earn');
    const bonus = ledgerEntryTypes.indexOf('bonus');
    const typeOf = (row: number): number => c.type[row] as number;
    firstBad(['member'], c.member, index(c.memberIds.length), `an index into memberIds (${String(c.memberIds.length)})`);
    firstBad(['at'], c.at, int, 'a safe integer');
    firstBad(['type'], c.type, index(types), `an index into ledgerEntryTypes (${String(types)})`);
    firstBad(['points'], c.points, int, 'a safe integer');
    firstBad(['forgivenPoints'], c.forgivenPoints, (v) => int(v) && v >= 0, 'a non-negative safe integer');
    const tierOk = (v: number, row: number): boolean => (typeOf(row) === tierChange ? v >= -1 && v < levels : v === -2);
    const tierWhat = `-2 (not a tier change) or, on a tierChange row, -1 or an index into levelIds (${String(levels)})`;
    firstBad(['tierFrom'], c.tierFrom, tierOk, tierWhat);
    firstBad(['tierTo'], c.tierTo, tierOk, tierWhat);
    const explained = (row: number): boolean => typeOf(row) === earn || typeOf(row) === bonus;
    firstBad(['explanation'], c.explanation, (v, row) => (explained(row) ? v >= 0 && v < x.length : v === -1), `-1 or, on an earn or bonus row, an index into explanations (${String(x.length)})`);
    for (const name of ['eligibleSpendMinor', 'excludedSpendMinor', 'basePoints', 'tierPoints', 'unroundedNumerator', 'roundedPoints', 'points'] as const) {
      firstBad(['explanations', name], x[name], int, 'a safe integer');
    }
    firstBad(['explanations', 'tier'], x.tier, (v) => v >= -1 && v < levels, `-1 or an index into levelIds (${String(levels)})`);
    const run = (start: Int32Array, count: Int32Array, size: number, table: string, name: string): void => {
      firstBad(['explanations', `${name}Start`], start, (v) => v >= 0 && v <= size, `a row of ${table} (${String(size)})`);
      firstBad(['explanations', `${name}Count`], count, (v, row) => v >= 0 && (start[row] as number) + v <= size, `a run within ${table} (${String(size)} rows)`);
    };
    run(x.rulesStart, x.rulesCount, c.ruleParts.length, 'ruleParts', 'rules');
    run(x.capsStart, x.capsCount, c.capCuts.length, 'capCuts', 'caps');
    // A denominator of 0 exactly at the rows listed, ascending, in unroundedTextRow.
    let text = 0;
    firstBad(['explanations', 'unroundedTextRow'], x.unroundedTextRow, (v, k) => v >= 0 && v < x.length && (k === 0 || v > (x.unroundedTextRow[k - 1] as number)) && x.unroundedDenominator[v] === 0, 'explanation rows, ascending, whose unroundedDenominator is 0');
    firstBad(['explanations', 'unroundedDenominator'], x.unroundedDenominator, (v, row) => {
      if (v !== 0) return int(v) && v > 0;
      while (text < x.unroundedTextRow.length && (x.unroundedTextRow[text] as number) < row) text++;
      return x.unroundedTextRow[text] === row;
    }, 'a positive safe integer, or 0 at a row listed in unroundedTextRow');
    firstBad(['ruleParts', 'rule'], c.ruleParts.rule, index(c.ruleIds.length), `an index into ruleIds (${String(c.ruleIds.length)})`);
    firstBad(['ruleParts', 'points'], c.ruleParts.points, int, 'a safe integer');
    firstBad(['capCuts', 'cap'], c.capCuts.cap, index(c.capIds.length), `an index into capIds (${String(c.capIds.length)})`);
    firstBad(['capCuts', 'cutPoints'], c.capCuts.cutPoints, int, 'a safe integer');
  });

/** The column ledger (see {@link ledgerColumnsSchema}). */
export type LedgerColumns = z.infer<typeof ledgerColumnsSchema>;

/**
 * zod schema of the result of {@link replayColumns}: as {@link replayResultSchema}, with the
 * ledger as columns ({@link ledgerColumnsSchema}).
 *
 * @example
 * ```ts
 * import { replayColumnsResultSchema } from 'omnicx/loyalty';
 * console.log(Object.keys(replayColumnsResultSchema.shape).join(',')); // 'asOf,members,ledger,duplicates'
 * ```
 */
export const replayColumnsResultSchema = z.object({
  asOf: z.int(),
  members: z.array(memberStateSchema),
  ledger: ledgerColumnsSchema,
  duplicates: z.array(duplicateEventSchema),
});

/** The result of {@link replayColumns} (see {@link replayColumnsResultSchema}). */
export type ReplayColumnsResult = z.infer<typeof replayColumnsResultSchema>;

/**
 * zod schema of the rows {@link ledgerEntries} materialises: `[from, to)`, integers, `from`
 * default 0, `to` default the ledger's length (checked against it by `ledgerEntries`).
 *
 * @example
 * ```ts
 * import { ledgerRangeSchema } from 'omnicx/loyalty';
 * console.log(ledgerRangeSchema.safeParse({ from: 2 }).success); // true
 * console.log(ledgerRangeSchema.safeParse({ from: -1 }).success); // false
 * ```
 */
export const ledgerRangeSchema = z.strictObject({ from: rowIndex.optional(), to: rowIndex.optional() });

/** A range of ledger rows (see {@link ledgerRangeSchema}). */
export type LedgerRange = z.input<typeof ledgerRangeSchema>;

/**
 * zod schema of the result of {@link applyEvent}: the new state, the ledger entries the event
 * (and the time-driven effects before it) produced, whether it was an ignored duplicate, and the
 * outcome.
 *
 * @example
 * ```ts
 * import { applyEventResultSchema } from 'omnicx/loyalty';
 * console.log(Object.keys(applyEventResultSchema.shape).join(',')); // 'state,entries,duplicate,outcome'
 * ```
 */
export const applyEventResultSchema = z.object({
  state: memberStateSchema,
  entries: z.array(ledgerEntrySchema),
  duplicate: z.boolean(),
  outcome: eventOutcomeSchema,
});

/** The result of {@link applyEvent} (see {@link applyEventResultSchema}). */
export type ApplyEventResult = z.infer<typeof applyEventResultSchema>;

/**
 * zod schema of a cart to preview with {@link explainPoints}: a purchase without id or member
 * (`at`, `currency`, `channel`, optional `store`, `lines`).
 *
 * @example
 * ```ts
 * import { cartSchema } from 'omnicx/loyalty';
 * console.log(cartSchema.safeParse({ at: 0, currency: 'USD', channel: 'web', lines: [] }).success); // false
 * ```
 */
export const cartSchema = purchaseEventSchema.omit({ type: true, id: true, memberId: true });

/** A cart before parsing (see {@link cartSchema}). */
export type CartInput = z.input<typeof cartSchema>;

/**
 * zod schema of the result of {@link progressToNextTier}: the current and next level, the metric,
 * the progress in the current window and what is still missing, when the window closes, and
 * whether the current level's retain threshold is met.
 *
 * @example
 * ```ts
 * import { tierProgressSchema } from 'omnicx/loyalty';
 * console.log('remaining' in tierProgressSchema.shape); // true
 * ```
 */
export const tierProgressSchema = z.object({
  tier: z.string().nullable(),
  nextTier: z.string().nullable(),
  metric: z.enum(['qualifyingSpend', 'qualifyingPoints', 'visits']),
  progress: z.int(),
  threshold: z.int().nullable(),
  remaining: z.int().nonnegative(),
  windowEndsAt: z.int().nullable(),
  retainThreshold: z.int().nullable(),
  retained: z.boolean(),
  downgrade: z.object({ to: z.string().nullable(), at: z.int() }).nullable(),
});

/** Progress towards the next tier (see {@link tierProgressSchema}). */
export type TierProgress = z.infer<typeof tierProgressSchema>;

/**
 * zod schema of a programme warning from {@link validateProgram}: a stable `code`, the `path` of
 * the field concerned and a message. Codes: `TIERS_NOT_INCREASING`, `RETAIN_ABOVE_THRESHOLD`,
 * `TIER_UNREACHABLE`, `AMBIGUOUS_STACKING`, `EXPIRY_BEFORE_MATURITY`, `NON_POSITIVE_MULTIPLIER`,
 * `RULE_NEVER_APPLIES`, `PROMOTION_ENDED`, `MIN_POINTS_OFF_INCREMENT`.
 *
 * @example
 * ```ts
 * import { programWarningSchema } from 'omnicx/loyalty';
 * console.log(programWarningSchema.shape.code.options.length); // 9
 * ```
 */
export const programWarningSchema = z.object({
  code: z.enum([
    'TIERS_NOT_INCREASING',
    'RETAIN_ABOVE_THRESHOLD',
    'TIER_UNREACHABLE',
    'AMBIGUOUS_STACKING',
    'EXPIRY_BEFORE_MATURITY',
    'NON_POSITIVE_MULTIPLIER',
    'RULE_NEVER_APPLIES',
    'PROMOTION_ENDED',
    'MIN_POINTS_OFF_INCREMENT',
  ]),
  path: z.array(z.union([z.string(), z.int()])),
  message: z.string(),
});

/** A programme warning (see {@link programWarningSchema}). */
export type ProgramWarning = z.infer<typeof programWarningSchema>;

/**
 * zod schema of the options of {@link programLiability}: the `program` (for the point value,
 * currency and time zone), `asOf`, and an optional `breakageRate` in [0, 1) (default: estimated
 * from the members' history).
 *
 * @example
 * ```ts
 * import { liabilityOptionsSchema } from 'omnicx/loyalty';
 * console.log(liabilityOptionsSchema.shape.breakageRate.safeParse(1).success); // false
 * ```
 */
export const liabilityOptionsSchema = z.strictObject({
  program: programSchema,
  asOf: instantSchema,
  breakageRate: z.number().min(0).lt(1).optional(),
});

/** Options of {@link programLiability} before parsing. */
export type LiabilityOptions = Omit<z.input<typeof liabilityOptionsSchema>, 'program'> & { readonly program: ProgramArgument };

const moneyOutSchema = z.object({ amountMinor: z.int(), currency: z.string() });

/**
 * zod schema of a programme liability from {@link programLiability}. Points: `availablePoints`
 * (sum of positive balances), `pendingPoints`, `outstandingPoints` (their sum), `owedPoints`
 * (clawbacks not recovered, an asset, not netted), `expectedBreakagePoints`
 * (outstanding × rate, half-even), `expectedRedemptionPoints` (the rest). Money: `grossValue`
 * (outstanding × point value) and `liability` (expected redemptions × point value), rounded
 * half-even to minor units. `expiringByMonth`: outstanding points by local month of expiry
 * (`'YYYY-MM'` in the programme's zone); `neverExpiringPoints`: in lots without expiry.
 *
 * @example
 * ```ts
 * import { liabilitySchema } from 'omnicx/loyalty';
 * console.log(liabilitySchema.shape.breakageSource.options.join(',')); // 'given,history,none'
 * ```
 */
export const liabilitySchema = z.object({
  asOf: z.int(),
  members: z.int().nonnegative(),
  availablePoints: z.int().nonnegative(),
  pendingPoints: z.int().nonnegative(),
  outstandingPoints: z.int().nonnegative(),
  owedPoints: z.int().nonnegative(),
  breakageRate: z.number(),
  breakageSource: z.enum(['given', 'history', 'none']),
  expectedBreakagePoints: z.int().nonnegative(),
  expectedRedemptionPoints: z.int().nonnegative(),
  grossValue: moneyOutSchema,
  liability: moneyOutSchema,
  expiringByMonth: z.array(z.object({ month: z.string(), points: z.int().nonnegative() })),
  neverExpiringPoints: z.int().nonnegative(),
});

/** A programme liability (see {@link liabilitySchema}). */
export type Liability = z.infer<typeof liabilitySchema>;

const liabilityPoints = z.int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/**
 * zod schema of a mergeable liability accumulator (see {@link createLiabilityAccumulator}): plain
 * JSON `{ kind: 'loyaltyLiability', version: 1, program, asOf, breakageRate, … }` holding the
 * parsed programme, the instant and breakage rate the liability is computed for (`null`: estimate
 * from history), and the sums of the member states added so far: `members`, `availablePoints`,
 * `pendingPoints`, `owedPoints`, `expiredPoints` and `redeemedPoints` (the history breakage is
 * estimated from), `neverExpiringPoints`, and `expiringByMonth` (outstanding points by local
 * month of expiry, months strictly increasing).
 *
 * @example
 * ```ts
 * import { createLiabilityAccumulator, liabilityAccumulatorSchema } from 'omnicx/loyalty';
 * const program = { id: 'club', version: 1, currency: 'USD', timeZone: 'UTC', earn: { base: { points: '1', perAmountMinor: 100 } } };
 * const acc = createLiabilityAccumulator({ program, asOf: '2026-06-01T00:00:00Z' });
 * console.log(liabilityAccumulatorSchema.safeParse(JSON.parse(JSON.stringify(acc))).success); // true
 * ```
 */
export const liabilityAccumulatorSchema = z.object({
  kind: z.literal('loyaltyLiability'),
  version: z.literal(1),
  program: programSchema,
  asOf: z.int(),
  breakageRate: z.number().min(0).lt(1).nullable(),
  members: liabilityPoints,
  availablePoints: liabilityPoints,
  pendingPoints: liabilityPoints,
  owedPoints: liabilityPoints,
  expiredPoints: liabilityPoints,
  redeemedPoints: liabilityPoints,
  neverExpiringPoints: liabilityPoints,
  expiringByMonth: z
    .array(z.object({ month: z.string().regex(/^(\d{4}|[+-]\d{6})-(0[1-9]|1[0-2])$/), points: liabilityPoints }))
    .superRefine((rows, ctx) => {
      // Calendar order (`YYYY-MM`, or `±YYYYYY-MM` outside 0000–9999: not string order).
      const order = (month: string): number => Number(month.slice(0, month.lastIndexOf('-'))) * 12 + Number(month.slice(-2));
      rows.forEach((row, i) => {
        if (i > 0 && order(row.month) <= order((rows[i - 1] as { month: string }).month)) {
          ctx.addIssue({ code: 'custom', message: 'Months must be strictly increasing', path: [i, 'month'] });
        }
      });
    }),
});

/** A mergeable liability accumulator (see {@link liabilityAccumulatorSchema}). */
export type LiabilityAccumulator = z.infer<typeof liabilityAccumulatorSchema>;

const versionFiguresSchema = z.object({
  issued: z.int(),
  redeemed: z.int(),
  expired: z.int(),
  clawedBack: z.int(),
  refusedRedemptions: z.int(),
  availablePoints: z.int(),
  pendingPoints: z.int(),
});

const versionSummarySchema = versionFiguresSchema.extend({
  programId: z.string(),
  version: z.union([z.string(), z.int()]),
  tierCounts: recordOf(z.string(), z.int().nonnegative()),
  belowFirstLevel: z.int().nonnegative(),
  outstandingPoints: z.int().nonnegative(),
  pointValueMinor: z.string(),
  liability: moneyOutSchema,
});

/**
 * zod schema of the result of {@link simulateProgram}: for the baseline and the candidate
 * programme, the totals (points issued, redeemed, expired, clawed back, refused redemptions,
 * available and pending as of `asOf`), the members per tier (`tierCounts` by level id, and
 * `belowFirstLevel` for members without a level), the outstanding points (positive
 * balances plus pending), the programme's point value and the liability (outstanding points ×
 * point value, half-even, no breakage); `difference` is candidate − baseline; `members` gives
 * the same per member (in order of member id), with `tierChanged`. Results of member shards
 * combine with {@link mergeSimulations}.
 *
 * @example
 * ```ts
 * import { simulationSchema } from 'omnicx/loyalty';
 * console.log(Object.keys(simulationSchema.shape).join(',')); // 'asOf,baseline,candidate,difference,members'
 * ```
 */
export const simulationSchema = z.object({
  asOf: z.int(),
  baseline: versionSummarySchema,
  candidate: versionSummarySchema,
  difference: versionFiguresSchema.extend({ liabilityMinor: z.int() }),
  members: z.array(
    z.object({
      memberId: z.string(),
      baseline: versionFiguresSchema.extend({ tier: z.string().nullable() }),
      candidate: versionFiguresSchema.extend({ tier: z.string().nullable() }),
      difference: versionFiguresSchema,
      tierChanged: z.boolean(),
    }),
  ),
});

/** The result of {@link simulateProgram} (see {@link simulationSchema}). */
export type Simulation = z.infer<typeof simulationSchema>;

/**
 * zod schema of the options of {@link simulateProgram}: the `baseline` programme (the one live
 * today) and optional `asOf` (default: the latest event's instant).
 *
 * @example
 * ```ts
 * import { simulateOptionsSchema } from 'omnicx/loyalty';
 * console.log('baseline' in simulateOptionsSchema.shape); // true
 * ```
 */
export const simulateOptionsSchema = z.strictObject({ baseline: programSchema, asOf: instantSchema.optional() });

/** Options of {@link simulateProgram} before parsing. */
export type SimulateOptions = Omit<z.input<typeof simulateOptionsSchema>, 'baseline'> & { readonly baseline: ProgramArgument };
