import { describe, expect, it } from 'vitest';
import { createStepNeighboursAccumulator } from '../../src/journey/index.js';
import { expectOmnicxError } from './helpers.js';

describe('createStepNeighboursAccumulator', () => {
  it('holds the touchpoint and direction and no counts, as plain JSON', () => {
    const acc = createStepNeighboursAccumulator('cart');
    expect(acc).toEqual({ kind: 'journeyStepNeighbours', version: 1, touchpoint: 'cart', direction: 'next', occurrences: 0, boundary: 0, neighbours: [] });
    expect(JSON.parse(JSON.stringify(acc))).toEqual(acc);
    expect(createStepNeighboursAccumulator('cart', { direction: 'previous' }).direction).toBe('previous');
  });

  it('refuses an empty touchpoint and a bad direction', () => {
    expectOmnicxError(() => createStepNeighboursAccumulator(''), 'INVALID_INPUT', ['touchpoint']);
    expectOmnicxError(() => createStepNeighboursAccumulator(3 as never), 'INVALID_INPUT', ['touchpoint']);
    expectOmnicxError(() => createStepNeighboursAccumulator('cart', { direction: 'up' as never }), 'INVALID_INPUT', ['options', 'direction']);
  });
});
