import { describe, expect, it } from 'vitest';
import { addServqualAnswers, createServqualAccumulator, type ServqualResponse } from '../../src/satisfaction/index.js';
import { deepFreeze, expectError } from './surveyHelpers.js';

const row = (item: string, dimension: ServqualResponse['dimension'], expectation: number, perception: number): ServqualResponse => ({
  item,
  dimension,
  expectation,
  perception,
});

describe('addServqualAnswers', () => {
  it('keeps per item n and the integer sums of E, P and squared gaps, appending new items in order of first appearance', () => {
    const acc = createServqualAccumulator();
    // R1: gaps −2, 0 → Σ E 13, Σ P 11, Σ d² 4; T1: gap +1
    expect(addServqualAnswers(acc, deepFreeze([row('R1', 'reliability', 7, 5), row('T1', 'tangibles', 5, 6), row('R1', 'reliability', 6, 6)]))).toBe(acc);
    // a second batch: R1 gap −3 → Σ E 20, Σ P 15, Σ d² 13; E1 new
    addServqualAnswers(acc, [row('E1', 'empathy', 4, 4), row('R1', 'reliability', 7, 4)]);
    expect(acc.items).toEqual([
      { item: 'R1', dimension: 'reliability', n: 3, expectation: 20, perception: 15, squaredGaps: 13 },
      { item: 'T1', dimension: 'tangibles', n: 1, expectation: 5, perception: 6, squaredGaps: 1 },
      { item: 'E1', dimension: 'empathy', n: 1, expectation: 4, perception: 4, squaredGaps: 0 },
    ]);
  });

  it('leaves acc unchanged when any answer of the batch is bad', () => {
    const acc = addServqualAnswers(createServqualAccumulator(), [row('R1', 'reliability', 7, 5)]);
    const before = JSON.stringify(acc);
    const good = row('R1', 'reliability', 6, 6);
    expectError(() => addServqualAnswers(acc, [good, row('R2', 'reliability', 8, 5)]), 'INVALID_INPUT', ['responses', 1, 'expectation']);
    // fractional answers are refused here (servqualGaps takes them): the sums must stay exact integers
    expectError(() => addServqualAnswers(acc, [good, row('R2', 'reliability', 5, 5.5)]), 'INVALID_INPUT', ['responses', 1, 'perception']);
    expectError(() => addServqualAnswers(acc, [good, row('R1', 'empathy', 5, 5)]), 'INVALID_INPUT', ['responses', 1, 'dimension']);
    expectError(() => addServqualAnswers(acc, [good, row('X', 'tangibles', 5, 5), row('X', 'empathy', 5, 5)]), 'INVALID_INPUT', ['responses', 2, 'dimension']);
    expectError(() => addServqualAnswers(acc, [good, { item: '', dimension: 'tangibles', expectation: 5, perception: 5 }]), 'INVALID_INPUT', ['responses', 1, 'item']);
    // eslint-disable-next-line no-sparse-arrays
    expectError(() => addServqualAnswers(acc, [good, ,] as never), 'INVALID_INPUT', ['responses', 1]);
    expectError(() => addServqualAnswers(acc, 'x' as never), 'INVALID_INPUT', ['responses']);
    expect(JSON.stringify(acc)).toBe(before);
  });

  it('refuses sums past 2^53 − 1 with NOT_SAFE_INTEGER, leaving acc unchanged', () => {
    const acc = createServqualAccumulator();
    acc.items.push({ item: 'R1', dimension: 'reliability', n: 2 ** 50, expectation: 7 * 2 ** 50, perception: 2 ** 50, squaredGaps: 36 * 2 ** 50 });
    const before = JSON.stringify(acc);
    // Σ E = 7·2^50 + 7 ≈ 7.9e15 is still safe; Σ d² = 36·2^50 is already past 2^53
    expectError(() => addServqualAnswers(acc, [row('T1', 'tangibles', 1, 1), row('R1', 'reliability', 7, 1)]), 'INVALID_INPUT', ['acc', 'items', 0, 'squaredGaps']);
    // a possible accumulator: n answers each with gap −6, Σ d² = 36n = 2^53 − 32
    const n = 250_199_979_298_360;
    acc.items[0] = { item: 'R1', dimension: 'reliability', n, expectation: 7 * n, perception: n, squaredGaps: 36 * n };
    const edited = JSON.stringify(acc);
    expectError(() => addServqualAnswers(acc, [row('R1', 'reliability', 7, 1)]), 'NOT_SAFE_INTEGER', ['acc', 'items', 0, 'squaredGaps']);
    expect(JSON.stringify(acc)).toBe(edited);
    expect(edited).not.toBe(before);
  });

  it('refuses malformed and frozen accumulators', () => {
    const answers = [row('R1', 'reliability', 7, 5)];
    expectError(() => addServqualAnswers({ kind: 'kano', version: 1 } as never, answers), 'INVALID_INPUT', ['acc', 'kind']);
    expectError(() => addServqualAnswers({ ...createServqualAccumulator(), items: {} } as never, answers), 'INVALID_INPUT', ['acc', 'items']);
    expectError(() => addServqualAnswers({ ...createServqualAccumulator(), weights: 3 } as never, answers), 'INVALID_INPUT', ['acc', 'weights']);
    const twice = createServqualAccumulator();
    twice.items.push({ item: 'R1', dimension: 'reliability', n: 1, expectation: 7, perception: 5, squaredGaps: 4 }, { item: 'R1', dimension: 'reliability', n: 1, expectation: 7, perception: 5, squaredGaps: 4 });
    expectError(() => addServqualAnswers(twice, answers), 'INVALID_INPUT', ['acc', 'items', 1, 'item']);
    const impossible = createServqualAccumulator();
    impossible.items.push({ item: 'R1', dimension: 'reliability', n: 1, expectation: 8, perception: 5, squaredGaps: 9 });
    expectError(() => addServqualAnswers(impossible, answers), 'INVALID_INPUT', ['acc', 'items', 0, 'expectation']);
    expectError(() => addServqualAnswers(deepFreeze(createServqualAccumulator()), answers), 'INVALID_INPUT', ['acc']);
    const withItems = (items: unknown[]) => ({ ...createServqualAccumulator(), items }) as never;
    const good = { item: 'R1', dimension: 'reliability', n: 1, expectation: 7, perception: 5, squaredGaps: 4 };
    expectError(() => addServqualAnswers(withItems([3]), answers), 'INVALID_INPUT', ['acc', 'items', 0]);
    expectError(() => addServqualAnswers(withItems([{ ...good, item: 7 }]), answers), 'INVALID_INPUT', ['acc', 'items', 0, 'item']);
    expectError(() => addServqualAnswers(withItems([{ ...good, dimension: 'price' }]), answers), 'INVALID_INPUT', ['acc', 'items', 0, 'dimension']);
    expectError(() => addServqualAnswers(withItems([{ ...good, n: 0 }]), answers), 'INVALID_INPUT', ['acc', 'items', 0, 'n']);
    expectError(() => addServqualAnswers(withItems([{ ...good, squaredGaps: -1 }]), answers), 'INVALID_INPUT', ['acc', 'items', 0, 'squaredGaps']);
  });
});
