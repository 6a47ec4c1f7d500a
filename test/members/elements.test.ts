// Lists whose elements are not objects are refused with the element's path (found by fuzzing
// every export with arbitrary values), never with a TypeError.
import { describe, it } from 'vitest';
import { churnRisk, fitGammaGamma, survivalCurve } from '../../src/members/index.js';
import { expectOmnicxError } from './helpers.js';

describe('members: non-object elements', () => {
  it('fitGammaGamma, churnRisk and survivalCurve name the bad element', () => {
    expectOmnicxError(() => fitGammaGamma([undefined] as never), 'INVALID_INPUT', ['summaries', 0]);
    expectOmnicxError(
      () => churnRisk([{ customerId: 'a', frequency: 1, recency: 1, T: 2, monetaryMean: 1 }, null] as never, { r: 1, alpha: 1, a: 1.5, b: 2 }),
      'INVALID_INPUT',
      ['summaries', 1],
    );
    expectOmnicxError(() => survivalCurve([{ duration: 1, churned: true }, 7] as never), 'INVALID_INPUT', ['subjects', 1]);
  });
});
