// The column ledger: the fold's entries written into typed arrays (see ledgerColumnsSchema), with
// no entry, explanation or text object built per row.
//
// Memory. A typed array's memory lies outside the JavaScript heap, and V8 answers every 64 MB or
// so of such memory allocated since its last full collection with another full collection: each
// one marks the whole heap (the caller's events and the members' states, some 0.3–0.7 s on the
// 1M-event benchmark). Columns grown by doubling from a small size allocated twice their final
// size, one column at a time, and cost eight full collections (the replay took twice as long as
// with ledger objects). So the ledger and explanation columns are views of one buffer, allocated
// at once for the rows the log is expected to give (`expectedRows`), which costs one collection;
// a table that outgrows it moves to a buffer of twice its capacity. The small tables (rule parts,
// cap cuts) grow by doubling. The result's columns are the views cut to their length (`subarray`:
// no copy, no new memory).
import { ledgerEntryTypes, type EarnExplanation, type LedgerColumns, type LedgerEntry, type LoyaltyEvent } from '../schemas.js';
import type { CompiledProgram } from './compile.js';
import type { LedgerSink, PlainEntryType } from './sink.js';

type TypeCode = Record<LedgerEntry['type'], number>;

const TYPE_CODE = Object.fromEntries(ledgerEntryTypes.map((type, i) => [type, i])) as TypeCode;
const TIER_CHANGE = TYPE_CODE.tierChange;
const EARN = TYPE_CODE.earn;
const BONUS = TYPE_CODE.bonus;
/** `tierFrom` / `tierTo` of an entry without a tier change. */
const NO_TIER_CHANGE = -2;

/** Bytes of one ledger row: at, points, forgivenPoints (8 each); member, tierFrom, tierTo, explanation (4 each); type (1). */
const ROW_BYTES = 3 * 8 + 4 * 4 + 1;
/** Bytes of one explanation row: 8 Float64 columns and 5 Int32 columns. */
const EXPLANATION_BYTES = 8 * 8 + 5 * 4;

function align8(bytes: number): number {
  return Math.ceil(bytes / 8) * 8;
}

/**
 * The rows and explanations a log is expected to give, from its events by type: one entry per
 * event, a maturation per purchase when points are pending, an expiry per lot when points
 * expire, and a few tier changes per member. Only the size of the first buffer depends on it.
 */
export function expectedRows(cp: CompiledProgram, events: readonly LoyaltyEvent[]): { rows: number; explanations: number } {
  let enrolments = 0;
  let purchases = 0;
  let bonuses = 0;
  let adjustments = 0;
  for (let i = 0; i < events.length; i++) {
    const type = (events[i] as LoyaltyEvent).type;
    if (type === 'purchase') purchases++;
    else if (type === 'enrol') enrolments++;
    else if (type === 'bonusEvent') bonuses++;
    else if (type === 'adjust') adjustments++;
  }
  const program = cp.program;
  let rows = events.length;
  if (program.pending.days > 0) rows += purchases;
  if (program.expiry.type !== 'none') rows += purchases + bonuses + adjustments;
  if (program.tiers !== undefined) rows += 3 * enrolments;
  return { rows: rows + 64, explanations: purchases + bonuses + 64 };
}

/** `into` (twice the size of `from`) with `from` copied to its start: a small table's growth. */
function doubled<T extends Int32Array | Float64Array>(from: T, into: T): T {
  into.set(from);
  return into;
}

/** Consecutive views of `count` elements each, cut from `buffer` from `offset` on (wider types first, so each stays aligned). */
function carver(buffer: ArrayBuffer, offset: number, count: number): { f64: () => Float64Array<ArrayBuffer>; i32: () => Int32Array<ArrayBuffer>; u8: () => Uint8Array<ArrayBuffer> } {
  let o = offset;
  return {
    f64: () => {
      const a = new Float64Array(buffer, o, count);
      o += 8 * count;
      return a;
    },
    i32: () => {
      const a = new Int32Array(buffer, o, count);
      o += 4 * count;
      return a;
    },
    u8: () => {
      const a = new Uint8Array(buffer, o, count);
      o += count;
      return a;
    },
  };
}

