// Fast validation of journey inputs: one pass over the events with hand-written checks (never a
// zod schema per event), the same rules as journeyEventSchema, paths like ['events', 3, 'at'].
import { ErrorCode, OmnicxError, type PathKey } from '../../core/errors/OmnicxError.js';
import { describe, invalid } from '../../core/internal/assert.js';
import { readError, readInstant } from '../../core/time/internal/instant.js';
import type { JourneyEvent, JourneyEventInput, TouchpointDefinition } from '../schemas.js';

export type Options = Readonly<Record<string, unknown>>;

/** Reads an optional options object (core's, shared with the statistics functions). */
export { readOptions } from '../../core/internal/optionKeys.js';

export function durationOption(options: Options, key: string, fallback: number | undefined): number | undefined {
  const value = options[key];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
    throw invalid(`options.${key} must be a duration in milliseconds ≥ 0, got ${describe(value)}`, ['options', key]);
  }
  return value;
}

export function booleanOption(options: Options, key: string, fallback: boolean): boolean {
  const value = options[key];
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw invalid(`options.${key} must be a boolean, got ${describe(value)}`, ['options', key]);
  return value;
}

export function countOption(options: Options, key: string, fallback: number, minimum: number): number {
  const value = options[key];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < minimum) {
    throw invalid(`options.${key} must be an integer ≥ ${String(minimum)}, got ${describe(value)}`, ['options', key]);
  }
  return value;
}

export function stringOption(options: Options, key: string): string | undefined {
  const value = options[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') {
    throw invalid(`options.${key} must be a non-empty string, got ${describe(value)}`, ['options', key]);
  }
  return value;
}

export function enumOption<T extends string>(options: Options, key: string, allowed: readonly T[], fallback: T): T {
  const value = options[key];
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw invalid(`options.${key} must be one of ${allowed.join(', ')}, got ${describe(value)}`, ['options', key]);
  }
  return value as T;
}

export function confidenceOption(options: Options): number {
  const value = options['confidence'];
  if (value === undefined) return 0.95;
  if (typeof value !== 'number' || !(value > 0 && value < 1)) {
    throw invalid(`options.confidence must be strictly between 0 and 1, got ${describe(value)}`, ['options', 'confidence']);
  }
  return value;
}

/** A list of non-empty strings, or one string (read as a list of one). */
export function stringList(value: unknown, path: readonly PathKey[], allowEmpty = false): readonly string[] {
  if (value === '') throw invalid(`${path.join('.')} must be a non-empty string`, path);
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list)) {
    throw invalid(`${path.join('.')} must be a string or an array of strings, got ${describe(value)}`, path);
  }
  if (!allowEmpty && list.length === 0) throw invalid(`${path.join('.')} must not be empty`, path);
  // An index loop, not forEach: a hole in a sparse array is an undefined item, refused like one.
  for (let i = 0; i < (list as readonly unknown[]).length; i++) {
    const item: unknown = (list as readonly unknown[])[i];
    if (typeof item !== 'string' || item === '') {
      throw invalid(`${[...path, i].join('.')} must be a non-empty string, got ${describe(item)}`, [...path, i]);
    }
  }
  return list as readonly string[];
}

/** The catalogue as a lookup table, or undefined; validates the shape once. */
export function catalogueIndex(value: unknown, path: readonly PathKey[]): Map<string, TouchpointDefinition> | undefined {
  if (value === undefined) return undefined;
  const touchpoints: unknown = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)['touchpoints'] : undefined;
  if (!Array.isArray(touchpoints)) {
    throw invalid(`${path.join('.')} must be a touchpoint catalogue from defineTouchpoints, got ${describe(value)}`, path);
  }
  const index = new Map<string, TouchpointDefinition>();
  const list = touchpoints as readonly unknown[];
  for (let i = 0; i < list.length; i++) {
    const definition = list[i];
    const id: unknown = typeof definition === 'object' && definition !== null ? (definition as Record<string, unknown>)['id'] : undefined;
    if (typeof id !== 'string' || id === '') {
      throw invalid(`${[...path, 'touchpoints', i].join('.')} must be a touchpoint definition from defineTouchpoints, got ${describe(definition)}`, [...path, 'touchpoints', i]);
    }
    index.set(id, definition as TouchpointDefinition);
  }
  return index;
}

