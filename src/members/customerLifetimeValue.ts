import { assertObject, invalid } from '../core/internal/assert.js';
import { bgNbdConditionalExpectedPurchases } from './bgNbdConditionalExpectedPurchases.js';
import { gammaGammaExpectedSpend } from './gammaGammaExpectedSpend.js';
import { numberOption } from './internal/options.js';
import type { BgNbdParams, CustomerSummary, GammaGammaParams } from './schemas.js';
import { assertKnownKeys, optionKeys } from '../core/internal/optionKeys.js';

/** The keys of the options: any other is refused. */
const OPTION_KEYS = optionKeys<CustomerLifetimeValueOptions>({ horizon: true, periodsPerStep: true, discountRate: true });

/** Options of {@link customerLifetimeValue}. */
export interface CustomerLifetimeValueOptions {
  /** Number of discounting steps, a whole number 1–10 000 (lifetimes' `time`, months by default); default 12. */
  readonly horizon?: number;
  /** Periods per step; default 4.345 (weeks per month, lifetimes' factor for `freq='W'`). */
  readonly periodsPerStep?: number;
  /** Discount rate per step (lifetimes' `discount_rate`, monthly); default 0.01. */
  readonly discountRate?: number;
}

/**
 * Discounted customer lifetime value over a finite horizon, exactly as lifetimes'
 * `GammaGammaFitter.customer_lifetime_value` with a BG/NBD transaction model:
 * CLV = Σₖ₌₁..H E[M] · (E[Y(k f)] − E[Y((k − 1) f)]) / (1 + d)^k,
 * where E[Y] is `bgNbdConditionalExpectedPurchases`, E[M] is `gammaGammaExpectedSpend`, f =
 * `periodsPerStep` and d = `discountRate` (Fader, Hardie & Lee 2005, "RFM and CLV"). Minor units.
 *
 * @param models - `{ bgNbd, gammaGamma }` parameters
 * @param customer - a summary `{ frequency, recency, T, monetaryMean }` in periods
 * @param options - `horizon` (whole steps, default 12), `periodsPerStep` (default 4.345), `discountRate` (default 0.01)
 * @returns the discounted value in minor units
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for bad parameters, customer or options (paths
 *   `['params', key]`, `['customer', key]`, `['options', key]`)
 *
 * @example
 * ```ts
 * import { customerLifetimeValue } from 'omnicx/members';
 * const clv = customerLifetimeValue(
 *   { bgNbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, gammaGamma: { p: 6, q: 4, v: 15 } },
 *   { frequency: 0, recency: 0, T: 0, monetaryMean: 0 },
 *   { horizon: 1, periodsPerStep: 52, discountRate: 0 },
 * );
 * console.log(Number(clv.toFixed(2))); // 43.38
 * ```
 */
export function customerLifetimeValue(
  models: { readonly bgNbd: BgNbdParams; readonly gammaGamma: GammaGammaParams },
  customer: CustomerSummary,
  options: CustomerLifetimeValueOptions = {},
): number {
  assertObject(models, ['models'], 'models');
  assertObject(options, ['options'], 'options');
  assertKnownKeys(options, OPTION_KEYS);
  const horizon = numberOption(options.horizon, 12, 1, 10_000, ['options', 'horizon']);
  // A count of steps: lifetimes would run 1.5 as two steps (np.arange(1, time + 1)); truncating it
  // to one would silently drop a step, so a fraction is refused.
  if (!Number.isInteger(horizon)) throw invalid(`options.horizon must be a whole number of steps, got ${String(horizon)}`, ['options', 'horizon']);
  const step = numberOption(options.periodsPerStep, 4.345, 0, 1e6, ['options', 'periodsPerStep'], true);
  const d = numberOption(options.discountRate, 0.01, 0, 100, ['options', 'discountRate']);
  const spend = gammaGammaExpectedSpend(models.gammaGamma, customer);
  let value = 0;
  let previous = 0;
  for (let k = 1; k <= horizon; k++) {
    const cumulative = bgNbdConditionalExpectedPurchases(models.bgNbd, k * step, customer);
    value += (spend * (cumulative - previous)) / Math.pow(1 + d, k);
    previous = cumulative;
  }
  return value;
}
