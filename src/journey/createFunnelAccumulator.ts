import { optionKeys } from '../core/internal/optionKeys.js';
import { parseWith } from '../core/errors/parseWith.js';

import { invalid } from '../core/internal/assert.js';
import { readFunnelSpec, checkStepsInCatalogue } from './internal/funnelRun.js';
import { readOptions } from './internal/read.js';
import type { FunnelExclusion, FunnelStepInput } from './funnel.js';
import {
  funnelBreakdownFieldSchema,
  touchpointCatalogueSchema,
  type FunnelAccumulator,
  type FunnelBreakdownField,
  type FunnelMode,
  type TouchpointCatalogue,
} from './schemas.js';

/** The keys of the options: any other is refused. */
const OPTION_KEYS = optionKeys<FunnelAccumulatorOptions>({ windowMs: true, mode: true, exclusions: true, breakdownBy: true, touchpoints: true });

/** Options of {@link createFunnelAccumulator}: those of `funnel` that define what is counted. */
export interface FunnelAccumulatorOptions {
  /** Conversion window in ms, measured from the attempt's first step; inclusive. Default 14 days. */
  readonly windowMs?: number;
  /** `'ordered'` (default), `'strict'` or `'unordered'`, as in `funnel`. */
  readonly mode?: FunnelMode;
  /** Events that disqualify an attempt between two steps, as in `funnel`. Default none. */
  readonly exclusions?: readonly FunnelExclusion[];
  /** Breaks the result down by this field of the first-step event (a field name only: an accumulator is plain JSON). */
  readonly breakdownBy?: FunnelBreakdownField;
  /** A catalogue from `defineTouchpoints`, used for events given as objects as `funnel` uses it. */
  readonly touchpoints?: TouchpointCatalogue;
}

/**
 * Creates an empty funnel accumulator — the `create` step of the accumulator pattern
 * ({@link addEventsToFunnel}, {@link mergeFunnelAccumulators}, {@link funnelFromAccumulator}) for
 * computing `funnel` over events held in shards or workers. **Shards must partition customers**:
 * all of a customer's events go to one `add` of one accumulator (a funnel follows each customer's
 * attempts across all their events); a customer added twice is refused.
 *
 * A funnel's medians cannot be merged from counts, so the accumulator keeps, per customer, the
 * furthest step of the counted attempt and the times of its steps (and the breakdown value):
 * memory is O(customers × reached steps) — about the size of `funnel`'s own working data, not of
 * the events. In exchange any split, merged in any order, gives exactly the result of `funnel`.
 *
 * @param steps - the steps in order, as for `funnel`
 * @param options - see {@link FunnelAccumulatorOptions}; `confidence` is given to {@link funnelFromAccumulator}
 * @returns an empty accumulator (plain JSON) holding the funnel's definition
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for bad steps or options, as `funnel` (paths
 *   `['steps', …]`, `['options', key, …]`); a `breakdownBy` function is refused (path
 *   `['options', 'breakdownBy']`), and so is an infinite `windowMs` (JSON cannot hold it; path
 *   `['options', 'windowMs']`)
 *
 * @example
 * ```ts
 * import { createFunnelAccumulator } from 'omnicx/journey';
 * const acc = createFunnelAccumulator(['view', ['cart-web', 'cart-app'], 'buy'], { windowMs: 86_400_000 });
 * console.log(acc.steps); // [['view'], ['cart-web', 'cart-app'], ['buy']]
 * console.log(acc.mode); // 'ordered'
 * console.log(acc.customers); // []
 * ```
 */
export function createFunnelAccumulator(steps: readonly FunnelStepInput[], options?: FunnelAccumulatorOptions): FunnelAccumulator {
  const opts = readOptions(options, OPTION_KEYS);
  const breakdownBy = opts['breakdownBy'] === undefined ? null : parseWith(funnelBreakdownFieldSchema, opts['breakdownBy'], ['options', 'breakdownBy']);
  const touchpoints = opts['touchpoints'] === undefined ? null : parseWith(touchpointCatalogueSchema, opts['touchpoints'], ['options', 'touchpoints']);
  const spec = readFunnelSpec(steps, opts);
  if (!Number.isFinite(spec.windowMs)) {
    throw invalid('options.windowMs must be finite in an accumulator (JSON has no Infinity); give a window longer than any journey', ['options', 'windowMs']);
  }
  checkStepsInCatalogue(spec);
  return {
    kind: 'journeyFunnel',
    version: 1,
    steps: spec.stepNames.map((names) => [...names]),
    mode: spec.mode,
    windowMs: spec.windowMs,
    exclusions: spec.exclusions.map((e) => ({ touchpoints: [...e.touchpoints], from: e.from, to: e.to })),
    breakdownBy,
    touchpoints,
    customers: [],
    levels: [],
    times: [],
    breakdown: [],
  };
}
