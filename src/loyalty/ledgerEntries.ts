import { parseWith } from '../core/errors/parseWith.js';
import type { PathKey } from '../core/errors/OmnicxError.js';
import { invalid } from '../core/internal/assert.js';
import { rationalText } from './internal/arith.js';
import { ledgerEntryTypes, ledgerRangeSchema, type EarnExplanation, type LedgerColumns, type LedgerEntry, type LedgerRange } from './schemas.js';

type Column = Float64ArrayConstructor | Int32ArrayConstructor | Uint8ArrayConstructor | ArrayConstructor;

// The columns of each table, by the constructor of their arrays.
const ROW_COLUMNS: readonly (readonly [string, Column])[] = [
  ['member', Int32Array],
  ['at', Float64Array],
  ['type', Uint8Array],
  ['eventId', Array],
  ['lotId', Array],
  ['reason', Array],
  ['points', Float64Array],
  ['forgivenPoints', Float64Array],
  ['tierFrom', Int32Array],
  ['tierTo', Int32Array],
  ['explanation', Int32Array],
];
const EXPLANATION_COLUMNS: readonly (readonly [string, Column])[] = [
  ['eligibleSpendMinor', Float64Array],
  ['excludedSpendMinor', Float64Array],
  ['tier', Int32Array],
  ['basePoints', Float64Array],
  ['tierPoints', Float64Array],
  ['rulesStart', Int32Array],
  ['rulesCount', Int32Array],
  ['capsStart', Int32Array],
  ['capsCount', Int32Array],
  ['unroundedNumerator', Float64Array],
  ['unroundedDenominator', Float64Array],
  ['roundedPoints', Float64Array],
  ['points', Float64Array],
];

function record(value: unknown, path: readonly PathKey[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) throw invalid(`${path.join('.')} must be an object`, path);
  return value as Record<string, unknown>;
}

function rowCount(table: Record<string, unknown>, path: readonly PathKey[]): number {
  const length = table.length;
  if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) throw invalid(`${path.join('.')}.length must be a non-negative integer`, [...path, 'length']);
  return length;
}

function checkTable(table: Record<string, unknown>, columns: readonly (readonly [string, Column])[], rows: number, path: readonly PathKey[]): void {
  for (const [name, type] of columns) {
    const column = table[name];
    const ok = type === Array ? Array.isArray(column) : column instanceof type;
    if (!ok || (column as ArrayLike<unknown>).length < rows) {
      throw invalid(`${[...path, name].join('.')} must be ${type === Array ? 'an array' : `a ${type.name}`} of at least ${String(rows)} rows`, [...path, name]);
    }
  }
}

/**
 * Checks the layout `ledgerEntries` reads (the tables, their column types and lengths) in
 * constant time; the indices in the columns are trusted.
 */
function checkColumns(value: unknown): number {
  const columns = record(value, ['columns']);
  const rows = rowCount(columns, ['columns']);
  checkTable(columns, ROW_COLUMNS, rows, ['columns']);
  for (const name of ['memberIds', 'levelIds', 'ruleIds', 'ruleTypes', 'capIds']) {
    if (!Array.isArray(columns[name])) throw invalid(`columns.${name} must be an array`, ['columns', name]);
  }
  const explanations = record(columns.explanations, ['columns', 'explanations']);
  checkTable(explanations, EXPLANATION_COLUMNS, rowCount(explanations, ['columns', 'explanations']), ['columns', 'explanations']);
  checkTable(explanations, [['unroundedTextRow', Int32Array], ['unroundedText', Array]], 0, ['columns', 'explanations']);
  const ruleParts = record(columns.ruleParts, ['columns', 'ruleParts']);
  checkTable(ruleParts, [['rule', Int32Array], ['points', Float64Array]], rowCount(ruleParts, ['columns', 'ruleParts']), ['columns', 'ruleParts']);
  const capCuts = record(columns.capCuts, ['columns', 'capCuts']);
  checkTable(capCuts, [['cap', Int32Array], ['cutPoints', Float64Array]], rowCount(capCuts, ['columns', 'capCuts']), ['columns', 'capCuts']);
  return rows;
}

