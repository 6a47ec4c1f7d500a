import { describe, expect, it } from 'vitest';
import { createVariantsAccumulator } from '../../src/journey/index.js';

describe('createVariantsAccumulator', () => {
  it('holds no journeys, as plain JSON, a new object each time', () => {
    const acc = createVariantsAccumulator();
    expect(acc).toEqual({ kind: 'journeyVariants', version: 1, journeys: 0, variants: [] });
    expect(JSON.parse(JSON.stringify(acc))).toEqual(acc);
    expect(createVariantsAccumulator().variants).not.toBe(acc.variants);
  });
});
