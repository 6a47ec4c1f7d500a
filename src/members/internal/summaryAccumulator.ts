// Reading customer-summary accumulators (checked by hand, with the paths of the other accumulators).
import type { PathKey } from '../../core/errors/OmnicxError.js';
import { describe, invalid } from '../../core/internal/assert.js';
import { MAX_INSTANT } from '../../core/time/internal/civil.js';
import type { CustomerSummaryAccumulator } from '../schemas.js';
import { addCounts, assertEnvelope, countAt, mapField } from './accumulators.js';
import { unionPeriods } from './cohortAccumulator.js';
import { periodOfDays } from './summaryOptions.js';

export interface SummaryEntry {
  periods: number[];
  totalMinor: number;
  firstPeriodMinor: number;
}

export interface SummaryEnvelope {
  readonly asOf: number;
  readonly periodDays: number;
  readonly timeZone: string | null;
  readonly asOfPeriod: number;
  readonly periodOf: (instant: number) => number;
  readonly customers: Record<string, unknown>;
}

/** Checks kind, version and the stored options (opening the zone), and that `customers` is an object. */
export function summaryEnvelope(acc: unknown, path: readonly PathKey[]): SummaryEnvelope {
  const record = assertEnvelope(acc, 'customerSummary', path);
  const asOf = record['asOf'];
  if (typeof asOf !== 'number' || !Number.isSafeInteger(asOf) || Math.abs(asOf) > MAX_INSTANT) {
    throw invalid(`${path.join('.')}.asOf must be epoch milliseconds, got ${describe(asOf)}`, [...path, 'asOf']);
  }
  const periodDays = record['periodDays'];
  if (typeof periodDays !== 'number' || !Number.isInteger(periodDays) || periodDays < 1 || periodDays > 36_500) {
    throw invalid(`${path.join('.')}.periodDays must be an integer from 1 to 36500, got ${describe(periodDays)}`, [...path, 'periodDays']);
  }
  const timeZone = record['timeZone'];
  if (timeZone !== null && typeof timeZone !== 'string') throw invalid(`${path.join('.')}.timeZone must be a string or null, got ${describe(timeZone)}`, [...path, 'timeZone']);
  const periodOf = periodOfDays(periodDays, timeZone ?? undefined, [...path, 'timeZone']);
  return { asOf, periodDays, timeZone, asOfPeriod: periodOf(asOf), periodOf, customers: mapField(record, 'customers', path) };
}

/** One customer's entry, checked (periods ascending, none after asOf; first-period spend within the total). */
export function readSummaryEntry(value: unknown, asOfPeriod: number, path: readonly PathKey[]): SummaryEntry {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid(`${path.join('.')} must be { periods, totalMinor, firstPeriodMinor }, got ${describe(value)}`, path);
  }
  const record = value as Record<string, unknown>;
  const periods = record['periods'];
  if (!Array.isArray(periods) || periods.length === 0) throw invalid(`${path.join('.')}.periods must be a non-empty array, got ${describe(periods)}`, [...path, 'periods']);
  let previous = -Infinity;
  for (let i = 0; i < periods.length; i++) {
    const p: unknown = periods[i];
    if (typeof p !== 'number' || !Number.isInteger(p) || p <= previous || p > asOfPeriod) {
      throw invalid(`${path.join('.')}.periods.${String(i)} must be an integer above the previous one and not after asOf, got ${describe(p)}`, [...path, 'periods', i]);
    }
    previous = p;
  }
  const totalMinor = countAt(record['totalMinor'], [...path, 'totalMinor']);
  const firstPeriodMinor = countAt(record['firstPeriodMinor'], [...path, 'firstPeriodMinor']);
  if (firstPeriodMinor > totalMinor) throw invalid(`${path.join('.')}.firstPeriodMinor must not exceed totalMinor`, [...path, 'firstPeriodMinor']);
  return { periods: [...(periods as number[])], totalMinor, firstPeriodMinor };
}

/** The whole accumulator with every customer checked (entries are copies). */
export function readSummaryAccumulator(acc: unknown, path: readonly PathKey[]): SummaryEnvelope & { readonly entries: Map<string, SummaryEntry> } {
  const envelope = summaryEnvelope(acc, path);
  const entries = new Map<string, SummaryEntry>();
  for (const id of Object.keys(envelope.customers)) {
    if (id === '') throw invalid(`${path.join('.')}.customers has an empty customer id`, [...path, 'customers', id]);
    entries.set(id, readSummaryEntry(envelope.customers[id], envelope.asOfPeriod, [...path, 'customers', id]));
  }
  return { ...envelope, entries };
}

export function summaryAccumulatorOf(envelope: Pick<SummaryEnvelope, 'asOf' | 'periodDays' | 'timeZone'>, entries: Iterable<[string, SummaryEntry]>): CustomerSummaryAccumulator {
  return { kind: 'customerSummary', version: 1, asOf: envelope.asOf, periodDays: envelope.periodDays, timeZone: envelope.timeZone, customers: Object.fromEntries(entries) };
}

/** The entry of both sides: periods united, totals added, first-period spend of the side(s) holding the first period. */
export function mergeSummaryEntries(a: SummaryEntry, b: SummaryEntry, path: readonly PathKey[]): SummaryEntry {
  const first = Math.min(a.periods[0] as number, b.periods[0] as number);
  return {
    periods: unionPeriods(a.periods, b.periods),
    totalMinor: addCounts(a.totalMinor, b.totalMinor, [...path, 'totalMinor']),
    firstPeriodMinor: addCounts(a.periods[0] === first ? a.firstPeriodMinor : 0, b.periods[0] === first ? b.firstPeriodMinor : 0, [...path, 'firstPeriodMinor']),
  };
}