/** The first position in the ascending `rows` whose row is at least `x`. */
function lowerBound(rows: Int32Array, x: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((rows[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Turns rows of a column ledger (from {@link replayColumns}) back into ledger entries: the rows
 * `[from, to)` of `range` (default all), deep-equal to the same entries of
 * `replay(...).ledger`. Every object returned is new (nothing is shared with the columns or
 * between entries), so the entries may be changed freely. Materialise a large ledger in ranges
 * to keep only a slice of it as objects at a time.
 *
 * @param columns - a {@link LedgerColumns}, as returned by {@link replayColumns}; its tables and
 *   column types are checked, its indices trusted (check a ledger from elsewhere with
 *   {@link ledgerColumnsSchema} first)
 * @param range - `from` (default 0) and `to` (default `columns.length`), integers with
 *   `0 ≤ from ≤ to ≤ columns.length`
 * @returns the entries of rows `from` to `to − 1`, in order
 * @throws {@link core!OmnicxError} `INVALID_INPUT` with path `['range', 'from']` or
 *   `['range', 'to']` for a bound that is not an integer or out of range (`['range']` for a
 *   range that is not an object or has unknown keys); with path `['columns', …]` for a table or
 *   column that is missing, of another type or shorter than its table's `length`
 *
 * @example
 * ```ts
 * import { defineProgram, ledgerEntries, replay, replayColumns } from 'omnicx/loyalty';
 * const program = defineProgram({ id: 'club', version: 1, currency: 'USD', timeZone: 'UTC', earn: { base: { points: '1', perAmountMinor: 100 } } });
 * const events = [
 *   { type: 'enrol', id: 'e1', at: '2026-01-01T00:00:00Z', memberId: 'ann' },
 *   { type: 'purchase', id: 'p1', at: '2026-02-01T10:00:00Z', memberId: 'ann', currency: 'USD', channel: 'web',
 *     lines: [{ sku: 'A', category: 'food', quantity: 1, amountMinor: 12_345 }] },
 *   { type: 'redeem', id: 'r1', at: '2026-02-02T10:00:00Z', memberId: 'ann', points: 500 },
 * ];
 * const { ledger } = replayColumns(program, events);
 * const entries = ledgerEntries(ledger);
 * console.log(JSON.stringify(entries) === JSON.stringify(replay(program, events).ledger)); // true
 * console.log(ledgerEntries(ledger, { from: 2 }).map((e) => [e.type, e.reason])); // [['redeemRefused', 'insufficientPoints']]
 * console.log(entries[1]?.explanation?.rounding); // { mode: 'floor', stage: 'order', unroundedPoints: '123.45', roundedPoints: 123 }
 * ```
 */
export function ledgerEntries(columns: LedgerColumns, range: LedgerRange = {}): LedgerEntry[] {
  const length = checkColumns(columns);
  const r = parseWith(ledgerRangeSchema, range, ['range']);
  const from = r.from ?? 0;
  const to = r.to ?? length;
  if (from > length) throw invalid(`range.from (${String(from)}) is beyond the ledger's ${String(length)} rows`, ['range', 'from']);
  if (to > length) throw invalid(`range.to (${String(to)}) is beyond the ledger's ${String(length)} rows`, ['range', 'to']);
  if (from > to) throw invalid(`range.from (${String(from)}) is after range.to (${String(to)})`, ['range', 'from']);
  const { memberIds, levelIds, ruleIds, ruleTypes, capIds, explanations: x, ruleParts, capCuts } = columns;
  const { roundingMode: mode, roundingStage: stage, unroundedTextRow, unroundedText } = x;
  // The explanations with their text stored come in order: a cursor walks them.
  let textAt = -1;
  const unroundedPoints = (row: number): string => {
    const den = x.unroundedDenominator[row] as number;
    if (den !== 0) return rationalText(x.unroundedNumerator[row] as number, den);
    if (textAt < 0 || (unroundedTextRow[textAt] as number) > row) textAt = lowerBound(unroundedTextRow, row);
    while ((unroundedTextRow[textAt] as number) < row) textAt++;
    return unroundedText[textAt] as string;
  };
  const explanation = (row: number): EarnExplanation => {
    const rules: EarnExplanation['rules'] = [];
    const rulesEnd = (x.rulesStart[row] as number) + (x.rulesCount[row] as number);
    for (let k = x.rulesStart[row] as number; k < rulesEnd; k++) {
      const rule = ruleParts.rule[k] as number;
      rules.push({ ruleId: ruleIds[rule] as string, type: ruleTypes[rule] as EarnExplanation['rules'][number]['type'], points: ruleParts.points[k] as number });
    }
    const caps: EarnExplanation['caps'] = [];
    const capsEnd = (x.capsStart[row] as number) + (x.capsCount[row] as number);
    for (let k = x.capsStart[row] as number; k < capsEnd; k++) caps.push({ capId: capIds[capCuts.cap[k] as number] as string, cutPoints: capCuts.cutPoints[k] as number });
    return {
      eligibleSpendMinor: x.eligibleSpendMinor[row] as number,
      excludedSpendMinor: x.excludedSpendMinor[row] as number,
      tier: levelIds[x.tier[row] as number] ?? null,
      basePoints: x.basePoints[row] as number,
      tierPoints: x.tierPoints[row] as number,
      rules,
      caps,
      rounding: { mode, stage, unroundedPoints: unroundedPoints(row), roundedPoints: x.roundedPoints[row] as number },
      points: x.points[row] as number,
    };
  };
  const entries: LedgerEntry[] = [];
  for (let i = from; i < to; i++) {
    const tierFrom = columns.tierFrom[i] as number;
    const row = columns.explanation[i] as number;
    entries.push({
      memberId: memberIds[columns.member[i] as number] as string,
      at: columns.at[i] as number,
      type: ledgerEntryTypes[columns.type[i] as number] as LedgerEntry['type'],
      eventId: columns.eventId[i] ?? null,
      lotId: columns.lotId[i] ?? null,
      points: columns.points[i] as number,
      forgivenPoints: columns.forgivenPoints[i] as number,
      reason: columns.reason[i] ?? null,
      tier: tierFrom === -2 ? null : { from: levelIds[tierFrom] ?? null, to: levelIds[columns.tierTo[i] as number] ?? null },
      explanation: row < 0 ? null : explanation(row),
    });
  }
  return entries;
}
