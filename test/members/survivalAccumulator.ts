// Subjects for the survival accumulator tests: few distinct durations (ties matter), -0 included.
import fc from 'fast-check';
import type { SurvivalSubject } from '../../src/members/index.js';

export const subjectsArb: fc.Arbitrary<SurvivalSubject[]> = fc.array(
  fc.record({
    duration: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.constantFrom(-0, 0.1, 1e-9, 2.5), fc.double({ min: 0, max: 50, noNaN: true })),
    churned: fc.boolean(),
  }),
  { maxLength: 120 },
);
