// The shallow check of a compiled calendar passed to the hot functions: a full schema parse per
// call would cost more than the computation. defineBusinessCalendar's output always passes.
import type { PathKey } from '../../core/errors/OmnicxError.js';
import { describe, invalid } from '../../core/internal/assert.js';
import type { WalkCalendar } from './calendarWalk.js';
import type { OffsetTable } from './calendarClock.js';

/** What the walks and the clock need from a compiled calendar. */
export interface CompiledCalendarShape extends WalkCalendar {
  readonly kind: 'omnicx.businessCalendar';
  readonly version: 1;
  readonly timeZone: string;
  readonly offsetTable: OffsetTable;
}

export const CALENDAR_KIND = 'omnicx.businessCalendar';

/** Tells whether a value looks like the output of defineBusinessCalendar (shallow). */
export function isCompiledCalendar(value: unknown): value is CompiledCalendarShape {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  const table = c['offsetTable'] as Record<string, unknown> | null | undefined;
  return (
    c['kind'] === CALENDAR_KIND &&
    c['version'] === 1 &&
    typeof c['timeZone'] === 'string' &&
    Array.isArray(c['weeklyMinutes']) &&
    c['weeklyMinutes'].length === 7 &&
    Array.isArray(c['holidayDays']) &&
    typeof c['weeklyBusinessMs'] === 'number' &&
    c['weeklyBusinessMs'] > 0 &&
    typeof table === 'object' &&
    table !== null &&
    Array.isArray(table['startsMs']) &&
    table['startsMs'].length > 0 &&
    Array.isArray(table['offsetsMs']) &&
    typeof table['fromMs'] === 'number' &&
    typeof table['toMs'] === 'number'
  );
}

/** Throws INVALID_INPUT unless `value` is a compiled calendar. */
export function calendarArgument(value: unknown, path: readonly PathKey[]): CompiledCalendarShape {
  if (isCompiledCalendar(value)) return value;
  throw invalid(
    `${path.join('.')} must be a business calendar returned by defineBusinessCalendar (compile a { timeZone, weekly, holidays } definition once with it), got ${describe(value)}`,
    path,
  );
}
