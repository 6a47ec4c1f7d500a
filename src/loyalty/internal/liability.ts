// The liability's sums, shared by programLiability and the liability accumulator: each member
// state is advanced to the instant (on a copy) and its points are added in. Everything here is
// a sum, so states may be added in any order and in any grouping with the same result.
import { ErrorCode, OmnicxError, type PathKey } from '../../core/errors/OmnicxError.js';
import { invalid } from '../../core/internal/assert.js';
import { D } from '../../core/internal/decimal.js';
import type { Liability, LiabilityAccumulator, MemberState, Program } from '../schemas.js';
import type { CompiledProgram } from './compile.js';
import { advance, fromState } from './engine.js';
import { readMemberState } from './readState.js';

/** The sums a liability is computed from. */
export interface LiabilitySums {
  members: number;
  availablePoints: number;
  pendingPoints: number;
  owedPoints: number;
  expiredPoints: number;
  redeemedPoints: number;
  neverExpiringPoints: number;
  /** Outstanding points by local month of expiry (`year × 12 + month − 1`, as the clock's monthKey). */
  readonly byMonth: Map<number, number>;
}

export function emptySums(): LiabilitySums {
  return { members: 0, availablePoints: 0, pendingPoints: 0, owedPoints: 0, expiredPoints: 0, redeemedPoints: 0, neverExpiringPoints: 0, byMonth: new Map() };
}

/** The sums held by a (parsed) liability accumulator. */
export function sumsOf(acc: LiabilityAccumulator): LiabilitySums {
  return {
    members: acc.members,
    availablePoints: acc.availablePoints,
    pendingPoints: acc.pendingPoints,
    owedPoints: acc.owedPoints,
    expiredPoints: acc.expiredPoints,
    redeemedPoints: acc.redeemedPoints,
    neverExpiringPoints: acc.neverExpiringPoints,
    byMonth: new Map(acc.expiringByMonth.map((row) => [monthOrder(row.month), row.points])),
  };
}

/** The sum fields of a liability accumulator (every key of LiabilitySums but the months). */
export const SUM_KEYS = ['members', 'availablePoints', 'pendingPoints', 'owedPoints', 'expiredPoints', 'redeemedPoints', 'neverExpiringPoints'] as const;

/** The accumulator fields holding `sums` (the sums and the months as sorted rows). */
export function fieldsOf(sums: LiabilitySums): Pick<LiabilityAccumulator, (typeof SUM_KEYS)[number] | 'expiringByMonth'> {
  return {
    members: sums.members,
    availablePoints: sums.availablePoints,
    pendingPoints: sums.pendingPoints,
    owedPoints: sums.owedPoints,
    expiredPoints: sums.expiredPoints,
    redeemedPoints: sums.redeemedPoints,
    neverExpiringPoints: sums.neverExpiringPoints,
    expiringByMonth: monthRows(sums.byMonth),
  };
}

/** Adds `from` into `into` (in place), refusing sums past 2^53 − 1 with the path `[...path, key]`. */
export function addSums(into: LiabilitySums, from: LiabilitySums, path: readonly PathKey[]): LiabilitySums {
  for (const key of SUM_KEYS) into[key] = exactSum(into[key], from[key], [...path, key]);
  for (const [month, points] of from.byMonth) into.byMonth.set(month, exactSum(into.byMonth.get(month) ?? 0, points, [...path, 'expiringByMonth']));
  return into;
}

/** `a + b`, refused past 2^53 − 1 with NOT_SAFE_INTEGER (a sum that large would no longer be exact). */
export function exactSum(a: number, b: number, path: readonly PathKey[]): number {
  const sum = a + b;
  if (!Number.isSafeInteger(sum)) throw new OmnicxError(ErrorCode.NOT_SAFE_INTEGER, `The sum ${String(a)} + ${String(b)} is past 2^53 − 1 and would not be exact`, { path });
  return sum;
}

