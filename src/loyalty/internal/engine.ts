// The ledger fold. A member is held in a mutable working copy owned by one call (never the
// caller's data); events and time-driven effects change it and append ledger entries.
import { ErrorCode, OmnicxError, type PathKey } from '../../core/errors/OmnicxError.js';
import { invalid } from '../../core/internal/assert.js';
import type { LoyaltyEvent, MemberState, EventOutcome, RedemptionRefusal } from '../schemas.js';
import { SafeIntegerOverflow, bigOps, roundRational } from './arith.js';
import type { Clock } from './clock.js';
import { memberClock, type CompiledProgram } from './compile.js';
import { earnBonusEvent, earnPurchase, type CapUse, type EarnView } from './earn.js';
import type { LedgerSink } from './sink.js';

type Lot = MemberState['lots'][number];
type PurchaseRecord = MemberState['purchases'][number];
type Contribution = MemberState['qualifying']['contributions'][number];
type Totals = MemberState['totals'];

export interface Work {
  readonly memberId: string;
  readonly programId: string;
  readonly enrolledAt: number;
  /** The zone given at enrolment, or null: the programme's (whichever version is applied). */
  readonly timeZone: string | null;
  readonly clock: Clock;
  asOf: number;
  matured: number;
  pending: number;
  owed: number;
  lots: Lot[];
  tierIndex: number;
  tierSince: number | null;
  downgrade: { to: number; at: number } | null;
  periodStart: number | null;
  periodEnd: number | null;
  progress: number;
  contributions: Contribution[];
  caps: Map<string, { key: number; used: number }>;
  /** Purchase records in order of first appearance. */
  purchases: PurchaseRecord[];
  /** The records by id, built when first needed (a return) and kept up to date after. */
  purchaseIndex: Map<string, PurchaseRecord> | null;
  /** Where noteExpired starts looking in `purchases` (one past the last purchase whose lot expired). */
  expiredCursor: number;
  totals: Totals;
  /** Ids of the applied events, each once, in order. */
  eventIds: string[];
  /** The refused redemptions, in order. */
  refusals: { eventId: string; reason: RedemptionRefusal }[];
  nextAt: number;
  /**
   * Whether the lots are known to be in order of expiry, and the pending ones in order of
   * maturity (checked as each lot is added; a working copy made from a state is not): the lot
   * effects then touch only the lots due (see `lotEffectsOrdered`).
   */
  ordered: boolean;
  /** The latest expiry (+∞ for none) and maturity of a pending lot added, for `ordered`. */
  maxExpires: number;
  maxMatures: number;
  /** No lot before this index is pending. */
  pendingStart: number;
  /** A lot added may be used up (debt repaid) and not yet dropped. */
  stale: boolean;
}

/** The path of an event in the caller's argument: `['events', index]`, or `['event']` for a negative index. */
export function eventPath(index: number): PathKey[] {
  return index < 0 ? ['event'] : ['events', index];
}

function purchaseIndex(w: Work): Map<string, PurchaseRecord> {
  if (w.purchaseIndex === null) w.purchaseIndex = new Map(w.purchases.map((p) => [p.id, p]));
  return w.purchaseIndex;
}


const OK: EventOutcome = { ok: true };

/** How far ahead of `w.expiredCursor` noteExpired looks for a lot's purchase before using the index. */
const EXPIRED_LOOKAHEAD = 64;

/** Records on its purchase what is left of a purchase lot as it expires (a later return must not take it again). */
function noteExpired(w: Work, lot: Lot): void {
  if (lot.source !== 'purchase') return;
  const index = w.purchaseIndex;
  if (index !== null) {
    const record = index.get(lot.id);
    if (record !== undefined) record.expired = (record.expired ?? 0) + lot.remaining;
    return;
  }
  // Lots mostly expire in the order their purchases were recorded: look a little way on from
  // the last one found before building the index (a map of every purchase of the member).
  const records = w.purchases;
  const end = Math.min(records.length, w.expiredCursor + EXPIRED_LOOKAHEAD);
  for (let i = w.expiredCursor; i < end; i++) {
    const r = records[i] as PurchaseRecord;
    if (r.id === lot.id) {
      r.expired = (r.expired ?? 0) + lot.remaining;
      w.expiredCursor = i + 1;
      return;
    }
  }
  const record = purchaseIndex(w).get(lot.id);
  if (record !== undefined) record.expired = (record.expired ?? 0) + lot.remaining;
}

export function available(cp: CompiledProgram, w: Work): number {
  return w.matured - (cp.program.returns.negativeBalance === 'allow' ? w.owed : 0);
}

// ---------------------------------------------------------------------------------------------
// Tiers
// ---------------------------------------------------------------------------------------------

export function qualifiedIndex(cp: CompiledProgram, progress: number): number {
  let q = -1;
  const levels = cp.levels;
  for (let i = 0; i < levels.length; i++) if (progress >= (levels[i] as (typeof levels)[number]).threshold) q = i;
  return q;
}

function downgradeTarget(cp: CompiledProgram, current: number, progress: number): number {
  if (current < 0) return current;
  const q = qualifiedIndex(cp, progress);
  if (q >= current || progress >= (cp.levels[current]?.retain ?? 0)) return current;
  return cp.program.tiers?.softLanding === true ? Math.max(q, current - 1) : q;
}

function setTier(cp: CompiledProgram, w: Work, to: number, at: number, ledger: LedgerSink | null): void {
  if (to === w.tierIndex) return;
  const from = w.tierIndex;
  w.tierIndex = to;
  w.tierSince = at;
  w.downgrade = null;
  ledger?.tierChange(w.memberId, at, from, to);
}

