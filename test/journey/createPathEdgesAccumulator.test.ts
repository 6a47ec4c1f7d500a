import { describe, expect, it } from 'vitest';
import { createPathEdgesAccumulator } from '../../src/journey/index.js';
import { expectOmnicxError } from './helpers.js';

describe('createPathEdgesAccumulator', () => {
  it('holds the cut with defaults and no counts, as plain JSON', () => {
    const acc = createPathEdgesAccumulator();
    expect(acc).toEqual({ kind: 'journeyPathEdges', version: 1, maxSteps: 5, startAt: null, endAt: null, journeys: 0, nodes: [], edges: [] });
    expect(JSON.parse(JSON.stringify(acc))).toEqual(acc);
    expect(createPathEdgesAccumulator({ maxSteps: 2, startAt: 'home', endAt: 'buy' })).toMatchObject({ maxSteps: 2, startAt: 'home', endAt: 'buy' });
  });

  it('refuses what pathEdges refuses', () => {
    expectOmnicxError(() => createPathEdgesAccumulator({ maxSteps: 0 }), 'INVALID_INPUT', ['options', 'maxSteps']);
    expectOmnicxError(() => createPathEdgesAccumulator({ maxSteps: 1.5 }), 'INVALID_INPUT', ['options', 'maxSteps']);
    expectOmnicxError(() => createPathEdgesAccumulator({ startAt: '' }), 'INVALID_INPUT', ['options', 'startAt']);
    expectOmnicxError(() => createPathEdgesAccumulator({ endAt: 3 as never }), 'INVALID_INPUT', ['options', 'endAt']);
  });
});
