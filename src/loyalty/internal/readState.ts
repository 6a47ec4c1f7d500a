// Member state validation. zod is the reference (memberStateSchema), but a state holds every
// purchase record of the member, and parsing it with zod on every applyEvent / advanceTo call
// (or on millions of states for a liability) costs some 1.5 µs per record: well-formed states are
// checked by hand here, field by field as the schema does, and used as they are (the engine copies
// what it keeps field by field, so an unknown key never reaches a result, as zod would strip it).
// Anything the fast check does not accept is handed to zod, which either returns the parsed state
// or throws the precise error. The fast check only accepts what zod accepts (a property test
// holds the two to each other on random damage to valid states).
import type { PathKey } from '../../core/errors/OmnicxError.js';
import { parseWith } from '../../core/errors/parseWith.js';
import { invalid } from '../../core/internal/assert.js';
import { memberStateSchema, redemptionRefusalSchema, type MemberState } from '../schemas.js';

type Rec = Record<string, unknown>;

function isObject(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isInt(v: unknown): boolean {
  return typeof v === 'number' && Number.isSafeInteger(v);
}
function isCount(v: unknown): boolean {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}
function isIntOrNull(v: unknown): boolean {
  return v === null || isInt(v);
}
function isStringOrNull(v: unknown): boolean {
  return v === null || typeof v === 'string';
}

const LOT_SOURCES: readonly unknown[] = ['purchase', 'bonusEvent', 'adjust'];
const TOTALS_COUNTS = ['earned', 'redeemed', 'expired', 'clawedBack', 'forgiven', 'purchases', 'spendMinor', 'refundedMinor', 'refusedRedemptions'] as const;

function lotOk(l: unknown): boolean {
  if (!isObject(l)) return false;
  return (
    typeof l.id === 'string' &&
    LOT_SOURCES.includes(l.source) &&
    isInt(l.earnedAt) &&
    isInt(l.maturesAt) &&
    isIntOrNull(l.expiresAt) &&
    isCount(l.points) &&
    isCount(l.remaining) &&
    typeof l.pending === 'boolean'
  );
}

function countsOk(a: unknown): boolean {
  if (!Array.isArray(a)) return false;
  for (let i = 0; i < a.length; i++) if (!isCount(a[i])) return false;
  return true;
}

function purchaseOk(p: unknown): boolean {
  if (!isObject(p)) return false;
  if (!(typeof p.id === 'string' && isInt(p.at) && isCount(p.totalMinor) && isCount(p.eligibleMinor))) return false;
  if (!countsOk(p.lineAmountsMinor) || !countsOk(p.lineRefundedMinor)) return false;
  const flags = p.lineEligible;
  if (!Array.isArray(flags)) return false;
  for (let i = 0; i < flags.length; i++) if (typeof flags[i] !== 'boolean') return false;
  return (
    isCount(p.refundedMinor) &&
    isCount(p.points) &&
    isCount(p.clawedBack) &&
    (p.expired === undefined || isCount(p.expired)) &&
    isCount(p.qualifying) &&
    isCount(p.qualifyingReversed)
  );
}

function contributionOk(c: unknown): boolean {
  return isObject(c) && isInt(c.at) && isInt(c.until) && isCount(c.value) && isStringOrNull(c.purchaseId);
}

function capOk(c: unknown): boolean {
  return isObject(c) && typeof c.capId === 'string' && isInt(c.periodKey) && isCount(c.used);
}

const REFUSAL_REASONS: readonly unknown[] = redemptionRefusalSchema.options;

function refusalOk(r: unknown): boolean {
  return isObject(r) && typeof r.eventId === 'string' && REFUSAL_REASONS.includes(r.reason);
}

function every(a: unknown, ok: (v: unknown) => boolean): boolean {
  if (!Array.isArray(a)) return false;
  for (let i = 0; i < a.length; i++) if (!ok(a[i])) return false;
  return true;
}

/** Whether zod's memberStateSchema would accept `s` (checked by hand, without building a copy). */
export function fastStateOk(s: unknown): s is MemberState {
  if (!isObject(s)) return false;
  if (!(typeof s.memberId === 'string' && typeof s.programId === 'string' && isInt(s.enrolledAt) && (typeof s.timeZone === 'string' || s.timeZone === null) && isInt(s.asOf))) return false;
  if (!(isInt(s.availablePoints) && isCount(s.pendingPoints) && isCount(s.owedPoints))) return false;
  const tier = s.tier;
  if (!isObject(tier) || !isStringOrNull(tier.levelId) || !isIntOrNull(tier.since)) return false;
  const downgrade = tier.downgrade;
  if (downgrade !== null && !(isObject(downgrade) && isStringOrNull(downgrade.to) && isInt(downgrade.at))) return false;
  const q = s.qualifying;
  if (!isObject(q) || !isIntOrNull(q.periodStart) || !isIntOrNull(q.periodEnd) || !isInt(q.progress) || !every(q.contributions, contributionOk)) return false;
  const totals = s.totals;
  if (!isObject(totals) || !isInt(totals.adjusted)) return false;
  for (const key of TOTALS_COUNTS) if (!isCount(totals[key])) return false;
  if (!every(s.lots, lotOk) || !every(s.caps, capOk) || !every(s.purchases, purchaseOk)) return false;
  const ids = s.eventIds;
  if (!Array.isArray(ids)) return false;
  for (let i = 0; i < ids.length; i++) if (typeof ids[i] !== 'string') return false;
  return s.refusals === undefined || every(s.refusals, refusalOk);
}

/**
 * A member state of programme `programId`, validated: the caller's object when the fast check
 * accepts it (never mutated: read only), else zod's parse, which throws OmnicxError with the path
 * under `path`; a state of another programme is refused (path `[...path, 'programId']`).
 */
export function readMemberState(raw: unknown, path: readonly PathKey[], programId: string): MemberState {
  const state = fastStateOk(raw) ? raw : parseWith(memberStateSchema, raw, path);
  if (state.programId !== programId) throw invalid(`The state belongs to programme ${JSON.stringify(state.programId)}`, [...path, 'programId']);
  return state;
}