/**
 * Downgrades to `target` now, or after the grace days. A downgrade already pending keeps its date
 * (the grace runs from the first failure) but not its level: a later review (periodEnd) or a
 * further fall (immediate) applies the rule from the scheduled level, as it would without grace.
 */
function scheduleDowngrade(cp: CompiledProgram, w: Work, target: number, at: number, ledger: LedgerSink | null): void {
  const grace = cp.program.tiers?.graceDays ?? 0;
  if (grace === 0) {
    setTier(cp, w, target, at, ledger);
    return;
  }
  if (w.downgrade !== null) {
    // Without grace the member would already be on the scheduled level: the rule (retain
    // threshold, soft landing) is applied from there, as it would have been.
    w.downgrade = { to: downgradeTarget(cp, w.downgrade.to, w.progress), at: w.downgrade.at };
    return;
  }
  w.downgrade = { to: target, at: cp.clock.addDays(at, grace) };
  w.nextAt = Math.min(w.nextAt, w.downgrade.at);
}

function progressUp(cp: CompiledProgram, w: Work, at: number, ledger: LedgerSink | null): void {
  if (cp.increasingThresholds && w.downgrade === null) {
    // Thresholds in increasing order: below the next level's threshold no level above the
    // current one is reached (at or past it, qualifiedIndex finds how far the tier rises).
    const next = cp.levels[w.tierIndex + 1];
    if (next === undefined || w.progress < next.threshold) return;
  }
  const q = qualifiedIndex(cp, w.progress);
  if (q > w.tierIndex) setTier(cp, w, q, at, ledger);
  else if (w.downgrade !== null && q >= w.tierIndex) w.downgrade = null;
  // A pending downgrade lands at least where the member has climbed back to (as without grace,
  // where they would have risen from the scheduled level by reaching its threshold).
  else if (w.downgrade !== null && q > w.downgrade.to) w.downgrade = { to: q, at: w.downgrade.at };
}

function progressDown(cp: CompiledProgram, w: Work, at: number, ledger: LedgerSink | null): void {
  if (cp.program.tiers?.downgrade !== 'immediate') return;
  const target = downgradeTarget(cp, w.tierIndex, w.progress);
  if (target < w.tierIndex) scheduleDowngrade(cp, w, target, at, ledger);
}

function nextPeriodEnd(cp: CompiledProgram, w: Work, from: number): number | null {
  const window = cp.program.tiers?.window;
  if (window === undefined || window.type === 'lifetime') return null;
  const { year, month } = cp.clock.yearMonth(from);
  if (window.type === 'calendarYear') return cp.clock.startOfYear(year + 1);
  if (window.type === 'rollingMonths') return month === 12 ? cp.clock.startOfYear(year + 1) : cp.clock.startOfMonth(year, month + 1);
  // anniversary: whole years after enrolment
  let end = cp.clock.addMonths(w.enrolledAt, 12);
  for (let k = 2; end <= from; k++) end = cp.clock.addMonths(w.enrolledAt, 12 * k);
  return end;
}

function addQualifying(cp: CompiledProgram, w: Work, at: number, value: number, purchaseId: string | null, ledger: LedgerSink | null): void {
  const window = cp.program.tiers?.window;
  if (window === undefined || value <= 0) return;
  if (window.type === 'rollingMonths') {
    const until = cp.clock.addMonths(at, window.months);
    w.contributions.push({ at, until, value, purchaseId });
    w.nextAt = Math.min(w.nextAt, until);
  }
  w.progress += value;
  progressUp(cp, w, at, ledger);
}

function removeQualifying(cp: CompiledProgram, w: Work, at: number, value: number, record: PurchaseRecord, ledger: LedgerSink | null): void {
  const window = cp.program.tiers?.window;
  if (window === undefined || value <= 0) return;
  let removed = 0;
  if (window.type === 'rollingMonths') {
    const c = w.contributions.find((x) => x.purchaseId === record.id);
    if (c !== undefined) {
      removed = Math.min(c.value, value);
      c.value -= removed;
    }
  } else if (window.type === 'lifetime' || (w.periodStart !== null && record.at >= w.periodStart)) {
    removed = Math.min(value, w.progress);
  }
  if (removed === 0) return;
  w.progress -= removed;
  progressDown(cp, w, at, ledger);
}

// ---------------------------------------------------------------------------------------------
// Lots and time
// ---------------------------------------------------------------------------------------------

function expiresAt(cp: CompiledProgram, at: number): number | null {
  const expiry = cp.program.expiry;
  if (expiry.type === 'rolling') return cp.clock.addMonths(at, expiry.months);
  if (expiry.type === 'endOfYear') return cp.clock.startOfYear(cp.clock.yearMonth(at).year + 1 + expiry.yearsAfter);
  return null;
}

function repayDebt(w: Work, lot: Lot, at: number, ledger: LedgerSink | null): void {
  if (w.owed === 0 || lot.pending || lot.remaining === 0) return;
  const x = Math.min(w.owed, lot.remaining);
  lot.remaining -= x;
  w.matured -= x;
  w.owed -= x;
  ledger?.add(w.memberId, at, 'debtRepaid', null, x, lot.id, 0, null);
}

