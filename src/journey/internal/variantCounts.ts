import { parseWith } from '../../core/errors/parseWith.js';
// The counting core of variants, shared with its accumulator: a count per distinct sequence.

import type { PathKey } from '../../core/errors/OmnicxError.js';
import { invalid } from '../../core/internal/assert.js';
import { variantsAccumulatorSchema, type JourneySteps, type JourneyVariant, type VariantsAccumulator } from '../schemas.js';
import { sumCounts } from './accumulate.js';
import { compareSequences } from './journeys.js';

export type VariantTally = Map<string, { steps: string[]; count: number }>;

export function tallyVariants(list: readonly JourneySteps[], found: VariantTally = new Map()): VariantTally {
  for (const journey of list) {
    const steps = journey.steps.map((s) => s.touchpoint);
    const key = JSON.stringify(steps);
    const entry = found.get(key);
    if (entry === undefined) found.set(key, { steps, count: 1 });
    else entry.count++;
  }
  return found;
}

export function variantRows(found: VariantTally, total: number): JourneyVariant[] {
  return [...found.values()]
    .sort((a, b) => b.count - a.count || compareSequences(a.steps, b.steps))
    .map(({ steps, count }) => ({ steps, count, share: count / total }));
}

export function readVariantsAccumulator(acc: unknown, path: readonly PathKey[]): VariantsAccumulator {
  const parsed = parseWith(variantsAccumulatorSchema, acc, path);
  let total = 0;
  parsed.variants.forEach((v, i) => {
    const previous = parsed.variants[i - 1];
    if (previous !== undefined && !(compareSequences(previous.steps, v.steps) < 0)) {
      throw invalid(`${[...path, 'variants'].join('.')} must be sorted by sequence and distinct`, [...path, 'variants', i]);
    }
    total += v.count;
  });
  if (total !== parsed.journeys) throw invalid(`${[...path, 'journeys'].join('.')} must equal the sum of the variant counts (${String(total)})`, [...path, 'journeys']);
  return parsed;
}

export function variantTallyOf(acc: VariantsAccumulator): VariantTally {
  return new Map(acc.variants.map((v) => [JSON.stringify(v.steps), { steps: [...v.steps], count: v.count }]));
}

export function addVariantTally(a: VariantTally, b: VariantTally, path: readonly PathKey[]): VariantTally {
  for (const [key, v] of b) {
    const target = a.get(key);
    if (target === undefined) a.set(key, { steps: [...v.steps], count: v.count });
    else target.count = sumCounts(target.count, v.count, [...path, 'variants']);
  }
  return a;
}

export function variantsOf(tally: VariantTally, path: readonly PathKey[]): Pick<VariantsAccumulator, 'journeys' | 'variants'> {
  const variants = [...tally.values()].sort((a, b) => compareSequences(a.steps, b.steps)).map((v) => ({ steps: v.steps, count: v.count }));
  let journeys = 0;
  for (const v of variants) journeys = sumCounts(journeys, v.count, [...path, 'journeys']);
  return { journeys, variants };
}
