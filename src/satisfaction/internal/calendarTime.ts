// Wall-clock helpers shared by the business-calendar schema and its compiler: "HH:MM" → minutes,
// "YYYY-MM-DD" → day numbers, ISO weekday indexes. Plain integer arithmetic, no Date.
import { civilFromDays, daysFromCivil } from '../../core/time/internal/civil.js';

export const MINUTES_PER_DAY = 1440;
export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;

/** Upper bound on any span these functions walk: 100 Julian years (36 525 days) in milliseconds. */
export const MAX_SPAN_MS = 36_525 * MS_PER_DAY;

/** The weekday keys of a weekly schedule, in ISO order (index 0 = Monday … 6 = Sunday). */
export const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type WeekdayKey = (typeof WEEKDAY_KEYS)[number];

/** "HH:MM" (already matched by the schema's pattern) → minutes since midnight, 0–1440. */
export function minutesOfClockTime(text: string): number {
  return Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));
}

/**
 * The [start, end) minutes of an interval relative to its own day's midnight. An end at or
 * before the start means the interval crosses midnight into the next day, so its end is read on
 * the next day (end + 1440): ['22:00', '02:00'] → [1320, 1560]; ['22:00', '00:00'] → [1320, 1440].
 */
export function intervalMinutes(start: string, end: string): readonly [number, number] {
  const s = minutesOfClockTime(start);
  const e = minutesOfClockTime(end);
  return [s, e <= s ? e + MINUTES_PER_DAY : e];
}

/** Days since 1970-01-01 of a "YYYY-MM-DD" date, or undefined when the date does not exist. */
export function daysOfIsoDate(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const days = daysFromCivil(year, month, day);
  const back = civilFromDays(days);
  return back.year === year && back.month === month && back.day === day ? days : undefined;
}

/** ISO weekday index (0 = Monday … 6 = Sunday) of the day `days` after 1970-01-01 (a Thursday). */
export function weekdayIndexOfDays(days: number): number {
  return (((days + 3) % 7) + 7) % 7;
}
