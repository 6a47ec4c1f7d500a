// A zone's UTC offsets over 1970–2100 as plain data: the offset transitions, found once by
// sampling the zone (Intl.DateTimeFormat through openZone) and bisecting each change. Compiled
// definitions (a business calendar, a prepared loyalty programme) store the table so that every
// later call reads offsets from arrays instead of formatting dates with Intl.
import type { PathKey } from '../../errors/OmnicxError.js';
import { MS_PER_DAY } from './civil.js';
import { openZone, type Zone } from './zone.js';

/** Offsets of a zone as constant segments: segment i starts at startsMs[i] and has offsetsMs[i]. */
export interface OffsetTable {
  /** First instant covered (inclusive), epoch ms. */
  readonly fromMs: number;
  /** End of the covered range (exclusive), epoch ms. */
  readonly toMs: number;
  /** Start instant of each constant-offset segment, ascending; startsMs[0] = fromMs. */
  readonly startsMs: readonly number[];
  /** UTC offset (local − UTC) of each segment, ms. */
  readonly offsetsMs: readonly number[];
}

/** 1970-01-01T00:00:00Z. */
export const TABLE_FROM_MS = 0;
/** 2101-01-01T00:00:00Z. */
export const TABLE_TO_MS = 4_133_980_800_000;

/**
 * Sampling step of the zone: shorter than the shortest time between two offset transitions, or a
 * short DST period could fall between two samples and be missed. A week is not short enough: the
 * tz database has one-week summer times of 167 h (America/Recife, America/Noronha and
 * America/Boa_Vista in October 2000; Asia/Gaza and Asia/Hebron in 2040, 2054 and 2072, runtime
 * tzdata 2025c), and nothing shorter in 1970–2100.
 */
export const SAMPLE_MS = 3 * MS_PER_DAY;

/**
 * Samples a zone every 3 days and bisects each change to the second. Assumes no two offset
 * transitions fall within 3 days of each other (the shortest gap in the tz database for
 * 1970–2100 is 167 h). ~16 000 samples.
 */
export function buildOffsetTable(zone: Zone, fromMs = TABLE_FROM_MS, toMs = TABLE_TO_MS): OffsetTable {
  const startsMs = [fromMs];
  let current = zone.offsetMs(fromMs);
  const offsetsMs = [current];
  let at = fromMs;
  while (at < toMs) {
    const next = Math.min(at + SAMPLE_MS, toMs);
    const offset = zone.offsetMs(next);
    if (offset === current) {
      at = next;
      continue;
    }
    // Offset at `low` is `current`, at `high` it differs; tz transitions fall on whole seconds.
    let low = at;
    let high = next;
    while (high - low > 1000) {
      const mid = low + Math.floor((high - low) / 2000) * 1000;
      if (zone.offsetMs(mid) === current) low = mid;
      else high = mid;
    }
    current = zone.offsetMs(high);
    startsMs.push(high);
    offsetsMs.push(current);
    at = high;
  }
  return { fromMs, toMs, startsMs, offsetsMs };
}


/**
 * The index of the segment of `table` that contains `instant` (which must lie in [fromMs, toMs)):
 * `hint` when it does (nearby readings cost one comparison), else by binary search.
 */
export function segmentOf(table: OffsetTable, instant: number, hint: number): number {
  const starts = table.startsMs;
  const last = starts.length - 1;
  if ((starts[hint] as number) <= instant && instant < (hint < last ? (starts[hint + 1] as number) : table.toMs)) return hint;
  let low = 0;
  let high = last;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= instant) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * A zone that reads offsets from `table` inside its range and opens the zone itself (Intl,
 * lazily, once) outside it: exact everywhere, fast where the data usually is. Remembers the last
 * segment found, so nearby readings cost one comparison.
 */
export function tableZone(timeZone: string, table: OffsetTable, path: readonly PathKey[]): Zone {
  const offsets = table.offsetsMs;
  const from = table.fromMs;
  const to = table.toMs;
  let exact: Zone | undefined;
  let hint = 0;
  return {
    name: timeZone,
    offsetMs: (instant) => {
      if (!(instant >= from && instant < to)) {
        exact ??= openZone(timeZone, path);
        return exact.offsetMs(instant);
      }
      hint = segmentOf(table, instant, hint);
      return offsets[hint] as number;
    },
  };
}
