import { createStageDropOffAccumulator, defineStages, defineTouchpoints, funnel, journeyEventSchema, journeySchema, sessionize, sessionSchema, stageDropOff, touchpointCatalogueSchema } from '../../src/journey/index.js';
import { expectOmnicxError } from './helpers.js';
import { describe, expect, it } from 'vitest';

describe('defineTouchpoints', () => {
  it('keeps the definitions in order as parsed copies', () => {
    const input = [
      { id: 'ad', kind: 'digital' as const, channel: 'social', stage: 'awareness' },
      { id: 'till', kind: 'service' as const, channel: 'store', zone: 'checkout', storeId: 's1', tags: ['queue'] },
    ];
    const catalogue = defineTouchpoints(input);
    expect(catalogue.touchpoints).toEqual(input);
    expect(catalogue.touchpoints[0]).not.toBe(input[0]);
    expect(touchpointCatalogueSchema.safeParse(catalogue).success).toBe(true);
  });

  it('refuses a duplicate id and a malformed definition with their paths', () => {
    expectOmnicxError(
      () =>
        defineTouchpoints([
          { id: 'a', kind: 'digital', channel: 'web' },
          { id: 'a', kind: 'service', channel: 'store' },
        ]),
      'INVALID_INPUT',
      [1, 'id'],
    );
    expectOmnicxError(
      () => defineTouchpoints([{ id: 'a', kind: 'nope' as 'digital', channel: 'web' }]),
      'INVALID_INPUT',
      [0, 'kind'],
    );
  });

  it('refuses a typed array of tags as bad input at its path, not with zod’s TypeError', () => {
    expectOmnicxError(() => defineTouchpoints([{ id: 'a', kind: 'digital', channel: 'web', tags: new Uint8Array([1]) as never }]), 'INVALID_INPUT', [0, 'tags']);
  });
});

describe('defineStages', () => {
  it('gives the default three-phase model of the domain notes', () => {
    const { stages } = defineStages();
    expect(stages.map((s) => s.id)).toEqual([
      'awareness',
      'consideration',
      'enter',
      'browse',
      'select',
      'pay',
      'leave',
      'delivery',
      'pickup',
      'use',
      'returns',
      'repair',
      'complaints',
      'repurchase',
      'advocacy',
    ]);
    expect(stages.filter((s) => s.phase === 'pre-purchase')).toHaveLength(2);
    expect(stages.filter((s) => s.phase === 'purchase')).toHaveLength(5);
    expect(stages.filter((s) => s.phase === 'post-purchase')).toHaveLength(8);
    expect(stages.every((s, i) => s.order === i)).toBe(true);
  });

  it('builds custom models and refuses empty or duplicate ones', () => {
    expect(defineStages(['a', { id: 'b' }, { id: 'c', phase: 'x' }]).stages).toEqual([
      { id: 'a', phase: '', order: 0 },
      { id: 'b', phase: '', order: 1 },
      { id: 'c', phase: 'x', order: 2 },
    ]);
    expectOmnicxError(() => defineStages([]), 'INVALID_INPUT', []);
    expectOmnicxError(() => defineStages(['a', { id: 'a' }]), 'INVALID_INPUT', [1, 'id']);
    expectOmnicxError(() => defineStages(['']), 'INVALID_INPUT', [0]);
  });
});

describe('schemas', () => {
  it('parses an event with an ISO instant to epoch ms and refuses bad fields', () => {
    expect(journeyEventSchema.parse({ customerId: 'c', at: '1970-01-01T00:00:01Z', touchpoint: 't' }).at).toBe(1000);
    expect(journeyEventSchema.safeParse({ customerId: 'c', at: 0, touchpoint: 't', sentiment: 2 }).success).toBe(false);
    expect(journeyEventSchema.safeParse({ customerId: 'c', at: 'yesterday', touchpoint: 't' }).success).toBe(false);
  });

  it('describes sessions and journeys', () => {
    expect(sessionSchema.safeParse({ customerId: 'c', index: 0, start: 0, end: 0, durationMs: 0, events: [], channels: [] }).success).toBe(true);
    expect(journeySchema.safeParse({ customerId: 'c' }).success).toBe(false);
  });
});

// Malformed catalogues / stage models must be OmnicxError at a path, never a TypeError.
describe('malformed catalogue or stage model', () => {
  const events = [{ customerId: 'c', at: 0, touchpoint: 't' }];
  it('a catalogue with a null definition', () => {
    // before: TypeError "Cannot read properties of null (reading 'id')"
    expect(() => sessionize(events, { touchpoints: { touchpoints: [null] } as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['options', 'touchpoints', 'touchpoints', 0] }),
    );
    expect(() => funnel(events, ['t'], { touchpoints: { touchpoints: [null] } as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['options', 'touchpoints', 'touchpoints', 0] }),
    );
  });
  it('a stage model with a null stage', () => {
    // before: TypeError "Cannot read properties of null (reading 'id')"
    expect(() => stageDropOff([], { stages: [null] } as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['stages', 'stages', 0] }));
    expect(() => createStageDropOffAccumulator({ stages: [null] } as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('a stage model with a duplicate id', () => {
  it('is refused instead of counting every journey under the last copy', () => {
    // before: rows [{ stage: 'a', order: 0, visited: 0, reached: 1, exited: 0 }, { stage: 'a', order: 1, visited: 1, … }]
    expect(() =>
      stageDropOff([{ steps: [{ touchpoint: 't', at: 0, stage: 'a' }] }], {
        stages: [
          { id: 'a', phase: '', order: 0 },
          { id: 'a', phase: '', order: 1 },
        ],
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['stages', 'stages', 1, 'id'] }));
  });
});
