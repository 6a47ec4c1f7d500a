// UTC offsets of a business calendar's time zone without Intl in the hot path.
//
// defineBusinessCalendar samples the zone once (core's buildOffsetTable: Intl.DateTimeFormat
// through openZone) and stores the offset transitions between 1970 and 2101 as plain arrays. A
// CalendarClock, created per call, answers offset and wall-clock → instant questions from that
// table, and outside it from an OffsetModel (local mean time before 1800, years sampled lazily
// up to 1970, the year-type rule from 2101), so results are exact everywhere, fast where the
// data usually is, and still cheap far from it.
import type { PathKey } from '../../core/errors/OmnicxError.js';
import { MAX_INSTANT } from '../../core/time/internal/civil.js';
import { resolveFirstAtOrAfter } from '../../core/time/internal/resolve.js';
import { segmentOf, type OffsetTable } from '../../core/time/internal/offsetTable.js';
import { MS_PER_DAY } from './calendarTime.js';
import { OffsetModel } from './offsetModel.js';

export { buildOffsetTable, TABLE_FROM_MS, TABLE_TO_MS, type OffsetTable } from '../../core/time/internal/offsetTable.js';

/**
 * Offset and wall-clock lookups for one call. Keeps a segment hint and the lazily created OffsetModel as
 * per-call state (the table itself is shared, immutable data).
 */
export class CalendarClock {
  private readonly starts: readonly number[];
  private readonly offsets: readonly number[];
  private readonly last: number;
  private readonly from: number;
  private readonly to: number;
  private hint = 0;
  private model: OffsetModel | undefined;
  /** Per-call memo of the walks: business ms of one 400-year cycle of the calendar, holidays aside. */
  cycleBusinessMs: number | undefined;

  constructor(
    private readonly timeZone: string,
    private readonly table: OffsetTable,
    private readonly zonePath: readonly PathKey[],
  ) {
    this.starts = table.startsMs;
    this.offsets = table.offsetsMs;
    this.last = table.startsMs.length - 1;
    this.from = table.fromMs;
    this.to = table.toMs;
  }

  private opened(): OffsetModel {
    this.model ??= new OffsetModel(this.timeZone, this.table, this.zonePath);
    return this.model;
  }

  private endOf(i: number): number {
    return i < this.last ? (this.starts[i + 1] as number) : this.to;
  }

  /** Index of the segment containing `instant`, which must lie in [from, to). */
  private segmentOf(instant: number): number {
    this.hint = segmentOf(this.table, instant, this.hint);
    return this.hint;
  }

  /** UTC offset (local − UTC) at an instant, ms. */
  offsetAt(instant: number): number {
    if (instant >= this.from && instant < this.to) return this.offsets[this.segmentOf(instant)] as number;
    return this.opened().offsetMs(instant);
  }

  /** Wall-clock milliseconds (instant + offset) of an instant. */
  wallAt(instant: number): number {
    return instant + this.offsetAt(instant);
  }

  /**
   * The first instant whose wall-clock time is at or after `wallMs`: the wall time itself when
   * it exists (the earlier reading when a fall-back repeats it), the transition instant when a
   * spring-forward skips it. Non-decreasing in `wallMs`, so intervals never turn negative.
   */
  instantOfWall(wallMs: number): number {
    // Segment i holds the walls [start_i + offset_i, end_i + offset_i); we want the first segment
    // whose walls reach past wallMs (wall ranges grow with i: segments outlast any offset change).
    const h = this.hint;
    let i: number;
    if (
      this.endOf(h) + (this.offsets[h] as number) > wallMs &&
      (h === 0 || this.endOf(h - 1) + (this.offsets[h - 1] as number) <= wallMs)
    ) {
      i = h;
    } else {
      let low = 0;
      let high = this.last + 1; // last + 1: no segment reaches
      while (low < high) {
        const mid = (low + high) >> 1;
        if (this.endOf(mid) + (this.offsets[mid] as number) > wallMs) high = mid;
        else low = mid + 1;
      }
      i = low;
    }
    if (i <= this.last) {
      const instant = Math.max(this.starts[i] as number, wallMs - (this.offsets[i] as number));
      // Near the ends of the table an earlier or later reading may lie outside it: ask the zone.
      if (instant >= this.from + MS_PER_DAY && instant < this.to - MS_PER_DAY) {
        this.hint = i;
        return instant;
      }
    }
    return resolveFirstAtOrAfter(this.opened(), Math.min(Math.max(wallMs, -MAX_INSTANT - MS_PER_DAY), MAX_INSTANT + MS_PER_DAY));
  }

  /**
   * The offset `o` when every wall time in [wallFrom, wallTo] maps to the instant wall − o (one
   * offset, no gap or repeat, inside the table), else NaN. Lets a day's shifts be converted with
   * one subtraction each.
   */
  pureOffset(wallFrom: number, wallTo: number): number {
    for (let attempt = 0; attempt < 2; attempt++) {
      const i = this.hint;
      const o = this.offsets[i] as number;
      const lowest = (this.starts[i] as number) + (i > 0 ? Math.max(o, this.offsets[i - 1] as number) : o);
      if (
        wallFrom >= lowest &&
        wallTo < this.endOf(i) + o &&
        wallFrom - o >= this.from + MS_PER_DAY &&
        wallTo - o < this.to - MS_PER_DAY
      ) {
        return o;
      }
      if (attempt === 0) {
        this.instantOfWall(wallFrom); // re-aims the hint when wallFrom lies in the table
        if (this.hint === i) return Number.NaN;
      }
    }
    return Number.NaN;
  }

  /**
   * The end (exclusive) of the stretch from `instant` on over which the offset stays what it is
   * at `instant`: the end of the table segment; outside the table, of the model's run of pieces,
   * looked for up to `horizon` (the result may then be any instant ≥ `horizon`).
   */
  stableUntil(instant: number, horizon: number): number {
    if (instant >= this.from && instant < this.to) return this.endOf(this.segmentOf(instant));
    return this.opened().stableUntil(instant, horizon);
  }

  /**
   * The start of the stretch up to `instant` over which the offset stays what it is at
   * `instant` (-Infinity before 1800: local mean time); looked for down to `horizon` outside the
   * table (the result may then be any instant ≤ `horizon`).
   */
  stableFrom(instant: number, horizon: number): number {
    if (instant >= this.from && instant < this.to) return this.starts[this.segmentOf(instant)] as number;
    return this.opened().stableFrom(instant, horizon);
  }
}
