// Parameter checks of the model functions.
import { invalid } from '../../core/internal/assert.js';
import type { BgNbdParams, ParetoNbdParams } from '../schemas.js';
import { positiveParams } from './options.js';

export function bgNbdParams(params: unknown): BgNbdParams {
  const p = positiveParams(params, ['r', 'alpha', 'a', 'b'] as const);
  if (p.a === 1) throw invalid('params.a must differ from 1 (the closed forms divide by a − 1)', ['params', 'a']);
  if (p.a + p.b <= 1) throw invalid('params.a + params.b must exceed 1 for the closed forms', ['params', 'b']);
  return p;
}

export function paretoNbdParams(params: unknown): ParetoNbdParams {
  return positiveParams(params, ['r', 'alpha', 's', 'beta'] as const);
}