function addLot(cp: CompiledProgram, w: Work, source: Lot['source'], id: string, at: number, points: number, pendingDays: number, ledger: LedgerSink | null): Lot {
  const maturesAt = pendingDays > 0 ? cp.clock.addDays(at, pendingDays) : at;
  const lot: Lot = { id, source, earnedAt: at, maturesAt, expiresAt: expiresAt(cp, at), points, remaining: points, pending: maturesAt > at };
  w.lots.push(lot);
  if (w.ordered) {
    const expires = lot.expiresAt ?? Number.POSITIVE_INFINITY;
    if (expires < w.maxExpires) w.ordered = false;
    else w.maxExpires = expires;
    if (lot.pending) {
      if (maturesAt < w.maxMatures) w.ordered = false;
      else w.maxMatures = maturesAt;
    }
  }
  if (lot.pending) {
    w.pending += points;
    w.nextAt = Math.min(w.nextAt, maturesAt);
  } else {
    w.matured += points;
    repayDebt(w, lot, at, ledger);
    if (lot.remaining === 0) w.stale = true;
  }
  if (lot.expiresAt !== null) w.nextAt = Math.min(w.nextAt, lot.expiresAt);
  return lot;
}

/** Drops the lots that are used up (in place: the working copy owns its array). */
function compact(w: Work): void {
  const lots = w.lots;
  const pendingStart = w.pendingStart;
  let kept = 0;
  let keptBefore = 0;
  for (let i = 0; i < lots.length; i++) {
    const lot = lots[i] as Lot;
    if (lot.remaining > 0 || lot.pending) {
      if (kept !== i) lots[kept] = lot;
      kept++;
      if (i < pendingStart) keptBefore++;
    }
  }
  if (kept !== lots.length) lots.length = kept;
  w.pendingStart = keptBefore;
  w.stale = false;
}

function lotsNextAt(w: Work): number {
  let next = Number.POSITIVE_INFINITY;
  for (const lot of w.lots) {
    if (lot.pending && lot.maturesAt < next) next = lot.maturesAt;
    // Only a lot with points left can expire: a pending lot emptied by a clawback waits for its
    // maturation (and is then dropped), and must not keep scheduling a past expiry.
    if (lot.expiresAt !== null && lot.remaining > 0 && lot.expiresAt < next) next = lot.expiresAt;
  }
  return next;
}

/** The next instant a time-driven effect is due, given the next one of the lots. */
function computeNextAt(w: Work, lotsNext = lotsNextAt(w)): number {
  let next = lotsNext;
  for (const c of w.contributions) if (c.until < next) next = c.until;
  if (w.periodEnd !== null && w.periodEnd < next) next = w.periodEnd;
  if (w.downgrade !== null && w.downgrade.at < next) next = w.downgrade.at;
  return next;
}

/**
 * Maturation, expiry and compaction of the lots in one pass, without ledger entries; returns the
 * next instant a lot is due. The state is the one of the three passes with entries: a lot's own
 * maturation still precedes its expiry, and the other effects on a lot commute (expiry never
 * touches the debt that maturation repays).
 */
function lotEffectsQuietly(w: Work, e: number): number {
  const lots = w.lots;
  let next = Number.POSITIVE_INFINITY;
  let kept = 0;
  for (let i = 0; i < lots.length; i++) {
    const lot = lots[i] as Lot;
    if (lot.pending && lot.maturesAt <= e) {
      lot.pending = false;
      w.pending -= lot.remaining;
      w.matured += lot.remaining;
      repayDebt(w, lot, lot.maturesAt, null);
    }
    if (lot.expiresAt !== null && lot.expiresAt <= e && lot.remaining > 0) {
      if (lot.pending) w.pending -= lot.remaining;
      else w.matured -= lot.remaining;
      w.totals.expired += lot.remaining;
      noteExpired(w, lot);
      lot.remaining = 0;
      lot.pending = false;
    }
    if (lot.remaining > 0 || lot.pending) {
      if (kept !== i) lots[kept] = lot;
      kept++;
      if (lot.pending && lot.maturesAt < next) next = lot.maturesAt;
      if (lot.expiresAt !== null && lot.remaining > 0 && lot.expiresAt < next) next = lot.expiresAt;
    }
  }
  if (kept !== lots.length) lots.length = kept;
  return next;
}

/**
 * The lot effects due at `e` (the next instant an effect is due: none is due before), with the
 * lots in order (`w.ordered`, and none used up left over). The lots due are then the pending
 * ones from `w.pendingStart` up to the first that is not due (maturities are in order), and a
 * prefix of the lots (expiries are in order); every other lot is left as it is, with points
 * left or pending. Maturations come first, then expiries, each in the order of the lots: the
 * state and ledger entries of `lotEffects` (whose two passes do the same), and those of
 * `lotEffectsQuietly` (a lot's own maturation still precedes its expiry; expiry never touches
 * the debt that maturation repays). Returns the next instant a lot is due.
 */