const KINDS: readonly string[] = Object.freeze(['environment', 'product', 'service', 'digital']);
const TYPES: readonly string[] = Object.freeze(['touch', 'conversion', 'feedback']);

function badId(value: unknown, key: string, i: number, name: string): OmnicxError {
  return invalid(`${name}[${String(i)}].${key} must be a non-empty string, got ${describe(value)}`, [name, i, key]);
}

/** The grouped, sorted, normalised event log shared by the event-level functions. */
export interface EventLog {
  /** Normalised events in input order (`at` in epoch ms, catalogue fields filled). */
  readonly events: readonly JourneyEvent[];
  /** Event indices sorted by (customerId, at, input order). */
  readonly order: Int32Array;
  /** `order[groupStarts[g]]` … `order[groupStarts[g + 1] − 1]` are the events of `customers[g]`. */
  readonly groupStarts: Int32Array;
  /** Customer ids in ascending code-unit order. */
  readonly customers: readonly string[];
  /** `at` of each event in input order. */
  readonly at: Float64Array;
  /** `at` in sorted order: sortedAt[p] = at[order[p]]. */
  readonly sortedAt: Float64Array<ArrayBuffer>;
  /** With `withTouchpointCodes`: each event's index into `touchpoints`, in input order (else empty). */
  readonly touchpointCode: Int32Array;
  /** Touchpoint ids in order of first appearance in the input (with `withTouchpointCodes`). */
  readonly touchpoints: readonly string[];
  readonly touchpointCodes: ReadonlyMap<string, number>;
}

/**
 * Validates and normalises events in one pass, then orders them by (customerId, at, input
 * order): a counting sort by customer rank (stable) and, only where a customer's events are out
 * of time order, a sort of that customer's slice.
 */
