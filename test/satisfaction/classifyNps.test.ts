import { describe, expect, it } from 'vitest';
import { classifyNps } from '../../src/satisfaction/index.js';
import { expectError } from './surveyHelpers.js';

describe('classifyNps', () => {
  it('puts 9–10 in promoters, 7–8 in passives and 0–6 in detractors', () => {
    const categories = Array.from({ length: 11 }, (_, score) => classifyNps(score));
    expect(categories).toEqual([
      ...Array<string>(7).fill('detractor'),
      'passive',
      'passive',
      'promoter',
      'promoter',
    ]);
  });

  it.each([11, -1, 6.5, Number.NaN, Infinity, '9', null])('refuses %s with the path ["score"]', (bad) => {
    expectError(() => classifyNps(bad as number), 'INVALID_INPUT', ['score']);
  });

  it('says "must be an integer" for a fraction on the scale', () => {
    expect(() => classifyNps(7.5)).toThrow(/must be an integer, got 7.5/);
  });
});