function lotEffectsOrdered(w: Work, e: number, ledger: LedgerSink | null): number {
  const lots = w.lots;
  const n = lots.length;
  let dropped = 0;
  const from = w.pendingStart;
  let stop = from;
  for (; stop < n; stop++) {
    const lot = lots[stop] as Lot;
    if (!lot.pending) continue;
    if (lot.maturesAt > e) break;
    lot.pending = false;
    w.pending -= lot.remaining;
    w.matured += lot.remaining;
    // A lot clawed back in full while pending matures with nothing in it: no row.
    if (lot.remaining > 0) ledger?.add(w.memberId, lot.maturesAt, 'mature', lot.id, lot.remaining, lot.id, 0, null);
    repayDebt(w, lot, lot.maturesAt, ledger);
    if (lot.remaining === 0) dropped++;
  }
  let prefix = 0;
  for (; prefix < n; prefix++) {
    const lot = lots[prefix] as Lot;
    if (lot.expiresAt === null || lot.expiresAt > e) break;
    if (lot.remaining > 0) {
      if (lot.pending) w.pending -= lot.remaining;
      else w.matured -= lot.remaining;
      w.totals.expired += lot.remaining;
      noteExpired(w, lot);
      ledger?.add(w.memberId, lot.expiresAt, 'expire', lot.id, -lot.remaining, lot.id, 0, null);
      lot.remaining = 0;
      lot.pending = false;
      // Not counted twice: a lot matured above with points left was not dropped there.
      dropped++;
    }
  }
  // The first pending lot (an expiry may have ended the pending state of the one that stopped the scan).
  let firstPending = stop;
  while (firstPending < n && !(lots[firstPending] as Lot).pending) firstPending++;
  let removedBefore = 0;
  if (dropped > 0) {
    // Only lots matured or expired here can be used up; the others are moved without being read.
    let kept = 0;
    for (let i = 0; i < n; i++) {
      const lot = lots[i] as Lot;
      if ((i < prefix || (i >= from && i < stop)) && lot.remaining === 0 && !lot.pending) {
        if (i < firstPending) removedBefore++;
        continue;
      }
      if (kept !== i) lots[kept] = lot;
      kept++;
    }
    lots.length = kept;
  }
  w.pendingStart = firstPending - removedBefore;
  let next = w.pendingStart < lots.length ? (lots[w.pendingStart] as Lot).maturesAt : Number.POSITIVE_INFINITY;
  for (const lot of lots) {
    if (lot.remaining > 0) {
      if (lot.expiresAt !== null && lot.expiresAt < next) next = lot.expiresAt;
      break;
    }
  }
  return next;
}

/** Applies the effects due at `e`; returns the next instant a lot is due, or NaN when not computed. */
function effectsAt(cp: CompiledProgram, w: Work, e: number, ledger: LedgerSink | null): number {
  let lotsNext: number;
  if (w.ordered && !w.stale) lotsNext = lotEffectsOrdered(w, e, ledger);
  else {
    lotsNext = ledger === null ? lotEffectsQuietly(w, e) : lotEffects(w, e, ledger);
    w.pendingStart = 0;
    w.stale = false;
  }
  otherEffectsAt(cp, w, e, ledger);
  return lotsNext;
}

function lotEffects(w: Work, e: number, ledger: LedgerSink): number {
  for (const lot of w.lots) {
    if (lot.pending && lot.maturesAt <= e) {
      lot.pending = false;
      w.pending -= lot.remaining;
      w.matured += lot.remaining;
      if (lot.remaining > 0) ledger.add(w.memberId, lot.maturesAt, 'mature', lot.id, lot.remaining, lot.id, 0, null);
      repayDebt(w, lot, lot.maturesAt, ledger);
    }
  }
  for (const lot of w.lots) {
    if (lot.expiresAt !== null && lot.expiresAt <= e && lot.remaining > 0) {
      if (lot.pending) w.pending -= lot.remaining;
      else w.matured -= lot.remaining;
      w.totals.expired += lot.remaining;
      noteExpired(w, lot);
      ledger.add(w.memberId, lot.expiresAt, 'expire', lot.id, -lot.remaining, lot.id, 0, null);
      lot.remaining = 0;
      lot.pending = false;
    }
  }
  compact(w);
  return Number.NaN;
}

function otherEffectsAt(cp: CompiledProgram, w: Work, e: number, ledger: LedgerSink | null): void {
  const contributions = w.contributions;
  let kept = 0;
  let dropped = 0;
  for (let i = 0; i < contributions.length; i++) {
    const c = contributions[i] as Contribution;
    if (c.until <= e) dropped += c.value;
    else contributions[kept++] = c;
  }
  if (kept !== contributions.length) {
    contributions.length = kept;
    w.progress -= dropped;
    // Only a fall in progress applies the downgrade rule: the emptied contribution of a purchase
    // returned in full drops out without changing anything (as a return that removes nothing).
    if (dropped > 0) progressDown(cp, w, e, ledger);
  }
  if (w.periodEnd !== null && w.periodEnd <= e) {
    const end = w.periodEnd;
    const tiers = cp.program.tiers;
    const rolling = tiers?.window.type === 'rollingMonths';
    if (tiers?.downgrade === 'periodEnd') {
      const target = downgradeTarget(cp, w.tierIndex, w.progress);
      if (target < w.tierIndex) scheduleDowngrade(cp, w, target, end, ledger);
      // This review keeps the level: a downgrade still pending from an earlier one is cancelled.
      else w.downgrade = null;
    }
    if (!rolling) {
      w.progress = 0;
      w.periodStart = end;
      progressDown(cp, w, end, ledger);
    }
    w.periodEnd = nextPeriodEnd(cp, w, end);
  }
  if (w.downgrade !== null && w.downgrade.at <= e) {
    const { to, at } = w.downgrade;
    w.downgrade = null;
    // The scheduled level (lowered by any later fall), or what the member qualifies for by now if
    // that is higher (requalifying for the level itself, by its threshold, cancelled it before).
    const now = Math.max(to, qualifiedIndex(cp, w.progress));
    if (now < w.tierIndex) setTier(cp, w, now, at, ledger);
  }
}

/** Applies every time-driven effect up to and including instant `t`. */
export function advance(cp: CompiledProgram, w: Work, t: number, ledger: LedgerSink | null): void {
  while (w.nextAt <= t) {
    const lotsNext = effectsAt(cp, w, w.nextAt, ledger);
    w.nextAt = Number.isNaN(lotsNext) ? computeNextAt(w) : computeNextAt(w, lotsNext);
  }
  if (t > w.asOf) w.asOf = t;
}

// ---------------------------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------------------------

