import { parseWith } from '../core/errors/parseWith.js';
import { requireCalendar, newTally } from './internal/serviceKpisCore.js';
import { tallyFields } from './internal/serviceKpisAccumulator.js';
import { serviceKpisOptionsSchema, type ServiceKpisAccumulator, type ServiceKpisOptions } from './schemas.js';

const accumulatorOptionsSchema = serviceKpisOptionsSchema.omit({ confidence: true });

/**
 * Creates an empty service-KPI accumulator — the `create` step ({@link addServiceTickets},
 * {@link mergeServiceKpisAccumulators}, {@link serviceKpisFromAccumulator}). It keeps the options
 * that decide how a ticket counts, the counts behind the rates, backlog and SLA attainment, and
 * every response and resolution time in ascending order, so that the medians, p90 and intervals of
 * any split of the tickets equal those of {@link serviceKpis} exactly. **Memory grows with the
 * number of tickets** (two numbers per resolved ticket), unlike the survey accumulators.
 *
 * @param options - as for {@link serviceKpis} without `confidence` (given when reading): `asOf`
 *   required, `timeBasis`, `calendar`, `policy`, `excludePauses`; only accumulators with the same
 *   options merge
 * @returns a new accumulator with no tickets
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for bad options (path `['options', …]`) or a
 *   missing calendar for business time (path `['options', 'calendar']`)
 *
 * @example
 * ```ts
 * import { createServiceKpisAccumulator } from 'omnicx/satisfaction';
 * const acc = createServiceKpisAccumulator({ asOf: '2026-03-03T12:00:00Z' });
 * console.log([acc.kind, acc.n, acc.policy, acc.resolutionTimes]); // ['serviceKpis', 0, null, []]
 * ```
 */
export function createServiceKpisAccumulator(options: Omit<ServiceKpisOptions, 'confidence'>): ServiceKpisAccumulator {
  const parsed = parseWith(accumulatorOptionsSchema, options, ['options']);
  requireCalendar(parsed, ['options', 'calendar']);
  return {
    kind: 'serviceKpis',
    version: 1,
    asOf: parsed.asOf,
    timeBasis: parsed.timeBasis,
    excludePauses: parsed.excludePauses,
    policy: parsed.policy === undefined ? null : structuredClone(parsed.policy),
    calendar: parsed.calendar === undefined ? null : structuredClone(parsed.calendar),
    ...tallyFields(newTally()),
  };
}
