import { parseWith } from '../../core/errors/parseWith.js';
// Validation of stage drop-off accumulators: the schema, then the sums' consistency.

import type { PathKey } from '../../core/errors/OmnicxError.js';
import { invalid } from '../../core/internal/assert.js';
import { stageDropOffAccumulatorSchema, type StageDropOffAccumulator } from '../schemas.js';
import { stageIndex, type StageIndex } from './stageCounts.js';

export function readStageAccumulator(acc: unknown, path: readonly PathKey[]): { acc: StageDropOffAccumulator; index: StageIndex } {
  const parsed = parseWith(stageDropOffAccumulatorSchema, acc, path);
  const m = parsed.stages.length;
  for (const key of ['visited', 'exited'] as const) {
    if (parsed[key].length !== m) throw invalid(`${[...path, key].join('.')} must have one count per stage (${String(m)}), got ${String(parsed[key].length)}`, [...path, key]);
    parsed[key].forEach((n, i) => {
      if (n > parsed.journeys) throw invalid(`${[...path, key, i].join('.')} must not exceed journeys (${String(parsed.journeys)}), got ${String(n)}`, [...path, key, i]);
    });
  }
  parsed.exited.forEach((n, i) => {
    // A journey exits at the furthest stage it visited.
    if (n > (parsed.visited[i] as number)) throw invalid(`${[...path, 'exited', i].join('.')} must not exceed visited[${String(i)}] (${String(parsed.visited[i])}), got ${String(n)}`, [...path, 'exited', i]);
  });
  if (parsed.exited.reduce((a, b) => a + b, parsed.unstaged) !== parsed.journeys) {
    throw invalid(`${[...path, 'journeys'].join('.')} must equal unstaged plus the exits of every stage`, [...path, 'journeys']);
  }
  return { acc: parsed, index: stageIndex(parsed) };
}
