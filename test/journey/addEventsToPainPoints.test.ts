import { describe, expect, it } from 'vitest';
import { addEventsToPainPoints, createPainPointsAccumulator, defineTouchpoints, type JourneyEventInput } from '../../src/journey/index.js';
import { deepFreeze, expectOmnicxError, HOUR } from './helpers.js';

describe('addEventsToPainPoints', () => {
  it('adds per-touchpoint sums of sessionized events in place, customers in code-unit order', () => {
    const acc = createPainPointsAccumulator({ timeoutMs: HOUR });
    const events: JourneyEventInput[] = deepFreeze([
      { customerId: 'é', at: 0, touchpoint: 'help', sentiment: -1 },
      { customerId: 'b', at: 0, touchpoint: 'help' },
      { customerId: 'b', at: 2 * HOUR, touchpoint: 'help', sentiment: 0.5 },
    ]);
    expect(addEventsToPainPoints(acc, events)).toBe(acc);
    expect(acc.customers).toEqual(['b', 'é']);
    // b has two sessions (the gap exceeds the timeout), each ending at help without conversion.
    expect(acc.rows).toEqual([{ touchpoint: 'help', volume: 3, exits: 3, feedback: 2, negativeFeedback: 1 }]);
  });

  it('refuses a customer already in the accumulator, and then adds nothing of the batch', () => {
    const acc = addEventsToPainPoints(createPainPointsAccumulator(), [{ customerId: 'b', at: 0, touchpoint: 'help' }]);
    const before = structuredClone(acc);
    expectOmnicxError(
      () => addEventsToPainPoints(acc, [{ customerId: 'a', at: 0, touchpoint: 'x' }, { customerId: 'b', at: 5, touchpoint: 'help' }]),
      'INVALID_INPUT',
      ['events', 1, 'customerId'],
    );
    expectOmnicxError(() => addEventsToPainPoints(acc, [{ customerId: 'c', at: 0, touchpoint: 'x', sentiment: 3 }]), 'INVALID_INPUT', ['events', 0, 'sentiment']);
    expect(acc).toEqual(before);
  });

  it('uses the catalogue of the accumulator', () => {
    const touchpoints = defineTouchpoints([{ id: 'till', kind: 'service', channel: 'store' }]);
    const acc = createPainPointsAccumulator({ touchpoints });
    expectOmnicxError(() => addEventsToPainPoints(acc, [{ customerId: 'a', at: 0, touchpoint: 'web' }]), 'INVALID_INPUT', ['events', 0, 'touchpoint']);
    expect(addEventsToPainPoints(acc, [{ customerId: 'a', at: 0, touchpoint: 'till' }]).rows).toHaveLength(1);
  });

  it('refuses a malformed accumulator', () => {
    expectOmnicxError(() => addEventsToPainPoints({ ...createPainPointsAccumulator(), customers: 'a' } as never, []), 'INVALID_INPUT', ['acc', 'customers']);
  });
});