export function enrol(cp: CompiledProgram, memberId: string, at: number, eventId: string, timeZone: string | undefined, ledger: LedgerSink | null): Work {
  const w: Work = {
    memberId,
    programId: cp.program.id,
    enrolledAt: at,
    timeZone: timeZone ?? null,
    clock: memberClock(cp, timeZone ?? cp.program.timeZone),
    asOf: at,
    matured: 0,
    pending: 0,
    owed: 0,
    lots: [],
    tierIndex: -1,
    tierSince: null,
    downgrade: null,
    periodStart: null,
    periodEnd: null,
    progress: 0,
    contributions: [],
    caps: new Map(),
    purchases: [],
    purchaseIndex: null,
    expiredCursor: 0,
    totals: { earned: 0, redeemed: 0, expired: 0, clawedBack: 0, forgiven: 0, adjusted: 0, purchases: 0, spendMinor: 0, refundedMinor: 0, refusedRedemptions: 0 },
    eventIds: [eventId],
    refusals: [],
    nextAt: Number.POSITIVE_INFINITY,
    ordered: true,
    maxExpires: Number.NEGATIVE_INFINITY,
    maxMatures: Number.NEGATIVE_INFINITY,
    pendingStart: 0,
    stale: false,
  };
  ledger?.add(memberId, at, 'enrol', eventId, 0, null, 0, null);
  const window = cp.program.tiers?.window;
  if (window !== undefined) {
    if (window.type === 'calendarYear') w.periodStart = cp.clock.startOfYear(cp.clock.yearMonth(at).year);
    if (window.type === 'anniversary') w.periodStart = at;
    w.periodEnd = nextPeriodEnd(cp, w, at);
    if (w.periodEnd !== null) w.nextAt = w.periodEnd;
    const initial = qualifiedIndex(cp, 0);
    if (initial >= 0) setTier(cp, w, initial, at, ledger);
  }
  return w;
}

export function earnView(cp: CompiledProgram, w: Work): EarnView {
  return {
    tierIndex: w.tierIndex,
    firstPurchase: w.totals.purchases === 0,
    clock: w.clock,
    capUsed: (capId, key) => {
      const c = w.caps.get(capId);
      return c !== undefined && c.key === key ? c.used : 0;
    },
  };
}

function useCap(w: Work, capId: string, key: number, add: number): void {
  const c = w.caps.get(capId);
  if (c === undefined) w.caps.set(capId, { key, used: add });
  else if (c.key === key) c.used += add;
  else {
    // The working copy's own object: a new period restarts it in place (same map position).
    c.key = key;
    c.used = add;
  }
}

function useCaps(w: Work, uses: readonly CapUse[]): void {
  for (const u of uses) useCap(w, u.capId, u.key, u.add);
}

function expiryOf(lot: Lot): number {
  return lot.expiresAt ?? Number.POSITIVE_INFINITY;
}

/**
 * The lots in order of expiry (no expiry last; ties in creation order). Creation order is expiry
 * order under one programme in most cases, and `w.ordered` says so; but not in a state built under
 * another programme version (a shorter expiry makes new lots expire before old ones) nor across a
 * repeated local hour, so the order is checked and, when needed, a sorted copy is used.
 */
function lotsByExpiry(w: Work): readonly Lot[] {
  const lots = w.lots;
  if (w.ordered) return lots;
  for (let i = 1; i < lots.length; i++) {
    if (expiryOf(lots[i] as Lot) < expiryOf(lots[i - 1] as Lot)) {
      return [...lots].sort((a, b) => {
        const x = expiryOf(a);
        const y = expiryOf(b);
        return x < y ? -1 : x > y ? 1 : 0;
      });
    }
  }
  return lots;
}

/** Takes points from matured lots, those that expire first first; returns what it could take. */
function consume(w: Work, points: number, skip: Lot | null): number {
  let left = points;
  for (const lot of lotsByExpiry(w)) {
    if (left === 0) break;
    if (lot.pending || lot === skip || lot.remaining === 0) continue;
    const take = Math.min(lot.remaining, left);
    lot.remaining -= take;
    left -= take;
  }
  w.matured -= points - left;
  return points - left;
}

function shortfall(cp: CompiledProgram, w: Work, points: number): { owed: number; forgiven: number } {
  if (points === 0) return { owed: 0, forgiven: 0 };
  if (cp.program.returns.negativeBalance === 'floorAtZero') {
    w.totals.forgiven += points;
    return { owed: 0, forgiven: points };
  }
  w.owed += points;
  return { owed: points, forgiven: 0 };
}

type Line = Extract<LoyaltyEvent, { type: 'purchase' }>['lines'][number];

/** The amounts of a purchase's lines (array literals for the usual sizes: packed, no resizing). */
function lineAmounts(lines: readonly Line[]): number[] {
  const n = lines.length;
  if (n === 1) return [(lines[0] as Line).amountMinor];
  if (n === 2) return [(lines[0] as Line).amountMinor, (lines[1] as Line).amountMinor];
  if (n === 3) return [(lines[0] as Line).amountMinor, (lines[1] as Line).amountMinor, (lines[2] as Line).amountMinor];
  const amounts: number[] = [];
  for (let i = 0; i < n; i++) amounts.push((lines[i] as Line).amountMinor);
  return amounts;
}

/** No refund yet on n lines: an array shared by the call's records (frozen; a return copies it). */
function zeros(cp: CompiledProgram, n: number): number[] {
  let shared = cp.shared.zeros[n];
  if (shared === undefined) {
    shared = Object.freeze(new Array<number>(n).fill(0));
    cp.shared.zeros[n] = shared;
  }
  return shared as number[];
}

