import { ErrorCode, OmnicxError } from '../core/errors/OmnicxError.js';
import { assertObject } from '../core/internal/assert.js';
import { numberOption, positiveParams } from './internal/options.js';
import { periodIndex } from './internal/sbg.js';
import type { SbgParams } from './schemas.js';
import { assertKnownKeys } from '../core/internal/optionKeys.js';

/**
 * Discounted expected residual lifetime under sBG (Fader & Hardie 2010, "Customer-base valuation
 * in a contractual setting: the perils of ignoring heterogeneity", Marketing Science 29(1), eq. 6):
 * for a customer who has made n renewals, evaluated just before the next renewal,
 * DERL = Σₖ≥₁ S(n + k)/S(n) · (1 + d)^−(k−1) = (β + n)/(α + β + n) · 2F1(1, β + n + 1; α + β + n + 1; 1/(1 + d)).
 * Multiply by the payment per period for the residual value. Summed as a series of positive terms.
 *
 * @param params - `{ alpha, beta }`
 * @param options - `discountRate` d > 0 per period (required), `renewals` n (integer ≥ 0, default 0)
 * @returns discounted expected number of future payments
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for bad parameters or options (paths `['params', key]`,
 *   `['options', key]`); `NO_CONVERGENCE` when d is so small the series cannot be summed
 *
 * @example
 * ```ts
 * import { sbgDiscountedExpectedResidualLifetime } from 'omnicx/members';
 * // α = 1, β = 1, n = 0, d = 1: Σ 1/(k+1) · 2^−(k−1) = 2(2 ln 2 − 1) ≈ 0.7726
 * console.log(Number(sbgDiscountedExpectedResidualLifetime({ alpha: 1, beta: 1 }, { discountRate: 1 }).toFixed(4))); // 0.7726
 * ```
 */
export function sbgDiscountedExpectedResidualLifetime(params: SbgParams, options: { readonly discountRate: number; readonly renewals?: number }): number {
  const { alpha, beta } = positiveParams(params, ['alpha', 'beta'] as const);
  assertObject(options, ['options'], 'options');
  assertKnownKeys(options, ['discountRate', 'renewals'], ['options']);
  const d = numberOption(options.discountRate, undefined, 0, 1e6, ['options', 'discountRate'], true);
  const n = options.renewals === undefined ? 0 : periodIndex(options.renewals, ['options', 'renewals'], 0);
  const delta = 1 / (1 + d);
  let term = (beta + n) / (alpha + beta + n);
  let sum = term;
  for (let k = 1; k < 10_000_000; k++) {
    term *= ((beta + n + k) / (alpha + beta + n + k)) * delta;
    sum += term;
    if (term <= 1e-17 * sum) return sum;
  }
  throw new OmnicxError(ErrorCode.NO_CONVERGENCE, 'The DERL series did not converge: the discount rate is too small', { path: ['options', 'discountRate'] });
}
