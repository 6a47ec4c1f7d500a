// Reading RFM accumulators (checked by hand, with the paths of the other accumulators).
import type { PathKey } from '../../core/errors/OmnicxError.js';
import { describe, invalid } from '../../core/internal/assert.js';
import { MAX_INSTANT } from '../../core/time/internal/civil.js';
import type { RfmAccumulator, RfmSegmentRule } from '../schemas.js';
import { assertEnvelope, countAt, mapField } from './accumulators.js';
import { readRfmScoring } from './rfmRows.js';

export interface RfmEnvelope {
  readonly asOf: number;
  readonly timeZone: string | null;
  readonly bins: number;
  readonly segments: RfmSegmentRule[] | null;
  readonly customers: Record<string, unknown>;
}

/** Checks kind, version and the stored options, and that `customers` is an object. */
export function rfmEnvelope(acc: unknown, path: readonly PathKey[]): RfmEnvelope {
  const record = assertEnvelope(acc, 'rfm', path);
  const asOf = record['asOf'];
  if (typeof asOf !== 'number' || !Number.isSafeInteger(asOf) || Math.abs(asOf) > MAX_INSTANT) {
    throw invalid(`${path.join('.')}.asOf must be epoch milliseconds, got ${describe(asOf)}`, [...path, 'asOf']);
  }
  const timeZone = record['timeZone'];
  if (timeZone !== null && typeof timeZone !== 'string') throw invalid(`${path.join('.')}.timeZone must be a string or null, got ${describe(timeZone)}`, [...path, 'timeZone']);
  if (record['bins'] === undefined) throw invalid(`${path.join('.')}.bins must be an integer from 2 to 10`, [...path, 'bins']);
  const { bins, custom } = readRfmScoring(record['bins'], record['segments'] ?? undefined, path);
  return { asOf, timeZone, bins, segments: custom ?? null, customers: mapField(record, 'customers', path) };
}

/** One customer's `[purchases, totalMinor, lastPurchaseAt]`, validated against `asOf`. */
export function readRfmEntry(value: unknown, asOf: number, path: readonly PathKey[]): [number, number, number] {
  if (!Array.isArray(value) || value.length !== 3) throw invalid(`${path.join('.')} must be [purchases, totalMinor, lastPurchaseAt], got ${describe(value)}`, path);
  const purchases = countAt(value[0], [...path, 0]);
  if (purchases === 0) throw invalid(`${path.join('.')}.0 must be at least 1`, [...path, 0]);
  const total = countAt(value[1], [...path, 1]);
  const last: unknown = value[2];
  if (typeof last !== 'number' || !Number.isSafeInteger(last) || last < -MAX_INSTANT || last > asOf) {
    throw invalid(`${path.join('.')}.2 must be epoch milliseconds at or before asOf, got ${describe(last)}`, [...path, 2]);
  }
  return [purchases, total, last];
}

/** The whole accumulator with every customer checked. */
export function readRfmAccumulator(acc: unknown, path: readonly PathKey[]): RfmEnvelope & { readonly entries: Map<string, [number, number, number]> } {
  const envelope = rfmEnvelope(acc, path);
  const entries = new Map<string, [number, number, number]>();
  for (const id of Object.keys(envelope.customers)) {
    if (id === '') throw invalid(`${path.join('.')}.customers has an empty customer id`, [...path, 'customers', id]);
    entries.set(id, readRfmEntry(envelope.customers[id], envelope.asOf, [...path, 'customers', id]));
  }
  return { ...envelope, entries };
}

export function rfmAccumulatorOf(envelope: RfmEnvelope, entries: Iterable<[string, [number, number, number]]>): RfmAccumulator {
  return {
    kind: 'rfm',
    version: 1,
    asOf: envelope.asOf,
    timeZone: envelope.timeZone,
    bins: envelope.bins,
    segments: envelope.segments === null ? null : structuredClone(envelope.segments),
    customers: Object.fromEntries(entries),
  };
}
