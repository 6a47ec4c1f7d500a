// A programme turned into lookup-friendly data once per call: sets instead of arrays, decimal
// strings as integers at a common scale, tier levels by index, and the programme's clock.
import type { OffsetTable } from '../../core/time/internal/offsetTable.js';
import type { PathKey } from '../../core/errors/OmnicxError.js';
import { toDecimal } from '../../core/internal/decimal.js';
import type { EarnExplanation, RuleCondition, Program } from '../schemas.js';
import { decimalRatio } from './arith.js';

import { openClock, type Clock } from './clock.js';

const ONE: readonly [bigint, bigint] = [1n, 1n];

export interface CompiledCondition {
  readonly categories: ReadonlySet<string> | null;
  readonly skus: ReadonlySet<string> | null;
  readonly channels: ReadonlySet<string> | null;
  readonly stores: ReadonlySet<string> | null;
  readonly minSpendMinor: number;
  readonly from: number | null;
  readonly until: number | null;
  readonly weekdays: readonly boolean[] | null;
  readonly hours: { readonly from: number; readonly to: number } | null;
  readonly memberZone: boolean;
  readonly tiers: ReadonlySet<number> | null;
  readonly firstPurchase: boolean | null;
  readonly hasLineCriteria: boolean;
}

export interface CompiledRule {
  readonly id: string;
  readonly type: 'multiplier' | 'bonus' | 'eventBonus';
  /** Component index in explanations (multiplier rules only), else -1. */
  readonly slot: number;
  /** Multiplier as a fraction in lowest terms (multiplier rules; [1, 1] otherwise). */
  readonly multiplier: readonly [bigint, bigint];
  /** The same fraction as numbers (NaN when either part is not a safe integer). */
  readonly multiplierNum: number;
  readonly multiplierDen: number;
  readonly points: number;
  readonly event: string | null;
  readonly when: CompiledCondition | null;
}

export interface CompiledCap {
  readonly id: string;
  readonly points: number;
  readonly per: 'transaction' | 'day' | 'month' | 'year' | 'lifetime';
  readonly ruleIds: ReadonlySet<string> | null;
  /** Whether the cap counts each entry of `CompiledProgram.rules`, by index. */
  readonly ruleInScope: readonly boolean[];
}

export interface CompiledLevel {
  readonly id: string;
  readonly threshold: number;
  readonly retain: number;
  /** Multiplier as a fraction in lowest terms, or null when the level has none. */
  readonly multiplier: readonly [bigint, bigint] | null;
  /** The same fraction as numbers (NaN when absent or not safe integers). */
  readonly multiplierNum: number;
  readonly multiplierDen: number;
}

/**
 * Working buffers of the earning engine, created with the compiled programme (so per call, never
 * shared between calls) and reused for every purchase of a replay. Only the earning engine reads
 * or writes them, one purchase at a time.
 */
export interface EarnScratch {
  /** Lines the buffers can hold; they grow with the largest purchase. */
  lineCapacity: number;
  /** 1 when line i is eligible (not excluded). */
  eligible: Uint8Array;
  /** 1 when multiplier rule r covers line i, at `r × lineCapacity + i`. */
  covered: Uint8Array;
  /** 1 when multiplier rule r applies to the order. */
  readonly active: Uint8Array;
  /** Per component ([base, multiplier rules…, tier]): the current line, the order sums, the attributed points, remainders. */
  readonly line: Float64Array;
  readonly sums: Float64Array;
  readonly attributed: Float64Array;
  readonly remainders: Float64Array;
  /** Parts of the award in explanation order: index into `rules`, -1 for base, -2 for tier; and their points. */
  readonly partRule: Int32Array;
  readonly partPoints: Float64Array;
  partCount: number;
  /** Per cap: period key, points cut, points counted against it. */
  readonly capKey: Float64Array;
  readonly capCut: Float64Array;
  readonly capAdd: Float64Array;
  /** Results of the last purchase. */
  points: number;
  eligibleMinor: number;
  totalMinor: number;
  rounded: number;
  /**
   * The unrounded total as text: set when the purchase is explained, and always on the bigint
   * path (which computes it anyway); '' otherwise.
   */
  unrounded: string;
  /**
   * The unrounded total as the exact rational `unroundedNumerator / unroundedDenominator` on the
   * number path (safe integers, `decimalText` gives its text); denominator 0 on the bigint path,
   * where only `unrounded` holds it.
   */
  unroundedNumerator: number;
  unroundedDenominator: number;
}

/**
 * Immutable arrays shared by the purchase records of one call (frozen, so no record can change
 * another's): the all-zero refunds of a purchase of n lines, and the eligibility flags of a
 * purchase of n ≤ 8 lines by pattern (`1 << n | bits`). A return replaces a record's refunds by
 * its own copy before changing them.
 */
