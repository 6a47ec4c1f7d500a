// Shared steps of the rule-based attribution accumulator: reading one (schema and the rules the
// schema cannot state) and comparing the model and options of two.
import type { PathKey } from '../../core/errors/OmnicxError.js';
import { parseWith } from '../../core/index.js';
import { invalid } from '../../core/internal/assert.js';
import { readNonNegativeSum } from './exactSum.js';
import { heuristicAttributionAccumulatorSchema, type HeuristicAttributionAccumulator } from '../schemas.js';

/** Checks that every partial list is made of finite doubles (the schema does) and that columns line up. */
export function readHeuristicAccumulator(acc: unknown, path: readonly PathKey[]): HeuristicAttributionAccumulator {
  const parsed = parseWith(heuristicAttributionAccumulatorSchema, acc, path);
  const { channels, conversions, values, options } = parsed;
  if (options.positionWeights.first + options.positionWeights.last > 1) {
    throw invalid('acc.options.positionWeights: first + last must not exceed 1', [...path, 'options', 'positionWeights']);
  }
  const seen = new Set<string>();
  channels.forEach((name, c) => {
    if (seen.has(name)) throw invalid(`acc.channels[${String(c)}] repeats the channel name ${JSON.stringify(name)}`, [...path, 'channels', c]);
    seen.add(name);
  });
  for (const [key, column] of [
    ['conversions', conversions],
    ['values', values],
  ] as const) {
    if (column.length !== channels.length) {
      throw invalid(`acc.${key} must have one partial list per channel (${String(channels.length)}), got ${String(column.length)}`, [
        ...path,
        key,
      ]);
    }
  }
  // lastNonDirect reads `direct` as a set: the same set in another order is the same setup. The
  // partials are rebuilt so that a hand-written (overlapping) list still rounds correctly.
  return {
    ...parsed,
    options: { ...options, direct: canonicalDirect(options.direct) },
    conversions: conversions.map((p, c) => readNonNegativeSum(p, [...path, 'conversions', c])),
    values: values.map((p, c) => readNonNegativeSum(p, [...path, 'values', c])),
    totalConversions: readNonNegativeSum(parsed.totalConversions, [...path, 'totalConversions']),
    totalValue: readNonNegativeSum(parsed.totalValue, [...path, 'totalValue']),
  };
}

/** The `direct` channels sorted in code-unit order, without repeats. */
export function canonicalDirect(direct: readonly string[]): string[] {
  return [...new Set(direct)].sort();
}

/** Throws unless `b` was created with the model and options of `a`. */
export function assertSameHeuristicSetup(a: HeuristicAttributionAccumulator, b: HeuristicAttributionAccumulator): void {
  if (a.model !== b.model) throw invalid(`b.model ${JSON.stringify(b.model)} differs from a.model ${JSON.stringify(a.model)}`, ['b', 'model']);
  const x = a.options;
  const y = b.options;
  const same =
    x.halfLifeDays === y.halfLifeDays &&
    x.positionWeights.first === y.positionWeights.first &&
    x.positionWeights.last === y.positionWeights.last &&
    x.direct.length === y.direct.length &&
    x.direct.every((name, i) => name === y.direct[i]);
  if (!same) throw invalid(`b.options ${JSON.stringify(y)} differ from a.options ${JSON.stringify(x)}`, ['b', 'options']);
}