export class ColumnSink implements LedgerSink {
  readonly explains = false;
  private readonly cp: CompiledProgram;
  private readonly memberIds: string[] = [];
  private readonly ruleIndex: Map<string, number>;
  private readonly capIndex: Map<string, number>;
  /** The member of the rows being written (index into memberIds). */
  private current = -1;

  // Ledger rows: views of one buffer (see the top of the file).
  private length = 0;
  private capacity: number;
  private at!: Float64Array<ArrayBuffer>;
  private points!: Float64Array<ArrayBuffer>;
  private forgivenPoints!: Float64Array<ArrayBuffer>;
  private rowMember!: Int32Array<ArrayBuffer>;
  private tierFrom!: Int32Array<ArrayBuffer>;
  private tierTo!: Int32Array<ArrayBuffer>;
  private explanation!: Int32Array<ArrayBuffer>;
  private type!: Uint8Array<ArrayBuffer>;
  // Text columns, allocated to the capacity at once and written by index (pushed, a column of
  // millions of references would be copied at each growth), cut to the length at the end.
  private readonly eventId: (string | null)[];
  private readonly lotId: (string | null)[];
  private readonly reason: (string | null)[];

  // Explanation rows: views of one buffer.
  private xLength = 0;
  private xCapacity: number;
  private eligibleSpendMinor!: Float64Array<ArrayBuffer>;
  private excludedSpendMinor!: Float64Array<ArrayBuffer>;
  private basePoints!: Float64Array<ArrayBuffer>;
  private tierPoints!: Float64Array<ArrayBuffer>;
  private unroundedNumerator!: Float64Array<ArrayBuffer>;
  private unroundedDenominator!: Float64Array<ArrayBuffer>;
  private roundedPoints!: Float64Array<ArrayBuffer>;
  private xPoints!: Float64Array<ArrayBuffer>;
  private xTier!: Int32Array<ArrayBuffer>;
  private rulesStart!: Int32Array<ArrayBuffer>;
  private rulesCount!: Int32Array<ArrayBuffer>;
  private capsStart!: Int32Array<ArrayBuffer>;
  private capsCount!: Int32Array<ArrayBuffer>;
  private readonly unroundedTextRow: number[] = [];
  private readonly unroundedText: string[] = [];

  // Rule parts and cap cuts.
  private partLength = 0;
  private partRule = new Int32Array(1024);
  private partPoints = new Float64Array(1024);
  private cutLength = 0;
  private cutCap = new Int32Array(64);
  private cutPoints = new Float64Array(64);

  constructor(cp: CompiledProgram, expected: { readonly rows: number; readonly explanations: number }) {
    this.cp = cp;
    this.ruleIndex = new Map(cp.rules.map((r, i) => [r.id, i]));
    this.capIndex = new Map(cp.caps.map((c, i) => [c.id, i]));
    this.capacity = Math.max(16, expected.rows);
    this.xCapacity = Math.max(16, expected.explanations);
    this.eventId = new Array<string | null>(this.capacity);
    this.lotId = new Array<string | null>(this.capacity);
    this.reason = new Array<string | null>(this.capacity);
    const rowBytes = align8(this.capacity * ROW_BYTES);
    const buffer = new ArrayBuffer(rowBytes + this.xCapacity * EXPLANATION_BYTES);
    this.rowViews(buffer, 0);
    this.explanationViews(buffer, rowBytes);
  }

