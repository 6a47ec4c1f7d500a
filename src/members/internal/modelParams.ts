// Parameter checks of the model functions.
import { invalid } from '../../core/internal/assert.js';
import type { BgNbdParams, ParetoNbdParams } from '../schemas.js';
import { positiveParams } from './options.js';

/** Positive BG/NBD parameters: all P(alive) needs. */
export function bgNbdParams(params: unknown): BgNbdParams {
  return positiveParams(params, ['r', 'alpha', 'a', 'b'] as const);
}

/**
 * The expected-purchase closed forms divide by a − 1 and use 2F1(…; a + b + x − 1; z), which
 * needs a positive third parameter: a + b > 1 for a customer without repeat purchases (x = 0),
 * always true for x ≥ 1.
 */
export function assertBgNbdClosedForm(p: BgNbdParams, x: number): void {
  if (p.a === 1) throw invalid('params.a must differ from 1 (the closed forms divide by a − 1)', ['params', 'a']);
  if (p.a + p.b + x - 1 <= 0) {
    throw invalid('params.a + params.b must exceed 1 for the expected purchases of a customer without repeat purchases', ['params', 'b']);
  }
}

export function paretoNbdParams(params: unknown): ParetoNbdParams {
  return positiveParams(params, ['r', 'alpha', 's', 'beta'] as const);
}
