import { describe, expect, it } from 'vitest';
import { createKanoAccumulator, kanoAccumulatorSchema } from '../../src/satisfaction/index.js';

describe('createKanoAccumulator', () => {
  it('returns a new, empty, schema-valid accumulator each time', () => {
    const a = createKanoAccumulator();
    expect(a).toEqual({ kind: 'kano', version: 1, counts: { attractive: 0, oneDimensional: 0, mustBe: 0, indifferent: 0, reverse: 0, questionable: 0 } });
    expect(kanoAccumulatorSchema.safeParse(a).success).toBe(true);
    expect(createKanoAccumulator()).not.toBe(a);
    expect(createKanoAccumulator().counts).not.toBe(a.counts);
  });
});
