import { describe, expect, it } from 'vitest';
import { addNpsScore, createNpsAccumulator } from '../../src/satisfaction/index.js';
import { expectError } from './surveyHelpers.js';

describe('addNpsScore', () => {
  it('counts each answer in its category, in place, and returns the same object', () => {
    const acc = createNpsAccumulator();
    expect(addNpsScore(acc, 10)).toBe(acc);
    for (const score of [9, 8, 7, 6, 0]) addNpsScore(acc, score);
    expect(acc).toEqual({ kind: 'nps', version: 1, promoters: 2, passives: 2, detractors: 2 });
  });

  it('works on an accumulator read back from JSON', () => {
    const acc = JSON.parse(JSON.stringify(addNpsScore(createNpsAccumulator(), 9))) as ReturnType<typeof createNpsAccumulator>;
    expect(addNpsScore(acc, 9).promoters).toBe(2);
  });

  it('refuses bad scores and malformed accumulators with their path', () => {
    expectError(() => addNpsScore(createNpsAccumulator(), 11), 'INVALID_INPUT', ['score']);
    expectError(() => addNpsScore(createNpsAccumulator(), 8.5), 'INVALID_INPUT', ['score']);
    expectError(() => addNpsScore(null as never, 9), 'INVALID_INPUT', ['acc']);
    expectError(() => addNpsScore([] as never, 9), 'INVALID_INPUT', ['acc']);
    expectError(() => addNpsScore({ ...createNpsAccumulator(), kind: 'csat' } as never, 9), 'INVALID_INPUT', ['acc', 'kind']);
    expectError(() => addNpsScore({ ...createNpsAccumulator(), version: 2 } as never, 9), 'INVALID_INPUT', ['acc', 'version']);
    expectError(() => addNpsScore({ ...createNpsAccumulator(), passives: '3' } as never, 9), 'INVALID_INPUT', ['acc', 'passives']);
    expectError(() => addNpsScore({ ...createNpsAccumulator(), detractors: -1 }, 9), 'INVALID_INPUT', ['acc', 'detractors']);
    expectError(
      () => addNpsScore({ ...createNpsAccumulator(), promoters: Number.MAX_SAFE_INTEGER }, 10),
      'NOT_SAFE_INTEGER',
      ['acc', 'promoters'],
    );
  });
});
