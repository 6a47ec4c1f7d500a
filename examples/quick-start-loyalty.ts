// The README's loyalty quick start, run against the packed package by `npm run check:examples`.
import { defineProgram, replay } from 'omnicx/loyalty';

const program = defineProgram({
  id: 'club',
  version: 1,
  currency: 'EUR',
  timeZone: 'Europe/Paris',
  earn: { base: { points: '1', perAmountMinor: 100, rounding: 'floor', stage: 'order' } },
  pending: { days: 0 },
  expiry: { type: 'rolling', months: 12 },
  redemption: { minPoints: 100, increment: 50, pointValueMinor: '1' },
  returns: { negativeBalance: 'allow' },
});
const events = [
  { type: 'enrol', id: 'e1', memberId: 'ann', at: '2026-01-02T09:00:00+01:00' },
  { type: 'purchase', id: 'p1', memberId: 'ann', at: '2026-01-10T12:00:00+01:00', currency: 'EUR', channel: 'web', lines: [{ sku: 'A', category: 'shoes', quantity: 1, amountMinor: 25_050 }] },
  { type: 'purchase', id: 'p1', memberId: 'ann', at: '2026-01-10T12:00:00+01:00', currency: 'EUR', channel: 'web', lines: [{ sku: 'A', category: 'shoes', quantity: 1, amountMinor: 25_050 }] }, // a retry
  { type: 'redeem', id: 'r1', memberId: 'ann', at: '2026-02-01T10:00:00+01:00', points: 100 },
  { type: 'return', id: 'x1', memberId: 'ann', at: '2026-02-03T10:00:00+01:00', purchaseId: 'p1', amountMinor: 12_525 },
];
const { members, duplicates } = replay(program, events, { asOf: '2026-03-01T00:00:00+01:00' });
// 250 points earned (floor of 250.50), the retry ignored, 100 redeemed, half the purchase
// refunded so 125 clawed back: 250 − 100 − 125 = 25 available.
console.log(members[0]?.availablePoints, duplicates.length); // 25 1
if (members[0]?.availablePoints !== 25 || duplicates.length !== 1) throw new Error('loyalty quick start changed');
