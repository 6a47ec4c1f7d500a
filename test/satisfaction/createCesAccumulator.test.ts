import { describe, expect, it } from 'vitest';
import { cesAccumulatorSchema, createCesAccumulator } from '../../src/satisfaction/index.js';
import { expectError } from './surveyHelpers.js';

describe('createCesAccumulator', () => {
  it('holds one zero count per point of the scale', () => {
    expect(createCesAccumulator()).toEqual({ kind: 'ces', version: 1, scale: [1, 7], counts: [0, 0, 0, 0, 0, 0, 0] });
    expect(createCesAccumulator({ scale: [0, 100] }).counts).toHaveLength(101);
    expect(cesAccumulatorSchema.safeParse(createCesAccumulator()).success).toBe(true);
  });

  it('refuses a bad scale', () => {
    expectError(() => createCesAccumulator({ scale: [0, 101] }), 'INVALID_INPUT', ['options', 'scale']);
  });
});
