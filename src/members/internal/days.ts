// Calendar day numbers (days since 1970-01-01 on the local calendar of a zone) for many instants.
// Intl formatting per row would dominate, so offsets are memoised per UTC hour within one call:
// an hour whose start and end share an offset has that offset throughout (zones change offset at
// most once an hour), other hours are resolved per instant.
import type { PathKey } from '../../core/errors/OmnicxError.js';
import { MS_PER_DAY, MS_PER_HOUR } from '../../core/time/internal/civil.js';
import { openZone } from '../../core/time/internal/zone.js';

/** Returns a function from an instant to its local day number in `timeZone` (UTC when undefined). */
export function dayReader(timeZone: unknown, path: readonly PathKey[]): (instant: number) => number {
  if (timeZone === undefined) return (instant) => Math.floor(instant / MS_PER_DAY);
  const zone = openZone(timeZone, path);
  const hours = new Map<number, number>(); // local to this reader, not module state
  return (instant) => {
    const hour = Math.floor(instant / MS_PER_HOUR);
    let offset = hours.get(hour);
    if (offset === undefined) {
      const start = zone.offsetMs(hour * MS_PER_HOUR);
      offset = zone.offsetMs(hour * MS_PER_HOUR + MS_PER_HOUR - 1) === start ? start : Number.NaN;
      hours.set(hour, offset);
    }
    const offsetMs = Number.isNaN(offset) ? zone.offsetMs(instant) : offset;
    return Math.floor((instant + offsetMs) / MS_PER_DAY);
  };
}
