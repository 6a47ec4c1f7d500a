// The earning engine: base points, multipliers (rules and tier), bonuses, one rounding at the
// programme's stage, attribution of the rounded points to their sources, then caps.
//
// Arithmetic: a line's base is amountMinor × basePoints / perAmountMinor. Every decimal (base
// points, multipliers) is an integer numerator at 10^scale, so each source's contribution is an
// exact rational over the purchase's common denominator perAmountMinor × 10^(scale·(1+K)), where
// K is the number of multiplier factors that can apply in one line. The sum is rounded once (per
// line or per order) and the integer total is shared among the sources by largest remainder.
import type { EarnExplanation } from '../schemas.js';
import { SafeIntegerOverflow, bigOps, numberOps, rationalToString, roundRational, type Ops } from './arith.js';
import type { Clock } from './clock.js';
import type { CompiledCondition, CompiledProgram, CompiledRule } from './compile.js';

export interface EarnLine {
  readonly sku: string;
  readonly category: string;
  readonly amountMinor: number;
}

export interface EarnInput {
  readonly at: number;
  readonly channel: string | null;
  readonly store: string | null;
  readonly lines: readonly EarnLine[];
}

export interface EarnView {
  /** Index of the member's tier level, -1 for none. */
  readonly tierIndex: number;
  readonly firstPurchase: boolean;
  readonly clock: Clock;
  /** Points already counted against a cap in the period `key`. */
  readonly capUsed: (capId: string, key: number) => number;
}

export interface CapUse {
  readonly capId: string;
  readonly key: number;
  readonly add: number;
}

export interface EarnResult {
  readonly explanation: EarnExplanation;
  readonly totalMinor: number;
  readonly lineEligible: readonly boolean[];
  readonly capUses: readonly CapUse[];
}

function orderGate(when: CompiledCondition, input: EarnInput, view: EarnView, cp: CompiledProgram): boolean {
  if (when.channels !== null && (input.channel === null || !when.channels.has(input.channel))) return false;
  if (when.stores !== null && (input.store === null || !when.stores.has(input.store))) return false;
  if (when.from !== null && input.at < when.from) return false;
  if (when.until !== null && input.at >= when.until) return false;
  if (when.tiers !== null && !when.tiers.has(view.tierIndex)) return false;
  if (when.firstPurchase !== null && when.firstPurchase !== view.firstPurchase) return false;
  if (when.weekdays !== null || when.hours !== null) {
    const reading = (when.memberZone ? view.clock : cp.clock).reading(input.at);
    if (when.weekdays !== null && when.weekdays[reading.weekday] !== true) return false;
    if (when.hours !== null) {
      const { from, to } = when.hours;
      const inside = from < to ? reading.hour >= from && reading.hour < to : reading.hour >= from || reading.hour < to;
      if (!inside) return false;
    }
  }
  return true;
}

function lineMatches(when: CompiledCondition, line: EarnLine): boolean {
  return (when.categories === null || when.categories.has(line.category)) && (when.skus === null || when.skus.has(line.sku));
}

/** Which eligible lines each rule covers, or null when the rule does not apply to the order. */
function ruleLines(rule: CompiledRule, input: EarnInput, eligible: readonly boolean[], view: EarnView, cp: CompiledProgram): boolean[] | null {
  const when = rule.when;
  if (when === null || !orderGate(when, input, view, cp)) return null;
  let spend = 0;
  let hits = 0;
  const covered: boolean[] = [];
  input.lines.forEach((line, i) => {
    const hit = eligible[i] === true && lineMatches(when, line);
    covered.push(hit);
    if (hit) {
      spend += line.amountMinor;
      hits++;
    }
  });
  return hits > 0 && spend >= when.minSpendMinor ? covered : null;
}

interface Attribution {
  /** Integer points per component: [base, multiplier rules…, tier]. */
  readonly points: number[];
  readonly unrounded: string;
  readonly rounded: number;
}

function allocate<N>(ops: Ops<N>, nums: readonly N[], den: N, total: N, into: number[]): void {
  const n = nums.length;
  const remainders: N[] = [];
  let left = total;
  for (let i = 0; i < n; i++) {
    const v = nums[i] as N;
    const f = ops.div(v, den);
    remainders.push(ops.sub(v, ops.mul(f, den)));
    left = ops.sub(left, f);
    into[i] = (into[i] ?? 0) + ops.num(f);
  }
  // Hand the points the single rounding added to the largest remainders (ties: earlier part).
  for (let extra = ops.num(left); extra > 0; extra--) {
    let best = -1;
    for (let i = 0; i < n; i++) {
      const r = remainders[i] as N;
      if (ops.sign(r) > 0 && (best === -1 || ops.lt(remainders[best] as N, r))) best = i;
    }
    if (best === -1) break;
    into[best] = (into[best] ?? 0) + 1;
    remainders[best] = ops.from(0);
  }
}

