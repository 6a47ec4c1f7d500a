import { parseWith } from '../../core/errors/parseWith.js';
// Step-neighbour accumulators: validation, and the counts as a tally and back.
import type { PathKey } from '../../core/errors/OmnicxError.js';
import { invalid } from '../../core/internal/assert.js';
import { stepNeighboursAccumulatorSchema, type StepNeighboursAccumulator } from '../schemas.js';
import { sumCounts } from './accumulate.js';
import { compareText } from './journeys.js';
import type { NeighbourTally } from './neighbours.js';

export function readNeighbourAccumulator(acc: unknown, path: readonly PathKey[]): StepNeighboursAccumulator {
  const parsed = parseWith(stepNeighboursAccumulatorSchema, acc, path);
  let total = parsed.boundary;
  parsed.neighbours.forEach((n, i) => {
    const previous = parsed.neighbours[i - 1];
    if (previous !== undefined && !(compareText(previous.touchpoint, n.touchpoint) < 0)) {
      throw invalid(`${[...path, 'neighbours'].join('.')} must be sorted by touchpoint and distinct`, [...path, 'neighbours', i]);
    }
    total += n.count;
  });
  if (total !== parsed.occurrences) {
    throw invalid(`${[...path, 'occurrences'].join('.')} must equal boundary plus the neighbour counts (${String(total)})`, [...path, 'occurrences']);
  }
  return parsed;
}

export const directionOf = (acc: StepNeighboursAccumulator): 1 | -1 => (acc.direction === 'next' ? 1 : -1);

export function neighbourTallyOf(acc: StepNeighboursAccumulator): NeighbourTally {
  return { occurrences: acc.occurrences, boundary: acc.boundary, counts: new Map(acc.neighbours.map((n) => [n.touchpoint, n.count])) };
}

export function addNeighbourTally(a: NeighbourTally, b: NeighbourTally, path: readonly PathKey[]): NeighbourTally {
  a.occurrences = sumCounts(a.occurrences, b.occurrences, [...path, 'occurrences']);
  a.boundary = sumCounts(a.boundary, b.boundary, [...path, 'boundary']);
  for (const [touchpoint, n] of b.counts) a.counts.set(touchpoint, sumCounts(a.counts.get(touchpoint) ?? 0, n, [...path, 'neighbours']));
  return a;
}

export function neighbourSumsOf(tally: NeighbourTally): Pick<StepNeighboursAccumulator, 'occurrences' | 'boundary' | 'neighbours'> {
  return {
    occurrences: tally.occurrences,
    boundary: tally.boundary,
    neighbours: [...tally.counts].sort(([x], [y]) => compareText(x, y)).map(([touchpoint, count]) => ({ touchpoint, count })),
  };
}
