import { describe, expect, it } from 'vitest';
import { addJourneysToChannelSwitching, createChannelSwitchingAccumulator, mergeChannelSwitchingAccumulators } from '../../src/journey/index.js';
import { deepFreeze, expectOmnicxError } from './helpers.js';

describe('mergeChannelSwitchingAccumulators', () => {
  it('adds the sums and unites the channels into a new accumulator, touching neither', () => {
    const a = deepFreeze(addJourneysToChannelSwitching(createChannelSwitchingAccumulator(), [{ steps: [{ touchpoint: 'h', at: 0, channel: 'web' }, { touchpoint: 'h', at: 1, channel: 'app' }] }]));
    const b = deepFreeze(
      addJourneysToChannelSwitching(createChannelSwitchingAccumulator(), [
        { steps: [{ touchpoint: 'h', at: 0, channel: 'web' }, { touchpoint: 'h', at: 1, channel: 'app' }] },
        { steps: [{ touchpoint: 'h', at: 0, channel: 'sms' }] },
      ]),
    );
    const merged = mergeChannelSwitchingAccumulators(a, b);
    expect(merged).toMatchObject({ journeys: 3, multiChannelJourneys: 2, channels: ['app', 'sms', 'web'], transitions: [{ from: 'web', to: 'app', count: 2 }] });
    expect(mergeChannelSwitchingAccumulators(b, a)).toEqual(merged);
  });

  it('refuses other patterns or conversion, malformed accumulators and overflowing counts', () => {
    const a = createChannelSwitchingAccumulator();
    expectOmnicxError(() => mergeChannelSwitchingAccumulators(a, createChannelSwitchingAccumulator({ patterns: [] })), 'INVALID_INPUT', ['b', 'patterns']);
    expectOmnicxError(() => mergeChannelSwitchingAccumulators(a, createChannelSwitchingAccumulator({ conversion: 'till' })), 'INVALID_INPUT', ['b', 'conversion']);
    expectOmnicxError(() => mergeChannelSwitchingAccumulators(a, { ...a, channels: ['b', 'a'] }), 'INVALID_INPUT', ['b', 'channels', 1]);
    const typed = { ...a, patterns: [{ name: 'x', sequence: new Uint8Array([0]) }] };
    expectOmnicxError(() => mergeChannelSwitchingAccumulators(a, typed as never), 'INVALID_INPUT', ['b', 'patterns', 0, 'sequence']);
    const full = { ...a, journeys: Number.MAX_SAFE_INTEGER };
    expectOmnicxError(() => mergeChannelSwitchingAccumulators(full, { ...a, journeys: 1 }), 'NOT_SAFE_INTEGER', ['b', 'journeys']);
  });
});
