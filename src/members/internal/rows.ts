// Fast row checks for the hot paths (no zod per row); paths match the exported schemas.
import { OmnicxError, type PathKey } from '../../core/errors/OmnicxError.js';
import { assertNonNegativeSafeInteger, assertObject, describe, invalid } from '../../core/internal/assert.js';
import { MAX_INSTANT } from '../../core/time/internal/civil.js';
import { readInstant } from '../../core/time/internal/instant.js';

/** Columns of validated transactions: customer index per row, instants and amounts. */
export interface TransactionColumns {
  /** Distinct customer ids in order of first appearance. */
  readonly customers: readonly string[];
  /** Customer index of each row. */
  readonly customer: Int32Array;
  /** Epoch milliseconds of each row. */
  readonly at: Float64Array;
  /** Amount in minor units of each row. */
  readonly amountMinor: Float64Array;
}

/** Reads an instant (or throws with the code toInstant would use) at `path`. */
export function instantAt(value: unknown, path: readonly PathKey[]): number {
  const result = readInstant(value);
  if (result.ok) return result.instant;
  throw new OmnicxError(result.code, `${path.join('.')}: ${result.reason}`, { path });
}

/**
 * Validates transactions and returns them as columns. Rows after `asOf` (when given) are refused.
 *
 * @throws OmnicxError INVALID_INPUT when not an array or a row is malformed, INVALID_DATE for a bad `at`
 */
export function readTransactions(transactions: unknown, asOf: number | undefined, name = 'transactions'): TransactionColumns {
  if (!Array.isArray(transactions)) {
    throw invalid(`${name} must be an array of { customerId, at, amountMinor }, got ${describe(transactions)}`, [name]);
  }
  const rows = transactions as readonly unknown[];
  const n = rows.length;
  const index = new Map<string, number>();
  const customers: string[] = [];
  const customer = new Int32Array(n);
  const at = new Float64Array(n);
  const amountMinor = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    if (typeof row !== 'object' || row === null) assertObject(row, [name, i], 'transaction');
    const { customerId, at: when, amountMinor: amount } = row as { customerId?: unknown; at?: unknown; amountMinor?: unknown };
    if (typeof customerId !== 'string' || customerId === '') {
      throw invalid(`${name}.${String(i)}.customerId must be a non-empty string, got ${describe(customerId)}`, [name, i, 'customerId']);
    }
    // Fast path only inside the Date range: beyond ±8.64e15 ms instantAt refuses with INVALID_DATE,
    // as it does for the same instant written as a string (and as the accumulators' readers do).
    const instant = typeof when === 'number' && Number.isSafeInteger(when) && Math.abs(when) <= MAX_INSTANT ? when : instantAt(when, [name, i, 'at']);
    if (asOf !== undefined && instant > asOf) {
      throw invalid(`${name}.${String(i)}.at lies after asOf (${String(instant)} > ${String(asOf)})`, [name, i, 'at']);
    }
    if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 0) {
      assertNonNegativeSafeInteger(amount, [name, i, 'amountMinor'], 'amountMinor');
    }
    let k = index.get(customerId);
    if (k === undefined) {
      k = customers.length;
      index.set(customerId, k);
      customers.push(customerId);
    }
    customer[i] = k;
    at[i] = instant;
    amountMinor[i] = amount;
  }
  return { customers, customer, at, amountMinor };
}

