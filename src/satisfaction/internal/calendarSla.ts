// SLA clocks: time counted from a ticket's opening, in business or calendar time, with the
// pauses (waiting on the customer) taken out. Shared by slaStatus and serviceKpis.
import type { PathKey } from '../../core/errors/OmnicxError.js';
import type { CompiledCalendarShape } from './calendarArgument.js';
import { CalendarClock } from './calendarClock.js';
import { addForward, measureForward } from './calendarWalk.js';

/** How time is counted: `between(a, b)` for a ≤ b, `add(a, d)` = earliest instant with d counted since a. */
export interface TimeMeasure {
  readonly between: (from: number, to: number) => number;
  readonly add: (from: number, durationMs: number) => number;
}

export const calendarTimeMeasure: TimeMeasure = {
  between: (from, to) => to - from,
  add: (from, durationMs) => from + durationMs,
};

/** Business time of a compiled calendar; one clock (offset hint, lazily opened zone) per measure. */
export function businessTimeMeasure(calendar: CompiledCalendarShape, path: readonly PathKey[]): TimeMeasure {
  const clock = new CalendarClock(calendar.timeZone, calendar.offsetTable, [...path, 'timeZone']);
  return {
    between: (from, to) => (to > from ? measureForward(calendar, clock, from, to) : 0),
    add: (from, durationMs) => (durationMs > 0 ? addForward(calendar, clock, from, durationMs, path) : from),
  };
}

/** A pause as [from, to), `to` = Infinity while open. */
export type PauseSpan = readonly [number, number];

/**
 * The pauses as known at `now`: those started after `now` are dropped, those ending after it are
 * open; clipped to start at `openedAt`; sorted and merged where they overlap or touch.
 */
export function pausesAsOf(
  pauses: readonly { readonly from: number; readonly to?: number | undefined }[],
  openedAt: number,
  now: number,
): PauseSpan[] {
  const spans = pauses
    .filter((pause) => pause.from <= now)
    .map((pause): PauseSpan => [Math.max(pause.from, openedAt), pause.to === undefined || pause.to > now ? Infinity : pause.to])
    .filter(([from, to]) => to > from)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of spans) {
    const last = merged[merged.length - 1];
    if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/** Counted time from `openedAt` to `until` (≥ openedAt) outside the pauses. */
export function activeMs(measure: TimeMeasure, openedAt: number, until: number, pauses: readonly PauseSpan[]): number {
  let total = measure.between(openedAt, until);
  for (const [from, to] of pauses) {
    if (from >= until) break;
    total -= measure.between(from, Math.min(to, until));
  }
  return total;
}

/** The earliest instant at which `targetMs` has been counted outside the pauses; null when an open pause stops it short. */
export function activeDueAt(measure: TimeMeasure, openedAt: number, targetMs: number, pauses: readonly PauseSpan[]): number | null {
  let cursor = openedAt;
  let remaining = targetMs;
  for (const [from, to] of pauses) {
    const candidate = measure.add(cursor, remaining);
    if (candidate <= from) return candidate;
    remaining -= measure.between(cursor, from);
    if (to === Infinity) return null;
    cursor = to;
  }
  return measure.add(cursor, remaining);
}

/** One evaluated SLA clock (the shape of slaClockSchema). */
export interface EvaluatedClock {
  readonly targetMs: number;
  readonly dueAt: number | null;
  readonly elapsedBusinessMs: number;
  readonly remainingBusinessMs: number;
  readonly breached: boolean;
  readonly breachedAt: number | null;
  readonly met: boolean;
  readonly stoppedAt: number | null;
  readonly paused: boolean;
}

/** Evaluates one clock of a ticket opened at `openedAt`, stopped by `eventAt` if it happened by `now`. */
export function evaluateClock(
  measure: TimeMeasure,
  openedAt: number,
  targetMs: number,
  eventAt: number | undefined,
  now: number,
  pauses: readonly PauseSpan[],
): EvaluatedClock {
  const stoppedAt = eventAt !== undefined && eventAt <= now ? eventAt : null;
  const until = stoppedAt ?? now;
  const elapsed = activeMs(measure, openedAt, until, pauses);
  const dueAt = activeDueAt(measure, openedAt, targetMs, pauses);
  const breached = dueAt !== null && until > dueAt;
  return {
    targetMs,
    dueAt,
    elapsedBusinessMs: elapsed,
    remainingBusinessMs: targetMs - elapsed,
    breached,
    breachedAt: breached ? dueAt : null,
    met: stoppedAt !== null && !breached,
    stoppedAt,
    paused: stoppedAt === null && pauses.some(([from, to]) => from <= now && now < to),
  };
}

/** A ticket as the clocks read it (validated, instants in epoch ms). */
export interface ClockTicket {
  readonly openedAt: number;
  readonly firstResponseAt?: number | undefined;
  readonly resolvedAt?: number | undefined;
  readonly pauses: readonly { readonly from: number; readonly to?: number | undefined }[];
}

/** A priority's targets. */
export interface ClockTargets {
  readonly firstResponseMs?: number | undefined;
  readonly resolutionMs?: number | undefined;
}

/** Both SLA clocks of a ticket at `now` (≥ openedAt); null where the target is not set. */
export function evaluateTicket(
  measure: TimeMeasure,
  ticket: ClockTicket,
  targets: ClockTargets,
  now: number,
): { readonly firstResponse: EvaluatedClock | null; readonly resolution: EvaluatedClock | null } {
  const pauses = pausesAsOf(ticket.pauses, ticket.openedAt, now);
  const clock = (targetMs: number | undefined, eventAt: number | undefined): EvaluatedClock | null =>
    targetMs === undefined ? null : evaluateClock(measure, ticket.openedAt, targetMs, eventAt, now, pauses);
  return {
    firstResponse: clock(targets.firstResponseMs, ticket.firstResponseAt),
    resolution: clock(targets.resolutionMs, ticket.resolvedAt),
  };
}