function attribute<N>(
  ops: Ops<N>,
  cp: CompiledProgram,
  input: EarnInput,
  eligible: readonly boolean[],
  covered: readonly (readonly boolean[] | null)[],
  tierMultiplier: readonly [bigint, bigint] | null,
): Attribution {
  const stacking = cp.program.earn.stacking;
  const { rounding: mode, stage } = cp.program.earn.base;
  const rules = cp.multiplierRules;
  const components = rules.length + 2;
  const zero = ops.from(0);
  // Multipliers are fractions n/d in lowest terms. Over the common denominator
  // perAmountMinor × d(base) × Π d(active sources), every contribution is an exact integer.
  const nums: N[] = [];
  const dens: N[] = [];
  let allDens = ops.from(1);
  rules.forEach((rule, r) => {
    nums.push(ops.big(rule.multiplier[0]));
    dens.push(ops.big(rule.multiplier[1]));
    if (covered[r] !== null) allDens = ops.mul(allDens, dens[r] as N);
  });
  if (tierMultiplier !== null) {
    nums.push(ops.big(tierMultiplier[0]));
    dens.push(ops.big(tierMultiplier[1]));
    allDens = ops.mul(allDens, ops.big(tierMultiplier[1]));
  }
  const den = ops.mul(ops.mul(ops.big(cp.perAmountMinor), ops.big(cp.basePoints[1])), allDens);
  const baseFactor = ops.mul(ops.big(cp.basePoints[0]), allDens);
  const sums: N[] = Array.from({ length: components }, () => zero);
  const points: number[] = Array.from({ length: components }, () => 0);
  const line: N[] = Array.from({ length: components }, () => zero);
  let grand = zero;
  let rounded = zero;
  for (let l = 0; l < input.lines.length; l++) {
    if (eligible[l] !== true) continue;
    line.fill(zero);
    const base = ops.mul(ops.from((input.lines[l] as EarnLine).amountMinor), baseFactor);
    line[0] = base;
    let running = base;
    let bestSlot = -1;
    let bestSource = -1;
    for (let s = 0; s < nums.length; s++) {
      const isTier = s === rules.length;
      if (!isTier && covered[s]?.[l] !== true) continue;
      const slot = isTier ? components - 1 : (rules[s] as CompiledRule).slot;
      const n = nums[s] as N;
      const d = dens[s] as N;
      if (stacking === 'multiply') {
        line[slot] = ops.div(ops.mul(running, ops.sub(n, d)), d);
        running = ops.div(ops.mul(running, n), d);
      } else if (stacking === 'add') {
        line[slot] = ops.div(ops.mul(base, ops.sub(n, d)), d);
      } else if (bestSource === -1 || ops.lt(ops.mul(nums[bestSource] as N, d), ops.mul(n, dens[bestSource] as N))) {
        bestSlot = slot;
        bestSource = s;
      }
    }
    if (bestSource !== -1) {
      const d = dens[bestSource] as N;
      line[bestSlot] = ops.div(ops.mul(base, ops.sub(nums[bestSource] as N, d)), d);
    }
    let lineSum = zero;
    for (const v of line) lineSum = ops.add(lineSum, v);
    if (ops.sign(lineSum) < 0) {
      // 'add' with several multipliers below 1 can push a line under zero: the line earns 0, the
      // excess is taken back from the last negative contribution.
      for (let c = components - 1; c > 0; c--) {
        const v = line[c] as N;
        if (ops.sign(v) < 0) {
          line[c] = ops.sub(v, lineSum);
          break;
        }
      }
      lineSum = zero;
    }
    grand = ops.add(grand, lineSum);
    if (stage === 'line') {
      const lineRounded = roundRational(ops, lineSum, den, mode);
      rounded = ops.add(rounded, lineRounded);
      allocate(ops, line, den, lineRounded, points);
    } else {
      for (let c = 0; c < components; c++) sums[c] = ops.add(sums[c] as N, line[c] as N);
    }
  }
  if (stage === 'order') {
    rounded = roundRational(ops, grand, den, mode);
    allocate(ops, sums, den, rounded, points);
  }
  return { points, unrounded: rationalToString(ops, grand, den), rounded: ops.num(rounded) };
}

function capKey(cp: CompiledProgram, per: string, at: number): number {
  switch (per) {
    case 'day':
      return cp.clock.day(at);
    case 'month': {
      const { year, month } = cp.clock.yearMonth(at);
      return year * 12 + month - 1;
    }
    case 'year':
      return cp.clock.yearMonth(at).year;
    default:
      return 0;
  }
}

interface Part {
  readonly ruleId: string | null;
  readonly type: 'base' | 'tier' | 'multiplier' | 'bonus' | 'eventBonus';
  points: number;
}

