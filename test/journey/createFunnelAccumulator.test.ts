import { describe, expect, it } from 'vitest';
import { createFunnelAccumulator, defineTouchpoints, funnelAccumulatorSchema } from '../../src/journey/index.js';
import { DAY, deepFreeze, expectOmnicxError } from './helpers.js';

describe('createFunnelAccumulator', () => {
  it('holds the funnel definition with defaults resolved and no customers, as plain JSON', () => {
    const acc = createFunnelAccumulator(['view', ['cart-web', 'cart-app'], 'buy'], { exclusions: [{ touchpoint: 'refund' }] });
    expect(acc).toEqual({
      kind: 'journeyFunnel',
      version: 1,
      steps: [['view'], ['cart-web', 'cart-app'], ['buy']],
      mode: 'ordered',
      windowMs: 14 * DAY,
      exclusions: [{ touchpoints: ['refund'], from: 0, to: 2 }],
      breakdownBy: null,
      touchpoints: null,
      customers: [],
      levels: [],
      times: [],
      breakdown: [],
    });
    expect(JSON.parse(JSON.stringify(acc))).toEqual(acc);
    expect(funnelAccumulatorSchema.safeParse(acc).success).toBe(true);
  });

  it('copies the catalogue and does not touch its arguments', () => {
    const catalogue = deepFreeze(defineTouchpoints([{ id: 'view', kind: 'digital', channel: 'web' }]));
    const steps = deepFreeze(['view']);
    const acc = createFunnelAccumulator(steps, deepFreeze({ touchpoints: catalogue, breakdownBy: 'channel' as const, mode: 'strict' as const }));
    expect(acc.touchpoints).toEqual(catalogue);
    expect(acc.touchpoints).not.toBe(catalogue);
    expect(acc.breakdownBy).toBe('channel');
  });

  it('refuses what funnel refuses, a breakdown function and an infinite window', () => {
    expectOmnicxError(() => createFunnelAccumulator([]), 'INVALID_INPUT', ['steps']);
    expectOmnicxError(() => createFunnelAccumulator(['a', ''] as never), 'INVALID_INPUT', ['steps', 1]);
    expectOmnicxError(() => createFunnelAccumulator(['a'], { windowMs: -1 }), 'INVALID_INPUT', ['options', 'windowMs']);
    expectOmnicxError(() => createFunnelAccumulator(['a'], { windowMs: Number.POSITIVE_INFINITY }), 'INVALID_INPUT', ['options', 'windowMs']);
    expectOmnicxError(() => createFunnelAccumulator(['a', 'b'], { exclusions: [{ touchpoint: 'x', from: 1 }] }), 'INVALID_INPUT', ['options', 'exclusions', 0, 'from']);
    expectOmnicxError(() => createFunnelAccumulator(['a'], { breakdownBy: (() => 'x') as never }), 'INVALID_INPUT', ['options', 'breakdownBy']);
    const catalogue = defineTouchpoints([{ id: 'view', kind: 'digital', channel: 'web' }]);
    expectOmnicxError(() => createFunnelAccumulator(['view', ['view', 'buy']], { touchpoints: catalogue }), 'INVALID_INPUT', ['steps', 1, 1]);
    const typed = { touchpoints: [{ id: 'view', kind: 'digital', channel: 'web', tags: new Uint8Array([1]) }] };
    expectOmnicxError(() => createFunnelAccumulator(['view'], { touchpoints: typed as never }), 'INVALID_INPUT', ['options', 'touchpoints', 'touchpoints', 0, 'tags']);
  });
});
