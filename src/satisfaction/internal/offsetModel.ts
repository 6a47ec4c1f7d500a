// UTC offsets of a business calendar's zone everywhere in the Date range, for one call, with few
// Intl calls: the compiled 1970–2100 table where it applies, and outside it a model that asks
// Intl only a bounded number of times per call.
//
// - Before 1800 every zone keeps its local mean time: the earliest offset transition in the
//   runtime's tz database is the date-line change of Asia/Manila and Pacific/Guam on
//   1844-12-31 (every zone sampled every 3 days over 1500–1900, tzdata 2025c; ICU keeps a zone's
//   first offset for every earlier instant). One Intl reading gives the offset there.
// - 1800 to the table: sampled from Intl one year at a time, when a walk first needs that year,
//   every 3 days and bisected to the second (the table's own assumption, see buildOffsetTable).
// - From 2101 the tz database lists no more transitions, only each zone's final rule (the POSIX
//   TZ string of its tzfile; ICU's final SimpleTimeZone): transitions on a month/week/weekday or
//   a fixed day of the year at a fixed time. Such a rule places a year's transitions by the
//   year's type only — leap or not, and the weekday of 1 January — so the offsets of year Y,
//   shifted by the start of Y, are those of the first year of the same type from 2101 on (2101–
//   2128 hold all 14 types). Those representative years are sampled as above, once per call and
//   type. Consequence used by the walks: from 2101 on, offsets repeat every 400 Gregorian years
//   (146 097 days, a whole number of weeks), so whole 400-year cycles can be skipped.
//
// The tests compare this model with the runtime's Intl at random instants of the whole Date
// range for zones with ordinary, southern, half-hour and no DST.
import type { PathKey } from '../../core/errors/OmnicxError.js';
import { civilFromDays, daysFromCivil, isLeapYear, MAX_INSTANT, MS_PER_DAY } from '../../core/time/internal/civil.js';
import { buildOffsetTable, segmentOf, type OffsetTable } from '../../core/time/internal/offsetTable.js';
import { openZone, parseLongOffset, type Zone } from '../../core/time/internal/zone.js';

/** Days in a 400-year Gregorian cycle: 20 871 weeks exactly. */
export const CYCLE_DAYS = 146_097;

/** 1800-01-01T00:00:00Z: before it, a zone's offset is its local mean time (constant). */
export const LOCAL_MEAN_TIME_BEFORE_MS = daysFromCivil(1800, 1, 1) * MS_PER_DAY;

/**
 * Offsets read straight from Intl, per call, before the model samples years instead (a year
 * costs about 160 readings): short calls outside the table stay as cheap as they were. Under
 * the model's assumptions both give the same offsets.
 */
const DIRECT_READINGS = 64;

/** The first year read through the year-type rule. */
const RULE_FROM_YEAR = 2101;
/** 2101-01-01T00:00:00Z: from here on, offsets follow the year-type rule. */
export const RULE_FROM_MS = daysFromCivil(RULE_FROM_YEAR, 1, 1) * MS_PER_DAY;

function yearStartMs(year: number): number {
  return daysFromCivil(year, 1, 1) * MS_PER_DAY;
}

/** 0–13: the weekday of 1 January (days since 1970 mod 7, 0 = Thursday), plus 7 in a leap year. */
function yearType(year: number): number {
  const weekday = ((daysFromCivil(year, 1, 1) % 7) + 7) % 7;
  return weekday + (isLeapYear(year) ? 7 : 0);
}

/** The first year from 2101 on of each of the 14 types (all within 2101–2128). */
const REPRESENTATIVE_YEARS: readonly number[] = (() => {
  const years: number[] = [];
  for (let year = RULE_FROM_YEAR + 27; year >= RULE_FROM_YEAR; year--) years[yearType(year)] = year;
  return years;
})();

/**
 * The zone's offsets as constant pieces. `locate(instant)` sets `pieceFrom`, `pieceTo` (exclusive)
 * and `pieceOffset` to the piece containing the instant; outside the table pieces are cut at
 * year boundaries (neighbouring pieces may have the same offset). Per-call state: the lazily
 * opened Intl zone and the years sampled so far.
 */
export class OffsetModel implements Zone {
  pieceFrom = 0;
  pieceTo = 0;
  pieceOffset = 0;
  private intl: Zone | undefined;
  private yearOnly: Zone | undefined;
  private localMeanTime: number | undefined;
  private readonly sampledYears = new Map<number, OffsetTable>();
  private readonly ruleYears: (OffsetTable | undefined)[] = [];
  private tableHint = 0;
  private directReadings = 0;
  // The current year outside the table: its range, its sampled or representative table, the
  // shift from that table's instants to the year's, and a segment hint.
  private yearFrom = 0;
  private yearTo = 0;
  private yearTable: OffsetTable | undefined;
  private yearShift = 0;
  private yearHint = 0;

  constructor(
    readonly name: string,
    private readonly table: OffsetTable,
    private readonly path: readonly PathKey[],
  ) {}

