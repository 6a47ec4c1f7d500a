// Reading and writing cohort-retention accumulators (checked by hand: see accumulators.ts).
import type { PathKey } from '../../core/errors/OmnicxError.js';
import { describe, invalid } from '../../core/internal/assert.js';
import type { CohortRetentionAccumulator } from '../schemas.js';
import { assertEnvelope, mapField } from './accumulators.js';
import { MAX_PERIOD_MAGNITUDE, type CohortPeriod } from './cohorts.js';

export interface CohortEnvelope {
  readonly period: CohortPeriod;
  readonly timeZone: string;
  readonly customers: Record<string, unknown>;
}

/** Checks kind, version, options and that `customers` is an object (not its entries). */
export function cohortEnvelope(acc: unknown, path: readonly PathKey[]): CohortEnvelope {
  const record = assertEnvelope(acc, 'cohortRetention', path);
  const period = record['period'];
  if (period !== 'month' && period !== 'week') throw invalid(`${path.join('.')}.period must be 'month' or 'week', got ${describe(period)}`, [...path, 'period']);
  const timeZone = record['timeZone'];
  if (typeof timeZone !== 'string') throw invalid(`${path.join('.')}.timeZone must be a string, got ${describe(timeZone)}`, [...path, 'timeZone']);
  return { period, timeZone, customers: mapField(record, 'customers', path) };
}

/** One customer's periods: a non-empty strictly ascending list of integers. */
export function readPeriods(value: unknown, path: readonly PathKey[]): readonly number[] {
  if (!Array.isArray(value) || value.length === 0) throw invalid(`${path.join('.')} must be a non-empty array of period numbers, got ${describe(value)}`, path);
  let previous = -Infinity;
  for (let i = 0; i < value.length; i++) {
    const p: unknown = value[i];
    if (typeof p !== 'number' || !Number.isInteger(p) || Math.abs(p) > MAX_PERIOD_MAGNITUDE || p <= previous) {
      throw invalid(`${path.join('.')}.${String(i)} must be an integer period number above the previous one, got ${describe(p)}`, [...path, i]);
    }
    previous = p;
  }
  return value as readonly number[];
}

/** The whole accumulator, every customer's list checked; the lists are the caller's (not copied). */
export function readCohortAccumulator(acc: unknown, path: readonly PathKey[]): CohortEnvelope & { readonly lists: Map<string, readonly number[]> } {
  const envelope = cohortEnvelope(acc, path);
  const lists = new Map<string, readonly number[]>();
  for (const id of Object.keys(envelope.customers)) {
    if (id === '') throw invalid(`${path.join('.')}.customers has an empty customer id`, [...path, 'customers', id]);
    lists.set(id, readPeriods(envelope.customers[id], [...path, 'customers', id]));
  }
  return { ...envelope, lists };
}

/** Sorted union of two strictly ascending lists, as a new array. */
export function unionPeriods(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? (a[i] as number) : Infinity;
    const y = j < b.length ? (b[j] as number) : Infinity;
    if (x <= y) {
      out.push(x);
      i++;
      if (x === y) j++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}

/** An accumulator from its options and lists (own properties even for the id "__proto__"). */
export function cohortAccumulatorOf(period: CohortPeriod, timeZone: string, lists: Iterable<[string, number[]]>): CohortRetentionAccumulator {
  return { kind: 'cohortRetention', version: 1, period, timeZone, customers: Object.fromEntries(lists) };
}
