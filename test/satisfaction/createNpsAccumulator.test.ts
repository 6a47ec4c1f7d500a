import { describe, expect, it } from 'vitest';
import { createNpsAccumulator, npsAccumulatorSchema } from '../../src/satisfaction/index.js';

describe('createNpsAccumulator', () => {
  it('creates a fresh, empty, JSON-serialisable accumulator on every call', () => {
    const a = createNpsAccumulator();
    expect(a).toEqual({ kind: 'nps', version: 1, promoters: 0, passives: 0, detractors: 0 });
    expect(createNpsAccumulator()).not.toBe(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(npsAccumulatorSchema.safeParse(a).success).toBe(true);
  });
});
