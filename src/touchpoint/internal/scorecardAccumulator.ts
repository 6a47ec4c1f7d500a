// Shared steps of the scorecard accumulator: reading one (schema and the rules the schema cannot
// state) and comparing the options of two.
import { ErrorCode, OmnicxError, type PathKey } from '../../core/errors/OmnicxError.js';
import { parseWith } from '../../core/index.js';
import { invalid } from '../../core/internal/assert.js';
import { scorecardAccumulatorSchema, type ScorecardAccumulator, type ScorecardCriterionSums } from '../schemas.js';
import { mergeExact, readNonNegativeSum, roundedSum } from './exactSum.js';

const PARTIALS = ['weights', 'weightedScores', 'squaredWeights', 'squaredWeightScores', 'squaredWeightSquaredScores'] as const;

/** A copy of the sums with every partial list rebuilt (a hand-written, overlapping list still rounds correctly). */
export function normalSums(sums: ScorecardCriterionSums): ScorecardCriterionSums {
  const out = { ...sums };
  for (const key of PARTIALS) out[key] = mergeExact(sums[key], []);
  return out;
}

/** The sums of both criteria cells, exactly. */
export function mergeSums(a: ScorecardCriterionSums, b: ScorecardCriterionSums, path: readonly PathKey[]): ScorecardCriterionSums {
  const n = a.n + b.n;
  if (!Number.isSafeInteger(n)) throw new OmnicxError(ErrorCode.NOT_SAFE_INTEGER, `the merged count of ${JSON.stringify(a.criterion)} exceeds 2^53 − 1`, { path: [...path, 'n'] });
  const out = { ...a, n };
  for (const key of PARTIALS) out[key] = mergeExact(a[key], b[key]);
  return out;
}

/** Parses an accumulator into a fresh copy, checking that group keys and criteria do not repeat. */
export function readScorecardAccumulator(acc: unknown, path: readonly PathKey[]): ScorecardAccumulator {
  const parsed = parseWith(scorecardAccumulatorSchema, acc, path);
  const keys = new Set<string>();
  parsed.groups.forEach((group, g) => {
    if (keys.has(group.key)) throw invalid(`acc.groups[${String(g)}] repeats the key ${JSON.stringify(group.key)}`, [...path, 'groups', g, 'key']);
    keys.add(group.key);
    const criteria = new Set<string>();
    group.criteria.forEach((cell, c) => {
      if (criteria.has(cell.criterion)) {
        throw invalid(`acc.groups[${String(g)}].criteria[${String(c)}] repeats the criterion ${JSON.stringify(cell.criterion)}`, [
          ...path,
          'groups',
          g,
          'criteria',
          c,
          'criterion',
        ]);
      }
      criteria.add(cell.criterion);
      const at: PathKey[] = [...path, 'groups', g, 'criteria', c];
      for (const key of PARTIALS) readNonNegativeSum(cell[key], [...at, key]);
      // Ratings of weight 0 are not counted, so n > 0 exactly when Σw > 0.
      if (cell.n > 0 !== roundedSum(mergeExact(cell.weights, [])) > 0) {
        throw invalid(`acc.groups[${String(g)}].criteria[${String(c)}]: n and the sum of weights must be both 0 or both positive`, [...at, 'n']);
      }
    });
  });
  return { ...parsed, groups: parsed.groups.map((group) => ({ key: group.key, criteria: group.criteria.map(normalSums) })) };
}

/** JSON with object keys sorted and undefined dropped: equal for equal options whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Throws unless `b` was created with the options of `a`. */
export function assertSameScorecardOptions(a: ScorecardAccumulator, b: ScorecardAccumulator): void {
  const x = canonical(a.options);
  const y = canonical(b.options);
  if (x !== y) throw invalid(`b.options ${y} differ from a.options ${x}`, ['b', 'options']);
}
