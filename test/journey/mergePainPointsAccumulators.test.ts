import { describe, expect, it } from 'vitest';
import { addEventsToPainPoints, createPainPointsAccumulator, mergePainPointsAccumulators } from '../../src/journey/index.js';
import { deepFreeze, expectOmnicxError } from './helpers.js';

describe('mergePainPointsAccumulators', () => {
  it('adds the sums and interleaves the customers into a new accumulator, touching neither', () => {
    const a = deepFreeze(addEventsToPainPoints(createPainPointsAccumulator(), [{ customerId: 'c', at: 0, touchpoint: 'help', sentiment: -1 }]));
    const b = deepFreeze(
      addEventsToPainPoints(createPainPointsAccumulator(), [
        { customerId: 'a', at: 0, touchpoint: 'help' },
        { customerId: 'a', at: 1, touchpoint: 'till', type: 'conversion' },
      ]),
    );
    const merged = mergePainPointsAccumulators(a, b);
    expect(merged.customers).toEqual(['a', 'c']);
    expect(merged.rows).toEqual([
      { touchpoint: 'help', volume: 2, exits: 1, feedback: 1, negativeFeedback: 1 },
      { touchpoint: 'till', volume: 1, exits: 0, feedback: 0, negativeFeedback: 0 },
    ]);
    expect(mergePainPointsAccumulators(b, a)).toEqual(merged);
  });

  it('refuses other options, a customer in both, and malformed accumulators', () => {
    const a = addEventsToPainPoints(createPainPointsAccumulator(), [{ customerId: 'a', at: 0, touchpoint: 'x' }]);
    expectOmnicxError(() => mergePainPointsAccumulators(a, createPainPointsAccumulator({ timeoutMs: 1 })), 'INVALID_INPUT', ['b', 'timeoutMs']);
    expectOmnicxError(() => mergePainPointsAccumulators(a, createPainPointsAccumulator({ conversion: 'x' })), 'INVALID_INPUT', ['b', 'conversion']);
    expectOmnicxError(() => mergePainPointsAccumulators(a, createPainPointsAccumulator({ negativeBelow: 0.1 })), 'INVALID_INPUT', ['b', 'negativeBelow']);
    const again = addEventsToPainPoints(createPainPointsAccumulator(), [{ customerId: '0', at: 0, touchpoint: 'x' }, { customerId: 'a', at: 9, touchpoint: 'y' }]);
    expectOmnicxError(() => mergePainPointsAccumulators(a, again), 'INVALID_INPUT', ['b', 'customers', 1]);
    expectOmnicxError(() => mergePainPointsAccumulators({ ...a, version: 3 } as never, a), 'INVALID_INPUT', ['a', 'version']);
  });
});
