// Reads attribution input (path records or encoded columns) into validated encoded columns, and
// reads the instants of the time-decay model.
import { encodePaths, toInstant, type EncodedPaths, type InstantInput } from '../../core/index.js';
import { describe, invalid } from '../../core/internal/assert.js';
import type { AttributionPath } from '../schemas.js';
import { exactSum } from './exactSum.js';

export interface ReadInput {
  readonly encoded: EncodedPaths;
  /** The records when the input was records; null for encoded columns. */
  readonly records: readonly AttributionPath[] | null;
  readonly totalConversions: number;
  readonly totalValue: number;
}

function column(value: unknown, key: string, type: typeof Int32Array | typeof Float64Array): void {
  if (!(value instanceof type)) {
    throw invalid(`paths.${key} must be an ${type.name}, got ${describe(value)}`, [key]);
  }
}

/** Checks the layout of encoded columns (see encodedPathsSchema) and the rules encodePaths enforces. */
export function checkEncoded(encoded: EncodedPaths): void {
  const { dictionary, offsets, steps, conversions, nulls, values } = encoded;
  if (!Array.isArray(dictionary)) throw invalid(`paths.dictionary must be an array, got ${describe(dictionary)}`, ['dictionary']);
  // Credits are keyed by name: a name listed twice would merge two channels and lose credit.
  const names = new Set<string>();
  for (let c = 0; c < dictionary.length; c++) {
    const name: unknown = dictionary[c];
    if (typeof name !== 'string') {
      throw invalid(`paths.dictionary[${String(c)}] must be a string, got ${describe(name)}`, ['dictionary', c]);
    }
    if (names.has(name)) throw invalid(`paths.dictionary[${String(c)}] repeats the channel name ${JSON.stringify(name)}`, ['dictionary', c]);
    names.add(name);
  }
  column(offsets, 'offsets', Int32Array);
  column(steps, 'steps', Int32Array);
  column(conversions, 'conversions', Float64Array);
  column(nulls, 'nulls', Float64Array);
  column(values, 'values', Float64Array);
  const n = offsets.length - 1;
  if (n < 0 || offsets[0] !== 0 || offsets[n] !== steps.length) {
    throw invalid('paths.offsets must start at 0, end at steps.length and have one more element than there are paths', [
      'offsets',
    ]);
  }
  for (const [key, col] of [
    ['conversions', conversions],
    ['nulls', nulls],
    ['values', values],
  ] as const) {
    if (col.length !== n) {
      throw invalid(`paths.${key} must have ${String(n)} elements (offsets.length − 1), got ${String(col.length)}`, [key]);
    }
  }
  const m = dictionary.length;
  for (let j = 0; j < steps.length; j++) {
    const s = steps[j] as number;
    if (s < 0 || s >= m) throw invalid(`paths.steps[${String(j)}] must be a channel id below ${String(m)}, got ${String(s)}`, ['steps', j]);
  }
  for (let i = 0; i < n; i++) {
    const from = offsets[i] as number;
    const to = offsets[i + 1] as number;
    if (to < from) throw invalid(`paths.offsets must not decrease, but offsets[${String(i + 1)}] < offsets[${String(i)}]`, ['offsets', i + 1]);
    const c = conversions[i] as number;
    const u = nulls[i] as number;
    const v = values[i] as number;
    if (!(c >= 0 && c < Infinity)) throw invalid(`paths.conversions[${String(i)}] must be a finite number ≥ 0, got ${describe(c)}`, ['conversions', i]);
    if (!(u >= 0 && u < Infinity)) throw invalid(`paths.nulls[${String(i)}] must be a finite number ≥ 0, got ${describe(u)}`, ['nulls', i]);
    if (!(v >= 0 && v < Infinity)) throw invalid(`paths.values[${String(i)}] must be a finite number ≥ 0, got ${describe(v)}`, ['values', i]);
    if (to === from && c > 0) throw invalid(`path ${String(i)} has conversions but no touchpoint`, ['conversions', i]);
    if (v > 0 && c === 0) throw invalid(`paths.values[${String(i)}] is the value of conversions, but path ${String(i)} has none`, ['values', i]);
  }
}

