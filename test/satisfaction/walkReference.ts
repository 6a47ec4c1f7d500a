// A slow reference for business time far from the compiled offset table, independent of src/:
// how addBusinessDuration and businessDurationMs worked outside the table before the offset model
// (every offset asked of Intl, a week skipped only on 3-day probes), simplified and written anew.
// It steps local day by local day, converts each shift boundary with Intl (the first instant
// whose wall time is at or after it: the transition itself for a wall time in a gap, the earlier
// reading of a repeated one), and skips a whole week only when no holiday falls in it and Intl reports one offset at every
// 3-day probe from its first midnight to past its last shift (the 3-day sampling assumption of
// the offset table). No year-type rule, no cycles, no table: every offset is asked of Intl.
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const MINUTE = 60_000;
const DAY = 86_400_000;

export interface WalkReferenceCalendar {
  readonly timeZone: string;
  readonly weekly: Partial<Record<(typeof WEEKDAYS)[number], readonly (readonly [string, string])[] | undefined>>;
  readonly holidays?: readonly string[] | undefined;
}

interface Prepared {
  readonly offset: (instant: number) => number;
  readonly shifts: readonly (readonly (readonly [number, number])[])[];
  readonly holidays: ReadonlySet<number>;
  readonly weeklyMs: number;
}

function prepare(calendar: WalkReferenceCalendar): Prepared {
  const format = new Intl.DateTimeFormat('en-US', { timeZone: calendar.timeZone, timeZoneName: 'longOffset' });
  const offset = (instant: number): number => {
    const clamped = Math.min(Math.max(instant, -8.64e15), 8.64e15);
    const match = /GMT(?:([+\-\u2212])(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(format.format(clamped));
    if (match === null) throw new Error(`unreadable offset at ${String(instant)}`);
    if (match[1] === undefined) return 0;
    const ms = ((Number(match[2]) * 60 + Number(match[3])) * 60 + Number(match[4] ?? 0)) * 1000;
    return match[1] === '+' ? ms : -ms;
  };
  const minutes = (text: string): number => Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));
  const shifts = WEEKDAYS.map((key) =>
    (calendar.weekly[key] ?? []).map(([s, e]) => {
      const from = minutes(s);
      const to = minutes(e);
      return [from, to <= from ? to + 1440 : to] as const;
    }),
  );
  const holidays = new Set((calendar.holidays ?? []).map((d) => Math.round(Date.parse(`${d}T00:00:00Z`) / DAY)));
  const weeklyMs = shifts.flat().reduce((sum, [s, e]) => sum + (e - s) * MINUTE, 0);
  return { offset, shifts, holidays, weeklyMs };
}

/** The first instant whose wall-clock time in the zone is at or after `wall`. */
function instantOfWall(p: Prepared, wall: number): number {
  const before = p.offset(wall - DAY);
  const after = p.offset(wall + DAY);
  const found = [before, after].map((o) => wall - o).filter((t) => t + p.offset(t) === wall);
  if (found.length > 0) return Math.min(...found);
  let low = wall - after;
  let high = wall - before;
  while (high - low > 1) {
    const mid = low + Math.floor((high - low) / 2);
    if (mid + p.offset(mid) >= wall) high = mid;
    else low = mid;
  }
  return high;
}

const weekday = (day: number): number => (((day + 3) % 7) + 7) % 7;

/** The shifts of local day `day` as instants (none on a holiday). */
function shiftsOf(p: Prepared, day: number): (readonly [number, number])[] {
  if (p.holidays.has(day)) return [];
  return (p.shifts[weekday(day)] ?? []).map(([s, e]) => [instantOfWall(p, day * DAY + s * MINUTE), instantOfWall(p, day * DAY + e * MINUTE)] as const);
}

/** Days day … day + 6 hold the nominal weekly time: no holiday, one offset from their first midnight to past their last shift. */
function plainWeekFrom(p: Prepared, day: number, notBefore: number): boolean {
  for (let d = day; d < day + 7; d++) if (p.holidays.has(d)) return false;
  const first = instantOfWall(p, day * DAY);
  if (first < notBefore) return false;
  const o = p.offset(first);
  if (first + o !== day * DAY) return false;
  for (let probe = first + 3 * DAY; probe < first + 12 * DAY; probe += 3 * DAY) if (p.offset(probe) !== o) return false;
  return p.offset(first + 9 * DAY) === o;
}

/** Days day − 6 … day hold the nominal weekly time and end by `notAfter`. */
function plainWeekBack(p: Prepared, day: number, notAfter: number): boolean {
  for (let d = day - 6; d <= day; d++) if (p.holidays.has(d)) return false;
  const top = instantOfWall(p, (day + 2) * DAY);
  if (top > notAfter) return false;
  const o = p.offset(top - 1);
  if (top - 1 + o !== (day + 2) * DAY - 1) return false;
  for (let probe = top - 1 - 3 * DAY; probe > top - 12 * DAY; probe -= 3 * DAY) if (p.offset(probe) !== o) return false;
  return p.offset(top - 10 * DAY) === o;
}

/** addBusinessDuration, slowly: the earliest (d > 0) or latest (d < 0) instant with |d| ms of business time from `start`. */
export function referenceAdd(start: number, durationMs: number, calendar: WalkReferenceCalendar): number {
  const p = prepare(calendar);
  if (durationMs === 0) return start;
  let remaining = Math.abs(durationMs);
  const startDay = Math.floor((start + p.offset(start)) / DAY);
  if (durationMs > 0) {
    for (let day = startDay - 1; ; day++) {
      if (remaining > p.weeklyMs && plainWeekFrom(p, day, start)) {
        remaining -= p.weeklyMs;
        day += 6;
        continue;
      }
      for (const [from, to] of shiftsOf(p, day)) {
        if (to <= start) continue;
        const begin = Math.max(from, start);
        if (remaining <= to - begin) return begin + remaining;
        remaining -= to - begin;
      }
    }
  }
  for (let day = startDay + 1; ; day--) {
    if (remaining > p.weeklyMs && plainWeekBack(p, day, start)) {
      remaining -= p.weeklyMs;
      day -= 6;
      continue;
    }
    for (const [from, to] of shiftsOf(p, day).reverse()) {
      if (from >= start) continue;
      const end = Math.min(to, start);
      if (remaining <= end - from) return end - remaining;
      remaining -= end - from;
    }
  }
}

/** businessDurationMs, slowly, for start ≤ end. */
export function referenceMeasure(start: number, end: number, calendar: WalkReferenceCalendar): number {
  const p = prepare(calendar);
  let total = 0;
  for (let day = Math.floor((start + p.offset(start)) / DAY) - 1; instantOfWall(p, day * DAY) < end; day++) {
    if (instantOfWall(p, (day + 9) * DAY) <= end && plainWeekFrom(p, day, start)) {
      total += p.weeklyMs;
      day += 6;
      continue;
    }
    for (const [from, to] of shiftsOf(p, day)) total += Math.max(0, Math.min(to, end) - Math.max(from, start));
  }
  return total;
}
