import { cesFromAccumulator, cesResultSchema, createCesAccumulator, npsFromAccumulator } from '../../src/satisfaction/index.js';
import { expectOmnicxError } from './expectOmnicxError.js';
import { expectError } from './surveyHelpers.js';
import { describe, expect, it } from 'vitest';

describe('cesFromAccumulator', () => {
  it('reads mean and interval from the histogram', () => {
    // counts on 1–7: two 5s, one 6, one 7 → mean (10 + 6 + 7)/4 = 5.75
    const acc = { ...createCesAccumulator(), counts: [0, 0, 0, 0, 2, 1, 1] };
    expect(cesFromAccumulator(acc, { confidence: 0.9 })).toMatchObject({ n: 4, mean: 5.75, interval: { confidence: 0.9 } });
    expect(cesFromAccumulator(createCesAccumulator()).mean).toBeNull();
  });

  it('refuses a histogram that does not fit the scale', () => {
    expectError(() => cesFromAccumulator({ ...createCesAccumulator(), counts: [1, 2] }), 'INVALID_INPUT', ['acc', 'counts']);
    expectError(() => cesFromAccumulator({ ...createCesAccumulator(), counts: [1, 2, 3, 4, 5, 6, 0.5] }), 'INVALID_INPUT', ['acc', 'counts', 6]);
  });
});

describe('cesFromAccumulator past 2^53 answers', () => {
  it('refuses a total that is not a safe integer, as npsFromAccumulator does', () => {
    const half = 2 ** 52;
    // the NPS counterpart already refuses
    expectOmnicxError(() => npsFromAccumulator({ kind: 'nps', version: 1, promoters: half, passives: half, detractors: 0 }), 'NOT_SAFE_INTEGER', ['counts']);
    const acc = { kind: 'ces' as const, version: 1 as const, scale: [1, 7] as [number, number], counts: [half, half, half, 0, 0, 0, 0] };
    // today: { n: 13510798882111488, mean: 2, … } — n is not a safe integer and fails cesResultSchema
    expectOmnicxError(() => cesFromAccumulator(acc), 'NOT_SAFE_INTEGER', ['acc', 'counts']);
  });
  it('keeps working right up to 2^53 − 1', () => {
    const acc = { kind: 'ces' as const, version: 1 as const, scale: [1, 7] as [number, number], counts: [2 ** 53 - 2, 1, 0, 0, 0, 0, 0] };
    expect(cesResultSchema.safeParse(cesFromAccumulator(acc)).success).toBe(true);
  });
});