/** Validates and encodes the input of an attribution function. */
export function readInput(paths: unknown): ReadInput {
  let encoded: EncodedPaths;
  let records: readonly AttributionPath[] | null = null;
  if (Array.isArray(paths)) {
    records = paths as readonly AttributionPath[];
    encoded = encodePaths(records);
    checkTimes(records, encoded);
  } else if (typeof paths === 'object' && paths !== null) {
    encoded = paths as EncodedPaths;
    checkEncoded(encoded);
  } else {
    throw invalid(`paths must be an array of path records or the columns of encodePaths, got ${describe(paths)}`, []);
  }
  return { encoded, records, totalConversions: exactSum(encoded.conversions), totalValue: exactSum(encoded.values) };
}

/**
 * Checks the touchedAt and convertedAt of record i (whose steps are encoded from `from`, `length`
 * of them) and, when `ages` is given, writes how long before the conversion each step happened.
 */
function recordTimes(record: AttributionPath, i: number, from: number, length: number, ages: Float64Array | null): void {
  const { touchedAt, convertedAt } = record;
  if (touchedAt === undefined) {
    if (convertedAt !== undefined) toInstant(convertedAt, [i, 'convertedAt']);
    return;
  }
  if (!Array.isArray(touchedAt)) throw invalid(`records[${String(i)}].touchedAt must be an array, got ${describe(touchedAt)}`, [i, 'touchedAt']);
  if (touchedAt.length !== length) {
    throw invalid(
      `records[${String(i)}].touchedAt must have one instant per step (${String(length)}), got ${String(touchedAt.length)}`,
      [i, 'touchedAt'],
    );
  }
  // An index loop, not map: map skips the holes of a sparse array, which would leave undefined
  // instants (NaN ages, NaN credits) unchecked. A hole is read as undefined and refused.
  const times = new Float64Array(length);
  let latest = -Infinity;
  for (let j = 0; j < length; j++) {
    const time = toInstant((touchedAt as readonly unknown[])[j] as InstantInput, [i, 'touchedAt', j]);
    times[j] = time;
    if (time > latest) latest = time;
  }
  const end = convertedAt === undefined ? latest : toInstant(convertedAt, [i, 'convertedAt']);
  for (let j = 0; j < length; j++) {
    const age = end - (times[j] as number);
    if (age < 0) throw invalid(`records[${String(i)}].touchedAt[${String(j)}] is after the conversion`, [i, 'touchedAt', j]);
    if (ages !== null) ages[from + j] = age;
  }
}

/**
 * Checks touchedAt and convertedAt wherever they are given, whatever the model: as many instants
 * as steps, readable instants, no touch after the conversion. Records without times cost one test.
 */
function checkTimes(records: readonly AttributionPath[], encoded: EncodedPaths): void {
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as AttributionPath;
    if (record.touchedAt === undefined && record.convertedAt === undefined) continue;
    const from = encoded.offsets[i] as number;
    recordTimes(record, i, from, (encoded.offsets[i + 1] as number) - from, null);
  }
}

/**
 * For each step, how long before the conversion it happened, in milliseconds (NaN for paths
 * without times). Checks touchedAt and convertedAt wherever they are given; when `required`, every
 * converting record must have touchedAt.
 */
export function readAges(records: readonly AttributionPath[] | null, encoded: EncodedPaths, required: boolean): Float64Array {
  const ages = new Float64Array(encoded.steps.length).fill(NaN);
  if (records === null) {
    if (required) throw invalid('the time-decay model needs touch times: pass path records with touchedAt, not encoded columns', []);
    return ages;
  }
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as AttributionPath;
    const from = encoded.offsets[i] as number;
    if (required && record.touchedAt === undefined && (encoded.conversions[i] as number) > 0) {
      throw invalid(`records[${String(i)}].touchedAt is required by the time-decay model`, [i, 'touchedAt']);
    }
    recordTimes(record, i, from, (encoded.offsets[i + 1] as number) - from, ages);
  }
  return ages;
}