export function readEvents(
  value: unknown,
  catalogue: Map<string, TouchpointDefinition> | undefined,
  name = 'events',
  withTouchpointCodes = false,
): EventLog {
  if (!Array.isArray(value)) throw invalid(`${name} must be an array, got ${describe(value)}`, [name]);
  const input = value as readonly unknown[];
  const n = input.length;
  const events: JourneyEvent[] = new Array<JourneyEvent>(n);
  const at = new Float64Array(n);
  const code = new Int32Array(n);
  const codes = new Map<string, number>();
  const ids: string[] = [];
  const touchpointCode = new Int32Array(withTouchpointCodes ? n : 0);
  const touchpointCodes = new Map<string, number>();
  const touchpoints: string[] = [];
  for (let i = 0; i < n; i++) {
    const raw = input[i];
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      throw invalid(`${name}[${String(i)}] must be an object, got ${describe(raw)}`, [name, i]);
    }
    const event = raw as { readonly [key: string]: unknown };
    const customerId = event.customerId;
    if (typeof customerId !== 'string' || customerId === '') {
      throw invalid(`${name}[${String(i)}].customerId must be a non-empty string, got ${describe(customerId)}`, [name, i, 'customerId']);
    }
    const touchpoint = event.touchpoint;
    if (typeof touchpoint !== 'string' || touchpoint === '') {
      throw invalid(`${name}[${String(i)}].touchpoint must be a non-empty string, got ${describe(touchpoint)}`, [name, i, 'touchpoint']);
    }
    const rawAt = event.at;
    let ms: number;
    if (typeof rawAt === 'number' && Number.isSafeInteger(rawAt) && Math.abs(rawAt) <= 8.64e15) {
      ms = rawAt === 0 ? 0 : rawAt;
    } else {
      const result = readInstant(rawAt);
      if (!result.ok) throw readError(result, [name, i, 'at']);
      ms = result.instant;
    }
    // Named property reads (monomorphic) rather than a helper with a variable key.
    const { channel, stage, storeId, zone } = event;
    if (channel !== undefined && (typeof channel !== 'string' || channel === '')) throw badId(channel, 'channel', i, name);
    if (stage !== undefined && (typeof stage !== 'string' || stage === '')) throw badId(stage, 'stage', i, name);
    if (storeId !== undefined && (typeof storeId !== 'string' || storeId === '')) throw badId(storeId, 'storeId', i, name);
    if (zone !== undefined && (typeof zone !== 'string' || zone === '')) throw badId(zone, 'zone', i, name);
    const kind = event.kind;
    if (kind !== undefined && !(typeof kind === 'string' && KINDS.includes(kind))) {
      throw invalid(`${name}[${String(i)}].kind must be environment, product, service or digital, got ${describe(kind)}`, [name, i, 'kind']);
    }
    const type = event.type;
    if (type !== undefined && !(typeof type === 'string' && TYPES.includes(type))) {
      throw invalid(`${name}[${String(i)}].type must be touch, conversion or feedback, got ${describe(type)}`, [name, i, 'type']);
    }
    const valueMinor = event.valueMinor;
    if (valueMinor !== undefined && !(typeof valueMinor === 'number' && Number.isSafeInteger(valueMinor))) {
      throw new OmnicxError(
        typeof valueMinor === 'number' && Number.isInteger(valueMinor) ? ErrorCode.NOT_SAFE_INTEGER : ErrorCode.INVALID_INPUT,
        `${name}[${String(i)}].valueMinor must be a safe integer (minor units), got ${describe(valueMinor)}`,
        { path: [name, i, 'valueMinor'] },
      );
    }
    const sentiment = event.sentiment;
    if (sentiment !== undefined && !(typeof sentiment === 'number' && sentiment >= -1 && sentiment <= 1)) {
      throw invalid(`${name}[${String(i)}].sentiment must be a number from −1 to 1, got ${describe(sentiment)}`, [name, i, 'sentiment']);
    }
    const id = event.id;
    if (id !== undefined && typeof id !== 'string') {
      throw invalid(`${name}[${String(i)}].id must be a string, got ${describe(id)}`, [name, i, 'id']);
    }
    const properties = event.properties;
    if (properties !== undefined && (typeof properties !== 'object' || properties === null || Array.isArray(properties))) {
      throw invalid(`${name}[${String(i)}].properties must be an object, got ${describe(properties)}`, [name, i, 'properties']);
    }
    let normalised = raw as JourneyEvent;
    if (catalogue !== undefined) {
      const definition = catalogue.get(touchpoint);
      if (definition === undefined) {
        throw invalid(`${name}[${String(i)}].touchpoint ${describe(touchpoint)} is not in the touchpoint catalogue`, [name, i, 'touchpoint']);
      }
      const filled: Record<string, unknown> = { ...event, at: ms };
      if (channel === undefined) filled['channel'] = definition.channel;
      if (kind === undefined) filled['kind'] = definition.kind;
      if (stage === undefined && definition.stage !== undefined) filled['stage'] = definition.stage;
      if (storeId === undefined && definition.storeId !== undefined) filled['storeId'] = definition.storeId;
      if (zone === undefined && definition.zone !== undefined) filled['zone'] = definition.zone;
      normalised = filled as JourneyEvent;
    } else if (!Object.is(rawAt, ms)) {
      // Object.is, not !==: an `at` of -0 (=== 0) must be replaced by the normalised 0 as well.
      normalised = { ...(event as JourneyEventInput), at: ms };
    }
    events[i] = normalised;
    at[i] = ms;
    let c = codes.get(customerId);
    if (c === undefined) {
      c = ids.length;
      codes.set(customerId, c);
      ids.push(customerId);
    }
    code[i] = c;
    if (withTouchpointCodes) {
      let t = touchpointCodes.get(touchpoint);
      if (t === undefined) {
        t = touchpoints.length;
        touchpointCodes.set(touchpoint, t);
        touchpoints.push(touchpoint);
      }
      touchpointCode[i] = t;
    }
  }
  const { order, groupStarts, customers, sortedAt } = orderByCustomer(code, ids, at);
  return { events, order, groupStarts, customers, at, sortedAt, touchpointCode, touchpoints, touchpointCodes };
}

