import { describe, expect, it } from 'vitest';
import { createPainPointsAccumulator, defineTouchpoints } from '../../src/journey/index.js';
import { deepFreeze, expectOmnicxError } from './helpers.js';

describe('createPainPointsAccumulator', () => {
  it('holds what is counted with defaults and no sums, as plain JSON', () => {
    const acc = createPainPointsAccumulator();
    expect(acc).toEqual({ kind: 'journeyPainPoints', version: 1, timeoutMs: 1_800_000, conversion: null, negativeBelow: 0, touchpoints: null, customers: [], rows: [] });
    expect(JSON.parse(JSON.stringify(acc))).toEqual(acc);
    const catalogue = deepFreeze(defineTouchpoints([{ id: 'till', kind: 'service', channel: 'store' }]));
    const withOptions = createPainPointsAccumulator(deepFreeze({ conversion: ['till'], negativeBelow: -0.5, timeoutMs: 0, touchpoints: catalogue }));
    expect(withOptions).toMatchObject({ conversion: ['till'], negativeBelow: -0.5, timeoutMs: 0, touchpoints: catalogue });
  });

  it('refuses what painPoints refuses, an infinite timeout and a conversion predicate', () => {
    expectOmnicxError(() => createPainPointsAccumulator({ timeoutMs: -1 }), 'INVALID_INPUT', ['options', 'timeoutMs']);
    expectOmnicxError(() => createPainPointsAccumulator({ timeoutMs: Number.POSITIVE_INFINITY }), 'INVALID_INPUT', ['options', 'timeoutMs']);
    expectOmnicxError(() => createPainPointsAccumulator({ conversion: (() => true) as never }), 'INVALID_INPUT', ['options', 'conversion']);
    expectOmnicxError(() => createPainPointsAccumulator({ conversion: [''] }), 'INVALID_INPUT', ['options', 'conversion', 0]);
    expectOmnicxError(() => createPainPointsAccumulator({ negativeBelow: 2 }), 'INVALID_INPUT', ['options', 'negativeBelow']);
    expectOmnicxError(() => createPainPointsAccumulator({ touchpoints: {} as never }), 'INVALID_INPUT', ['options', 'touchpoints', 'touchpoints']);
  });
});