  /** Points the row columns at `buffer` from `offset`, for `capacity` rows. */
  private rowViews(buffer: ArrayBuffer, offset: number): void {
    const carve = carver(buffer, offset, this.capacity);
    this.at = carve.f64();
    this.points = carve.f64();
    this.forgivenPoints = carve.f64();
    this.rowMember = carve.i32();
    this.tierFrom = carve.i32();
    this.tierTo = carve.i32();
    this.explanation = carve.i32();
    this.type = carve.u8();
  }

  /** Points the explanation columns at `buffer` from `offset` (a multiple of 8), for `xCapacity` rows. */
  private explanationViews(buffer: ArrayBuffer, offset: number): void {
    const carve = carver(buffer, offset, this.xCapacity);
    const f64 = carve.f64;
    const i32 = carve.i32;
    this.eligibleSpendMinor = f64();
    this.excludedSpendMinor = f64();
    this.basePoints = f64();
    this.tierPoints = f64();
    this.unroundedNumerator = f64();
    this.unroundedDenominator = f64();
    this.roundedPoints = f64();
    this.xPoints = f64();
    this.xTier = i32();
    this.rulesStart = i32();
    this.rulesCount = i32();
    this.capsStart = i32();
    this.capsCount = i32();
  }

  private growRows(): void {
    const old = { at: this.at, points: this.points, forgivenPoints: this.forgivenPoints, member: this.rowMember, tierFrom: this.tierFrom, tierTo: this.tierTo, explanation: this.explanation, type: this.type };
    this.capacity *= 2;
    this.rowViews(new ArrayBuffer(this.capacity * ROW_BYTES), 0);
    this.at.set(old.at);
    this.points.set(old.points);
    this.forgivenPoints.set(old.forgivenPoints);
    this.rowMember.set(old.member);
    this.tierFrom.set(old.tierFrom);
    this.tierTo.set(old.tierTo);
    this.explanation.set(old.explanation);
    this.type.set(old.type);
  }

  private growExplanations(): void {
    const old = [this.eligibleSpendMinor, this.excludedSpendMinor, this.basePoints, this.tierPoints, this.unroundedNumerator, this.unroundedDenominator, this.roundedPoints, this.xPoints];
    const oldInts = [this.xTier, this.rulesStart, this.rulesCount, this.capsStart, this.capsCount];
    this.xCapacity *= 2;
    this.explanationViews(new ArrayBuffer(this.xCapacity * EXPLANATION_BYTES), 0);
    [this.eligibleSpendMinor, this.excludedSpendMinor, this.basePoints, this.tierPoints, this.unroundedNumerator, this.unroundedDenominator, this.roundedPoints, this.xPoints].forEach((a, i) => {
      a.set(old[i] as Float64Array);
    });
    [this.xTier, this.rulesStart, this.rulesCount, this.capsStart, this.capsCount].forEach((a, i) => {
      a.set(oldInts[i] as Int32Array);
    });
  }

  member(memberId: string): void {
    this.current = this.memberIds.length;
    this.memberIds.push(memberId);
  }

  private row(at: number, type: number, eventId: string | null, points: number, lotId: string | null, forgivenPoints: number, reason: string | null, from: number, to: number, explanation: number): void {
    const i = this.length;
    if (i === this.capacity) this.growRows();
    this.at[i] = at;
    this.points[i] = points;
    this.forgivenPoints[i] = forgivenPoints;
    this.rowMember[i] = this.current;
    this.tierFrom[i] = from;
    this.tierTo[i] = to;
    this.explanation[i] = explanation;
    this.type[i] = type;
    this.eventId[i] = eventId;
    this.lotId[i] = lotId;
    this.reason[i] = reason;
    this.length = i + 1;
  }

  add(_memberId: string, at: number, type: PlainEntryType, eventId: string | null, points: number, lotId: string | null, forgivenPoints: number, reason: string | null): void {
    this.row(at, TYPE_CODE[type], eventId, points, lotId, forgivenPoints, reason, NO_TIER_CHANGE, NO_TIER_CHANGE, -1);
  }

