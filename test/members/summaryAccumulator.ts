// Options for the customer-summary accumulator tests, and customerSummary's rows in the accumulator's order.
import fc from 'fast-check';
import { customerSummary, type CustomerSummary, type CustomerSummaryOptions, type MemberTransaction } from '../../src/members/index.js';

/** After every purchase of purchasesArb (cohortAccumulator.ts). */
export const SUMMARY_AS_OF = Date.UTC(2027, 6, 1);

export const summaryOptionsArb: fc.Arbitrary<CustomerSummaryOptions> = fc.record(
  {
    asOf: fc.constant(SUMMARY_AS_OF),
    periodDays: fc.constantFrom(1, 7, 30, 3),
    timeZone: fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Pacific/Kiritimati'),
  },
  { requiredKeys: ['asOf'] },
);

export function summaryById(rows: readonly MemberTransaction[], options: CustomerSummaryOptions): CustomerSummary[] {
  return customerSummary(rows, options).sort((a, b) => ((a.customerId as string) < (b.customerId as string) ? -1 : (a.customerId as string) > (b.customerId as string) ? 1 : 0));
}
