import { describe, expect, it } from 'vitest';
import { createServiceKpisAccumulator, defineBusinessCalendar, serviceKpisAccumulatorSchema } from '../../src/satisfaction/index.js';
import { HOUR } from './expectOmnicxError.js';
import { deepFreeze, expectError } from './surveyHelpers.js';

const calendar = defineBusinessCalendar({ timeZone: 'UTC', weekly: { mon: [['09:00', '17:00']] } });

describe('createServiceKpisAccumulator', () => {
  it('keeps the parsed counting options and starts with nothing counted', () => {
    const acc = createServiceKpisAccumulator({ asOf: '2026-03-04T09:00:00Z' });
    expect(acc).toEqual({
      kind: 'serviceKpis',
      version: 1,
      asOf: Date.UTC(2026, 2, 4, 9),
      timeBasis: 'calendar',
      excludePauses: false,
      policy: null,
      calendar: null,
      n: 0,
      firstContactResolution: { n: 0, count: 0 },
      reopenRate: { n: 0, count: 0 },
      backlog: { count: 0, oldestOpenedAt: null, byPriority: [], byChannel: [] },
      slaAttainment: { firstResponse: { met: 0, breached: 0 }, resolution: { met: 0, breached: 0 }, byPriority: [], byChannel: [] },
      firstResponseTimes: [],
      resolutionTimes: [],
    });
    expect(serviceKpisAccumulatorSchema.safeParse(acc).success).toBe(true);
    expect(viaJsonEqual(acc)).toBe(true);
  });

  it('copies the policy and the calendar (JSON-safe), never sharing the caller’s objects', () => {
    const policy = deepFreeze({ targets: { P1: { firstResponseMs: HOUR } }, businessHours: true });
    const acc = createServiceKpisAccumulator({ asOf: 0, timeBasis: 'business', calendar, policy });
    expect(acc.policy).toEqual(policy);
    expect(acc.policy).not.toBe(policy);
    expect(acc.calendar).toEqual(calendar);
    expect(acc.calendar).not.toBe(calendar);
    expect(viaJsonEqual(acc)).toBe(true);
  });

  it('refuses bad options and business time without a calendar', () => {
    expectError(() => createServiceKpisAccumulator({} as never), 'INVALID_INPUT', ['options', 'asOf']);
    expectError(() => createServiceKpisAccumulator({ asOf: 0, timeBasis: 'business' }), 'INVALID_INPUT', ['options', 'calendar']);
    expectError(() => createServiceKpisAccumulator({ asOf: 0, policy: { targets: {}, businessHours: true } }), 'INVALID_INPUT', ['options', 'calendar']);
  });
});

function viaJsonEqual(value: unknown): boolean {
  return JSON.stringify(JSON.parse(JSON.stringify(value))) === JSON.stringify(value);
}
