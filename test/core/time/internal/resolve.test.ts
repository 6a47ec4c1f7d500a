import { describe, expect, it } from 'vitest';
import { resolveCompatible, resolveFirstAtOrAfter } from '../../../../src/core/time/internal/resolve.js';
import type { Zone } from '../../../../src/core/time/internal/zone.js';

const HOUR = 3_600_000;
const T = 10 * 86_400_000 + 23 * HOUR; // a transition at 1970-01-11T23:00Z

/** A made-up zone whose offset steps from `before` to `after` at T. */
function steppingZone(before: number, after: number): Zone {
  return { name: 'Test/Step', offsetMs: (instant) => (instant < T ? before : after) };
}

describe('wall time resolution', () => {
  it('finds the transition when a gap swallows midnight from 23:00 to 01:00 (start of day = the transition)', () => {
    // UTC+0 → UTC+2 at T = 23:00Z: the wall clock jumps from 23:00 to 01:00, so midnight lies strictly
    // inside the gap (no zone does this between 1900 and 2030 in tzdata 2025c: those midnight gaps all start at 00:00).
    const zone = steppingZone(0, 2 * HOUR);
    const midnight = 11 * 86_400_000; // wall 1970-01-12T00:00, skipped
    expect(resolveFirstAtOrAfter(zone, midnight)).toBe(T);
    // 'compatible' moves the skipped 00:00 forward by the 2 h gap: 02:00 wall, T + 1 h.
    expect(resolveCompatible(zone, midnight)).toBe(T + HOUR);
  });

  it('returns the existing or earlier instant when there is no gap', () => {
    const fold = steppingZone(2 * HOUR, 0); // 01:00 → 23:00: 23:00–00:59 happens twice
    const wall = T + 2 * HOUR - 30 * 60_000; // 00:30 wall, repeated
    expect(resolveFirstAtOrAfter(fold, wall)).toBe(wall - 2 * HOUR);
    expect(resolveCompatible(fold, wall)).toBe(wall - 2 * HOUR);
    const plain = steppingZone(HOUR, HOUR);
    expect(resolveFirstAtOrAfter(plain, 5 * HOUR)).toBe(4 * HOUR);
  });
});
