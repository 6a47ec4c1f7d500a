import { describe, expect, it } from 'vitest';
import { buildJourneys, createFunnelAccumulator, funnel } from '../../src/journey/index.js';

// Holes in sparse configuration arrays were skipped (Array#map / forEach) instead of refused: a
// sparse result, a TypeError, or an accumulator its own reader refuses after a JSON round trip.
/** `values` with a hole at index `i` (a sparse array, as `[, 'u']` writes it). */
function holeAt(values: readonly unknown[], i: number): never {
  const list = new Array<unknown>(values.length);
  values.forEach((value, k) => {
    if (k !== i) list[k] = value;
  });
  return list as never;
}

describe('sparse configuration arrays are refused at the hole', () => {
  const events = [
    { customerId: 'c', at: 0, touchpoint: 't' },
    { customerId: 'c', at: 1, touchpoint: 'u' },
  ];
  const refused = (path: unknown[]): unknown => expect.objectContaining({ code: 'INVALID_INPUT', path });
  it('a hole in the step list', () => {
    // before: a result whose `steps` was sparse (Object.keys(steps) = ['1'], steps[0] undefined)
    expect(() => funnel(events, holeAt([undefined, 'u'], 0))).toThrow(refused(['steps', 0]));
    // before: an accumulator with steps [<hole>, ['u']] that its own reader refused after JSON
    expect(() => createFunnelAccumulator(holeAt([undefined, 'u'], 0))).toThrow(refused(['steps', 0]));
  });
  it('a hole inside a step', () => {
    // before: steps[0].touchpoints = ['t', undefined, 'u']
    expect(() => funnel(events, [holeAt(['t', undefined, 'u'], 1), 'u'])).toThrow(refused(['steps', 0, 1]));
  });
  it('a hole in the exclusions', () => {
    // before: TypeError "Cannot read properties of undefined (reading 'codes')"
    expect(() => funnel(events, ['t', 'u'], { exclusions: holeAt([undefined, { touchpoint: 'x' }], 0) })).toThrow(refused(['options', 'exclusions', 0]));
    // before: accepted, stored as exclusions [null, {...}]
    expect(() => createFunnelAccumulator(['t', 'u'], { exclusions: holeAt([undefined, { touchpoint: 'x' }], 0) })).toThrow(refused(['options', 'exclusions', 0]));
  });
  it('a hole in a conversion list', () => {
    expect(() => buildJourneys(events, { conversion: holeAt(['u', undefined, 'x'], 1) })).toThrow(refused(['options', 'conversion', 1]));
  });
});
