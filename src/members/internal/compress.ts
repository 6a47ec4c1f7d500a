// Validation and grouping of BTYD summaries into weighted unique triples, with the distinct values
// of each column indexed so that likelihoods evaluate log-gamma terms once per distinct value.
import type { PathKey } from '../../core/errors/OmnicxError.js';
import { assertObject, describe, invalid } from '../../core/internal/assert.js';

export interface Triples {
  /** Unique triples. */
  readonly x: Float64Array;
  readonly tx: Float64Array;
  readonly T: Float64Array;
  /** Customers per triple. */
  readonly w: Float64Array;
  /** Index of each triple's x / tx / T in the distinct-value arrays. */
  readonly xi: Int32Array;
  readonly txi: Int32Array;
  readonly Ti: Int32Array;
  readonly xs: Float64Array;
  readonly txs: Float64Array;
  readonly Ts: Float64Array;
  /** Total weight (customers). */
  readonly total: number;
}

function bad(i: number, key: string, message: string, name: string): never {
  throw invalid(`${name}.${String(i)}.${key} ${message}`, [name, i, key]);
}

/** Reads summaries (with optional weights), checks the lifetimes rules and groups identical triples. */
export function readTriples(summaries: unknown, name = 'summaries', compress = true): Triples {
  if (!Array.isArray(summaries)) throw invalid(`${name} must be an array of { frequency, recency, T }, got ${describe(summaries)}`, [name]);
  const rows = summaries as readonly unknown[];
  const n = rows.length;
  const fx = new Float64Array(n);
  const ftx = new Float64Array(n);
  const fT = new Float64Array(n);
  const fw = new Float64Array(n);
  let integral = true;
  let maxX = 0;
  let maxT = 0;
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    if (typeof row !== 'object' || row === null) assertObject(row, [name, i] as PathKey[], 'summary');
    const { frequency: x, recency: tx, T, weight } = row as { frequency?: unknown; recency?: unknown; T?: unknown; weight?: unknown };
    if (typeof x !== 'number' || !Number.isInteger(x) || x < 0) bad(i, 'frequency', `must be a non-negative integer, got ${describe(x)}`, name);
    if (typeof tx !== 'number' || !Number.isFinite(tx) || tx < 0) bad(i, 'recency', `must be a non-negative number, got ${describe(tx)}`, name);
    if (typeof T !== 'number' || !Number.isFinite(T) || T < tx) bad(i, 'T', `must be a number ≥ recency, got ${describe(T)}`, name);
    if (x === 0 && tx !== 0) bad(i, 'recency', 'must be 0 when frequency is 0 (lifetimes convention)', name);
    let wt = 1;
    if (weight !== undefined) {
      if (typeof weight !== 'number' || !Number.isFinite(weight) || weight <= 0) bad(i, 'weight', `must be a positive number, got ${describe(weight)}`, name);
      wt = weight;
    }
    fx[i] = x;
    ftx[i] = tx;
    fT[i] = T;
    fw[i] = wt;
    if (integral && (!Number.isInteger(tx) || !Number.isInteger(T))) integral = false;
    if (x > maxX) maxX = x;
    if (T > maxT) maxT = T;
  }
  let ux: number[] = [];
  let utx: number[] = [];
  let uT: number[] = [];
  let uw: number[] = [];
  if (!compress) {
    ux = Array.from(fx);
    utx = Array.from(ftx);
    uT = Array.from(fT);
    uw = Array.from(fw);
  } else if (integral && (maxT + 1) * (maxT + 1) * (maxX + 1) <= Math.max(1 << 22, 4 * n)) {
    // Integer periods in a small key space (weekly data: ~10⁵ keys): a dense slot table, one pass.
    const size = (maxT + 1) * (maxT + 1) * (maxX + 1);
    const slot = new Int32Array(size).fill(-1);
    for (let i = 0; i < n; i++) {
      const key = ((fT[i] as number) * (maxT + 1) + (ftx[i] as number)) * (maxX + 1) + (fx[i] as number);
      const k = slot[key] as number;
      if (k < 0) {
        slot[key] = ux.length;
        ux.push(fx[i] as number);
        utx.push(ftx[i] as number);
        uT.push(fT[i] as number);
        uw.push(fw[i] as number);
      } else uw[k] = (uw[k] as number) + (fw[i] as number);
    }
  } else if (integral && (maxT + 1) * (maxT + 1) * (maxX + 1) < 2 ** 52) {
    const slot = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const key = ((fT[i] as number) * (maxT + 1) + (ftx[i] as number)) * (maxX + 1) + (fx[i] as number);
      const k = slot.get(key);
      if (k === undefined) {
        slot.set(key, ux.length);
        ux.push(fx[i] as number);
        utx.push(ftx[i] as number);
        uT.push(fT[i] as number);
        uw.push(fw[i] as number);
      } else uw[k] = (uw[k] as number) + (fw[i] as number);
    }
  } else {
    const slot = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const key = `${String(fx[i])}|${String(ftx[i])}|${String(fT[i])}`;
      const k = slot.get(key);
      if (k === undefined) {
        slot.set(key, ux.length);
        ux.push(fx[i] as number);
        utx.push(ftx[i] as number);
        uT.push(fT[i] as number);
        uw.push(fw[i] as number);
      } else uw[k] = (uw[k] as number) + (fw[i] as number);
    }
  }
  const [xs, xi] = distinct(ux);
  const [txs, txi] = distinct(utx);
  const [Ts, Ti] = distinct(uT);
  let total = 0;
  for (const v of uw) total += v;
  return {
    x: Float64Array.from(ux),
    tx: Float64Array.from(utx),
    T: Float64Array.from(uT),
    w: Float64Array.from(uw),
    xi,
    txi,
    Ti,
    xs,
    txs,
    Ts,
    total,
  };
}

function distinct(values: readonly number[]): [Float64Array, Int32Array] {
  const index = new Map<number, number>();
  const out: number[] = [];
  const at = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    let k = index.get(v);
    if (k === undefined) {
      k = out.length;
      index.set(v, k);
      out.push(v);
    }
    at[i] = k;
  }
  return [Float64Array.from(out), at];
}

/** Validates one `{ frequency, recency, T }` customer; `at` is its path (`['summaries', 7]` in a list). */
export function readCustomer(customer: unknown, at: readonly PathKey[] = ['customer']): { readonly x: number; readonly tx: number; readonly T: number } {
  const name = at.map(String).join('.');
  assertObject(customer, at, name);
  const { frequency: x, recency: tx, T } = customer;
  const fail = (key: string, message: string): never => {
    throw invalid(`${name}.${key} ${message}`, [...at, key]);
  };
  if (typeof x !== 'number' || !Number.isInteger(x) || x < 0) fail('frequency', `must be a non-negative integer, got ${describe(x)}`);
  if (typeof tx !== 'number' || !Number.isFinite(tx) || tx < 0) fail('recency', `must be a non-negative number, got ${describe(tx)}`);
  if (typeof T !== 'number' || !Number.isFinite(T) || T < (tx as number)) fail('T', `must be a number ≥ recency, got ${describe(T)}`);
  if (x === 0 && tx !== 0) fail('recency', 'must be 0 when frequency is 0 (lifetimes convention)');
  return { x: x as number, tx: tx as number, T: T as number };
}

/** A non-negative finite horizon t (periods). */
export function readHorizon(t: unknown, path: readonly PathKey[] = ['t']): number {
  if (typeof t !== 'number' || !Number.isFinite(t) || t < 0) throw invalid(`${path.join('.')} must be a non-negative number of periods, got ${describe(t)}`, path);
  return t;
}
