import { describe, expect, it } from 'vitest';
import { defineBusinessCalendar, slaStatus, slaStatusResultSchema, type SlaPolicy } from '../../src/satisfaction/index.js';
import { expectOmnicxError, HOUR } from './expectOmnicxError.js';

const nineToFive = [['09:00', '17:00']] as const;
const calendar = defineBusinessCalendar({
  timeZone: 'Europe/Berlin',
  weekly: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive },
  holidays: ['2026-03-06'],
});
const policy: SlaPolicy = {
  targets: { P1: { firstResponseMs: HOUR, resolutionMs: 8 * HOUR }, P2: { firstResponseMs: 4 * HOUR }, P3: {} },
  businessHours: true,
};
// Monday 2026-03-02 15:00 CET = 14:00Z
const opened = '2026-03-02T15:00:00+01:00';

describe('slaStatus', () => {
  it('computes due instants, elapsed and remaining business time for a running ticket', () => {
    // now Tue 10:00: counted Mon 15–17 (2 h) + Tue 09–10 (1 h) = 3 h
    const status = slaStatus({ openedAt: opened, priority: 'P1' }, policy, { now: '2026-03-03T10:00:00+01:00', calendar });
    expect(slaStatusResultSchema.safeParse(status).success).toBe(true);
    expect(status.firstResponse).toEqual({
      targetMs: HOUR,
      dueAt: Date.UTC(2026, 2, 2, 15), // Mon 16:00 CET
      elapsedBusinessMs: 3 * HOUR,
      remainingBusinessMs: -2 * HOUR,
      breached: true,
      breachedAt: Date.UTC(2026, 2, 2, 15),
      met: false,
      stoppedAt: null,
      paused: false,
    });
    // resolution 8 h: Mon 2 h + Tue 6 h → Tue 15:00 CET = 14:00Z; 5 h remaining
    expect(status.resolution).toMatchObject({ dueAt: Date.UTC(2026, 2, 3, 14), remainingBusinessMs: 5 * HOUR, breached: false, met: false });
  });

  it('meets a target answered exactly at the due instant and breaches one a millisecond later', () => {
    const due = Date.UTC(2026, 2, 2, 15);
    const now = '2026-03-04T12:00:00Z';
    const onTime = slaStatus({ openedAt: opened, priority: 'P1', firstResponseAt: due }, policy, { now, calendar });
    expect(onTime.firstResponse).toMatchObject({ met: true, breached: false, elapsedBusinessMs: HOUR, remainingBusinessMs: 0, stoppedAt: due });
    const late = slaStatus({ openedAt: opened, priority: 'P1', firstResponseAt: due + 1 }, policy, { now, calendar });
    expect(late.firstResponse).toMatchObject({ met: false, breached: true, breachedAt: due, remainingBusinessMs: -1 });
  });

  it('breaches when the due instant passes out of hours, though no business time is added', () => {
    // P2: 4 h from Mon 15:00 → Tue 11:00 CET (10:00Z)... at Mon 20:00 only 2 h counted: not yet due.
    const evening = slaStatus({ openedAt: opened, priority: 'P2' }, policy, { now: '2026-03-02T20:00:00+01:00', calendar });
    expect(evening.firstResponse).toMatchObject({ dueAt: Date.UTC(2026, 2, 3, 10), breached: false, elapsedBusinessMs: 2 * HOUR });
    // Ticket opened Mon 13:00: due Mon 17:00; at 19:00 still 4 h counted, but the deadline has passed.
    const late = slaStatus({ openedAt: '2026-03-02T13:00:00+01:00', priority: 'P2' }, policy, { now: '2026-03-02T19:00:00+01:00', calendar });
    expect(late.firstResponse).toMatchObject({ dueAt: Date.UTC(2026, 2, 2, 16), elapsedBusinessMs: 4 * HOUR, remainingBusinessMs: 0, breached: true });
  });

  it('stops the clocks during pauses and resumes them after, skipping the holiday', () => {
    const ticket = {
      openedAt: opened,
      priority: 'P1',
      firstResponseAt: '2026-03-02T15:30:00+01:00',
      pauses: [
        { from: '2026-03-03T10:00:00+01:00', to: '2026-03-04T10:00:00+01:00' },
        // overlapping and touching pauses merge; one before opening is ignored
        { from: '2026-03-03T12:00:00+01:00', to: '2026-03-04T09:30:00+01:00' },
        { from: '2026-03-01T10:00:00+01:00', to: '2026-03-01T11:00:00+01:00' },
      ],
    };
    const status = slaStatus(ticket, policy, { now: '2026-03-09T09:00:00+01:00', calendar });
    // counted: Mon 2 h, Tue 09–10 1 h, [pause], Wed 10–17 7 h → 8 h reached at Wed 15:00 CET? 2 + 1 = 3, 3 + 5 = 8 at Wed 15:00 CET
    expect(status.resolution).toMatchObject({ dueAt: Date.UTC(2026, 2, 4, 14), breached: true });
    // elapsed to Mon 9 Mar 09:00: Mon 2 + Tue 1 + Wed 7 + Thu 8 + Fri (holiday) 0 = 18 h
    expect(status.resolution?.elapsedBusinessMs).toBe(18 * HOUR);
    expect(status.firstResponse).toMatchObject({ met: true, elapsedBusinessMs: HOUR / 2 });
  });

  it('holds an open pause: no due instant while the clock is stopped short of its target', () => {
    const ticket = { openedAt: opened, priority: 'P1', firstResponseAt: '2026-03-02T15:10:00+01:00', pauses: [{ from: '2026-03-02T16:00:00+01:00' }] };
    const status = slaStatus(ticket, policy, { now: '2026-03-05T12:00:00+01:00', calendar });
    expect(status.resolution).toEqual({
      targetMs: 8 * HOUR,
      dueAt: null,
      elapsedBusinessMs: HOUR,
      remainingBusinessMs: 7 * HOUR,
      breached: false,
      breachedAt: null,
      met: false,
      stoppedAt: null,
      paused: true,
    });
  });

  it('reads everything as known at now: later events and pauses have not happened', () => {
    const ticket = {
      openedAt: opened,
      priority: 'P1',
      firstResponseAt: '2026-03-03T09:30:00+01:00',
      pauses: [{ from: '2026-03-02T16:00:00+01:00', to: '2026-03-03T16:00:00+01:00' }, { from: '2026-03-04T09:00:00+01:00' }],
    };
    // now Mon 16:30: the first pause has started but not ended → open; the response is in the future.
    // The 1 h target was reached at 16:00, as the pause began: due then, and breached at 16:30.
    const status = slaStatus(ticket, policy, { now: '2026-03-02T16:30:00+01:00', calendar });
    expect(status.firstResponse).toMatchObject({ stoppedAt: null, elapsedBusinessMs: HOUR, dueAt: Date.UTC(2026, 2, 2, 15), breached: true, paused: true });
    expect(status.resolution).toMatchObject({ dueAt: null, paused: true });
  });

  it('counts elapsed calendar time for a policy without business hours, and returns null for unset targets', () => {
    const calendarPolicy: SlaPolicy = { ...policy, businessHours: false };
    const status = slaStatus(
      { openedAt: '2026-03-07T10:00:00Z', priority: 'P2', firstResponseAt: '2026-03-07T13:00:00Z', pauses: [{ from: '2026-03-07T11:00:00Z', to: '2026-03-07T11:30:00Z' }] },
      calendarPolicy,
      { now: '2026-03-08T00:00:00Z' },
    );
    // 3 h elapsed − 0.5 h pause = 2.5 h; due = 10:00 + 4 h + 0.5 h pause = 14:30
    expect(status.firstResponse).toMatchObject({ elapsedBusinessMs: 2.5 * HOUR, dueAt: Date.UTC(2026, 2, 7, 14, 30), met: true });
    expect(status.resolution).toBeNull();
    expect(slaStatus({ openedAt: 0, priority: 'P3' }, calendarPolicy, { now: 0 })).toEqual({
      priority: 'P3',
      businessHours: false,
      firstResponse: null,
      resolution: null,
    });
  });

  it('refuses bad tickets, policies and options with the path of the bad field', () => {
    const now = '2026-03-05T00:00:00Z';
    expectOmnicxError(() => slaStatus({ openedAt: opened, priority: 'P9' }, policy, { now, calendar }), 'INVALID_INPUT', ['ticket', 'priority']);
    expectOmnicxError(() => slaStatus({ openedAt: opened, priority: 'P1' }, policy, { now }), 'INVALID_INPUT', ['options', 'calendar']);
    expectOmnicxError(() => slaStatus({ openedAt: opened, priority: 'P1' }, policy, { now: opened.replace('15:00', '14:00'), calendar }), 'INVALID_INPUT', ['options', 'now']);
    expectOmnicxError(
      () => slaStatus({ openedAt: opened, priority: 'P1', firstResponseAt: '2026-03-02T13:00:00Z' }, policy, { now, calendar }),
      'INVALID_INPUT',
      ['ticket', 'firstResponseAt'],
    );
    expectOmnicxError(
      () => slaStatus({ openedAt: opened, priority: 'P1', pauses: [{ from: '2026-03-03T10:00:00Z', to: '2026-03-03T09:00:00Z' }] }, policy, { now, calendar }),
      'INVALID_INPUT',
      ['ticket', 'pauses', 0, 'to'],
    );
    expectOmnicxError(() => slaStatus({ openedAt: '2026-03-02', priority: 'P1' }, policy, { now, calendar }), 'INVALID_INPUT', ['ticket', 'openedAt']);
    expectOmnicxError(
      () => slaStatus({ openedAt: opened, priority: 'P1' }, { targets: { P1: { firstResponseMs: -1 } }, businessHours: true }, { now, calendar }),
      'INVALID_INPUT',
      ['policy', 'targets', 'P1', 'firstResponseMs'],
    );
    expectOmnicxError(
      () => slaStatus({ openedAt: opened, priority: 'P1' }, policy, { now, calendar: { timeZone: 'UTC' } as never }),
      'INVALID_INPUT',
      ['options', 'calendar'],
    );
  });
});
