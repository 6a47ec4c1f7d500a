import fc from 'fast-check';
import { allocateToChannels, type ChannelAllocationMethod, type ChannelDemand } from '../../src/inventory/index.js';
import { deepFreeze } from './bruteForce.js';
import { thrown } from './helpers.js';
import { describe, expect, it } from 'vitest';

const allocated = (quantity: number, channels: ChannelDemand[], method: ChannelAllocationMethod): number[] =>
  allocateToChannels(quantity, channels, { method }).channels.map((c) => c.allocated);

describe('allocateToChannels', () => {
  const channels: ChannelDemand[] = [
    { id: 'web', demand: 50, priority: 1 },
    { id: 'store', demand: 30, priority: 2, min: 12 },
    { id: 'app', demand: 20, priority: 1, max: 15 },
  ];
  // ceilings: web 50, store 30, app min(20, 15) = 15; Σ = 95

  it('fills channels in priority order, higher first, ties by id', () => {
    // store (2) takes 30, then app (1, id 'app' < 'web') 15, then web the last 15
    expect(allocated(60, channels, 'priority')).toEqual([15, 30, 15]);
    expect(allocateToChannels(60, channels, { method: 'priority' }).channels[0]?.reasons).toEqual([{ units: 15, reason: 'priority' }]);
  });

  it('shares by demand with largest remainders, ties broken by id', () => {
    // 10 · 50/95 = 5.263, 10 · 30/95 = 3.158, 10 · 15/95 = 1.579 → floors 5, 3, 1 (9); the last unit to app (.579)
    const result = allocateToChannels(10, channels, { method: 'demandShare' });
    expect(result.channels.map((c) => c.allocated)).toEqual([5, 3, 2]);
    expect(result.channels[2]?.reasons).toEqual([
      { units: 1, reason: 'share' },
      { units: 1, reason: 'remainder' },
    ]);
    // three equal channels and 2 units: remainders tie at 2/3, so ids a and b get them
    const equal = ['c', 'a', 'b'].map((id) => ({ id, demand: 1 }));
    expect(allocated(2, equal, 'demandShare')).toEqual([0, 1, 1]);
  });

  it('water-fills equal shares up to each ceiling under fairShare', () => {
    // 70 units: level 27 → min(50, 27) + min(30, 27) + min(15, 27) = 27 + 27 + 15 = 69; 1 left to store (priority 2)
    const result = allocateToChannels(70, channels, { method: 'fairShare' });
    expect(result.channels.map((c) => c.allocated)).toEqual([27, 28, 15]);
    expect(result.channels[1]?.reasons).toEqual([
      { units: 27, reason: 'fairShare' },
      { units: 1, reason: 'remainder' },
    ]);
  });

  it('grants minimums first, then shares the rest by remaining demand', () => {
    // store's minimum 12; the other 18 by remaining demand 50, 18, 15 (Σ 83):
    // 18 · 50/83 = 10.84, 18 · 18/83 = 3.90, 18 · 15/83 = 3.25 → 10, 3, 3 (16), remainders .84 and .90 get one each
    const result = allocateToChannels(30, channels, { method: 'minimumsThenShare' });
    expect(result.channels.map((c) => c.allocated)).toEqual([11, 16, 3]);
    expect(result.channels[1]?.reasons).toEqual([
      { units: 12, reason: 'minimum' },
      { units: 3, reason: 'share' },
      { units: 1, reason: 'remainder' },
    ]);
    // minimums above the quantity are themselves cut down in proportion: 5 · 12/(12 + 6) = 3.33, 5 · 6/18 = 1.67 → 3 + 1, then .67 → 2
    const twoMins = [
      { id: 'a', demand: 20, min: 12 },
      { id: 'b', demand: 20, min: 6 },
    ];
    expect(allocated(5, twoMins, 'minimumsThenShare')).toEqual([3, 2]);
  });

  it('leaves what nobody wants unallocated', () => {
    const result = allocateToChannels(200, channels, { method: 'demandShare' });
    expect(result.allocated).toBe(95);
    expect(result.unallocated).toBe(105);
    expect(allocateToChannels(5, [], { method: 'fairShare' })).toEqual({ method: 'fairShare', quantity: 5, allocated: 0, unallocated: 5, channels: [] });
  });

  const channelsArb = fc.uniqueArray(
    fc.record(
      {
        id: fc.string({ minLength: 1, maxLength: 3 }),
        demand: fc.integer({ min: 0, max: 1e6 }),
        priority: fc.integer({ min: -2, max: 2 }),
        min: fc.integer({ min: 0, max: 1000 }),
        max: fc.integer({ min: 1000, max: 2e6 }),
      },
      { requiredKeys: ['id', 'demand'] },
    ),
    { maxLength: 8, selector: (c) => c.id },
  );

  it('allocates integers that sum exactly, within each ceiling, for every method', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3e6 }), channelsArb, fc.constantFrom('priority', 'demandShare', 'fairShare', 'minimumsThenShare'), (quantity, list, method) => {
        const frozen = deepFreeze(structuredClone(list));
        const result = allocateToChannels(quantity, frozen, { method });
        const wanted = list.reduce((s, c) => s + Math.min(c.demand, c.max ?? Infinity), 0);
        expect(result.allocated).toBe(Math.min(quantity, wanted));
        expect(result.channels.reduce((s, c) => s + c.allocated, 0)).toBe(result.allocated);
        result.channels.forEach((c, i) => {
          expect(Number.isInteger(c.allocated)).toBe(true);
          expect(c.allocated).toBeLessThanOrEqual(Math.min(list[i]!.demand, list[i]!.max ?? Infinity));
          expect(c.reasons.reduce((s, r) => s + r.units, 0)).toBe(c.allocated);
        });
        expect(frozen).toEqual(list);
      }),
      { numRuns: 300 },
    );
  });

  it('gives demand shares within one unit of the exact quota', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e5 }), channelsArb, (quantity, list) => {
        const plain = list.map(({ id, demand }) => ({ id, demand }));
        const total = plain.reduce((s, c) => s + c.demand, 0);
        const result = allocateToChannels(quantity, plain, { method: 'demandShare' });
        const given = Math.min(quantity, total);
        result.channels.forEach((c, i) => {
          const quota = total === 0 ? 0 : (given * plain[i]!.demand) / total;
          expect(Math.abs(c.allocated - quota)).toBeLessThan(1);
        });
      }),
    );
  });

  it.each([
    ['a negative quantity', -1, [], ['quantity']],
    ['a fractional quantity', 1.5, [], ['quantity']],
    ['a negative demand', 1, [{ id: 'a', demand: -1 }], ['channels', 0, 'demand']],
    ['a duplicate id', 1, [{ id: 'a', demand: 1 }, { id: 'a', demand: 1 }], ['channels', 1, 'id']],
    ['min above max', 1, [{ id: 'a', demand: 1, min: 3, max: 2 }], ['channels', 0, 'min']],
  ])('refuses %s', (_, quantity, list, path) => {
    expect(thrown(() => allocateToChannels(quantity, list as ChannelDemand[], { method: 'priority' }))).toEqual({ code: 'INVALID_INPUT', path });
  });

  it('refuses an unknown method', () => {
    expect(thrown(() => allocateToChannels(1, [], { method: 'random' as ChannelAllocationMethod }))).toEqual({
      code: 'INVALID_INPUT',
      path: ['options', 'method'],
    });
  });
});

describe('allocateToChannels exact past 2^53 (review)', () => {
  it('apportions exactly by largest remainder when the demands sum past 2^53', () => {
    const big = Number.MAX_SAFE_INTEGER; // 2^53 − 1
    // quotas: a = big·big/(big+2) = 2^53 − 3 + 4/(2^53+1), b = 2·big/(big+2) = 2 − 4/(2^53+1)
    const result = allocateToChannels(big, [{ id: 'a', demand: big }, { id: 'b', demand: 2 }], { method: 'demandShare' });
    expect(result.channels.map((c) => c.allocated)).toEqual([big - 2, 2]);
    expect(result.channels[1]!.reasons).toEqual([{ units: 1, reason: 'share' }, { units: 1, reason: 'remainder' }]);
  });
});
