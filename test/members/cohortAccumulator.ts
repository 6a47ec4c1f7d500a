// Purchases for the cohort accumulator tests: few customers (so they recur across shards), ids that
// are awkward as object keys, instants around the 1970 boundary and around DST changes.
import fc from 'fast-check';
import type { CohortRetentionOptions, MemberTransaction } from '../../src/members/index.js';

const ID = fc.constantFrom('ann', 'bob', '__proto__', 'constructor', '10', '2', 'hasOwnProperty', 'zoë');
const START = [Date.UTC(1969, 10, 20), Date.UTC(2026, 1, 20), Date.UTC(2026, 8, 20)];

export const purchasesArb: fc.Arbitrary<MemberTransaction[]> = fc.array(
  fc.record({
    customerId: ID,
    at: fc.tuple(fc.constantFrom(...START), fc.integer({ min: 0, max: 200 * 86_400_000 })).map(([s, d]) => s + d),
    amountMinor: fc.nat(5000),
  }),
  { maxLength: 80 },
);

export const cohortOptionsArb: fc.Arbitrary<CohortRetentionOptions> = fc.record({
  period: fc.constantFrom('month' as const, 'week' as const),
  timeZone: fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Kiritimati'),
});
