import { describe, expect, it } from 'vitest';
import { createHeuristicAttributionAccumulator, heuristicAttributionAccumulatorSchema } from '../../src/touchpoint/index.js';
import { expectOmnicxError } from './support.js';

describe('createHeuristicAttributionAccumulator', () => {
  it('starts empty, with the parsed options and direct channels as a sorted set', () => {
    const acc = createHeuristicAttributionAccumulator('lastNonDirect', { direct: ['organic', 'direct', 'organic'] });
    expect(acc).toEqual({
      kind: 'heuristicAttribution',
      version: 1,
      model: 'lastNonDirect',
      options: { direct: ['direct', 'organic'], halfLifeDays: 7, positionWeights: { first: 0.4, last: 0.4 } },
      channels: [],
      conversions: [],
      values: [],
      totalConversions: [],
      totalValue: [],
    });
    expect(heuristicAttributionAccumulatorSchema.parse(JSON.parse(JSON.stringify(acc)))).toEqual(acc);
  });

  it('does not share the options object it was given', () => {
    const options = { direct: ['direct'], positionWeights: { first: 0.3, last: 0.5 } };
    const acc = createHeuristicAttributionAccumulator('positionBased', options);
    acc.options.positionWeights.first = 0;
    acc.options.direct.push('x');
    expect(options).toEqual({ direct: ['direct'], positionWeights: { first: 0.3, last: 0.5 } });
  });

  it('refuses an unknown model or bad options with their path', () => {
    expectOmnicxError(() => createHeuristicAttributionAccumulator('lastClick' as never), 'INVALID_INPUT', ['model']);
    expectOmnicxError(() => createHeuristicAttributionAccumulator('timeDecay', { halfLifeDays: -1 }), 'INVALID_INPUT', ['options', 'halfLifeDays']);
    expectOmnicxError(
      () => createHeuristicAttributionAccumulator('positionBased', { positionWeights: { first: 0.7, last: 0.7 } }),
      'INVALID_INPUT',
      ['options', 'positionWeights'],
    );
  });
});