/** The eligibility of the lines of the last purchase earned (`cp.scratch.eligible`), shared by pattern for up to 8 lines. */
function eligibleFlags(cp: CompiledProgram, n: number): boolean[] {
  const eligible = cp.scratch.eligible;
  if (n > 8) return Array.from({ length: n }, (_, i) => eligible[i] === 1);
  let key = 1 << n;
  for (let i = 0; i < n; i++) if (eligible[i] === 1) key |= 1 << i;
  let shared = cp.shared.flags[key];
  if (shared === undefined) {
    shared = Object.freeze(Array.from({ length: n }, (_, i) => eligible[i] === 1));
    cp.shared.flags[key] = shared;
  }
  return shared as boolean[];
}

function applyPurchase(cp: CompiledProgram, w: Work, eventIndex: number, event: Extract<LoyaltyEvent, { type: 'purchase' }>, ledger: LedgerSink | null): void {
  let explanation: ReturnType<typeof earnPurchase>;
  try {
    explanation = earnPurchase(cp, event, w, ledger !== null && ledger.explains, true);
  } catch (error) {
    if (error instanceof SafeIntegerOverflow) throw invalid('The purchase would earn more than 2^53 − 1 points', [...eventPath(eventIndex), 'lines']);
    throw error;
  }
  const s = cp.scratch;
  const points = s.points;
  for (let c = 0; c < cp.caps.length; c++) {
    const cap = cp.caps[c] as CompiledProgram['caps'][number];
    const add = s.capAdd[c] as number;
    if (cap.per !== 'transaction' && add > 0) useCap(w, cap.id, s.capKey[c] as number, add);
  }
  const lot = points > 0 ? addLot(cp, w, 'purchase', event.id, event.at, points, cp.program.pending.days, null) : null;
  const eligibleMinor = s.eligibleMinor;
  const metric = cp.program.tiers?.metric;
  const qualifying = metric === 'qualifyingSpend' ? eligibleMinor : metric === 'qualifyingPoints' ? points : metric === 'visits' ? 1 : 0;
  const record: PurchaseRecord = {
    id: event.id,
    at: event.at,
    totalMinor: s.totalMinor,
    eligibleMinor,
    lineAmountsMinor: lineAmounts(event.lines),
    lineEligible: eligibleFlags(cp, event.lines.length),
    lineRefundedMinor: zeros(cp, event.lines.length),
    refundedMinor: 0,
    points,
    clawedBack: 0,
    expired: 0,
    qualifying,
    qualifyingReversed: 0,
  };
  const index = w.purchaseIndex;
  const previous = index?.get(event.id);
  // A record of the same id (only in a hand-made state) is replaced where it stands, as a map would.
  if (previous === undefined) w.purchases.push(record);
  else w.purchases[w.purchases.indexOf(previous)] = record;
  index?.set(event.id, record);
  w.totals.earned += points;
  w.totals.purchases += 1;
  w.totals.spendMinor += s.totalMinor;
  ledger?.earn(w.memberId, event.at, event.id, points, lot?.id ?? null, w.tierIndex, explanation);
  if (lot !== null && !lot.pending && lot.remaining < points) ledger?.add(w.memberId, event.at, 'debtRepaid', null, points - lot.remaining, lot.id, 0, null);
  addQualifying(cp, w, event.at, qualifying, event.id, ledger);
}

function refundLines(record: PurchaseRecord, event: Extract<LoyaltyEvent, { type: 'return' }>, path: readonly PathKey[]): number[] {
  const lines = record.lineAmountsMinor;
  const refund = lines.map(() => 0);
  const left = lines.map((amount, i) => amount - (record.lineRefundedMinor[i] ?? 0));
  if (event.lines !== undefined) {
    event.lines.forEach((l, k) => {
      const remaining = left[l.index];
      if (remaining === undefined) throw invalid(`The purchase has no line ${String(l.index)}`, [...path, 'lines', k, 'index']);
      // What is left of the line after the parts of it already named in this return.
      const rest = remaining - (refund[l.index] ?? 0);
      const amount = l.amountMinor ?? rest;
      if (amount > rest) {
        throw invalid(`Refund of ${String(amount)} exceeds what is left of line ${String(l.index)} (${String(rest)})`, [...path, 'lines', k, 'amountMinor']);
      }
      refund[l.index] = (refund[l.index] ?? 0) + amount;
    });
    return refund;
  }
  const totalLeft = left.reduce((s, v) => s + v, 0);
  const amount = event.amountMinor ?? totalLeft;
  if (amount > totalLeft) throw invalid(`Refund of ${String(amount)} exceeds what is left of the purchase (${String(totalLeft)})`, [...path, 'amountMinor']);
  if (totalLeft === 0) return refund;
  // Spread the amount over the lines in proportion to what is left of each, largest remainder.
  let given = 0;
  const rests = left.map((v, i) => {
    const exact = BigInt(amount) * BigInt(v);
    const share = Number(exact / BigInt(totalLeft));
    refund[i] = share;
    given += share;
    return { i, rest: exact % BigInt(totalLeft) };
  });
  rests.sort((a, b) => (b.rest > a.rest ? 1 : b.rest < a.rest ? -1 : a.i - b.i));
  for (let k = 0; k < amount - given; k++) {
    const target = rests[k];
    if (target !== undefined) refund[target.i] = (refund[target.i] ?? 0) + 1;
  }
  return refund;
}

