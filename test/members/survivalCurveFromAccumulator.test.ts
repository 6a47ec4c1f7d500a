import { describe, expect, it } from 'vitest';
import { addSurvivalSubjects, createSurvivalAccumulator, survivalCurve, survivalCurveFromAccumulator } from '../../src/members/index.js';
import { deepFreeze } from './accumulatorHelpers.js';
import { expectOmnicxError } from './helpers.js';

describe('survivalCurveFromAccumulator', () => {
  it('gives the hand-computed Kaplan–Meier curve with Greenwood errors', () => {
    // 6 subjects: event at 1; event and censoring at 2; censoring at 3; event at 5; censoring at 6.
    const counts: Record<string, [number, number]> = { 1: [1, 0], 2: [1, 1], 3: [0, 1], 5: [1, 0], 6: [0, 1] };
    const acc = deepFreeze({ kind: 'survival' as const, version: 1 as const, counts });
    const km = survivalCurveFromAccumulator(acc);
    expect(km.time).toEqual([1, 2, 3, 5, 6]);
    expect(km.atRisk).toEqual([6, 5, 3, 2, 1]);
    expect(km.events).toEqual([1, 1, 0, 1, 0]);
    expect(km.censored).toEqual([0, 1, 1, 0, 1]);
    expect(km.survival).toEqual([5 / 6, (5 / 6) * (4 / 5), (5 / 6) * (4 / 5), (5 / 6) * (4 / 5) * (1 / 2), (5 / 6) * (4 / 5) * (1 / 2)]);
    expect(km.standardError[3]).toBeCloseTo(((5 / 6) * (4 / 5) * (1 / 2)) * Math.sqrt(1 / 30 + 1 / 20 + 1 / 2), 14);
  });

  it('equals survivalCurve on the same subjects, -0 and ties included', () => {
    const subjects = [
      { duration: -0, churned: true },
      { duration: 0, churned: false },
      { duration: 7, churned: true },
      { duration: 7, churned: true },
      { duration: 0.25, churned: false },
    ];
    expect(survivalCurveFromAccumulator(addSurvivalSubjects(createSurvivalAccumulator(), subjects))).toEqual(survivalCurve(subjects));
  });

  it('refuses a malformed accumulator', () => {
    expectOmnicxError(() => survivalCurveFromAccumulator({ kind: 'survival', version: 1, counts: { 1: [1, 0.5] } } as never), 'INVALID_INPUT', ['acc', 'counts', '1', 1]);
    expectOmnicxError(() => survivalCurveFromAccumulator({ kind: 'survival', version: 1, counts: { Infinity: [1, 0] } } as never), 'INVALID_INPUT', ['acc', 'counts', 'Infinity']);
    expectOmnicxError(() => survivalCurveFromAccumulator(undefined as never), 'INVALID_INPUT', ['acc']);
  });
});
