import { describe, expect, it } from 'vitest';
import { addSurvivalSubjects, createSurvivalAccumulator } from '../../src/members/index.js';
import { deepFreeze } from './accumulatorHelpers.js';
import { expectOmnicxError } from './helpers.js';

describe('addSurvivalSubjects', () => {
  it('counts events and censorings per distinct duration, in place', () => {
    const acc = createSurvivalAccumulator();
    const subjects = deepFreeze([
      { duration: 2, churned: true },
      { duration: 2, churned: false },
      { duration: 0.5, churned: true },
      { duration: -0, churned: false },
    ]);
    expect(addSurvivalSubjects(acc, subjects)).toBe(acc);
    expect(acc.counts).toEqual({ 2: [1, 1], '0.5': [1, 0], 0: [0, 1] });
    addSurvivalSubjects(acc, [{ duration: 2, churned: true }, { duration: 0, churned: true }]);
    expect(acc.counts).toEqual({ 2: [2, 1], '0.5': [1, 0], 0: [1, 1] });
  });

  it('validates every subject before adding any', () => {
    const acc = addSurvivalSubjects(createSurvivalAccumulator(), [{ duration: 1, churned: true }]);
    expectOmnicxError(() => addSurvivalSubjects(acc, [{ duration: 1, churned: true }, { duration: -1, churned: true }]), 'INVALID_INPUT', ['subjects', 1, 'duration']);
    expectOmnicxError(() => addSurvivalSubjects(acc, [{ duration: Infinity, churned: true }]), 'INVALID_INPUT', ['subjects', 0, 'duration']);
    expectOmnicxError(() => addSurvivalSubjects(acc, [{ duration: 1, churned: 'yes' as unknown as boolean }]), 'INVALID_INPUT', ['subjects', 0, 'churned']);
    expectOmnicxError(() => addSurvivalSubjects(acc, [null as unknown as { duration: number; churned: boolean }]), 'INVALID_INPUT', ['subjects', 0]);
    expectOmnicxError(() => addSurvivalSubjects(acc, {} as unknown as []), 'INVALID_INPUT', ['subjects']);
    const sparse = new Array<{ duration: number; churned: boolean }>(2); // a hole at 0
    sparse[1] = { duration: 2, churned: true };
    expectOmnicxError(() => addSurvivalSubjects(acc, sparse), 'INVALID_INPUT', ['subjects', 0]);
    expect(acc.counts).toEqual({ 1: [1, 0] });
  });

  it('refuses a malformed accumulator and a count past 2^53 − 1 without changing it', () => {
    expectOmnicxError(() => addSurvivalSubjects({ kind: 'nps' } as never, []), 'INVALID_INPUT', ['acc', 'kind']);
    expectOmnicxError(() => addSurvivalSubjects({ kind: 'survival', version: 2, counts: {} } as never, []), 'INVALID_INPUT', ['acc', 'version']);
    expectOmnicxError(() => addSurvivalSubjects({ kind: 'survival', version: 1, counts: [] } as never, []), 'INVALID_INPUT', ['acc', 'counts']);
    const bad = { kind: 'survival' as const, version: 1 as const, counts: { 1: [1, -1] as [number, number] } };
    expectOmnicxError(() => addSurvivalSubjects(bad, [{ duration: 1, churned: true }]), 'INVALID_INPUT', ['acc', 'counts', '1', 1]);
    const full = { kind: 'survival' as const, version: 1 as const, counts: { 1: [Number.MAX_SAFE_INTEGER, 0] as [number, number] } };
    expectOmnicxError(() => addSurvivalSubjects(full, [{ duration: 3, churned: true }, { duration: 1, churned: true }]), 'NOT_SAFE_INTEGER', ['acc', 'counts', '1', 0]);
    expect(full.counts).toEqual({ 1: [Number.MAX_SAFE_INTEGER, 0] });
  });
});
