import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addJourneysToChannelSwitching,
  channelSwitching,
  channelSwitchingAccumulatorSchema,
  channelSwitchingFromAccumulator,
  createChannelSwitchingAccumulator,
  mergeChannelSwitchingAccumulators,
  type ChannelSwitchingAccumulatorOptions,
  type JourneySteps,
} from '../../src/journey/index.js';
import { deepFreeze, expectOmnicxError, mergeInTree, splitAt } from './helpers.js';

const stepArb = fc
  .record({
    touchpoint: fc.constantFrom('home', 'till', 'buy', 'locker'),
    at: fc.integer({ min: 0, max: 100 }),
    channel: fc.option(fc.constantFrom('web', 'app', 'store', 'Store', 'é'), { nil: undefined }),
    type: fc.option(fc.constantFrom('touch' as const, 'conversion' as const, 'feedback' as const), { nil: undefined }),
    stage: fc.option(fc.constantFrom('pickup', 'browse'), { nil: undefined }),
  })
  .map((s) => Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) as JourneySteps['steps'][number]);
const journeyArb = fc.array(stepArb, { maxLength: 6 }).map((steps): JourneySteps => ({ steps }));
const optionsArb: fc.Arbitrary<ChannelSwitchingAccumulatorOptions> = fc.constantFrom(
  {},
  { conversion: 'till' },
  { conversion: ['till', 'buy'], patterns: [{ name: 'web-then-store', sequence: [{ channel: 'web' }, { channel: ['store', 'Store'] }] }] },
  { patterns: [] },
);

describe('channelSwitchingFromAccumulator', () => {
  it('reads a hand-computed matrix, switches and patterns', () => {
    const acc = createChannelSwitchingAccumulator();
    addJourneysToChannelSwitching(acc, [
      { steps: [{ touchpoint: 'p', at: 0, channel: 'web' }, { touchpoint: 'x', at: 1 }, { touchpoint: 'till', at: 2, channel: 'store', type: 'conversion' }] },
    ]);
    addJourneysToChannelSwitching(acc, [
      { steps: [{ touchpoint: 'buy', at: 0, channel: 'app', type: 'conversion' }, { touchpoint: 'desk', at: 1, channel: 'store', stage: 'pickup' }] },
      { steps: [{ touchpoint: 'p', at: 0, channel: 'web' }, { touchpoint: 'q', at: 1, channel: 'web' }] },
      { steps: [] },
    ]);
    const result = channelSwitchingFromAccumulator(acc);
    expect(result.journeys).toBe(4);
    expect(result.channels).toEqual(['app', 'store', 'web']);
    expect(result.matrix).toEqual([
      [0, 1, 0],
      [0, 0, 0],
      [0, 1, 1],
    ]);
    expect(result.switches).toEqual([
      { from: 'app', to: 'store', count: 1 },
      { from: 'web', to: 'store', count: 1 },
    ]);
    expect(result.multiChannelJourneys).toBe(2);
    expect(result.patterns).toEqual([
      { name: 'ropo', journeys: 1, share: 0.25 },
      { name: 'bopis', journeys: 1, share: 0.25 },
    ]);
  });

  it('equals channelSwitching for any split of the journeys, merged in any tree, through JSON (property)', () => {
    fc.assert(
      fc.property(fc.array(journeyArb, { maxLength: 25 }), optionsArb, fc.array(fc.nat(25), { maxLength: 5 }), fc.array(fc.nat(20), { maxLength: 6 }), (journeys, options, cuts, shape) => {
        const parts = splitAt(journeys, cuts).map((part) => addJourneysToChannelSwitching(createChannelSwitchingAccumulator(options), part));
        const merged = mergeInTree(parts, shape, mergeChannelSwitchingAccumulators, () => createChannelSwitchingAccumulator(options));
        expect(channelSwitchingAccumulatorSchema.safeParse(merged).success).toBe(true);
        expect(channelSwitchingFromAccumulator(merged)).toEqual(channelSwitching(journeys, options));
      }),
    );
  });

  it('refuses malformed or inconsistent accumulators, and leaves its argument as it was', () => {
    const acc = deepFreeze(addJourneysToChannelSwitching(createChannelSwitchingAccumulator(), [{ steps: [{ touchpoint: 'a', at: 0, channel: 'web' }, { touchpoint: 'b', at: 1, channel: 'app' }] }]));
    expect(channelSwitchingFromAccumulator(acc).switches).toEqual([{ from: 'web', to: 'app', count: 1 }]);
    expectOmnicxError(() => channelSwitchingFromAccumulator({ ...acc, kind: 'x' } as never), 'INVALID_INPUT', ['acc', 'kind']);
    expectOmnicxError(() => channelSwitchingFromAccumulator({ ...acc, patternJourneys: [0] }), 'INVALID_INPUT', ['acc', 'patternJourneys']);
    expectOmnicxError(() => channelSwitchingFromAccumulator({ ...acc, multiChannelJourneys: 2 }), 'INVALID_INPUT', ['acc', 'multiChannelJourneys']);
    expectOmnicxError(() => channelSwitchingFromAccumulator({ ...acc, channels: ['web', 'app'] }), 'INVALID_INPUT', ['acc', 'channels', 1]);
    expectOmnicxError(() => channelSwitchingFromAccumulator({ ...acc, transitions: [{ from: 'web', to: 'sms', count: 1 }] }), 'INVALID_INPUT', ['acc', 'transitions', 0]);
    expectOmnicxError(
      () => channelSwitchingFromAccumulator({ ...acc, transitions: [{ from: 'web', to: 'app', count: 1 }, { from: 'app', to: 'web', count: 1 }] }),
      'INVALID_INPUT',
      ['acc', 'transitions', 1],
    );
    expectOmnicxError(() => channelSwitchingFromAccumulator({ ...acc, transitions: [{ from: 'web', to: 'app', count: 0 }] }), 'INVALID_INPUT', ['acc', 'transitions', 0, 'count']);
  });
});