export interface SharedArrays {
  readonly zeros: (readonly number[] | undefined)[];
  readonly flags: (readonly boolean[] | undefined)[];
  /**
   * Parts of award explanations in the ledger, frozen and shared: a rule's part by
   * `points × rules + rule index`, the list of that part alone by the same key, and the empty
   * lists of rules and of cap cuts.
   */
  readonly ruleParts: Map<number, EarnExplanation['rules'][number]>;
  readonly singleRules: Map<number, EarnExplanation['rules']>;
  readonly noRules: EarnExplanation['rules'];
  readonly noCaps: EarnExplanation['caps'];
}

function newScratch(multipliers: number, rules: number, caps: number): EarnScratch {
  const components = multipliers + 2;
  const lineCapacity = 8;
  return {
    lineCapacity,
    eligible: new Uint8Array(lineCapacity),
    covered: new Uint8Array(lineCapacity * Math.max(1, multipliers)),
    active: new Uint8Array(Math.max(1, multipliers)),
    line: new Float64Array(components),
    sums: new Float64Array(components),
    attributed: new Float64Array(components),
    remainders: new Float64Array(components),
    partRule: new Int32Array(rules + 2),
    partPoints: new Float64Array(rules + 2),
    partCount: 0,
    capKey: new Float64Array(Math.max(1, caps)),
    capCut: new Float64Array(Math.max(1, caps)),
    capAdd: new Float64Array(Math.max(1, caps)),
    points: 0,
    eligibleMinor: 0,
    totalMinor: 0,
    rounded: 0,
    unrounded: '',
    unroundedNumerator: 0,
    unroundedDenominator: 0,
  };
}

export interface CompiledProgram {
  readonly program: Program;
  readonly clock: Clock;
  /** Clocks of member time zones, opened on demand (per call). */
  readonly clocks: Map<string, Clock>;
  readonly basePoints: readonly [bigint, bigint];
  readonly perAmountMinor: bigint;
  readonly excludedCategories: ReadonlySet<string>;
  readonly excludedSkus: ReadonlySet<string>;
  readonly rules: readonly CompiledRule[];
  readonly multiplierRules: readonly CompiledRule[];
  readonly bonusRules: readonly CompiledRule[];
  readonly eventRules: readonly CompiledRule[];
  readonly caps: readonly CompiledCap[];
  readonly levels: readonly CompiledLevel[];
  /**
   * Whether each level's threshold is above the one before: then rising progress can change the
   * tier only once it reaches the next level's threshold (it may then pass further levels).
   */
  readonly increasingThresholds: boolean;
  readonly levelIndex: ReadonlyMap<string, number>;
  readonly anyMemberZone: boolean;
  /** Base points and perAmountMinor as numbers (NaN when not safe integers). */
  readonly basePointsNum: number;
  readonly basePointsDen: number;
  readonly perAmountMinorNum: number;
  /** Every fraction of the programme is a safe integer pair: the number path of earning applies. */
  readonly numeric: boolean;
  readonly scratch: EarnScratch;
  readonly shared: SharedArrays;
  /** Where replay's read-ahead of a member's events leaves what it read (see fold's readAhead). */
  readonly readAhead: { sum: number };
}

function safeNumber(n: bigint): number {
  const v = Number(n);
  return Number.isSafeInteger(v) ? v : Number.NaN;
}

function set(values: readonly string[] | undefined): ReadonlySet<string> | null {
  return values === undefined ? null : new Set(values);
}

function compileCondition(when: RuleCondition, levelIndex: ReadonlyMap<string, number>): CompiledCondition {
  let weekdays: boolean[] | null = null;
  if (when.weekdays !== undefined) {
    weekdays = Array.from({ length: 8 }, () => false);
    for (const d of when.weekdays) weekdays[d] = true;
  }
  return {
    categories: set(when.categories),
    skus: set(when.skus),
    channels: set(when.channels),
    stores: set(when.stores),
    minSpendMinor: when.minSpendMinor ?? 0,
    from: when.from ?? null,
    until: when.until ?? null,
    weekdays,
    hours: when.hours ?? null,
    memberZone: when.timeZone === 'member',
    tiers: when.tiers === undefined ? null : new Set(when.tiers.map((t) => levelIndex.get(t) ?? -2)),
    firstPurchase: when.firstPurchase ?? null,
    hasLineCriteria: when.categories !== undefined || when.skus !== undefined,
  };
}

