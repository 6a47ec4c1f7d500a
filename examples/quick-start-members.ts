// The README's members quick start, run against the packed package by `npm run check:examples`.
import { associationRules, frequentItemsets, rfm } from 'omnicx/members';

const transactions = [
  { customerId: 'ann', at: '2026-03-01T10:00:00Z', amountMinor: 12_000 },
  { customerId: 'ann', at: '2026-03-20T10:00:00Z', amountMinor: 8_000 },
  { customerId: 'bob', at: '2026-01-05T10:00:00Z', amountMinor: 3_000 },
  { customerId: 'cyd', at: '2026-03-28T10:00:00Z', amountMinor: 50_000 },
];
const profiles = rfm(transactions, { asOf: '2026-04-01T00:00:00Z', bins: 3, timeZone: 'Europe/Berlin' });
console.log(profiles.map((p) => `${p.customerId} ${p.code} ${p.segment}`));

// Rules from baskets: minimum support 0.5 is the count ceil(0.5 × 4) = 2.
const baskets = [['tea', 'milk'], ['tea', 'milk', 'cake'], ['tea', 'cake'], ['milk']];
const rules = associationRules(frequentItemsets(baskets, { minSupport: 0.5 }), { minConfidence: 0.6 });
console.log(rules.map((r) => `${r.antecedent.join('+')} → ${r.consequent.join('+')} (confidence ${r.confidence.toFixed(2)}, lift ${r.lift.toFixed(2)})`));
if (profiles.length !== 3 || rules.length !== 4 || rules[0]?.confidence !== 1) throw new Error('members quick start changed');
