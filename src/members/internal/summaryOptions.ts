// Options of customerSummary, shared with its accumulator: asOf, the period length and the
// function from an instant to its period number.
import type { PathKey } from '../../core/errors/OmnicxError.js';
import { assertObject } from '../../core/internal/assert.js';
import { dayReader } from './days.js';
import { numberOption } from './options.js';
import { instantAt } from './rows.js';
import { assertKnownKeys } from '../../core/internal/optionKeys.js';

/** 1970-01-05, the Monday periods are anchored on (day 4 after the epoch). */
const ANCHOR_DAY = 4;

export interface SummaryOptions {
  readonly asOf: number;
  readonly periodDays: number;
  readonly periodOf: (instant: number) => number;
}

/** Reads `{ asOf, periodDays, timeZone }` at `path` (paths `[...path, key]`). */
export function readSummaryOptions(options: unknown, path: readonly PathKey[]): SummaryOptions {
  assertObject(options, path, path.join('.'));
  assertKnownKeys(options, ['asOf', 'periodDays', 'timeZone'], path);
  const asOf = instantAt(options['asOf'], [...path, 'asOf']);
  const periodDays = numberOption(options['periodDays'], 7, 1, 36_500, [...path, 'periodDays']);
  if (!Number.isInteger(periodDays)) numberOption(Number.NaN, undefined, 1, 36_500, [...path, 'periodDays']);
  return { asOf, periodDays, periodOf: periodOfDays(periodDays, options['timeZone'], [...path, 'timeZone']) };
}

/** Period number of an instant: its local day in `timeZone` in blocks of `periodDays` from ANCHOR_DAY. */
export function periodOfDays(periodDays: number, timeZone: unknown, path: readonly PathKey[]): (instant: number) => number {
  const dayOf = dayReader(timeZone, path);
  return (instant) => Math.floor((dayOf(instant) - ANCHOR_DAY) / periodDays);
}
