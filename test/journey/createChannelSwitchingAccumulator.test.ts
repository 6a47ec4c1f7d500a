import { describe, expect, it } from 'vitest';
import { channelSwitching, createChannelSwitchingAccumulator } from '../../src/journey/index.js';
import { deepFreeze, expectOmnicxError } from './helpers.js';

describe('createChannelSwitchingAccumulator', () => {
  it('writes out the default patterns and holds zero sums, as plain JSON', () => {
    const acc = createChannelSwitchingAccumulator();
    expect(acc.patterns.map((p) => p.name)).toEqual(['ropo', 'bopis']);
    expect(acc.patterns[0]?.sequence[0]?.channel).toEqual(['web', 'app', 'social', 'email', 'sms', 'marketplace']);
    expect(acc).toMatchObject({ kind: 'journeyChannelSwitching', version: 1, conversion: null, journeys: 0, multiChannelJourneys: 0, patternJourneys: [0, 0], channels: [], transitions: [] });
    expect(JSON.parse(JSON.stringify(acc))).toEqual(acc);
    expect(channelSwitching([]).patterns.map((p) => p.name)).toEqual(acc.patterns.map((p) => p.name));
  });

  it('keeps given patterns and conversion ids as lists, without touching them', () => {
    const patterns = deepFreeze([{ name: 'store-only', sequence: [{ channel: 'store' }] }]);
    const acc = createChannelSwitchingAccumulator(deepFreeze({ patterns, conversion: 'till' }));
    expect(acc.patterns).toEqual(patterns);
    expect(acc.patterns).not.toBe(patterns);
    expect(acc.conversion).toEqual(['till']);
    expect(acc.patternJourneys).toEqual([0]);
  });

  it('refuses malformed patterns and conversions, and a predicate', () => {
    expectOmnicxError(() => createChannelSwitchingAccumulator({ patterns: [{ name: 'x', sequence: [] }] }), 'INVALID_INPUT', ['options', 'patterns', 0, 'sequence']);
    expectOmnicxError(() => createChannelSwitchingAccumulator({ conversion: [] }), 'INVALID_INPUT', ['options', 'conversion']);
    expectOmnicxError(() => createChannelSwitchingAccumulator({ conversion: (() => true) as never }), 'INVALID_INPUT', ['options', 'conversion']);
    expectOmnicxError(() => createChannelSwitchingAccumulator(5 as never), 'INVALID_INPUT', ['options']);
  });
});
