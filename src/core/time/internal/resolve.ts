// Wall-clock time → instant in a zone. Same approach as Temporal's GetPossibleEpochNanoseconds /
// DisambiguatePossibleEpochNanoseconds (TC39 Temporal proposal, §11 "Time Zones"): the offsets
// one day before and one day after bound the candidates, which assumes at most one offset
// transition within ±24 h of the wall time (true of every tz database zone Temporal supports).
import { ErrorCode, OmnicxError, type PathKey } from '../../errors/OmnicxError.js';
import { MAX_INSTANT, MS_PER_DAY, wallClockFromMs, type WallClock } from './civil.js';
import type { Zone } from './zone.js';

interface Candidates {
  /** Instants whose wall clock is exactly the wall time, ascending (0, 1 or 2 of them). */
  readonly instants: readonly number[];
  /** The offset in force before a transition near the wall time (ms). */
  readonly before: number;
  /** The offset in force after it (ms). */
  readonly after: number;
}

function candidates(zone: Zone, wallMs: number): Candidates {
  const before = zone.offsetMs(wallMs - MS_PER_DAY);
  const after = zone.offsetMs(wallMs + MS_PER_DAY);
  const instants: number[] = [];
  // For a fall-back (before > after) wall − before is the earlier of the two readings.
  for (const offset of before === after ? [before] : [before, after]) {
    const instant = wallMs - offset;
    if (zone.offsetMs(instant) === offset) instants.push(instant);
  }
  return { instants, before, after };
}

/**
 * The instant of a wall time with 'compatible' disambiguation (as Temporal, date-fns/tz and
 * java.time): a repeated wall time (fall back) resolves to the earlier instant; a skipped one
 * (spring forward) is read with the offset before the transition, i.e. moved forward by the gap.
 */
export function resolveCompatible(zone: Zone, wallMs: number): number {
  const found = candidates(zone, wallMs);
  return found.instants[0] ?? wallMs - found.before;
}

/**
 * The first instant whose wall time is at or after `wallMs`: the wall time itself when it exists
 * (earlier reading when repeated); the transition instant when the wall time falls in a gap.
 * Used for the start of a day, whose midnight is skipped in zones such as America/Santiago.
 */
export function resolveFirstAtOrAfter(zone: Zone, wallMs: number): number {
  const found = candidates(zone, wallMs);
  const existing = found.instants[0];
  if (existing !== undefined) return existing;
  // In a gap: before the transition t + before < wallMs, from the transition on t + after ≥ wallMs.
  let low = wallMs - found.after; // reads before the wall time
  let high = wallMs - found.before; // reads at or after it
  while (high - low > 1) {
    const mid = low + Math.floor((high - low) / 2);
    if (mid + zone.offsetMs(mid) >= wallMs) high = mid;
    else low = mid;
  }
  return high;
}

/** The wall clock of an instant in a zone. */
export function wallClockAt(zone: Zone, instant: number): WallClock & { readonly offsetMs: number } {
  const offsetMs = zone.offsetMs(instant);
  return { ...wallClockFromMs(instant + offsetMs), offsetMs };
}

/** Throws unless a computed instant lies in the Date range. */
export function checkResult(instant: number, path: readonly PathKey[], what: string, code: ErrorCode = ErrorCode.INVALID_DATE): number {
  if (Math.abs(instant) <= MAX_INSTANT) return instant;
  throw new OmnicxError(code, `${what} lies outside the supported range of ±8.64e15 ms around 1970 (the Date range)`, { path });
}
