import { describe, expect, it } from 'vitest';
import { addJourneysToChannelSwitching, createChannelSwitchingAccumulator, type JourneySteps } from '../../src/journey/index.js';
import { deepFreeze, expectOmnicxError } from './helpers.js';

describe('addJourneysToChannelSwitching', () => {
  it('adds each journey’s transitions and patterns in place, a customer’s journeys on their own', () => {
    const acc = createChannelSwitchingAccumulator({ conversion: 'till' });
    // Two journeys of one customer: the transition web → store exists only within each journey.
    const first: JourneySteps[] = deepFreeze([{ steps: [{ touchpoint: 'home', at: 0, channel: 'web' }] }]);
    const second: JourneySteps[] = deepFreeze([{ steps: [{ touchpoint: 'till', at: 9, channel: 'store' }, { touchpoint: 'home', at: 10, channel: 'web' }] }]);
    expect(addJourneysToChannelSwitching(acc, first)).toBe(acc);
    addJourneysToChannelSwitching(acc, second);
    expect(acc).toMatchObject({ journeys: 2, multiChannelJourneys: 1, patternJourneys: [0, 0], channels: ['store', 'web'], transitions: [{ from: 'store', to: 'web', count: 1 }] });
    addJourneysToChannelSwitching(acc, [{ steps: [{ touchpoint: 'home', at: 0, channel: 'web' }, { touchpoint: 'till', at: 1, channel: 'store' }] }]);
    expect(acc.transitions).toEqual([
      { from: 'store', to: 'web', count: 1 },
      { from: 'web', to: 'store', count: 1 },
    ]);
    expect(acc.patternJourneys).toEqual([1, 0]);
  });

  it('adds a batch with a bad journey not at all', () => {
    const acc = createChannelSwitchingAccumulator();
    const before = structuredClone(acc);
    expectOmnicxError(
      () => addJourneysToChannelSwitching(acc, [{ steps: [{ touchpoint: 'a', at: 0, channel: 'web' }] }, { steps: [{ touchpoint: 'b', at: Number.NaN }] }]),
      'INVALID_INPUT',
      ['journeys', 1, 'steps', 0, 'at'],
    );
    expectOmnicxError(() => addJourneysToChannelSwitching(acc, [{ steps: [{ touchpoint: 'a', at: 0, channel: 7 as never }] }]), 'INVALID_INPUT', ['journeys', 0, 'steps', 0, 'channel']);
    expect(acc).toEqual(before);
  });

  it('refuses a malformed accumulator and counts past 2^53 − 1', () => {
    expectOmnicxError(() => addJourneysToChannelSwitching({ ...createChannelSwitchingAccumulator(), journeys: -1 }, []), 'INVALID_INPUT', ['acc', 'journeys']);
    const full = { ...createChannelSwitchingAccumulator(), journeys: Number.MAX_SAFE_INTEGER };
    expectOmnicxError(() => addJourneysToChannelSwitching(full, [{ steps: [] }]), 'NOT_SAFE_INTEGER', ['acc', 'journeys']);
  });
});
