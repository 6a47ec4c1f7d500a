import fc from 'fast-check';
import { describe, it } from 'vitest';
import { generateRetailData } from '../../src/sample/index.js';
import { checkInvariants } from './invariants.js';

// Zones with DST in either hemisphere, half- and quarter-hour offsets, a 30-minute DST shift
// (Lord Howe) and no DST at all.
const TIME_ZONES = [
  'Europe/Berlin',
  'Europe/London',
  'America/New_York',
  'America/Los_Angeles',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'America/St_Johns',
  'Asia/Tokyo',
  'UTC',
] as const;

describe('generateRetailData properties', () => {
  it('satisfies the invariants for any small options', () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
          customers: fc.integer({ min: 1, max: 25 }),
          stores: fc.integer({ min: 1, max: 12 }),
          days: fc.integer({ min: 1, max: 40 }),
          start: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
          timeZone: fc.constantFrom(...TIME_ZONES),
          productsPerCategory: fc.integer({ min: 1, max: 12 }),
          eventsPerCustomerPerDay: fc.double({ min: 0.05, max: 3, noNaN: true }),
          returnRate: fc.double({ min: 0, max: 1, noNaN: true }),
          surveyRate: fc.double({ min: 0, max: 1, noNaN: true }),
        }),
        (options) => {
          checkInvariants(generateRetailData(options));
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});
