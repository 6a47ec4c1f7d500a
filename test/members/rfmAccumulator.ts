// Purchases and options for the RFM accumulator tests, and rfm's rows in the accumulator's order.
import fc from 'fast-check';
import { rfm, type MemberTransaction, type RfmOptions, type RfmRow } from '../../src/members/index.js';
import { purchasesArb } from './cohortAccumulator.js';

export const RFM_AS_OF = Date.UTC(2027, 6, 1); // after every purchase of purchasesArb

export { purchasesArb };

export const rfmOptionsArb: fc.Arbitrary<RfmOptions> = fc.record(
  {
    asOf: fc.constant(RFM_AS_OF),
    bins: fc.integer({ min: 2, max: 10 }),
    timeZone: fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Pacific/Kiritimati'),
    segments: fc.constantFrom([{ name: 'top', monetary: [3, 10] as [number, number] }, { name: 'recent', recency: [2, 10] as [number, number] }]),
  },
  { requiredKeys: ['asOf'] },
);

/** rfm's rows sorted by customer id (code units), the order of rfmFromAccumulator. */
export function rfmById(rows: readonly MemberTransaction[], options: RfmOptions): RfmRow[] {
  return rfm(rows, options).sort((a, b) => (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0));
}
