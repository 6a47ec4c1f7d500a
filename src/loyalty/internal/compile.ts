// A programme turned into lookup-friendly data once per call: sets instead of arrays, decimal
// strings as integers at a common scale, tier levels by index, and the programme's clock.
import type { PathKey } from '../../core/errors/OmnicxError.js';
import { toDecimal } from '../../core/internal/decimal.js';
import type { RuleCondition, Program } from '../schemas.js';
import { decimalRatio } from './arith.js';

const ONE: readonly [bigint, bigint] = [1n, 1n];
import { openClock, type Clock } from './clock.js';

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
  readonly points: number;
  readonly event: string | null;
  readonly when: CompiledCondition | null;
}

export interface CompiledCap {
  readonly id: string;
  readonly points: number;
  readonly per: 'transaction' | 'day' | 'month' | 'year' | 'lifetime';
  readonly ruleIds: ReadonlySet<string> | null;
}

export interface CompiledLevel {
  readonly id: string;
  readonly threshold: number;
  readonly retain: number;
  /** Multiplier as a fraction in lowest terms, or null when the level has none. */
  readonly multiplier: readonly [bigint, bigint] | null;
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
  readonly levelIndex: ReadonlyMap<string, number>;
  readonly anyMemberZone: boolean;
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

export function compileProgram(program: Program, path: readonly PathKey[] = ['program']): CompiledProgram {
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
      return { id: rule.id, type: rule.type, slot, multiplier: decimalRatio(rule.multiplier), points: 0, event: null, when: compileCondition(rule.when, levelIndex) };
    }
    if (rule.type === 'bonus') {
      return { id: rule.id, type: rule.type, slot: -1, multiplier: ONE, points: rule.points, event: null, when: compileCondition(rule.when, levelIndex) };
    }
    return { id: rule.id, type: rule.type, slot: -1, multiplier: ONE, points: rule.points, event: rule.event, when: null };
  });
  return {
    program,
    clock: openClock(program.timeZone, [...path, 'timeZone']),
    clocks: new Map(),
    basePoints: decimalRatio(program.earn.base.points),
    perAmountMinor: BigInt(program.earn.base.perAmountMinor),
    excludedCategories: new Set(program.earn.exclude.categories),
    excludedSkus: new Set(program.earn.exclude.skus),
    rules,
    multiplierRules: rules.filter((r) => r.type === 'multiplier'),
    bonusRules: rules.filter((r) => r.type === 'bonus'),
    eventRules: rules.filter((r) => r.type === 'eventBonus'),
    caps: program.earn.caps.map((c) => ({ id: c.id, points: c.points, per: c.per, ruleIds: set(c.ruleIds) })),
    levels: levels.map((l) => ({
      id: l.id,
      threshold: l.threshold,
      retain: l.retainThreshold ?? l.threshold,
      multiplier: l.multiplier === undefined ? null : decimalRatio(l.multiplier),
    })),
    levelIndex,
    anyMemberZone: rules.some((r) => r.when?.memberZone === true),
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