/** Applies the programme's caps to the parts of an award, cutting from the last part backwards. */
export function applyCaps(cp: CompiledProgram, parts: Part[], at: number, view: EarnView): { caps: { capId: string; cutPoints: number }[]; uses: CapUse[] } {
  const cuts: { capId: string; cutPoints: number }[] = [];
  const keys: number[] = [];
  for (const cap of cp.caps) {
    const key = capKey(cp, cap.per, at);
    keys.push(key);
    const inScope = (p: Part): boolean => cap.ruleIds === null || (p.ruleId !== null && cap.ruleIds.has(p.ruleId));
    let total = 0;
    for (const p of parts) if (inScope(p) && p.points > 0) total += p.points;
    const allowance = Math.max(0, cap.points - (cap.per === 'transaction' ? 0 : view.capUsed(cap.id, key)));
    let cut = total - allowance;
    if (cut <= 0) continue;
    cuts.push({ capId: cap.id, cutPoints: cut });
    for (let i = parts.length - 1; i >= 0 && cut > 0; i--) {
      const p = parts[i] as Part;
      if (!inScope(p) || p.points <= 0) continue;
      const take = Math.min(p.points, cut);
      p.points -= take;
      cut -= take;
    }
  }
  const uses: CapUse[] = [];
  cp.caps.forEach((cap, i) => {
    if (cap.per === 'transaction') return;
    let used = 0;
    for (const p of parts) if ((cap.ruleIds === null || (p.ruleId !== null && cap.ruleIds.has(p.ruleId))) && p.points > 0) used += p.points;
    if (used > 0) uses.push({ capId: cap.id, key: keys[i] as number, add: used });
  });
  return { caps: cuts, uses };
}

function explanationFrom(
  cp: CompiledProgram,
  parts: readonly Part[],
  caps: { capId: string; cutPoints: number }[],
  eligibleMinor: number,
  excludedMinor: number,
  tierIndex: number,
  unrounded: string,
  rounded: number,
): EarnExplanation {
  let points = 0;
  let basePoints = 0;
  let tierPoints = 0;
  const rules: EarnExplanation['rules'] = [];
  for (const p of parts) {
    points += p.points;
    if (p.type === 'base') basePoints = p.points;
    else if (p.type === 'tier') tierPoints = p.points;
    else rules.push({ ruleId: p.ruleId ?? '', type: p.type, points: p.points });
  }
  return {
    eligibleSpendMinor: eligibleMinor,
    excludedSpendMinor: excludedMinor,
    tier: cp.levels[tierIndex]?.id ?? null,
    basePoints,
    tierPoints,
    rules,
    caps,
    rounding: { mode: cp.program.earn.base.rounding, stage: cp.program.earn.base.stage, unroundedPoints: unrounded, roundedPoints: rounded },
    points,
  };
}

/** Points for a purchase, with their explanation and the cap usage they add. */
export function earnPurchase(cp: CompiledProgram, input: EarnInput, view: EarnView): EarnResult {
  let eligibleMinor = 0;
  let totalMinor = 0;
  const eligible = input.lines.map((line) => {
    totalMinor += line.amountMinor;
    const ok = !cp.excludedCategories.has(line.category) && !cp.excludedSkus.has(line.sku);
    if (ok) eligibleMinor += line.amountMinor;
    return ok;
  });
  const covered = cp.multiplierRules.map((rule) => ruleLines(rule, input, eligible, view, cp));
  const tierMultiplier = cp.levels[view.tierIndex]?.multiplier ?? null;
  let attribution: Attribution;
  try {
    attribution = attribute(numberOps, cp, input, eligible, covered, tierMultiplier);
  } catch (error) {
    if (!(error instanceof SafeIntegerOverflow)) throw error;
    attribution = attribute(bigOps, cp, input, eligible, covered, tierMultiplier);
  }
  const parts: Part[] = [{ ruleId: null, type: 'base', points: attribution.points[0] ?? 0 }];
  for (const rule of cp.rules) {
    if (rule.type === 'multiplier') {
      if (covered[rule.slot - 1] !== null) parts.push({ ruleId: rule.id, type: 'multiplier', points: attribution.points[rule.slot] ?? 0 });
    } else if (rule.type === 'bonus' && ruleLines(rule, input, eligible, view, cp) !== null) {
      parts.push({ ruleId: rule.id, type: 'bonus', points: rule.points });
    }
  }
  if (tierMultiplier !== null) parts.push({ ruleId: null, type: 'tier', points: attribution.points[cp.multiplierRules.length + 1] ?? 0 });
  const { caps, uses } = applyCaps(cp, parts, input.at, view);
  return {
    explanation: explanationFrom(cp, parts, caps, eligibleMinor, totalMinor - eligibleMinor, view.tierIndex, attribution.unrounded, attribution.rounded),
    totalMinor,
    lineEligible: eligible,
    capUses: uses,
  };
}

/** Points for a bonus event (`eventBonus` rules of its kind), after caps. */
export function earnBonusEvent(cp: CompiledProgram, kind: string, at: number, view: EarnView): { explanation: EarnExplanation; capUses: CapUse[] } {
  const parts: Part[] = cp.eventRules.filter((r) => r.event === kind).map((r) => ({ ruleId: r.id, type: 'eventBonus' as const, points: r.points }));
  const { caps, uses } = applyCaps(cp, parts, at, view);
  const sum = parts.reduce((s, p) => s + p.points, 0) + caps.reduce((s, c) => s + c.cutPoints, 0);
  return { explanation: explanationFrom(cp, [{ ruleId: null, type: 'base', points: 0 }, ...parts], caps, 0, 0, view.tierIndex, String(sum), sum), capUses: uses };
}