  tierChange(_memberId: string, at: number, from: number, to: number): void {
    // A level index out of the programme's levels is "none", as the object ledger's `?.id ?? null`.
    const levels = this.cp.levels.length;
    this.row(at, TIER_CHANGE, null, 0, null, 0, null, from >= 0 && from < levels ? from : -1, to >= 0 && to < levels ? to : -1, -1);
  }

  private part(rule: number, points: number): void {
    const k = this.partLength;
    if (k === this.partRule.length) {
      this.partRule = doubled(this.partRule, new Int32Array(2 * k));
      this.partPoints = doubled(this.partPoints, new Float64Array(2 * k));
    }
    this.partRule[k] = rule;
    this.partPoints[k] = points;
    this.partLength = k + 1;
  }

  private cut(cap: number, points: number): void {
    const k = this.cutLength;
    if (k === this.cutCap.length) {
      this.cutCap = doubled(this.cutCap, new Int32Array(2 * k));
      this.cutPoints = doubled(this.cutPoints, new Float64Array(2 * k));
    }
    this.cutCap[k] = cap;
    this.cutPoints[k] = points;
    this.cutLength = k + 1;
  }

  /** A new explanation row with its spend, tier and rounding; its parts and cuts follow. */
  private explanationRow(eligibleMinor: number, excludedMinor: number, tierIndex: number, rounded: number): number {
    const x = this.xLength;
    if (x === this.xCapacity) this.growExplanations();
    this.eligibleSpendMinor[x] = eligibleMinor;
    this.excludedSpendMinor[x] = excludedMinor;
    this.xTier[x] = tierIndex >= 0 && tierIndex < this.cp.levels.length ? tierIndex : -1;
    this.rulesStart[x] = this.partLength;
    this.capsStart[x] = this.cutLength;
    this.roundedPoints[x] = rounded;
    this.xLength = x + 1;
    return x;
  }

  /** The unrounded points of explanation `x` as text (when they are not a fraction of safe integers). */
  private unroundedAsText(x: number, text: string): void {
    this.unroundedNumerator[x] = 0;
    this.unroundedDenominator[x] = 0;
    this.unroundedTextRow.push(x);
    this.unroundedText.push(text);
  }

  earn(_memberId: string, at: number, eventId: string, points: number, lotId: string | null, tierIndex: number, _explanation: EarnExplanation | null): void {
    // The purchase's figures, as earnPurchase left them (what explainParts reads).
    const s = this.cp.scratch;
    const x = this.explanationRow(s.eligibleMinor, s.totalMinor - s.eligibleMinor, tierIndex, s.rounded);
    let total = 0;
    let basePoints = 0;
    let tierPoints = 0;
    const parts = s.partCount;
    for (let p = 0; p < parts; p++) {
      const value = s.partPoints[p] as number;
      const rule = s.partRule[p] as number;
      total += value;
      if (rule === -1) basePoints = value;
      else if (rule === -2) tierPoints = value;
      else this.part(rule, value);
    }
    const caps = this.cp.caps.length;
    for (let c = 0; c < caps; c++) {
      const cut = s.capCut[c] as number;
      if (cut > 0) this.cut(c, cut);
    }
    this.basePoints[x] = basePoints;
    this.tierPoints[x] = tierPoints;
    this.rulesCount[x] = this.partLength - (this.rulesStart[x] as number);
    this.capsCount[x] = this.cutLength - (this.capsStart[x] as number);
    this.xPoints[x] = total;
    if (s.unroundedDenominator === 0) this.unroundedAsText(x, s.unrounded);
    else {
      this.unroundedNumerator[x] = s.unroundedNumerator;
      this.unroundedDenominator[x] = s.unroundedDenominator;
    }
    this.row(at, EARN, eventId, points, lotId, 0, null, NO_TIER_CHANGE, NO_TIER_CHANGE, x);
  }

