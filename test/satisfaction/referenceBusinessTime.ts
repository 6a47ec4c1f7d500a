// A deliberately naive reference for business time, independent of src/: walks minute by
// minute, reads each minute's local wall clock through Intl, and counts the minute when that
// wall time lies in a shift of its day (or in the spill of the previous day's night shift) on a
// day that is not a holiday. Exact for minute-aligned instants and shifts whose boundaries are
// not inside a DST gap or repeated hour.
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const MINUTE = 60_000;
const DAY = 86_400_000;

export interface ReferenceCalendar {
  readonly timeZone: string;
  readonly weekly: Partial<Record<(typeof WEEKDAYS)[number], readonly (readonly [string, string])[] | undefined>>;
  readonly holidays?: readonly string[] | undefined;
}

function minutes(text: string): number {
  return Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));
}

export function offsetReader(timeZone: string): (instant: number) => number {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
  return (instant) => {
    const match = /GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(format.format(instant));
    if (match?.[1] === undefined) return 0;
    const ms = (Number(match[2]) * 60 + Number(match[3])) * MINUTE;
    return match[1] === '-' ? -ms : ms;
  };
}

export function referenceBusinessMs(start: number, end: number, calendar: ReferenceCalendar): number {
  const offset = offsetReader(calendar.timeZone);
  const holidays = new Set((calendar.holidays ?? []).map((d) => Date.parse(`${d}T00:00:00Z`) / DAY));
  const shifts = WEEKDAYS.map((key) =>
    (calendar.weekly[key] ?? []).map(([s, e]) => {
      const from = minutes(s);
      const to = minutes(e);
      return [from, to <= from ? to + 1440 : to] as const;
    }),
  );
  const weekday = (day: number): number => (((day + 3) % 7) + 7) % 7;
  let total = 0;
  for (let t = start; t < end; t += MINUTE) {
    const wall = t + offset(t);
    const day = Math.floor(wall / DAY);
    const minute = (wall - day * DAY) / MINUTE;
    const today = !holidays.has(day) && (shifts[weekday(day)] ?? []).some(([s, e]) => s <= minute && minute < e);
    const spill =
      !holidays.has(day - 1) && (shifts[weekday(day - 1)] ?? []).some(([s, e]) => e > 1440 && minute + 1440 >= s && minute + 1440 < e);
    if (today || spill) total += MINUTE;
  }
  return total;
}