export function compileProgram(program: Program, path: readonly PathKey[] = ['program'], table?: OffsetTable): CompiledProgram {
  const levels = program.tiers?.levels ?? [];
  const decimals = [
    program.earn.base.points,
    ...program.earn.rules.flatMap((r) => (r.type === 'multiplier' ? [r.multiplier] : [])),
    ...levels.flatMap((l) => (l.multiplier === undefined ? [] : [l.multiplier])),
  ];
  // toDecimal re-checks every decimal string, so a hand-built Program cannot smuggle in a float.
  decimals.forEach((d) => toDecimal(d, path));
  const levelIndex = new Map(levels.map((l, i) => [l.id, i]));
  let slot = 0;
  const rules = program.earn.rules.map((rule): CompiledRule => {
    if (rule.type === 'multiplier') {
      slot++;
      const multiplier = decimalRatio(rule.multiplier);
      return {
        id: rule.id,
        type: rule.type,
        slot,
        multiplier,
        multiplierNum: safeNumber(multiplier[0]),
        multiplierDen: safeNumber(multiplier[1]),
        points: 0,
        event: null,
        when: compileCondition(rule.when, levelIndex),
      };
    }
    if (rule.type === 'bonus') {
      return { id: rule.id, type: rule.type, slot: -1, multiplier: ONE, multiplierNum: 1, multiplierDen: 1, points: rule.points, event: null, when: compileCondition(rule.when, levelIndex) };
    }
    return { id: rule.id, type: rule.type, slot: -1, multiplier: ONE, multiplierNum: 1, multiplierDen: 1, points: rule.points, event: rule.event, when: null };
  });
  const basePoints = decimalRatio(program.earn.base.points);
  const compiledLevels = levels.map((l): CompiledLevel => {
    const multiplier = l.multiplier === undefined ? null : decimalRatio(l.multiplier);
    return {
      id: l.id,
      threshold: l.threshold,
      retain: l.retainThreshold ?? l.threshold,
      multiplier,
      multiplierNum: multiplier === null ? Number.NaN : safeNumber(multiplier[0]),
      multiplierDen: multiplier === null ? Number.NaN : safeNumber(multiplier[1]),
    };
  });
  const basePointsNum = safeNumber(basePoints[0]);
  const basePointsDen = safeNumber(basePoints[1]);
  const perAmountMinorNum = Number.isSafeInteger(program.earn.base.perAmountMinor) ? program.earn.base.perAmountMinor : Number.NaN;
  const numeric =
    !Number.isNaN(basePointsNum) &&
    !Number.isNaN(basePointsDen) &&
    !Number.isNaN(perAmountMinorNum) &&
    rules.every((r) => !Number.isNaN(r.multiplierNum) && !Number.isNaN(r.multiplierDen)) &&
    compiledLevels.every((l) => l.multiplier === null || (!Number.isNaN(l.multiplierNum) && !Number.isNaN(l.multiplierDen)));
  return {
    program,
    clock: openClock(program.timeZone, [...path, 'timeZone'], table),
    clocks: new Map(),
    basePoints,
    perAmountMinor: BigInt(program.earn.base.perAmountMinor),
    excludedCategories: new Set(program.earn.exclude.categories),
    excludedSkus: new Set(program.earn.exclude.skus),
    rules,
    multiplierRules: rules.filter((r) => r.type === 'multiplier'),
    bonusRules: rules.filter((r) => r.type === 'bonus'),
    eventRules: rules.filter((r) => r.type === 'eventBonus'),
    caps: program.earn.caps.map((c) => {
      const ruleIds = set(c.ruleIds);
      return { id: c.id, points: c.points, per: c.per, ruleIds, ruleInScope: rules.map((r) => ruleIds === null || ruleIds.has(r.id)) };
    }),
    levels: compiledLevels,
    increasingThresholds: compiledLevels.every((l, i) => i === 0 || l.threshold > (compiledLevels[i - 1] as CompiledLevel).threshold),
    levelIndex,
    anyMemberZone: rules.some((r) => r.when?.memberZone === true),
    basePointsNum,
    basePointsDen,
    perAmountMinorNum,
    numeric,
    scratch: newScratch(slot, rules.length, program.earn.caps.length),
    readAhead: { sum: 0 },
    shared: { zeros: [], flags: [], ruleParts: new Map(), singleRules: new Map(), noRules: Object.freeze([]) as unknown as EarnExplanation['rules'], noCaps: Object.freeze([]) as unknown as EarnExplanation['caps'] },
  };
}

/** The clock of a member's time zone (the programme's when they gave none). */
export function memberClock(cp: CompiledProgram, timeZone: string): Clock {
  if (timeZone === cp.clock.name) return cp.clock;
  let clock = cp.clocks.get(timeZone);
  if (clock === undefined) {
    clock = openClock(timeZone, ['timeZone']);
    cp.clocks.set(timeZone, clock);
  }
  return clock;
}