  bonus(_memberId: string, at: number, eventId: string, points: number, lotId: string | null, explanation: EarnExplanation): void {
    // Bonus events are few: their explanation object is taken apart.
    const e = explanation;
    const tierIndex = e.tier === null ? -1 : (this.cp.levelIndex.get(e.tier) ?? -1);
    const x = this.explanationRow(e.eligibleSpendMinor, e.excludedSpendMinor, tierIndex, e.rounding.roundedPoints);
    for (const r of e.rules) this.part(this.ruleIndex.get(r.ruleId) ?? -1, r.points);
    for (const c of e.caps) this.cut(this.capIndex.get(c.capId) ?? -1, c.cutPoints);
    this.basePoints[x] = e.basePoints;
    this.tierPoints[x] = e.tierPoints;
    this.rulesCount[x] = e.rules.length;
    this.capsCount[x] = e.caps.length;
    this.xPoints[x] = e.points;
    const text = e.rounding.unroundedPoints;
    const whole = e.rounding.roundedPoints;
    // A bonus event's unrounded points are its integer total: the fraction total / 1.
    if (Number.isSafeInteger(whole) && String(whole) === text) {
      this.unroundedNumerator[x] = whole;
      this.unroundedDenominator[x] = 1;
    } else this.unroundedAsText(x, text);
    this.row(at, BONUS, eventId, points, lotId, 0, null, NO_TIER_CHANGE, NO_TIER_CHANGE, x);
  }

  /** The ledger: the columns cut to their length (views, no copies); the sink must not be used after. */
  finish(): LedgerColumns {
    const cp = this.cp;
    const n = this.length;
    const xn = this.xLength;
    this.eventId.length = n;
    this.lotId.length = n;
    this.reason.length = n;
    return {
      length: n,
      memberIds: this.memberIds,
      levelIds: cp.levels.map((l) => l.id),
      ruleIds: cp.rules.map((r) => r.id),
      ruleTypes: cp.rules.map((r) => r.type),
      capIds: cp.caps.map((c) => c.id),
      member: this.rowMember.subarray(0, n),
      at: this.at.subarray(0, n),
      type: this.type.subarray(0, n),
      eventId: this.eventId,
      lotId: this.lotId,
      reason: this.reason,
      points: this.points.subarray(0, n),
      forgivenPoints: this.forgivenPoints.subarray(0, n),
      tierFrom: this.tierFrom.subarray(0, n),
      tierTo: this.tierTo.subarray(0, n),
      explanation: this.explanation.subarray(0, n),
      explanations: {
        length: xn,
        eligibleSpendMinor: this.eligibleSpendMinor.subarray(0, xn),
        excludedSpendMinor: this.excludedSpendMinor.subarray(0, xn),
        tier: this.xTier.subarray(0, xn),
        basePoints: this.basePoints.subarray(0, xn),
        tierPoints: this.tierPoints.subarray(0, xn),
        rulesStart: this.rulesStart.subarray(0, xn),
        rulesCount: this.rulesCount.subarray(0, xn),
        capsStart: this.capsStart.subarray(0, xn),
        capsCount: this.capsCount.subarray(0, xn),
        roundingMode: cp.program.earn.base.rounding,
        roundingStage: cp.program.earn.base.stage,
        unroundedNumerator: this.unroundedNumerator.subarray(0, xn),
        unroundedDenominator: this.unroundedDenominator.subarray(0, xn),
        unroundedTextRow: Int32Array.from(this.unroundedTextRow),
        unroundedText: this.unroundedText,
        roundedPoints: this.roundedPoints.subarray(0, xn),
        points: this.xPoints.subarray(0, xn),
      },
      ruleParts: { length: this.partLength, rule: this.partRule.subarray(0, this.partLength), points: this.partPoints.subarray(0, this.partLength) },
      capCuts: { length: this.cutLength, cap: this.cutCap.subarray(0, this.cutLength), cutPoints: this.cutPoints.subarray(0, this.cutLength) },
    };
  }
}
