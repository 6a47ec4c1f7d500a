// Event columns: validation, grouping by customer and ordering by time in as few passes as
// possible. A log that is already grouped and time-ordered is used in place, without copies.
import { describe, invalid } from '../../core/internal/assert.js';
import type { EventColumns } from '../schemas.js';
import { sortGroupsByTime, type EventLog } from './read.js';

/** Events grouped by customer, each group in (at, input order) order. */
export interface SortedColumns {
  /** `at` in sorted order. */
  readonly at: Float64Array;
  /** Touchpoint codes in sorted order. */
  readonly touchpoint: Int32Array;
  /** Group g is positions groupStarts[g] … groupStarts[g + 1] − 1. */
  readonly groupStarts: Int32Array;
  /** For each sorted position, the input row (identity when the input was already sorted). */
  readonly rows: Int32Array | undefined;
  readonly dictionary: readonly string[];
}

/** Validates columns in one pass and groups them (counting sort by customer code when needed). */
export function sortColumns(value: unknown, name = 'events'): SortedColumns {
  const columns = value as Partial<EventColumns>;
  const { customer, at, touchpoint, dictionary } = columns;
  if (!(customer instanceof Int32Array)) throw invalid(`${name}.customer must be an Int32Array, got ${describe(customer)}`, [name, 'customer']);
  if (!(at instanceof Float64Array)) throw invalid(`${name}.at must be a Float64Array, got ${describe(at)}`, [name, 'at']);
  if (!(touchpoint instanceof Int32Array)) {
    throw invalid(`${name}.touchpoint must be an Int32Array, got ${describe(touchpoint)}`, [name, 'touchpoint']);
  }
  if (!Array.isArray(dictionary)) throw invalid(`${name}.dictionary must be an array of strings, got ${describe(dictionary)}`, [name, 'dictionary']);
  const n = customer.length;
  if (at.length !== n || touchpoint.length !== n) {
    throw invalid(`${name}.customer, .at and .touchpoint must have the same length, got ${String(n)}, ${String(at.length)}, ${String(touchpoint.length)}`, [
      name,
      at.length !== n ? 'at' : 'touchpoint',
    ]);
  }
  const size = dictionary.length;
  let sorted = true;
  let groups = n === 0 ? 0 : 1;
  let min = n === 0 ? 0 : (customer[0] as number);
  let max = min;
  for (let i = 0; i < n; i++) {
    const t = at[i] as number;
    if (!Number.isFinite(t)) throw invalid(`${name}.at[${String(i)}] must be a finite number of epoch ms, got ${describe(t)}`, [name, 'at', i]);
    const code = touchpoint[i] as number;
    if (code < 0 || code >= size) {
      throw invalid(`${name}.touchpoint[${String(i)}] must index the dictionary (0 to ${String(size - 1)}), got ${String(code)}`, [name, 'touchpoint', i]);
    }
    if (i > 0) {
      const c = customer[i] as number;
      const previous = customer[i - 1] as number;
      if (c !== previous) {
        groups++;
        if (c < previous) sorted = false;
        if (c < min) min = c;
        if (c > max) max = c;
      } else if (t < (at[i - 1] as number)) sorted = false;
    }
  }
  if (sorted) {
    const groupStarts = new Int32Array(groups + 1);
    let g = 0;
    for (let i = 1; i < n; i++) if (customer[i] !== customer[i - 1]) groupStarts[++g] = i;
    groupStarts[groups] = n;
    return { at, touchpoint, groupStarts, rows: undefined, dictionary };
  }
  // Counting sort by customer code (stable), scattering the columns in the same pass (sequential
  // reads, buffered random writes), then a time sort inside any group out of order.
  const range = max - min + 1;
  const order = new Int32Array(n);
  const sortedAt = new Float64Array(n);
  const sortedTouchpoint = new Int32Array(n);
  let groupStarts: Int32Array;
  if (range <= 4 * n + 1024) {
    const counts = new Int32Array(range + 1);
    for (let i = 0; i < n; i++) {
      const slot = (customer[i] as number) - min + 1;
      counts[slot] = (counts[slot] as number) + 1;
    }
    let used = 0;
    for (let c = 0; c < range; c++) {
      if (counts[c + 1] !== 0) used++;
      counts[c + 1] = (counts[c + 1] as number) + (counts[c] as number);
    }
    groupStarts = new Int32Array(used + 1);
    let g = 0;
    for (let c = 0; c < range; c++) if (counts[c + 1] !== counts[c]) groupStarts[++g] = counts[c + 1] as number;
    for (let i = 0; i < n; i++) {
      const slot = (customer[i] as number) - min;
      const position = counts[slot] as number;
      order[position] = i;
      sortedAt[position] = at[i] as number;
      sortedTouchpoint[position] = touchpoint[i] as number;
      counts[slot] = position + 1;
    }
  } else {
    const byCustomer = Int32Array.from({ length: n }, (_, i) => i).sort((x, y) => (customer[x] as number) - (customer[y] as number) || x - y);
    const starts = [0];
    for (let p = 0; p < n; p++) {
      const i = byCustomer[p] as number;
      order[p] = i;
      sortedAt[p] = at[i] as number;
      sortedTouchpoint[p] = touchpoint[i] as number;
      if (p > 0 && customer[i] !== customer[byCustomer[p - 1] as number]) starts.push(p);
    }
    starts.push(n);
    groupStarts = Int32Array.from(starts);
  }
  sortGroupsByTime(order, groupStarts, sortedAt, sortedTouchpoint);
  return { at: sortedAt, touchpoint: sortedTouchpoint, groupStarts, rows: order, dictionary };
}

/** Encodes an event log read with touchpoint codes as sorted columns (a gather of typed arrays). */
export function logToColumns(
  log: EventLog,
): SortedColumns & { readonly at: Float64Array<ArrayBuffer>; readonly touchpoint: Int32Array<ArrayBuffer>; readonly codes: ReadonlyMap<string, number> } {
  const n = log.order.length;
  const touchpoint = new Int32Array(n);
  for (let p = 0; p < n; p++) touchpoint[p] = log.touchpointCode[log.order[p] as number] as number;
  return {
    at: log.sortedAt,
    touchpoint,
    groupStarts: log.groupStarts,
    rows: log.order,
    dictionary: log.touchpoints,
    codes: log.touchpointCodes,
  };
}