function applyReturn(cp: CompiledProgram, w: Work, index: number, event: Extract<LoyaltyEvent, { type: 'return' }>, ledger: LedgerSink | null): void {
  const record = purchaseIndex(w).get(event.purchaseId);
  if (record === undefined) throw invalid(`Return of unknown purchase ${JSON.stringify(event.purchaseId)} for member ${JSON.stringify(w.memberId)}`, [...eventPath(index), 'purchaseId']);
  const refund = refundLines(record, event, eventPath(index));
  let amount = 0;
  // The record's own copy (its refunds may be an array shared with other records).
  const refunded = [...record.lineRefundedMinor];
  refund.forEach((r, i) => {
    refunded[i] = (refunded[i] ?? 0) + r;
    amount += r;
  });
  record.lineRefundedMinor = refunded;
  record.refundedMinor += amount;
  w.totals.refundedMinor += amount;
  let eligibleRefunded = 0;
  record.lineRefundedMinor.forEach((r, i) => {
    if (record.lineEligible[i] === true) eligibleRefunded += r;
  });
  const [num, den] = record.eligibleMinor > 0 ? [eligibleRefunded, record.eligibleMinor] : record.totalMinor > 0 ? [record.refundedMinor, record.totalMinor] : [1, 1];
  const target = Number(roundRational(bigOps, BigInt(record.points) * BigInt(num), BigInt(den), cp.program.earn.base.rounding));
  // What already left the purchase's lot by expiry is not taken back a second time.
  const claw = Math.max(0, target - record.clawedBack - (record.expired ?? 0));
  let forgiven = 0;
  let taken = 0;
  if (claw > 0) {
    record.clawedBack += claw;
    w.totals.clawedBack += claw;
    const lot = w.lots.find((l) => l.id === record.id && l.source === 'purchase') ?? null;
    if (lot !== null) {
      taken = Math.min(lot.remaining, claw);
      lot.remaining -= taken;
      if (lot.pending) w.pending -= taken;
      else w.matured -= taken;
    }
    taken += consume(w, claw - taken, lot);
    const rest = shortfall(cp, w, claw - taken);
    forgiven = rest.forgiven;
    compact(w);
  }
  // forgiven − claw, not −(claw − forgiven): nothing taken is 0, never −0.
  ledger?.add(w.memberId, event.at, 'clawback', event.id, forgiven - claw, record.id, forgiven, null);
  const metric = cp.program.tiers?.metric;
  // Qualifying points are reversed in proportion to the refund, expired points included.
  const reversal = metric === 'qualifyingSpend' ? (record.eligibleMinor > 0 ? eligibleRefunded : 0) : metric === 'qualifyingPoints' ? target : 0;
  const delta = Math.min(reversal, record.qualifying) - record.qualifyingReversed;
  if (delta > 0) {
    record.qualifyingReversed += delta;
    removeQualifying(cp, w, event.at, delta, record, ledger);
  }
}

function applyRedeem(cp: CompiledProgram, w: Work, event: Extract<LoyaltyEvent, { type: 'redeem' }>, ledger: LedgerSink | null): EventOutcome {
  const rules = cp.program.redemption;
  const reason: RedemptionRefusal | null =
    event.points < rules.minPoints ? 'belowMinimum' : event.points % rules.increment !== 0 ? 'offIncrement' : event.points > available(cp, w) ? 'insufficientPoints' : null;
  if (reason !== null) {
    w.totals.refusedRedemptions += 1;
    w.refusals.push({ eventId: event.id, reason });
    ledger?.add(w.memberId, event.at, 'redeemRefused', event.id, 0, null, 0, reason);
    return { ok: false, reason };
  }
  consume(w, event.points, null);
  compact(w);
  w.totals.redeemed += event.points;
  ledger?.add(w.memberId, event.at, 'redeem', event.id, -event.points, null, 0, event.reward ?? null);
  return OK;
}

function applyAdjust(cp: CompiledProgram, w: Work, event: Extract<LoyaltyEvent, { type: 'adjust' }>, ledger: LedgerSink | null): void {
  w.totals.adjusted += event.points;
  if (event.points > 0) {
    const lot = addLot(cp, w, 'adjust', event.id, event.at, event.points, 0, null);
    ledger?.add(w.memberId, event.at, 'adjust', event.id, event.points, lot.id, 0, event.reason);
    if (lot.remaining < event.points) ledger?.add(w.memberId, event.at, 'debtRepaid', null, event.points - lot.remaining, lot.id, 0, null);
    return;
  }
  const want = -event.points;
  const taken = consume(w, want, null);
  const rest = shortfall(cp, w, want - taken);
  compact(w);
  ledger?.add(w.memberId, event.at, 'adjust', event.id, rest.forgiven - want, null, rest.forgiven, event.reason);
}

function applyBonus(cp: CompiledProgram, w: Work, event: Extract<LoyaltyEvent, { type: 'bonusEvent' }>, ledger: LedgerSink | null): void {
  const { explanation, capUses } = earnBonusEvent(cp, event.event, event.at, earnView(cp, w));
  useCaps(w, capUses);
  const points = explanation.points;
  const lot = points > 0 ? addLot(cp, w, 'bonusEvent', event.id, event.at, points, 0, null) : null;
  w.totals.earned += points;
  ledger?.bonus(w.memberId, event.at, event.id, points, lot?.id ?? null, explanation);
  if (lot !== null && lot.remaining < points) ledger?.add(w.memberId, event.at, 'debtRepaid', null, points - lot.remaining, lot.id, 0, null);
  if (cp.program.tiers?.metric === 'qualifyingPoints') addQualifying(cp, w, event.at, points, null, ledger);
}

