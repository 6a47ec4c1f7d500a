import { describe, expect, it } from 'vitest';
import { createDirectlyFollowsAccumulator } from '../../src/journey/index.js';
import { expectOmnicxError } from './helpers.js';

describe('createDirectlyFollowsAccumulator', () => {
  it('holds startEnd and no edges, as plain JSON', () => {
    const acc = createDirectlyFollowsAccumulator();
    expect(acc).toEqual({ kind: 'journeyDirectlyFollows', version: 1, startEnd: false, edges: [] });
    expect(JSON.parse(JSON.stringify(acc))).toEqual(acc);
    expect(createDirectlyFollowsAccumulator({ startEnd: true }).startEnd).toBe(true);
  });

  it('refuses a non-boolean startEnd', () => {
    expectOmnicxError(() => createDirectlyFollowsAccumulator({ startEnd: 1 as never }), 'INVALID_INPUT', ['options', 'startEnd']);
    expectOmnicxError(() => createDirectlyFollowsAccumulator([] as never), 'INVALID_INPUT', ['options']);
  });
});
