import { describe, expect, it } from 'vitest';
import { importancePerformance } from '../../src/touchpoint/index.js';
import { expectOmnicxError } from './support.js';

const items = [
  { id: 'checkout', importance: 0.8, performance: 3.1 },
  { id: 'parking', importance: 0.2, performance: 4.5 },
  { id: 'advice', importance: 0.7, performance: 4.4 },
  { id: 'music', importance: 0.1, performance: 3.0 },
  { id: 'returns', importance: 0.9, performance: 2.0 },
];

describe('importancePerformance', () => {
  it('cuts at the means by default and names the four quadrants', () => {
    // mean importance (0.8 + 0.2 + 0.7 + 0.1 + 0.9)/5 = 0.54, mean performance 17/5 = 3.4
    const result = importancePerformance(items);
    expect(result.importanceCut).toBeCloseTo(0.54, 15);
    expect(result.performanceCut).toBeCloseTo(3.4, 15);
    expect(result.items.map((i) => [i.id, i.quadrant])).toEqual([
      ['checkout', 'concentrateHere'],
      ['parking', 'possibleOverkill'],
      ['advice', 'keepUpTheGoodWork'],
      ['music', 'lowPriority'],
      ['returns', 'concentrateHere'],
    ]);
  });

  it('cuts at the medians or at given points, a value on the cut counting as high', () => {
    const median = importancePerformance(items, { split: 'median' });
    // medians 0.7 and 3.1: advice (0.7, 4.4) and checkout (0.8, 3.1) sit on a cut → high
    expect(median.importanceCut).toBe(0.7);
    expect(median.performanceCut).toBe(3.1);
    expect(median.items.find((i) => i.id === 'checkout')!.quadrant).toBe('keepUpTheGoodWork');
    expect(median.items.find((i) => i.id === 'advice')!.quadrant).toBe('keepUpTheGoodWork');
    const fixed = importancePerformance(items, { split: { importance: 0.5, performance: 4 } });
    expect(fixed.items.map((i) => i.quadrant)).toEqual([
      'concentrateHere',
      'possibleOverkill',
      'keepUpTheGoodWork',
      'lowPriority',
      'concentrateHere',
    ]);
    expect(importancePerformance([], { split: { importance: 0, performance: 0 } }).items).toEqual([]);
  });

  it('refuses bad input', () => {
    expectOmnicxError(() => importancePerformance([]), 'INSUFFICIENT_DATA', []);
    expectOmnicxError(() => importancePerformance([{ id: 'a', importance: Infinity, performance: 1 }]), 'INVALID_INPUT', [0, 'importance']);
    expectOmnicxError(() => importancePerformance(items, { split: 'mode' as never }), 'INVALID_INPUT', ['options', 'split']);
  });
});
