import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addServiceTickets,
  createServiceKpisAccumulator,
  defineBusinessCalendar,
  mergeServiceKpisAccumulators,
  serviceKpis,
  serviceKpisFromAccumulator,
  type ServiceKpisOptions,
  type ServiceTicketInput,
} from '../../src/satisfaction/index.js';
import { HOUR } from './expectOmnicxError.js';
import { expectError, mergeInTree, shuffled, splitAt, viaJson } from './surveyHelpers.js';

const MINUTE = 60_000;
const START = Date.UTC(2026, 2, 2, 6); // Mon 06:00Z
const nineToFive = [['09:00', '17:00']] as const;
const calendar = defineBusinessCalendar({ timeZone: 'Europe/Berlin', weekly: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive } });
const policy = { targets: { P1: { firstResponseMs: HOUR, resolutionMs: 8 * HOUR }, P2: { firstResponseMs: 4 * HOUR } }, businessHours: true };

const ticket: fc.Arbitrary<ServiceTicketInput> = fc
  .record({
    opened: fc.nat(4 * 24 * 60),
    response: fc.option(fc.nat(3000), { nil: undefined }),
    resolution: fc.option(fc.nat(6000), { nil: undefined }),
    priority: fc.constantFrom('P1', 'P2', 'P9'),
    channel: fc.option(fc.constantFrom('chat', 'email', 'phone'), { nil: undefined }),
    contacts: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    reopenCount: fc.nat(2),
    pause: fc.option(fc.record({ after: fc.nat(600), length: fc.option(fc.nat(600), { nil: undefined }) }), { nil: undefined }),
  })
  .map(({ opened, response, resolution, priority, channel, contacts, reopenCount, pause }) => {
    const openedAt = START + opened * MINUTE;
    const t: ServiceTicketInput = { openedAt, priority, reopenCount };
    if (response !== undefined) t.firstResponseAt = openedAt + response * MINUTE;
    if (resolution !== undefined) t.resolvedAt = openedAt + resolution * MINUTE;
    if (channel !== undefined) t.channel = channel;
    if (contacts !== undefined) t.contacts = contacts;
    if (pause !== undefined) {
      const from = openedAt + pause.after * MINUTE;
      t.pauses = [pause.length === undefined ? { from } : { from, to: from + pause.length * MINUTE }];
    }
    return t;
  });

describe('mergeServiceKpisAccumulators', () => {
  it('gives exactly serviceKpis for any split, batching, merge tree, order and JSON round trip (property)', () => {
    fc.assert(
      fc.property(
        fc.array(ticket, { maxLength: 60 }),
        fc.array(fc.nat(60), { maxLength: 5 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.nat(),
        fc.record({
          asOfMinutes: fc.nat(5 * 24 * 60),
          business: fc.boolean(),
          withPolicy: fc.boolean(),
          excludePauses: fc.boolean(),
          confidence: fc.double({ min: 0.5, max: 0.999, noNaN: true }),
        }),
        (tickets, cuts, tree, seed, { asOfMinutes, business, withPolicy, excludePauses, confidence }) => {
          const options: Omit<ServiceKpisOptions, 'confidence'> = {
            asOf: START + asOfMinutes * MINUTE,
            timeBasis: business ? 'business' : 'calendar',
            excludePauses,
            ...(business || withPolicy ? { calendar } : {}),
            ...(withPolicy ? { policy } : {}),
          };
          const expected = serviceKpis(tickets, { ...options, confidence });
          const shards = splitAt(tickets, cuts).map((part) => {
            const half = Math.floor(part.length / 2);
            const acc = viaJson(addServiceTickets(createServiceKpisAccumulator(options), part.slice(0, half)));
            return viaJson(addServiceTickets(acc, part.slice(half)));
          });
          const inOrder = mergeInTree(shards, (a, b) => viaJson(mergeServiceKpisAccumulators(a, b)), tree);
          expect(serviceKpisFromAccumulator(inOrder, { confidence })).toEqual(expected);
          const anyOrder = mergeInTree(shuffled(shards, seed), mergeServiceKpisAccumulators, [...tree].reverse());
          expect(serviceKpisFromAccumulator(anyOrder, { confidence })).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses accumulators created with other options, malformed ones, and counts past 2^53 − 1', () => {
    const asOf = '2026-03-04T09:00:00Z';
    const a = createServiceKpisAccumulator({ asOf });
    expectError(() => mergeServiceKpisAccumulators(a, createServiceKpisAccumulator({ asOf: '2026-03-04T10:00:00Z' })), 'INVALID_INPUT', ['b', 'asOf']);
    expectError(() => mergeServiceKpisAccumulators(a, createServiceKpisAccumulator({ asOf, excludePauses: true })), 'INVALID_INPUT', ['b', 'excludePauses']);
    expectError(() => mergeServiceKpisAccumulators(a, createServiceKpisAccumulator({ asOf, calendar })), 'INVALID_INPUT', ['b', 'calendar']);
    expectError(() => mergeServiceKpisAccumulators(createServiceKpisAccumulator({ asOf, policy: { targets: {}, businessHours: false } }), a), 'INVALID_INPUT', ['b', 'policy']);
    // the same policy written with its keys in another order merges
    const p1 = createServiceKpisAccumulator({ asOf, policy: { targets: { P1: { firstResponseMs: 1, resolutionMs: 2 } }, businessHours: false } });
    const p2 = createServiceKpisAccumulator({ asOf, policy: { businessHours: false, targets: { P1: { resolutionMs: 2, firstResponseMs: 1 } } } });
    expect(() => mergeServiceKpisAccumulators(p1, p2)).not.toThrow();
    expectError(() => mergeServiceKpisAccumulators({ ...a, kind: 'nps' } as never, a), 'INVALID_INPUT', ['a', 'kind']);
    expectError(() => mergeServiceKpisAccumulators(a, { ...a, resolutionTimes: [5, 3] }), 'INVALID_INPUT', ['b', 'resolutionTimes', 1]);
    const full = { ...a, n: Number.MAX_SAFE_INTEGER };
    expectError(() => mergeServiceKpisAccumulators(full, { ...a, n: 1 }), 'NOT_SAFE_INTEGER', ['b', 'n']);
  });
});
