import { describe, expect, it } from 'vitest';
import { channelSwitching, createChannelSwitchingAccumulator, createFunnelAccumulator, funnel, painPoints } from '../../src/journey/index.js';

// Nested journey configuration must be strict (HEAD 9d8220c: "typos in … journey definitions are
// refused at their path"); these three still drop an unknown key and give a wrong result silently.
describe('nested journey configuration refuses typos', () => {
  const storeOnly = [{ steps: [{ touchpoint: 'till', at: 0, channel: 'store' }] }];
  it('a channel-pattern matcher with a typo is refused, not turned into match-anything', () => {
    // today: patterns → [{ name: 'web-first', journeys: 1, share: 1 }] for a store-only journey
    expect(() => channelSwitching(storeOnly, { patterns: [{ name: 'web-first', sequence: [{ chanel: 'web' } as never] }] })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['options', 'patterns', 0, 'sequence', 0, 'chanel'] }),
    );
    expect(() => createChannelSwitchingAccumulator({ patterns: [{ name: 'p', sequence: [{ chanel: 'web' } as never] }] })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['options', 'patterns', 0, 'sequence', 0, 'chanel'] }),
    );
  });
  it('a funnel exclusion with a typo is refused, not applied from step 0', () => {
    const events = [
      { customerId: 'c', at: 0, touchpoint: 'view' },
      { customerId: 'c', at: 1, touchpoint: 'coupon' },
      { customerId: 'c', at: 2, touchpoint: 'cart' },
      { customerId: 'c', at: 3, touchpoint: 'buy' },
    ];
    // today: counts [0, 0, 0] (the exclusion silently runs from step 0)
    expect(() => funnel(events, ['view', 'cart', 'buy'], { exclusions: [{ touchpoint: 'coupon', form: 1 } as never] })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['options', 'exclusions', 0, 'form'] }),
    );
    expect(() => createFunnelAccumulator(['view', 'cart', 'buy'], { exclusions: [{ touchpoint: 'coupon', form: 1 } as never] })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['options', 'exclusions', 0, 'form'] }),
    );
  });
  it('a pain-point weight with a typo is refused, not ignored', () => {
    expect(() => painPoints([{ customerId: 'c', at: 0, touchpoint: 'x' }], { weights: { exits: 0 } as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['options', 'weights', 'exits'] }),
    );
  });
});
