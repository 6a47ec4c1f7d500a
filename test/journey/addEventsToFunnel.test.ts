import { describe, expect, it } from 'vitest';
import { addEventsToFunnel, createFunnelAccumulator, defineTouchpoints, funnel, funnelFromAccumulator, type EventColumns, type JourneyEventInput } from '../../src/journey/index.js';
import { deepFreeze, expectOmnicxError } from './helpers.js';

const ev = (customerId: string, at: number, touchpoint: string, extra: Partial<JourneyEventInput> = {}): JourneyEventInput => ({ customerId, at, touchpoint, ...extra });

describe('addEventsToFunnel', () => {
  it('keeps each customer’s counted attempt, customers in code-unit order, updating the accumulator in place', () => {
    const acc = createFunnelAccumulator(['view', 'cart', 'buy'], { windowMs: 100 });
    // b: the later view starts the counted attempt (equally far, started last); é sorts after z.
    const returned = addEventsToFunnel(acc, deepFreeze([ev('z', 5, 'view'), ev('b', 0, 'view'), ev('b', 10, 'view'), ev('b', 20, 'cart'), ev('é', 3, 'cart')]));
    expect(returned).toBe(acc);
    expect(acc.customers).toEqual(['b', 'z', 'é']);
    expect(acc.levels).toEqual([1, 0, -1]);
    expect(acc.times).toEqual([[10, 20], [5], []]);
    addEventsToFunnel(acc, [ev('a', 0, 'view'), ev('a', 50, 'cart'), ev('a', 100, 'buy')]);
    expect(acc.customers).toEqual(['a', 'b', 'z', 'é']);
    expect(acc.times[0]).toEqual([0, 50, 100]);
  });

  it('fills events from the catalogue and keeps the breakdown value of the counted first step', () => {
    const touchpoints = defineTouchpoints([
      { id: 'view', kind: 'digital', channel: 'web' },
      { id: 'buy', kind: 'service', channel: 'store' },
    ]);
    const acc = createFunnelAccumulator(['view', 'buy'], { touchpoints, breakdownBy: 'channel' });
    const events = [ev('a', 0, 'view'), ev('a', 1, 'view', { channel: 'app' }), ev('a', 2, 'buy'), ev('b', 0, 'view'), ev('c', 0, 'buy')];
    addEventsToFunnel(acc, events);
    expect(acc.breakdown).toEqual(['app', 'web', null]);
    expect(funnelFromAccumulator(acc)).toEqual(funnel(events, ['view', 'buy'], { touchpoints, breakdownBy: 'channel' }));
    expectOmnicxError(() => addEventsToFunnel(acc, [ev('d', 0, 'search')]), 'INVALID_INPUT', ['events', 0, 'touchpoint']);
  });

  it('refuses a customer already in the accumulator and then adds nothing of the batch', () => {
    const acc = addEventsToFunnel(createFunnelAccumulator(['view', 'buy']), [ev('a', 0, 'view')]);
    const before = structuredClone(acc);
    expectOmnicxError(() => addEventsToFunnel(acc, [ev('c', 0, 'view'), ev('b', 0, 'view'), ev('a', 5, 'buy')]), 'INVALID_INPUT', ['events', 2, 'customerId']);
    expect(acc).toEqual(before);
    expectOmnicxError(() => addEventsToFunnel(acc, [ev('c', 0, 'view'), ev('d', 'yesterday' as never, 'view')]), 'INVALID_DATE', ['events', 1, 'at']);
    expect(acc).toEqual(before);
  });

  it('takes columns, refusing a customer code already held, ids mixed with codes, and columns with a breakdown', () => {
    const columns = (customer: number[], at: number[], touchpoint: number[]): EventColumns => ({
      customer: Int32Array.from(customer),
      at: Float64Array.from(at),
      touchpoint: Int32Array.from(touchpoint),
      dictionary: ['view', 'buy'],
    });
    const acc = addEventsToFunnel(createFunnelAccumulator(['view', 'buy']), columns([7, 2, 7], [0, 0, 9], [0, 0, 1]));
    expect(acc.customers).toEqual([2, 7]);
    expect(acc.times).toEqual([[0], [0, 9]]);
    expectOmnicxError(() => addEventsToFunnel(acc, columns([3, 3, 2], [0, 1, 2], [0, 1, 1])), 'INVALID_INPUT', ['events', 'customer', 2]);
    expectOmnicxError(() => addEventsToFunnel(acc, [ev('a', 0, 'view')]), 'INVALID_INPUT', ['events']);
    expectOmnicxError(() => addEventsToFunnel(acc, columns([1], [Number.NaN], [0])), 'INVALID_INPUT', ['events', 'at', 0]);
    const withBreakdown = createFunnelAccumulator(['view'], { breakdownBy: 'zone' });
    expectOmnicxError(() => addEventsToFunnel(withBreakdown, columns([1], [0], [0])), 'INVALID_INPUT', ['options', 'breakdownBy']);
  });

  it('refuses a malformed accumulator', () => {
    expectOmnicxError(() => addEventsToFunnel({ ...createFunnelAccumulator(['a']), version: 2 } as never, []), 'INVALID_INPUT', ['acc', 'version']);
    expectOmnicxError(() => addEventsToFunnel({ ...createFunnelAccumulator(['a']), levels: [0] }, []), 'INVALID_INPUT', ['acc', 'levels']);
    const held = addEventsToFunnel(createFunnelAccumulator(['a', 'b']), [ev('x', 0, 'a'), ev('y', 0, 'b')]);
    expectOmnicxError(() => addEventsToFunnel({ ...held, times: [5, []] as never }, []), 'INVALID_INPUT', ['acc', 'times', 0]);
    expectOmnicxError(() => addEventsToFunnel({ ...held, customers: ['x', 3] as never }, []), 'INVALID_INPUT', ['acc', 'customers', 1]);
    expectOmnicxError(() => addEventsToFunnel({ ...held, levels: [0, 2] }, []), 'INVALID_INPUT', ['acc', 'levels', 1]);
    expectOmnicxError(() => addEventsToFunnel({ ...held, times: [[Number.NaN], []] }, []), 'INVALID_INPUT', ['acc', 'times', 0]);
  });
});