/** Stable order by (customer id, at, index) given dense customer codes in first-appearance order. */
export function orderByCustomer(
  code: Int32Array,
  ids: readonly string[],
  at: Float64Array,
): { order: Int32Array; groupStarts: Int32Array; sortedAt: Float64Array<ArrayBuffer>; customers: string[] } {
  const g = ids.length;
  const sortedCodes = Array.from({ length: g }, (_, c) => c).sort((a, b) => {
    const x = ids[a] as string;
    const y = ids[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const rank = new Int32Array(g);
  sortedCodes.forEach((c, r) => (rank[c] = r));
  const groupStarts = new Int32Array(g + 1);
  const n = code.length;
  for (let i = 0; i < n; i++) {
    const slot = (rank[code[i] as number] as number) + 1;
    groupStarts[slot] = (groupStarts[slot] as number) + 1;
  }
  for (let r = 0; r < g; r++) groupStarts[r + 1] = (groupStarts[r + 1] as number) + (groupStarts[r] as number);
  const cursor = groupStarts.slice(0, g);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const r = rank[code[i] as number] as number;
    const at0 = cursor[r] as number;
    order[at0] = i;
    cursor[r] = at0 + 1;
  }
  const sortedAt = new Float64Array(n);
  for (let p = 0; p < n; p++) sortedAt[p] = at[order[p] as number] as number;
  sortGroupsByTime(order, groupStarts, sortedAt);
  return { order, groupStarts, sortedAt, customers: sortedCodes.map((c) => ids[c] as string) };
}

/**
 * Within each group of positions, orders the rows by (at, row): `at` is already gathered into
 * position order (contiguous, so the sort touches no scattered memory) and `rows` holds the input
 * rows, ascending within each group on entry. An insertion sort that moves a row only past
 * strictly later instants keeps equal instants in input order; long groups use a comparator sort.
 * `also` (optional) is permuted along.
 */
export function sortGroupsByTime(rows: Int32Array, groupStarts: Int32Array, at: Float64Array, also?: Int32Array): void {
  const groups = groupStarts.length - 1;
  for (let g = 0; g < groups; g++) {
    const a = groupStarts[g] as number;
    const b = groupStarts[g + 1] as number;
    let sorted = true;
    for (let p = a + 1; p < b; p++) {
      if ((at[p] as number) < (at[p - 1] as number)) {
        sorted = false;
        break;
      }
    }
    if (sorted) continue;
    if (b - a <= 64) {
      for (let p = a + 1; p < b; p++) {
        const row = rows[p] as number;
        const t = at[p] as number;
        const extra = also === undefined ? 0 : (also[p] as number);
        let q = p - 1;
        while (q >= a && (at[q] as number) > t) {
          rows[q + 1] = rows[q] as number;
          at[q + 1] = at[q] as number;
          if (also !== undefined) also[q + 1] = also[q] as number;
          q--;
        }
        rows[q + 1] = row;
        at[q + 1] = t;
        if (also !== undefined) also[q + 1] = extra;
      }
    } else {
      const positions = Array.from({ length: b - a }, (_, k) => a + k).sort(
        (x, y) => (at[x] as number) - (at[y] as number) || (rows[x] as number) - (rows[y] as number),
      );
      const r = positions.map((x) => rows[x] as number);
      const t = positions.map((x) => at[x] as number);
      const e = also === undefined ? undefined : positions.map((x) => also[x] as number);
      rows.set(r, a);
      at.set(t, a);
      if (also !== undefined && e !== undefined) also.set(e, a);
    }
  }
}

/** Tells whether an event is a conversion under a `conversion` option. */
export type ConversionTest = (event: JourneyEvent) => boolean;

export function conversionOption(options: Options, path: readonly PathKey[] = ['options', 'conversion']): ConversionTest {
  const value = options['conversion'];
  if (value === undefined) return (event) => event.type === 'conversion';
  if (typeof value === 'function') {
    const predicate = value as (event: JourneyEvent) => unknown;
    return (event) => predicate(event) === true;
  }
  const ids = new Set(stringList(value, path));
  return (event) => ids.has(event.touchpoint);
}
