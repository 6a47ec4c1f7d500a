import { parseWith } from '../../core/errors/parseWith.js';
// Pain-points accumulators: validation, the sums as a tally and back, and the merge of the sorted
// customer lists (refusing a customer in both).

import type { PathKey } from '../../core/errors/OmnicxError.js';
import { invalid } from '../../core/internal/assert.js';
import { painPointsAccumulatorSchema, type PainPointsAccumulator } from '../schemas.js';
import { sumCounts } from './accumulate.js';
import { compareText } from './journeys.js';
import type { PainSums } from './painCounts.js';

export function readPainAccumulator(acc: unknown, path: readonly PathKey[]): PainPointsAccumulator {
  const parsed = parseWith(painPointsAccumulatorSchema, acc, path);
  const where = (...keys: PathKey[]): PathKey[] => [...path, ...keys];
  parsed.customers.forEach((c, i) => {
    if (i > 0 && !((parsed.customers[i - 1] as string) < c)) throw invalid(`${where('customers').join('.')} must be sorted and distinct`, where('customers', i));
  });
  parsed.rows.forEach((r, i) => {
    const previous = parsed.rows[i - 1];
    if (previous !== undefined && !(compareText(previous.touchpoint, r.touchpoint) < 0)) throw invalid(`${where('rows').join('.')} must be sorted by touchpoint and distinct`, where('rows', i));
    if (r.exits > r.volume || r.feedback > r.volume || r.negativeFeedback > r.feedback) {
      throw invalid(`${where('rows', i).join('.')} must have exits and feedback ≤ volume and negativeFeedback ≤ feedback`, where('rows', i));
    }
  });
  return parsed;
}

export function painTallyOf(acc: PainPointsAccumulator): Map<string, PainSums> {
  return new Map(acc.rows.map((r) => [r.touchpoint, { volume: r.volume, exits: r.exits, feedback: r.feedback, negative: r.negativeFeedback }]));
}

export function addPainTally(a: Map<string, PainSums>, b: ReadonlyMap<string, PainSums>, path: readonly PathKey[]): Map<string, PainSums> {
  for (const [touchpoint, r] of b) {
    const target = a.get(touchpoint);
    if (target === undefined) a.set(touchpoint, { ...r });
    else {
      const at = [...path, 'rows'];
      target.volume = sumCounts(target.volume, r.volume, at);
      target.exits = sumCounts(target.exits, r.exits, at);
      target.feedback = sumCounts(target.feedback, r.feedback, at);
      target.negative = sumCounts(target.negative, r.negative, at);
    }
  }
  return a;
}

export function painRowsOf(tally: ReadonlyMap<string, PainSums>): PainPointsAccumulator['rows'] {
  return [...tally]
    .sort(([x], [y]) => compareText(x, y))
    .map(([touchpoint, r]) => ({ touchpoint, volume: r.volume, exits: r.exits, feedback: r.feedback, negativeFeedback: r.negative }));
}

/** Merges two sorted id lists into a new one; `duplicate(j)` (which throws) for b[j] also in a. */
export function mergeCustomerIds(a: readonly string[], b: readonly string[], duplicate: (j: number) => never): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as string;
    const y = b[j] as string;
    if (x === y) duplicate(j);
    if (x < y) {
      out.push(x);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  while (i < a.length) out.push(a[i++] as string);
  while (j < b.length) out.push(b[j++] as string);
  return out;
}
