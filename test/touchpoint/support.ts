// Shared helpers of the touchpoint tests (not a test file itself).
import fc from 'fast-check';
import { expect } from 'vitest';
import type { AttributionResult } from '../../src/touchpoint/index.js';

export { expectOmnicxError } from '../support/expectOmnicxError.js';

export const CHANNELS = ['search', 'social', 'email', 'display', 'direct', 'tv'] as const;

export interface ArrayPathRecord {
  readonly path: string[];
  readonly conversions: number;
  readonly nulls: number;
  readonly value: number;
}

/** Random path records over a few channels; integer counts, value only with conversions. */
export const pathRecords = (maxChannels: number = CHANNELS.length): fc.Arbitrary<ArrayPathRecord[]> =>
  fc.array(
    fc
      .record({
        path: fc.array(fc.constantFrom(...CHANNELS.slice(0, maxChannels)), { minLength: 1, maxLength: 6 }),
        conversions: fc.nat(4),
        nulls: fc.nat(4),
        value: fc.nat(500),
      })
      .map((r) => ({ ...r, value: r.conversions === 0 ? 0 : r.value })),
    { minLength: 1, maxLength: 25 },
  );

export function sumCredits(result: AttributionResult): { conversions: number; value: number } {
  let conversions = 0;
  let value = 0;
  for (const credit of Object.values(result.credits)) {
    conversions += credit.conversions;
    value += credit.value;
  }
  return { conversions, value };
}

/** |a − b| ≤ tolerance · max(1, |b|). */
export function expectNear(actual: number, expected: number, tolerance = 1e-9): void {
  expect(Math.abs(actual - expected), `${String(actual)} vs ${String(expected)}`).toBeLessThanOrEqual(
    tolerance * Math.max(1, Math.abs(expected)),
  );
}

export function expectSameCredits(a: AttributionResult, b: AttributionResult, tolerance = 1e-9): void {
  expect(Object.keys(a.credits)).toEqual(Object.keys(b.credits));
  for (const [channel, credit] of Object.entries(a.credits)) {
    expectNear(credit.conversions, b.credits[channel]!.conversions, tolerance);
    expectNear(credit.value, b.credits[channel]!.value, tolerance);
  }
}

/** A deterministic shuffle (Fisher–Yates driven by fast-check's seeds). */
export function shuffled<T>(items: readonly T[], seeds: readonly number[]): T[] {
  const copy = items.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = (seeds[i % Math.max(1, seeds.length)] ?? 0) % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
