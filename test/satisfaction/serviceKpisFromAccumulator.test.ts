import { describe, expect, it } from 'vitest';
import {
  addServiceTickets,
  createServiceKpisAccumulator,
  defineBusinessCalendar,
  serviceKpis,
  serviceKpisFromAccumulator,
  serviceKpisResultSchema,
  type ServiceTicketInput,
} from '../../src/satisfaction/index.js';
import { HOUR } from './expectOmnicxError.js';
import { deepFreeze, expectError } from './surveyHelpers.js';

const nineToFive = [['09:00', '17:00']] as const;
const calendar = defineBusinessCalendar({ timeZone: 'UTC', weekly: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive } });
const tickets: ServiceTicketInput[] = [
  { openedAt: '2026-03-02T09:00:00Z', priority: 'P1', channel: 'chat', firstResponseAt: '2026-03-02T10:00:00Z', resolvedAt: '2026-03-02T12:00:00Z', contacts: 1 },
  { openedAt: '2026-03-02T09:00:00Z', priority: 'P2', channel: 'email', firstResponseAt: '2026-03-02T12:00:00Z', resolvedAt: '2026-03-03T10:00:00Z', contacts: 3, reopenCount: 1 },
  { openedAt: '2026-03-02T16:00:00Z', priority: 'P2', channel: 'email' },
  { openedAt: '2026-03-03T09:00:00Z', priority: 'P1', firstResponseAt: '2026-03-03T09:30:00Z', pauses: [{ from: '2026-03-03T10:00:00Z', to: '2026-03-03T14:00:00Z' }] },
];
const options = {
  asOf: '2026-03-04T09:00:00Z',
  timeBasis: 'business' as const,
  calendar,
  excludePauses: true,
  policy: { targets: { P1: { firstResponseMs: HOUR, resolutionMs: 4 * HOUR }, P2: { firstResponseMs: 2 * HOUR, resolutionMs: 16 * HOUR } }, businessHours: true },
};

describe('serviceKpisFromAccumulator', () => {
  it('reads exactly what serviceKpis gives, with the confidence option, without modifying acc', () => {
    const acc = deepFreeze(addServiceTickets(createServiceKpisAccumulator(options), tickets));
    const kpis = serviceKpisFromAccumulator(acc, { confidence: 0.9 });
    expect(kpis).toEqual(serviceKpis(tickets, { ...options, confidence: 0.9 }));
    expect(serviceKpisResultSchema.safeParse(kpis).success).toBe(true);
    // business time: A 3 h, B Mon 09–17 + Tue 09–10 = 9 h → mean 6 h
    expect(kpis.resolutionTime.meanMs).toBe(6 * HOUR);
    expect(kpis.reopenRate.interval?.confidence).toBe(0.9);
  });

  it('reads an empty accumulator as serviceKpis([]) does', () => {
    expect(serviceKpisFromAccumulator(createServiceKpisAccumulator(options))).toEqual(serviceKpis([], options));
  });

  it('refuses malformed accumulators and options', () => {
    const acc = createServiceKpisAccumulator(options);
    expectError(() => serviceKpisFromAccumulator({ ...acc, resolutionTimes: [-1] }), 'INVALID_INPUT', ['acc', 'resolutionTimes', 0]);
    expectError(() => serviceKpisFromAccumulator({ ...acc, calendar: { kind: 'x' } } as never), 'INVALID_INPUT', ['acc', 'calendar']);
    expectError(() => serviceKpisFromAccumulator(acc, { confidence: 1 }), 'INVALID_INPUT', ['options', 'confidence']);
  });
});