/** Adds `states` (validated, each advanced to `asOf` on a copy) to `sums` in place. */
export function addStates(cp: CompiledProgram, asOf: number, states: readonly unknown[], path: readonly PathKey[], sums: LiabilitySums): void {
  const program = cp.program;
  const allowNegative = program.returns.negativeBalance === 'allow';
  states.forEach((raw, i) => {
    const at = [...path, i];
    const state: MemberState = readMemberState(raw, at, program.id);
    // A state cannot be taken back in time: its balances already include what happened after asOf.
    if (state.asOf > asOf) throw invalid('The state is later than asOf: replay the member\'s events up to asOf', [...at, 'asOf']);
    const w = fromState(cp, state);
    advance(cp, w, asOf, null);
    sums.members = exactSum(sums.members, 1, at);
    sums.availablePoints = exactSum(sums.availablePoints, Math.max(0, w.matured - (allowNegative ? w.owed : 0)), at);
    sums.pendingPoints = exactSum(sums.pendingPoints, w.pending, at);
    sums.owedPoints = exactSum(sums.owedPoints, w.owed, at);
    sums.expiredPoints = exactSum(sums.expiredPoints, w.totals.expired, at);
    sums.redeemedPoints = exactSum(sums.redeemedPoints, w.totals.redeemed, at);
    for (const lot of w.lots) {
      if (lot.remaining === 0) continue;
      if (lot.expiresAt === null) {
        sums.neverExpiringPoints = exactSum(sums.neverExpiringPoints, lot.remaining, at);
        continue;
      }
      const key = cp.clock.monthKey(lot.expiresAt);
      sums.byMonth.set(key, exactSum(sums.byMonth.get(key) ?? 0, lot.remaining, at));
    }
  });
}

/**
 * The `YYYY-MM` text of a month number; a year outside 0000–9999 (instants reach ±275 760) in
 * ISO 8601's expanded form, `±YYYYYY-MM`, as `Date.prototype.toISOString` writes it.
 */
function monthText(key: number): string {
  const year = Math.floor(key / 12);
  const month = key - year * 12 + 1;
  const y = year >= 0 && year <= 9999 ? String(year).padStart(4, '0') : `${year < 0 ? '-' : '+'}${String(Math.abs(year)).padStart(6, '0')}`;
  return `${y}-${String(month).padStart(2, '0')}`;
}

/** The month number (`year × 12 + month − 1`) of a `YYYY-MM` text. */
function monthOrder(key: string): number {
  const cut = key.lastIndexOf('-');
  return Number(key.slice(0, cut)) * 12 + Number(key.slice(cut + 1)) - 1;
}

/** The months of `byMonth` in calendar order, as `{ month, points }` rows. */
export function monthRows(byMonth: ReadonlyMap<number, number>): { month: string; points: number }[] {
  return [...byMonth].sort(([a], [b]) => a - b).map(([month, points]) => ({ month: monthText(month), points }));
}

/** The liability from its sums: breakage (given or from history) and money, half-even. */
export function liabilityFrom(program: Program, asOf: number, breakageRate: number | undefined, sums: LiabilitySums, path: readonly PathKey[]): Liability {
  const { expiredPoints: expired, redeemedPoints: redeemed } = sums;
  const outstanding = exactSum(sums.availablePoints, sums.pendingPoints, path);
  const source = breakageRate !== undefined ? 'given' : expired + redeemed > 0 ? 'history' : 'none';
  const rate = breakageRate !== undefined ? new D(String(breakageRate)) : expired + redeemed > 0 ? new D(expired).div(expired + redeemed) : new D(0);
  // From history, outstanding × expired ÷ (expired + redeemed) with the division last: an exact
  // tie stays exact (the rate rounded to 60 digits first made 3 × 1/6 = 0.500…01, rounded up).
  const expected = source === 'history' ? new D(outstanding).times(expired).div(expired + redeemed) : new D(outstanding).times(rate);
  const breakage = expected.toDecimalPlaces(0, D.ROUND_HALF_EVEN).toNumber();
  const value = new D(program.redemption.pointValueMinor);
  const money = (points: number): { amountMinor: number; currency: string } => ({
    amountMinor: new D(points).times(value).toDecimalPlaces(0, D.ROUND_HALF_EVEN).toNumber(),
    currency: program.currency,
  });
  return {
    asOf,
    members: sums.members,
    availablePoints: sums.availablePoints,
    pendingPoints: sums.pendingPoints,
    outstandingPoints: outstanding,
    owedPoints: sums.owedPoints,
    breakageRate: rate.toNumber(),
    breakageSource: source,
    expectedBreakagePoints: breakage,
    expectedRedemptionPoints: outstanding - breakage,
    grossValue: money(outstanding),
    liability: money(outstanding - breakage),
    expiringByMonth: monthRows(sums.byMonth),
    neverExpiringPoints: sums.neverExpiringPoints,
  };
}
