// Reading a survival accumulator into the tally that kaplanMeier runs on.
import type { PathKey } from '../../core/errors/OmnicxError.js';
import { describe, invalid } from '../../core/internal/assert.js';
import type { SurvivalAccumulator } from '../schemas.js';
import { addCounts, assertEnvelope, countAt, mapField } from './accumulators.js';
import type { SurvivalTally } from './survival.js';

/** Checks the envelope and that `counts` is an object; returns the counts map. */
export function survivalCounts(acc: unknown, path: readonly PathKey[]): Record<string, unknown> {
  const record = assertEnvelope(acc, 'survival', path);
  return mapField(record, 'counts', path);
}

/** One `[events, censored]` entry at `String(duration)`, validated. */
export function readSurvivalEntry(key: string, value: unknown, path: readonly PathKey[]): [number, number] {
  const d = Number(key);
  if (key === '' || !Number.isFinite(d) || d < 0 || String(d) !== key) {
    throw invalid(`${path.join('.')}: the key ${describe(key)} is not String(d) of a duration d ≥ 0`, path);
  }
  if (!Array.isArray(value) || value.length !== 2) throw invalid(`${path.join('.')} must be [events, censored], got ${describe(value)}`, path);
  const events = countAt(value[0], [...path, 0]);
  const censored = countAt(value[1], [...path, 1]);
  if (events + censored === 0) throw invalid(`${path.join('.')} must count at least one subject`, path);
  return [events, censored];
}

/** The whole accumulator as a tally, with the number of subjects. */
export function readSurvivalAccumulator(acc: unknown, path: readonly PathKey[]): { tally: SurvivalTally; total: number } {
  const counts = survivalCounts(acc, path);
  const tally: SurvivalTally = new Map();
  let total = 0;
  for (const key of Object.keys(counts)) {
    const at = [...path, 'counts', key];
    const entry = readSurvivalEntry(key, counts[key], at);
    tally.set(Number(key), entry);
    total = addCounts(total, entry[0] + entry[1], at);
  }
  return { tally, total };
}

/** Writes a tally back as an accumulator (keys in ascending duration, for a stable JSON). */
export function survivalAccumulatorOf(tally: SurvivalTally): SurvivalAccumulator {
  const keys = [...tally.keys()].sort((a, b) => a - b);
  return { kind: 'survival', version: 1, counts: Object.fromEntries(keys.map((d) => [String(d), [...(tally.get(d) as [number, number])]])) };
}
