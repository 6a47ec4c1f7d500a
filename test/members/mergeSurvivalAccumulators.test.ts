import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addSurvivalSubjects, createSurvivalAccumulator, mergeSurvivalAccumulators, survivalCurve, survivalCurveFromAccumulator } from '../../src/members/index.js';
import { accumulate, deepFreeze, mergeAll, shard, shardPlan, viaJson } from './accumulatorHelpers.js';
import { expectOmnicxError } from './helpers.js';
import { subjectsArb } from './survivalAccumulator.js';

describe('mergeSurvivalAccumulators', () => {
  it('adds the counts per duration into a new object', () => {
    const a = deepFreeze(addSurvivalSubjects(createSurvivalAccumulator(), [{ duration: 1, churned: true }, { duration: 2, churned: false }]));
    const b = deepFreeze(addSurvivalSubjects(createSurvivalAccumulator(), [{ duration: 2, churned: true }, { duration: 3, churned: true }]));
    const merged = mergeSurvivalAccumulators(a, b);
    expect(merged).toEqual({ kind: 'survival', version: 1, counts: { 1: [1, 0], 2: [1, 1], 3: [1, 0] } });
    expect(merged.counts['1']).not.toBe(a.counts['1']);
  });

  it('gives bit-for-bit the one-pass curve for any split into shards and any merge tree, through JSON (property)', () => {
    fc.assert(
      fc.property(subjectsArb, shardPlan, (subjects, plan) => {
        const accs = shard(subjects, plan).map((part) => viaJson(accumulate(createSurvivalAccumulator, addSurvivalSubjects, part)));
        const merged = viaJson(mergeAll(accs, mergeSurvivalAccumulators, plan));
        expect(survivalCurveFromAccumulator(merged)).toEqual(survivalCurve(subjects));
        const once = addSurvivalSubjects(createSurvivalAccumulator(), subjects);
        expect(merged).toEqual(once);
      }),
    );
  });

  it('refuses malformed accumulators and overflowing counts', () => {
    const ok = createSurvivalAccumulator();
    expectOmnicxError(() => mergeSurvivalAccumulators(ok, { kind: 'survival', version: 1, counts: { '01': [1, 0] } }), 'INVALID_INPUT', ['b', 'counts', '01']);
    expectOmnicxError(() => mergeSurvivalAccumulators({ kind: 'survival', version: 1, counts: { 1: [0, 0] } }, ok), 'INVALID_INPUT', ['a', 'counts', '1']);
    expectOmnicxError(() => mergeSurvivalAccumulators(null as never, ok), 'INVALID_INPUT', ['a']);
    const full = { kind: 'survival' as const, version: 1 as const, counts: { 1: [0, Number.MAX_SAFE_INTEGER] as [number, number] } };
    expectOmnicxError(() => mergeSurvivalAccumulators(full, { kind: 'survival', version: 1, counts: { 1: [0, 1] } }), 'NOT_SAFE_INTEGER', ['b', 'counts']);
  });
});