  readonly offsetMs = (instant: number): number => {
    if (
      this.directReadings < DIRECT_READINGS &&
      !(instant >= this.yearFrom && instant < this.yearTo) &&
      !(instant >= this.table.fromMs && instant < this.table.toMs)
    ) {
      // A short call needs a handful of offsets: cheaper to ask Intl than to sample a year.
      this.directReadings++;
      return this.opened().offsetMs(instant);
    }
    this.locate(instant);
    return this.pieceOffset;
  };

  /** The zone through core's formatter: validates the name (with the caller's path); direct readings. */
  private opened(): Zone {
    this.intl ??= openZone(this.name, this.path);
    return this.intl;
  }

  /**
   * The zone for sampling: the same offset text without month and day, ~25 % cheaper a reading
   * (a model may take tens of thousands); created on the first sampling only.
   */
  private sampler(): Zone {
    if (this.yearOnly === undefined) {
      const name = this.opened().name;
      const format = new Intl.DateTimeFormat('en-US', { timeZone: name, timeZoneName: 'longOffset', year: 'numeric' });
      this.yearOnly = {
        name,
        offsetMs: (instant) => parseLongOffset(format.format(Math.min(Math.max(instant, -MAX_INSTANT), MAX_INSTANT)), name),
      };
    }
    return this.yearOnly;
  }

  /** Sets the piece fields from segment `i` of `table`, shifted by `shift`. */
  private fromTable(table: OffsetTable, i: number, shift: number): void {
    const starts = table.startsMs;
    this.pieceFrom = (starts[i] as number) + shift;
    this.pieceTo = (i < starts.length - 1 ? (starts[i + 1] as number) : table.toMs) + shift;
    this.pieceOffset = table.offsetsMs[i] as number;
  }

  locate(instant: number): void {
    if (instant >= this.yearFrom && instant < this.yearTo) {
      this.fromYear(instant);
      return;
    }
    const table = this.table;
    if (instant >= table.fromMs && instant < table.toMs) {
      this.tableHint = segmentOf(table, instant, this.tableHint);
      this.fromTable(table, this.tableHint, 0);
      return;
    }
    if (instant < LOCAL_MEAN_TIME_BEFORE_MS) {
      this.localMeanTime ??= this.opened().offsetMs(LOCAL_MEAN_TIME_BEFORE_MS - MS_PER_DAY);
      this.pieceFrom = -Infinity;
      this.pieceTo = LOCAL_MEAN_TIME_BEFORE_MS;
      this.pieceOffset = this.localMeanTime;
      return;
    }
    this.enterYear(civilFromDays(Math.floor(instant / MS_PER_DAY)).year);
    this.fromYear(instant);
  }

  /** Makes `year` (from 1800 on, outside the table) the current year, sampling it if needed. */
  private enterYear(year: number): void {
    const start = yearStartMs(year);
    this.yearFrom = start;
    this.yearTo = yearStartMs(year + 1);
    this.yearHint = 0;
    if (year < RULE_FROM_YEAR) {
      let sampled = this.sampledYears.get(year);
      if (sampled === undefined) {
        sampled = buildOffsetTable(this.sampler(), start, this.yearTo);
        this.sampledYears.set(year, sampled);
      }
      this.yearTable = sampled;
      this.yearShift = 0;
      return;
    }
    const type = yearType(year);
    const representative = REPRESENTATIVE_YEARS[type] as number;
    const repStart = yearStartMs(representative);
    let rule = this.ruleYears[type];
    if (rule === undefined) {
      rule = buildOffsetTable(this.sampler(), repStart, yearStartMs(representative + 1));
      this.ruleYears[type] = rule;
    }
    this.yearTable = rule;
    this.yearShift = start - repStart;
  }

  /** The piece of the current year's table around `instant` (in the current year). */
  private fromYear(instant: number): void {
    const table = this.yearTable as OffsetTable;
    this.yearHint = segmentOf(table, instant - this.yearShift, this.yearHint);
    this.fromTable(table, this.yearHint, this.yearShift);
  }

  /**
   * The end (exclusive) of the run of pieces with the offset in force at `instant`, looked for
   * up to `horizon`: the first instant with another offset, or some instant ≥ `horizon`.
   */
  stableUntil(instant: number, horizon: number): number {
    this.locate(instant);
    const offset = this.pieceOffset;
    let end = this.pieceTo;
    while (end < horizon) {
      this.locate(end);
      if (this.pieceOffset !== offset) break;
      end = this.pieceTo;
    }
    return end;
  }

  /**
   * The start of the run of pieces with the offset in force at `instant`, looked for down to
   * `horizon`: the last instant with that offset after one with another, -Infinity when the
   * offset never changed before, or some instant ≤ `horizon`.
   */
  stableFrom(instant: number, horizon: number): number {
    this.locate(instant);
    const offset = this.pieceOffset;
    let from = this.pieceFrom;
    while (from > horizon) {
      this.locate(from - 1);
      if (this.pieceOffset !== offset) break;
      from = this.pieceFrom;
    }
    return from;
  }
}
