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
  let dayStart = Infinity;
  let dayEnd = -Infinity;
  const dayOf = (t: number): void => {
    const days = Math.floor((t + (zone as Zone).offsetMs(t)) / MS_PER_DAY);
    dayStart = resolveFirstAtOrAfter(zone as Zone, days * MS_PER_DAY);
    dayEnd = resolveFirstAtOrAfter(zone as Zone, (days + 1) * MS_PER_DAY);
  };
  for (let g = 0; g + 1 < groupStarts.length; g++) {
    const a = groupStarts[g] as number;
    const b = groupStarts[g + 1] as number;
    let from = a;
    let previous = at[a] as number;
    if (zone !== undefined && !(previous >= dayStart && previous < dayEnd)) dayOf(previous);
    for (let p = a + 1; p < b; p++) {
      const t = at[p] as number;
      let split = t - previous > timeoutMs;
      if (zone !== undefined && !(t >= dayStart && t < dayEnd)) {
        dayOf(t);
        split = true;
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

