// Baskets for the basket accumulator tests: a small alphabet (so itemsets recur), repeated items,
// and item names that are awkward as JSON or object keys.
import fc from 'fast-check';

const ITEM = fc.constantFrom('milk', 'bread', 'eggs', 'tea', '__proto__', '"q"', 'é', 'e\u0301', '10', '9');

export const basketsArb: fc.Arbitrary<string[][]> = fc.array(fc.array(ITEM, { minLength: 1, maxLength: 6 }), { maxLength: 60 });

export const itemsetOptionsArb = fc.record(
  {
    minSupport: fc.oneof(fc.constantFrom(0.1, 0.2, 0.25, 0.3, 0.5, 0.7, 1), fc.double({ min: 0.01, max: 1, noNaN: true })),
    maxLength: fc.integer({ min: 1, max: 4 }),
  },
  { requiredKeys: ['minSupport'] },
);
