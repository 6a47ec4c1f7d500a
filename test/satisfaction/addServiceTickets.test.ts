import { describe, expect, it } from 'vitest';
import { addServiceTickets, createServiceKpisAccumulator, type ServiceTicketInput } from '../../src/satisfaction/index.js';
import { HOUR } from './expectOmnicxError.js';
import { deepFreeze, expectError } from './surveyHelpers.js';

const asOf = '2026-03-04T09:00:00Z';
const policy = { targets: { P1: { firstResponseMs: HOUR } }, businessHours: false };
const tickets: ServiceTicketInput[] = [
  // responded after 1 h (met), resolved after 3 h at the first contact
  { openedAt: '2026-03-02T09:00:00Z', priority: 'P1', channel: 'chat', firstResponseAt: '2026-03-02T10:00:00Z', resolvedAt: '2026-03-02T12:00:00Z', contacts: 1 },
  // still open, no response: breached
  { openedAt: '2026-03-03T09:00:00Z', priority: 'P1', channel: 'email' },
  // opened after asOf: left out
  { openedAt: '2026-03-05T09:00:00Z', priority: 'P1' },
];

describe('addServiceTickets', () => {
  it('counts a batch as serviceKpis does, in place, keeping the durations sorted across batches', () => {
    const acc = createServiceKpisAccumulator({ asOf, policy });
    expect(addServiceTickets(acc, deepFreeze(tickets))).toBe(acc);
    expect(acc).toMatchObject({
      n: 2,
      firstContactResolution: { n: 1, count: 1 },
      reopenRate: { n: 1, count: 0 },
      backlog: { count: 1, oldestOpenedAt: Date.UTC(2026, 2, 3, 9), byPriority: [{ priority: 'P1', count: 1 }], byChannel: [{ channel: 'email', count: 1 }] },
      firstResponseTimes: [HOUR],
      resolutionTimes: [3 * HOUR],
    });
    expect(acc.slaAttainment.firstResponse).toEqual({ met: 1, breached: 1 });
    expect(acc.slaAttainment.byChannel.map((g) => g.channel)).toEqual(['chat', 'email']);
    // a second batch: a 30-minute response lands before the 1 h one
    addServiceTickets(acc, [{ openedAt: '2026-03-03T10:00:00Z', priority: 'P2', firstResponseAt: '2026-03-03T10:30:00Z' }]);
    expect(acc.firstResponseTimes).toEqual([0.5 * HOUR, HOUR]);
    expect(acc.backlog.byPriority).toEqual([{ priority: 'P1', count: 1 }, { priority: 'P2', count: 1 }]);
  });

  it('leaves acc unchanged when the batch has a bad ticket', () => {
    const acc = addServiceTickets(createServiceKpisAccumulator({ asOf }), tickets);
    const before = JSON.stringify(acc);
    expectError(() => addServiceTickets(acc, [tickets[0] as ServiceTicketInput, { openedAt: 'x', priority: 'P1' }]), 'INVALID_INPUT', ['tickets', 1, 'openedAt']);
    // eslint-disable-next-line no-sparse-arrays
    expectError(() => addServiceTickets(acc, [tickets[0], ,] as never), 'INVALID_INPUT', ['tickets', 1]);
    expectError(() => addServiceTickets(acc, {} as never), 'INVALID_INPUT', ['tickets']);
    expect(JSON.stringify(acc)).toBe(before);
  });

  it('refuses frozen and malformed accumulators, and counts past 2^53 − 1', () => {
    expectError(() => addServiceTickets(deepFreeze(createServiceKpisAccumulator({ asOf })), tickets), 'INVALID_INPUT', ['acc']);
    expectError(() => addServiceTickets({ ...createServiceKpisAccumulator({ asOf }), version: 2 } as never, tickets), 'INVALID_INPUT', ['acc', 'version']);
    expectError(() => addServiceTickets({ ...createServiceKpisAccumulator({ asOf }), firstResponseTimes: [2, 1] }, tickets), 'INVALID_INPUT', ['acc', 'firstResponseTimes', 1]);
    const twice = createServiceKpisAccumulator({ asOf });
    twice.backlog.byPriority.push({ priority: 'P1', count: 1 }, { priority: 'P1', count: 1 });
    expectError(() => addServiceTickets(twice, tickets), 'INVALID_INPUT', ['acc', 'backlog', 'byPriority', 1]);
    const full = { ...createServiceKpisAccumulator({ asOf }), n: Number.MAX_SAFE_INTEGER };
    const before = JSON.stringify(full);
    expectError(() => addServiceTickets(full, tickets), 'NOT_SAFE_INTEGER', ['acc', 'n']);
    expect(JSON.stringify(full)).toBe(before);
  });
});
