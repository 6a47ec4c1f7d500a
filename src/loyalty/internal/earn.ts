// The earning engine: base points, multipliers (rules and tier), bonuses, one rounding at the
// programme's stage, attribution of the rounded points to their sources, then caps.
//
// Arithmetic: a line's base is amountMinor × basePoints / perAmountMinor. Every decimal (base
// points, multipliers) is an integer numerator at 10^scale, so each source's contribution is an
// exact rational over the purchase's common denominator perAmountMinor × 10^(scale·(1+K)), where
// K is the number of multiplier factors that can apply in one line. The sum is rounded once (per
// line or per order) and the integer total is shared among the sources by largest remainder.
import type { EarnExplanation } from '../schemas.js';
import { SafeIntegerOverflow, bigOps, decimalText, div, rationalToString, roundNumber, roundRational, safe, type Ops } from './arith.js';
import type { Clock } from './clock.js';
import type { CompiledCondition, CompiledProgram, CompiledRule, EarnScratch } from './compile.js';

export interface EarnLine {
  readonly sku: string;
  readonly category: string;
  readonly amountMinor: number;
}

export interface EarnInput {
  readonly at: number;
  readonly channel: string | null;
  /** The store, if any (`undefined` as `null`). */
  readonly store?: string | null | undefined;
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

/** What the purchase engine reads of a member (a `Work` is one). */
export interface EarnMember {
  /** Index of the member's tier level, -1 for none. */
  readonly tierIndex: number;
  readonly clock: Clock;
  /** Cap usage: points counted against each cap in the period `key`. */
  readonly caps: ReadonlyMap<string, { readonly key: number; readonly used: number }>;
  readonly totals: { readonly purchases: number };
}

export interface CapUse {
  readonly capId: string;
  readonly key: number;
  readonly add: number;
}

function orderGate(when: CompiledCondition, cp: CompiledProgram, input: EarnInput, tierIndex: number, firstPurchase: boolean, memberClock: Clock): boolean {
  if (when.channels !== null && (input.channel === null || !when.channels.has(input.channel))) return false;
  if (when.stores !== null && (input.store === null || input.store === undefined || !when.stores.has(input.store))) return false;
  if (when.from !== null && input.at < when.from) return false;
  if (when.until !== null && input.at >= when.until) return false;
  if (when.tiers !== null && !when.tiers.has(tierIndex)) return false;
  if (when.firstPurchase !== null && when.firstPurchase !== firstPurchase) return false;
  if (when.weekdays !== null || when.hours !== null) {
    const clock = when.memberZone ? memberClock : cp.clock;
    if (when.weekdays !== null && when.weekdays[clock.weekday(input.at)] !== true) return false;
    if (when.hours !== null) {
      const hour = clock.hour(input.at);
      const { from, to } = when.hours;
      const inside = from < to ? hour >= from && hour < to : hour >= from || hour < to;
      if (!inside) return false;
    }
  }
  return true;
}

/**
 * Whether a rule applies to the order: its order conditions hold and the eligible lines it
 * matches reach its minimum spend. With `row` ≥ 0 the matched lines are flagged in
 * `scratch.covered` from `row` on.
 */
function ruleApplies(
  when: CompiledCondition,
  cp: CompiledProgram,
  input: EarnInput,
  tierIndex: number,
  firstPurchase: boolean,
  memberClock: Clock,
  row: number,
): boolean {
  if (!orderGate(when, cp, input, tierIndex, firstPurchase, memberClock)) return false;
  const { eligible, covered } = cp.scratch;
  const lines = input.lines;
  const categories = when.categories;
  const skus = when.skus;
  let spend = 0;
  let hits = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as EarnLine;
    const hit = eligible[i] === 1 && (categories === null || categories.has(line.category)) && (skus === null || skus.has(line.sku));
    if (row >= 0) covered[row + i] = hit ? 1 : 0;
    if (hit) {
      spend += line.amountMinor;
      hits++;
    }
  }
  return hits > 0 && spend >= when.minSpendMinor;
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
      // 'add' with several multipliers below 1 can push a line under zero: the line earns 0. The
      // excess is given back by the negative contributions, the last first, each only up to 0
      // (a reducing source never shows points it did not give; base and uplifts are untouched).
      let excess = ops.sub(zero, lineSum);
      for (let c = components - 1; c > 0 && ops.sign(excess) > 0; c--) {
        const v = line[c] as N;
        if (ops.sign(v) >= 0) continue;
        const give = ops.lt(excess, ops.sub(zero, v)) ? excess : ops.sub(zero, v);
        line[c] = ops.add(v, give);
        excess = ops.sub(excess, give);
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
    case 'month':
      return cp.clock.monthKey(at);
    case 'year':
      return cp.clock.year(at);
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
    // Net points in scope (a reducing multiplier counts against the cap); never cut below zero overall.
    let total = 0;
    let award = 0;
    for (const p of parts) {
      award += p.points;
      if (inScope(p)) total += p.points;
    }
    const allowance = Math.max(0, cap.points - (cap.per === 'transaction' ? 0 : view.capUsed(cap.id, key)));
    let cut = Math.min(total - allowance, award);
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
    for (const p of parts) if (cap.ruleIds === null || (p.ruleId !== null && cap.ruleIds.has(p.ruleId))) used += p.points;
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

/** Points for a bonus event (`eventBonus` rules of its kind), after caps. */
export function earnBonusEvent(cp: CompiledProgram, kind: string, at: number, view: EarnView): { explanation: EarnExplanation; capUses: CapUse[] } {
  const parts: Part[] = cp.eventRules.filter((r) => r.event === kind).map((r) => ({ ruleId: r.id, type: 'eventBonus' as const, points: r.points }));
  const { caps, uses } = applyCaps(cp, parts, at, view);
  const sum = parts.reduce((s, p) => s + p.points, 0) + caps.reduce((s, c) => s + c.cutPoints, 0);
  return { explanation: explanationFrom(cp, [{ ruleId: null, type: 'base', points: 0 }, ...parts], caps, 0, 0, view.tierIndex, String(sum), sum), capUses: uses };
}

// ---------------------------------------------------------------------------------------------
// Purchases
// ---------------------------------------------------------------------------------------------

// The number path of `attribute` (numberOps), specialised: the same operations in the same order
// on plain numbers held in the scratch buffers, each sum, difference and product checked to stay
// a safe integer (as numberOps does). Every value is then exact, so the result is the one of the
// bigint path; on overflow the caller reruns the generic code with bigints.

function allocateNumbers(nums: Float64Array, count: number, den: number, total: number, into: Float64Array, remainders: Float64Array): void {
  let left = total;
  for (let i = 0; i < count; i++) {
    const v = nums[i] as number;
    const f = div(v, den);
    remainders[i] = safe(v - safe(f * den));
    left = safe(left - f);
    into[i] = (into[i] as number) + f;
  }
  for (let extra = left; extra > 0; extra--) {
    let best = -1;
    for (let i = 0; i < count; i++) {
      const r = remainders[i] as number;
      if (r > 0 && (best === -1 || (remainders[best] as number) < r)) best = i;
    }
    if (best === -1) break;
    into[best] = (into[best] as number) + 1;
    remainders[best] = 0;
  }
}

function attributeNumbers(cp: CompiledProgram, lines: readonly EarnLine[], tierIndex: number, explain: boolean): void {
  const s = cp.scratch;
  const stacking = cp.program.earn.stacking;
  const { rounding: mode, stage } = cp.program.earn.base;
  const rules = cp.multiplierRules;
  const r = rules.length;
  const components = r + 2;
  const level = cp.levels[tierIndex];
  const hasTier = level !== undefined && level.multiplier !== null;
  const tierNum = hasTier ? level.multiplierNum : 1;
  const tierDen = hasTier ? level.multiplierDen : 1;
  const sources = hasTier ? r + 1 : r;
  const { eligible, covered, active, line, sums, attributed, remainders } = s;
  const capacity = s.lineCapacity;
  let allDens = 1;
  for (let k = 0; k < r; k++) if (active[k] === 1) allDens = safe(allDens * (rules[k] as CompiledRule).multiplierDen);
  if (hasTier) allDens = safe(allDens * tierDen);
  const den = safe(safe(cp.perAmountMinorNum * cp.basePointsDen) * allDens);
  const baseFactor = safe(cp.basePointsNum * allDens);
  for (let c = 0; c < components; c++) {
    sums[c] = 0;
    attributed[c] = 0;
  }
  let grand = 0;
  let rounded = 0;
  for (let l = 0; l < lines.length; l++) {
    if (eligible[l] !== 1) continue;
    for (let c = 1; c < components; c++) line[c] = 0;
    const base = safe((lines[l] as EarnLine).amountMinor * baseFactor);
    line[0] = base;
    let running = base;
    let bestSlot = -1;
    let bestNum = 0;
    let bestDen = 0;
    for (let k = 0; k < sources; k++) {
      const isTier = k === r;
      if (!isTier && (active[k] !== 1 || covered[k * capacity + l] !== 1)) continue;
      const slot = isTier ? components - 1 : k + 1;
      const rule = isTier ? null : (rules[k] as CompiledRule);
      const n = rule === null ? tierNum : rule.multiplierNum;
      const d = rule === null ? tierDen : rule.multiplierDen;
      if (stacking === 'multiply') {
        line[slot] = div(safe(running * safe(n - d)), d);
        running = div(safe(running * n), d);
      } else if (stacking === 'add') {
        line[slot] = div(safe(base * safe(n - d)), d);
      } else if (bestSlot === -1 || safe(bestNum * d) < safe(n * bestDen)) {
        bestSlot = slot;
        bestNum = n;
        bestDen = d;
      }
    }
    if (bestSlot !== -1) line[bestSlot] = div(safe(base * safe(bestNum - bestDen)), bestDen);
    let lineSum = 0;
    for (let c = 0; c < components; c++) lineSum = safe(lineSum + (line[c] as number));
    if (lineSum < 0) {
      // 'add' with several multipliers below 1 can push a line under zero: the line earns 0. The
      // excess is given back by the negative contributions, the last first, each only up to 0
      // (as in `attribute`).
      let excess = -lineSum;
      for (let c = components - 1; c > 0 && excess > 0; c--) {
        const v = line[c] as number;
        if (v >= 0) continue;
        const give = Math.min(excess, -v);
        line[c] = v + give;
        excess -= give;
      }
      lineSum = 0;
    }
    grand = safe(grand + lineSum);
    if (stage === 'line') {
      const lineRounded = roundNumber(lineSum, den, mode);
      rounded = safe(rounded + lineRounded);
      allocateNumbers(line, components, den, lineRounded, attributed, remainders);
    } else {
      for (let c = 0; c < components; c++) sums[c] = safe((sums[c] as number) + (line[c] as number));
    }
  }
  if (stage === 'order') {
    rounded = roundNumber(grand, den, mode);
    allocateNumbers(sums, components, den, rounded, attributed, remainders);
  }
  s.unrounded = explain ? decimalText(grand, den) : '';
  s.unroundedNumerator = grand;
  s.unroundedDenominator = den;
  s.rounded = rounded;
}

/** The generic bigint attribution, for purchases whose figures leave the safe-integer range. */
function attributeBigints(cp: CompiledProgram, lines: readonly EarnLine[], tierIndex: number): void {
  const s = cp.scratch;
  const eligible = Array.from({ length: lines.length }, (_, i) => s.eligible[i] === 1);
  const covered = cp.multiplierRules.map((_, k) => (s.active[k] === 1 ? Array.from({ length: lines.length }, (__, i) => s.covered[k * s.lineCapacity + i] === 1) : null));
  const attribution = attribute(bigOps, cp, { at: 0, channel: null, store: null, lines }, eligible, covered, cp.levels[tierIndex]?.multiplier ?? null);
  s.attributed.fill(0);
  attribution.points.forEach((p, i) => {
    s.attributed[i] = p;
  });
  s.unrounded = attribution.unrounded;
  s.unroundedNumerator = 0;
  s.unroundedDenominator = 0;
  s.rounded = attribution.rounded;
}

function ensureCapacity(s: EarnScratch, lines: number, multipliers: number): void {
  if (lines <= s.lineCapacity) return;
  let capacity = s.lineCapacity;
  while (capacity < lines) capacity *= 2;
  s.lineCapacity = capacity;
  s.eligible = new Uint8Array(capacity);
  s.covered = new Uint8Array(capacity * Math.max(1, multipliers));
}

function inScope(cp: CompiledProgram, capIndex: number, part: number): boolean {
  const cap = cp.caps[capIndex];
  if (cap === undefined) return false;
  const rule = cp.scratch.partRule[part] as number;
  return rule < 0 ? cap.ruleIds === null : cap.ruleInScope[rule] === true;
}

/** The caps of a purchase: cuts the parts (from the last backwards) and records each cap's key, cut and use. */
function capParts(cp: CompiledProgram, at: number, member: EarnMember): void {
  const s = cp.scratch;
  const parts = s.partCount;
  const { partPoints, capKey: keys, capCut, capAdd } = s;
  for (let c = 0; c < cp.caps.length; c++) {
    const cap = cp.caps[c] as CompiledProgram['caps'][number];
    const key = capKey(cp, cap.per, at);
    keys[c] = key;
    capCut[c] = 0;
    // Net points in scope (a reducing multiplier counts against the cap); never cut below zero overall.
    let total = 0;
    let award = 0;
    for (let p = 0; p < parts; p++) {
      const points = partPoints[p] as number;
      award += points;
      if (inScope(cp, c, p)) total += points;
    }
    let used = 0;
    if (cap.per !== 'transaction') {
      const u = member.caps.get(cap.id);
      used = u !== undefined && u.key === key ? u.used : 0;
    }
    let cut = Math.min(total - Math.max(0, cap.points - used), award);
    if (cut <= 0) continue;
    capCut[c] = cut;
    for (let p = parts - 1; p >= 0 && cut > 0; p--) {
      const points = partPoints[p] as number;
      if (!inScope(cp, c, p) || points <= 0) continue;
      const take = Math.min(points, cut);
      partPoints[p] = points - take;
      cut -= take;
    }
  }
  for (let c = 0; c < cp.caps.length; c++) {
    let used = 0;
    for (let p = 0; p < parts; p++) if (inScope(cp, c, p)) used += partPoints[p] as number;
    capAdd[c] = Math.max(0, used);
  }
}

/** A rule's part of an explanation, frozen and shared by the call's ledger entries. */
function sharedPart(cp: CompiledProgram, index: number, points: number, key: number): EarnExplanation['rules'][number] {
  const parts = cp.shared.ruleParts;
  let part = parts.get(key);
  if (part === undefined) {
    const rule = cp.rules[index] as CompiledRule;
    part = Object.freeze({ ruleId: rule.id, type: rule.type, points });
    parts.set(key, part);
  }
  return part;
}

/**
 * The explanation of the last purchase earned. With `shared` (ledger entries of a replay), the
 * rule parts and the lists that recur (no rule, one rule, no cap cut) are frozen objects shared
 * by the call's entries; otherwise every object is new.
 */
function explainParts(cp: CompiledProgram, tierIndex: number, shared: boolean): EarnExplanation {
  const s = cp.scratch;
  let points = 0;
  let basePoints = 0;
  let tierPoints = 0;
  let ruleCount = 0;
  let single = -1;
  for (let p = 0; p < s.partCount; p++) {
    const value = s.partPoints[p] as number;
    const index = s.partRule[p] as number;
    points += value;
    if (index === -1) basePoints = value;
    else if (index === -2) tierPoints = value;
    else {
      ruleCount++;
      single = p;
    }
  }
  let rules: EarnExplanation['rules'];
  const width = cp.rules.length;
  if (shared && ruleCount === 0) rules = cp.shared.noRules;
  else if (shared && ruleCount === 1) {
    const index = s.partRule[single] as number;
    const value = s.partPoints[single] as number;
    const key = value * width + index;
    const known = cp.shared.singleRules.get(key);
    if (known === undefined) {
      rules = Object.freeze([sharedPart(cp, index, value, key)]) as unknown as EarnExplanation['rules'];
      cp.shared.singleRules.set(key, rules);
    } else rules = known;
  } else {
    rules = [];
    for (let p = 0; p < s.partCount; p++) {
      const index = s.partRule[p] as number;
      if (index < 0) continue;
      const value = s.partPoints[p] as number;
      if (shared) rules.push(sharedPart(cp, index, value, value * width + index));
      else {
        const rule = cp.rules[index] as CompiledRule;
        rules.push({ ruleId: rule.id, type: rule.type, points: value });
      }
    }
  }
  let caps: EarnExplanation['caps'] | null = null;
  for (let c = 0; c < cp.caps.length; c++) {
    const cut = s.capCut[c] as number;
    if (cut > 0) (caps ??= []).push({ capId: (cp.caps[c] as CompiledProgram['caps'][number]).id, cutPoints: cut });
  }
  return {
    eligibleSpendMinor: s.eligibleMinor,
    excludedSpendMinor: s.totalMinor - s.eligibleMinor,
    tier: cp.levels[tierIndex]?.id ?? null,
    basePoints,
    tierPoints,
    rules,
    caps: caps ?? (shared ? cp.shared.noCaps : []),
    rounding: { mode: cp.program.earn.base.rounding, stage: cp.program.earn.base.stage, unroundedPoints: s.unrounded, roundedPoints: s.rounded },
    points,
  };
}

/**
 * Points for a purchase (throws `SafeIntegerOverflow` when they are past 2^53 − 1, even exactly
 * computed: the caller refuses the purchase with its path). The figures are left in `cp.scratch` (`points`, `eligibleMinor`,
 * `totalMinor`, `eligible` per line, and per cap `capKey` / `capAdd` for the usage to record); the
 * explanation is built only when asked for. Without it, everything the explanation says is still
 * in `cp.scratch` (the parts `partRule` / `partPoints` / `partCount`, the cuts `capCut`,
 * `rounded`, and the unrounded total as `unroundedNumerator / unroundedDenominator`, or the text
 * `unrounded` when the denominator is 0): the column ledger reads it from there.
 */
export function earnPurchase(cp: CompiledProgram, input: EarnInput, member: EarnMember, explain: boolean, shared = false): EarnExplanation | null {
  const s = cp.scratch;
  const lines = input.lines;
  const multipliers = cp.multiplierRules.length;
  ensureCapacity(s, lines.length, multipliers);
  const tierIndex = member.tierIndex;
  const firstPurchase = member.totals.purchases === 0;
  // An empty set is not asked: a lookup hashes the line's string even then.
  const excludedCategories = cp.excludedCategories.size > 0 ? cp.excludedCategories : null;
  const excludedSkus = cp.excludedSkus.size > 0 ? cp.excludedSkus : null;
  let totalMinor = 0;
  let eligibleMinor = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as EarnLine;
    totalMinor += line.amountMinor;
    const ok = (excludedCategories === null || !excludedCategories.has(line.category)) && (excludedSkus === null || !excludedSkus.has(line.sku));
    s.eligible[i] = ok ? 1 : 0;
    if (ok) eligibleMinor += line.amountMinor;
  }
  s.totalMinor = totalMinor;
  s.eligibleMinor = eligibleMinor;
  for (let k = 0; k < multipliers; k++) {
    const when = (cp.multiplierRules[k] as CompiledRule).when as CompiledCondition;
    s.active[k] = ruleApplies(when, cp, input, tierIndex, firstPurchase, member.clock, k * s.lineCapacity) ? 1 : 0;
  }
  let numbers = cp.numeric;
  if (numbers) {
    try {
      attributeNumbers(cp, lines, tierIndex, explain);
    } catch (error) {
      if (!(error instanceof SafeIntegerOverflow)) throw error;
      numbers = false;
    }
  }
  if (!numbers) attributeBigints(cp, lines, tierIndex);
  let parts = 0;
  s.partRule[parts] = -1;
  s.partPoints[parts++] = s.attributed[0] as number;
  for (let j = 0; j < cp.rules.length; j++) {
    const rule = cp.rules[j] as CompiledRule;
    if (rule.type === 'multiplier') {
      if (s.active[rule.slot - 1] === 1) {
        s.partRule[parts] = j;
        s.partPoints[parts++] = s.attributed[rule.slot] as number;
      }
    } else if (rule.type === 'bonus' && ruleApplies(rule.when as CompiledCondition, cp, input, tierIndex, firstPurchase, member.clock, -1)) {
      s.partRule[parts] = j;
      s.partPoints[parts++] = rule.points;
    }
  }
  const level = cp.levels[tierIndex];
  if (level !== undefined && level.multiplier !== null) {
    s.partRule[parts] = -2;
    s.partPoints[parts++] = s.attributed[multipliers + 1] as number;
  }
  s.partCount = parts;
  capParts(cp, input.at, member);
  let points = 0;
  for (let p = 0; p < parts; p++) points += s.partPoints[p] as number;
  // Parts are safe integers, their sum need not be (callers turn this into INVALID_INPUT).
  if (!Number.isSafeInteger(points)) throw new SafeIntegerOverflow();
  s.points = points;
  return explain ? explainParts(cp, tierIndex, shared) : null;
}
