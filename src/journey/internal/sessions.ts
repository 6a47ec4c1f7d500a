// Session boundaries over an ordered event log: a new session starts where the gap to the
// previous event of the customer exceeds the timeout, or (optionally) where the local calendar
// day changes in a time zone.
import { MS_PER_DAY } from '../../core/time/internal/civil.js';
import { resolveFirstAtOrAfter } from '../../core/time/internal/resolve.js';
import type { Zone } from '../../core/time/internal/zone.js';
import type { JourneyEvent } from '../schemas.js';
import type { EventLog } from './read.js';

/** A run of positions [from, to) in `log.order`, all of customer group `group`. */
export interface Run {
  readonly group: number;
  readonly from: number;
  readonly to: number;
}

/**
 * Splits each customer's ordered events into sessions. With a zone, a session also ends at local
 * midnight: the local day of the previous event is cached as an interval [dayStart, dayEnd), so
 * the zone is asked only when an event leaves the cached day.
 */
export function sessionRuns(log: EventLog, timeoutMs: number, zone: Zone | undefined): Run[] {
  const runs: Run[] = [];
  const { groupStarts, sortedAt: at } = log;
  // The cached local day: every instant of [dayStart, dayEnd) is on local day `cachedDay` only when
  // the interval holds no offset change (`clean`). Where a fall-back crosses midnight (America/
  // St_Johns 1987–2010 at 00:01, Antarctica/Casey 2010 …) the day repeats after the interval has
  // ended, so such days are read per event.
  let dayStart = Infinity;
  let dayEnd = -Infinity;
  let cachedDay = NaN;
  let clean = false;
  const dayAt = (t: number): number => {
    if (clean && t >= dayStart && t < dayEnd) return cachedDay;
    const z = zone as Zone;
    cachedDay = Math.floor((t + z.offsetMs(t)) / MS_PER_DAY);
    dayStart = resolveFirstAtOrAfter(z, cachedDay * MS_PER_DAY);
    dayEnd = resolveFirstAtOrAfter(z, (cachedDay + 1) * MS_PER_DAY);
    clean = t >= dayStart && t < dayEnd && z.offsetMs(dayStart) === z.offsetMs(dayEnd - 1);
    return cachedDay;
  };
  for (let g = 0; g + 1 < groupStarts.length; g++) {
    const a = groupStarts[g] as number;
    const b = groupStarts[g + 1] as number;
    let from = a;
    let previous = at[a] as number;
    let previousDay = zone === undefined ? 0 : dayAt(previous);
    for (let p = a + 1; p < b; p++) {
      const t = at[p] as number;
      let split = t - previous > timeoutMs;
      if (zone !== undefined) {
        const day = dayAt(t);
        if (day !== previousDay) split = true;
        previousDay = day;
      }
      if (split) {
        runs.push({ group: g, from, to: p });
        from = p;
      }
      previous = t;
    }
    runs.push({ group: g, from, to: b });
  }
  return runs;
}

/** The distinct channels of some events, in order of first appearance. */
export function channelsOf(events: readonly JourneyEvent[]): string[] {
  const channels: string[] = [];
  for (const event of events) {
    const channel = event.channel;
    if (channel !== undefined && !channels.includes(channel)) channels.push(channel);
  }
  return channels;
}

