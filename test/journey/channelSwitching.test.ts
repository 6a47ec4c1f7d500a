import { describe, expect, it } from 'vitest';
import { channelSwitching, defineStages, stageDropOff, type JourneySteps } from '../../src/journey/index.js';
import { expectOmnicxError } from './helpers.js';

type S = JourneySteps['steps'][number];
const step = (channel: string | undefined, extra: Partial<S> = {}): S => ({ touchpoint: 't', at: 0, ...(channel === undefined ? {} : { channel }), ...extra });

describe('channelSwitching', () => {
  const journeys: JourneySteps[] = [
    // ROPO: web research, store purchase
    { steps: [step('web'), step('social'), step('store', { type: 'conversion' })] },
    // BOPIS: app purchase, store pickup
    { steps: [step('app', { type: 'conversion' }), step(undefined), step('store', { stage: 'pickup' })] },
    // single channel
    { steps: [step('store'), step('store', { type: 'conversion' })] },
    { steps: [] },
  ];

  it('builds the transition matrix, switches, multi-channel share and default patterns by hand', () => {
    const r = channelSwitching(journeys);
    expect(r.channels).toEqual(['app', 'social', 'store', 'web']);
    expect(r.matrix).toEqual([
      [0, 0, 1, 0],
      [0, 0, 1, 0],
      [0, 0, 1, 0],
      [0, 1, 0, 0],
    ]);
    expect(r.switches).toEqual([
      { from: 'app', to: 'store', count: 1 },
      { from: 'social', to: 'store', count: 1 },
      { from: 'web', to: 'social', count: 1 },
    ]);
    expect(r).toMatchObject({ journeys: 4, multiChannelJourneys: 2, multiChannelShare: 0.5 });
    expect(r.patterns).toEqual([
      { name: 'ropo', journeys: 1, share: 0.25 },
      { name: 'bopis', journeys: 1, share: 0.25 },
    ]);
  });

  it('counts custom patterns, matched in order', () => {
    const r = channelSwitching(journeys, {
      patterns: [
        { name: 'store then store', sequence: [{ channel: 'store' }, { channel: 'store' }] },
        { name: 'store purchase', sequence: [{ channel: ['store'], type: 'conversion', touchpoint: 't' }] },
        { name: 'store before web', sequence: [{ channel: 'store' }, { channel: 'web' }] },
      ],
    });
    expect(r.patterns.map((p) => p.journeys)).toEqual([1, 2, 0]);
  });

  it('reads conversions from a conversion option, as buildJourneys does', () => {
    // research on the web, then the till converts: ROPO, though no step is typed as a conversion
    const byId: JourneySteps[] = [{ steps: [step('web', { touchpoint: 'product-page' }), step('store', { touchpoint: 'till' })] }];
    expect(channelSwitching(byId).patterns.map((p) => p.journeys)).toEqual([0, 0]);
    expect(channelSwitching(byId, { conversion: 'till' }).patterns.map((p) => p.journeys)).toEqual([1, 0]);
    expect(channelSwitching(byId, { conversion: (s) => s.channel === 'store' }).patterns[0]?.journeys).toBe(1);
    // with the option, a step typed as a conversion but not named is a touch
    expect(channelSwitching(journeys, { conversion: 'none' }).patterns.map((p) => p.journeys)).toEqual([0, 0]);
    expectOmnicxError(() => channelSwitching(byId, { conversion: [] }), 'INVALID_INPUT', ['options', 'conversion']);
  });

  it('gives nulls, not NaN, for no journeys, and refuses bad patterns', () => {
    expect(channelSwitching([])).toMatchObject({ journeys: 0, channels: [], matrix: [], multiChannelShare: null });
    expect(channelSwitching([]).patterns[0]?.share).toBeNull();
    expectOmnicxError(() => channelSwitching([], { patterns: [{ name: 'x', sequence: [] }] }), 'INVALID_INPUT', ['options', 'patterns', 0, 'sequence']);
  });

  it('refuses a typed array where a pattern holds a list as bad input at its path, not with zod’s TypeError', () => {
    expectOmnicxError(() => channelSwitching([], { patterns: [{ name: 'x', sequence: new Uint8Array([1]) as never }] }), 'INVALID_INPUT', ['options', 'patterns', 0, 'sequence']);
  });
});

describe('stageDropOff', () => {
  const model = defineStages(['discover', 'consider', 'buy']);
  const j = (...stages: (string | undefined)[]): JourneySteps => ({
    steps: stages.map((stage, at) => ({ touchpoint: 't', at, ...(stage === undefined ? {} : { stage }) })),
  });

  it('counts visits, reach and exits per stage by hand', () => {
    const r = stageDropOff([j('discover'), j('discover', 'consider'), j('buy', 'discover'), j('consider', undefined), j(undefined), j()], model);
    expect(r.journeys).toBe(6);
    expect(r.unstaged).toBe(2);
    expect(r.stages).toEqual([
      { stage: 'discover', phase: '', order: 0, visited: 3, reached: 4, exited: 1, exitRate: 0.25 },
      { stage: 'consider', phase: '', order: 1, visited: 2, reached: 3, exited: 2, exitRate: 2 / 3 },
      { stage: 'buy', phase: '', order: 2, visited: 1, reached: 1, exited: 1, exitRate: 1 },
    ]);
    expect(stageDropOff([], model).stages[0]?.exitRate).toBeNull();
  });

  it('refuses an unknown stage and a bad model', () => {
    expectOmnicxError(() => stageDropOff([j('discover', 'pay')], model), 'INVALID_INPUT', ['journeys', 0, 'steps', 1, 'stage']);
    expectOmnicxError(() => stageDropOff([], { stages: [] }), 'INVALID_INPUT', ['stages']);
    expectOmnicxError(() => stageDropOff([], null as never), 'INVALID_INPUT', ['stages']);
  });
});