/** Applies one event (not `enrol`) to a member already advanced to the event's instant. */
export function applyToWork(cp: CompiledProgram, w: Work, event: LoyaltyEvent, index: number, ledger: LedgerSink | null): EventOutcome {
  advance(cp, w, event.at, ledger);
  w.eventIds.push(event.id);
  switch (event.type) {
    case 'purchase':
      applyPurchase(cp, w, index, event, ledger);
      return OK;
    case 'return':
      applyReturn(cp, w, index, event, ledger);
      return OK;
    case 'redeem':
      return applyRedeem(cp, w, event, ledger);
    case 'adjust':
      applyAdjust(cp, w, event, ledger);
      return OK;
    case 'bonusEvent':
      applyBonus(cp, w, event, ledger);
      return OK;
    default:
      throw new OmnicxError(ErrorCode.INVALID_INPUT, `Member ${JSON.stringify(w.memberId)} is already enrolled`, { path: [...eventPath(index), 'type'] });
  }
}

// ---------------------------------------------------------------------------------------------
// State conversion
// ---------------------------------------------------------------------------------------------

/**
 * The state of a working copy. The copy hands over its lots, contributions, purchase records,
 * totals and event ids (all its own objects, never the caller's): it must not be used after.
 */
export function toState(cp: CompiledProgram, w: Work): MemberState {
  // A lot used up at once (an award that repaid a debt) is dropped here at the latest: the
  // state lists open lots only, and a stored state must not keep one that replay drops.
  if (w.stale) compact(w);
  return {
    memberId: w.memberId,
    programId: w.programId,
    enrolledAt: w.enrolledAt,
    timeZone: w.timeZone,
    asOf: w.asOf,
    availablePoints: available(cp, w),
    pendingPoints: w.pending,
    owedPoints: w.owed,
    lots: w.lots,
    tier: {
      levelId: cp.levels[w.tierIndex]?.id ?? null,
      since: w.tierSince,
      downgrade: w.downgrade === null ? null : { to: cp.levels[w.downgrade.to]?.id ?? null, at: w.downgrade.at },
    },
    qualifying: { periodStart: w.periodStart, periodEnd: w.periodEnd, progress: w.progress, contributions: w.contributions },
    caps: [...w.caps].map(([capId, c]) => ({ capId, periodKey: c.key, used: c.used })),
    purchases: w.purchases,
    totals: w.totals,
    eventIds: w.eventIds,
    refusals: w.refusals,
  };
}

export function fromState(cp: CompiledProgram, state: MemberState): Work {
  const levelOf = (id: string | null): number => (id === null ? -1 : (cp.levelIndex.get(id) ?? -1));
  // A map, as before: a hand-made state listing an id twice keeps its first place and last record.
  // Every object is copied field by field: the state may be the caller's own object (checked,
  // not parsed: see readState.ts), whose unknown keys must not reach a result.
  const purchases = new Map(
    state.purchases.map((p) => [
      p.id,
      {
        id: p.id,
        at: p.at,
        totalMinor: p.totalMinor,
        eligibleMinor: p.eligibleMinor,
        lineAmountsMinor: [...p.lineAmountsMinor],
        lineEligible: [...p.lineEligible],
        lineRefundedMinor: [...p.lineRefundedMinor],
        refundedMinor: p.refundedMinor,
        points: p.points,
        clawedBack: p.clawedBack,
        expired: p.expired ?? 0,
        qualifying: p.qualifying,
        qualifyingReversed: p.qualifyingReversed,
      },
    ]),
  );
  const t = state.totals;
  const w: Work = {
    memberId: state.memberId,
    programId: state.programId,
    enrolledAt: state.enrolledAt,
    timeZone: state.timeZone,
    clock: memberClock(cp, state.timeZone ?? cp.program.timeZone),
    asOf: state.asOf,
    matured: 0,
    pending: 0,
    owed: state.owedPoints,
    lots: state.lots.map((l) => ({ id: l.id, source: l.source, earnedAt: l.earnedAt, maturesAt: l.maturesAt, expiresAt: l.expiresAt, points: l.points, remaining: l.remaining, pending: l.pending })),
    tierIndex: levelOf(state.tier.levelId),
    tierSince: state.tier.since,
    downgrade: state.tier.downgrade === null ? null : { to: levelOf(state.tier.downgrade.to), at: state.tier.downgrade.at },
    periodStart: state.qualifying.periodStart,
    periodEnd: state.qualifying.periodEnd,
    progress: state.qualifying.progress,
    contributions: state.qualifying.contributions.map((c) => ({ at: c.at, until: c.until, value: c.value, purchaseId: c.purchaseId })),
    caps: new Map(state.caps.map((c) => [c.capId, { key: c.periodKey, used: c.used }])),
    purchases: [...purchases.values()],
    purchaseIndex: purchases,
    expiredCursor: 0,
    totals: {
      earned: t.earned,
      redeemed: t.redeemed,
      expired: t.expired,
      clawedBack: t.clawedBack,
      forgiven: t.forgiven,
      adjusted: t.adjusted,
      purchases: t.purchases,
      spendMinor: t.spendMinor,
      refundedMinor: t.refundedMinor,
      refusedRedemptions: t.refusedRedemptions,
    },
    eventIds: [...new Set(state.eventIds)],
    refusals: (state.refusals ?? []).map((r) => ({ eventId: r.eventId, reason: r.reason })),
    nextAt: Number.POSITIVE_INFINITY,
    ordered: false,
    maxExpires: Number.POSITIVE_INFINITY,
    maxMatures: Number.POSITIVE_INFINITY,
    pendingStart: 0,
    stale: false,
  };
  for (const lot of w.lots) {
    if (lot.pending) w.pending += lot.remaining;
    else w.matured += lot.remaining;
  }
  w.nextAt = computeNextAt(w);
  return w;
}
