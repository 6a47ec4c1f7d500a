import { describe, expect, it } from 'vitest';
import { addEventsToFunnel, createFunnelAccumulator, funnel, funnelFromAccumulator, mergeFunnelAccumulators, type JourneyEventInput } from '../../src/journey/index.js';
import { deepFreeze, expectOmnicxError } from './helpers.js';

const ev = (customerId: string, at: number, touchpoint: string): JourneyEventInput => ({ customerId, at, touchpoint });

describe('mergeFunnelAccumulators', () => {
  it('interleaves the customers of both into a new accumulator, touching neither', () => {
    const steps = ['view', 'buy'];
    const first = [ev('c', 0, 'view'), ev('a', 0, 'view'), ev('a', 4, 'buy')];
    const second = [ev('b', 0, 'view'), ev('b', 2, 'buy'), ev('d', 1, 'buy')];
    const a = deepFreeze(addEventsToFunnel(createFunnelAccumulator(steps), first));
    const b = deepFreeze(addEventsToFunnel(createFunnelAccumulator(steps), second));
    const merged = mergeFunnelAccumulators(a, b);
    expect(merged.customers).toEqual(['a', 'b', 'c', 'd']);
    expect(merged.levels).toEqual([1, 1, 0, -1]);
    expect(merged.times).toEqual([[0, 4], [0, 2], [0], []]);
    expect(merged.times[0]).not.toBe(a.times[0]);
    expect(funnelFromAccumulator(merged)).toEqual(funnel([...first, ...second], steps));
    expect(mergeFunnelAccumulators(b, a)).toEqual(merged);
  });

  it('refuses accumulators of different funnels, a customer in both and ids merged with codes', () => {
    const a = addEventsToFunnel(createFunnelAccumulator(['view', 'buy']), [ev('a', 0, 'view')]);
    expectOmnicxError(() => mergeFunnelAccumulators(a, createFunnelAccumulator(['view', 'cart'])), 'INVALID_INPUT', ['b', 'steps']);
    expectOmnicxError(() => mergeFunnelAccumulators(a, createFunnelAccumulator(['view', 'buy'], { windowMs: 1 })), 'INVALID_INPUT', ['b', 'windowMs']);
    expectOmnicxError(() => mergeFunnelAccumulators(a, createFunnelAccumulator(['view', 'buy'], { mode: 'strict' })), 'INVALID_INPUT', ['b', 'mode']);
    expectOmnicxError(() => mergeFunnelAccumulators(a, createFunnelAccumulator(['view', 'buy'], { breakdownBy: 'channel' })), 'INVALID_INPUT', ['b', 'breakdownBy']);
    expectOmnicxError(
      () => mergeFunnelAccumulators(a, createFunnelAccumulator(['view', 'buy'], { exclusions: [{ touchpoint: 'x' }] })),
      'INVALID_INPUT',
      ['b', 'exclusions'],
    );
    const again = addEventsToFunnel(createFunnelAccumulator(['view', 'buy']), [ev('0', 0, 'view'), ev('a', 3, 'buy')]);
    expectOmnicxError(() => mergeFunnelAccumulators(a, again), 'INVALID_INPUT', ['b', 'customers', 1]);
    const codes = addEventsToFunnel(createFunnelAccumulator(['view', 'buy']), {
      customer: new Int32Array([1]),
      at: new Float64Array([0]),
      touchpoint: new Int32Array([0]),
      dictionary: ['view'],
    });
    expectOmnicxError(() => mergeFunnelAccumulators(a, codes), 'INVALID_INPUT', ['b', 'customers']);
    expectOmnicxError(() => mergeFunnelAccumulators(a, { ...codes, customers: [1, 1] }), 'INVALID_INPUT', ['b', 'levels']);
  });
});
