import { describe, expect, it } from 'vitest';
import { createScorecardAccumulator, scorecardAccumulatorSchema } from '../../src/touchpoint/index.js';
import { expectOmnicxError } from './support.js';

describe('createScorecardAccumulator', () => {
  it('starts without groups, with the options parsed and their defaults', () => {
    const acc = createScorecardAccumulator({ scale: { min: 0, max: 10 }, criteria: { speed: { target: 8 } } });
    expect(acc).toEqual({
      kind: 'scorecard',
      version: 1,
      options: { scale: { min: 0, max: 10 }, criteria: { speed: { weight: 1, target: 8 } }, groupBy: 'touchpointId', confidence: 0.95 },
      groups: [],
    });
    expect(scorecardAccumulatorSchema.parse(JSON.parse(JSON.stringify(acc)))).toEqual(acc);
  });

  it('shares nothing with the options it was given', () => {
    const options = { scale: { min: 1, max: 5 }, groups: { a: 'x' } };
    const acc = createScorecardAccumulator(options);
    acc.options.scale.min = 0;
    acc.options.groups!['a'] = 'y';
    expect(options).toEqual({ scale: { min: 1, max: 5 }, groups: { a: 'x' } });
  });

  it('refuses bad options with their path', () => {
    expectOmnicxError(() => createScorecardAccumulator({ scale: { min: 5, max: 1 } }), 'INVALID_INPUT', ['options', 'scale']);
    expectOmnicxError(() => createScorecardAccumulator({} as never), 'INVALID_INPUT', ['options', 'scale']);
    expectOmnicxError(() => createScorecardAccumulator({ scale: { min: 1, max: 5 }, confidence: 1 }), 'INVALID_INPUT', ['options', 'confidence']);
  });
});
