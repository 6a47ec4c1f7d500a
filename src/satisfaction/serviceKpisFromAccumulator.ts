import { parseWith } from '../core/errors/parseWith.js';
import { settingsOf, tallyOf } from './internal/serviceKpisAccumulator.js';
import { serviceKpisResult } from './internal/serviceKpisCore.js';
import { parseOptions } from './internal/surveyInput.js';
import {
  serviceKpisAccumulatorSchema,
  surveyConfidenceOptionsSchema,
  type ServiceKpisAccumulator,
  type ServiceKpisResult,
  type SurveyConfidenceOptions,
} from './schemas.js';

/**
 * Reads the service KPIs of an accumulator — the `result` step; exactly the result of
 * {@link serviceKpis} (with the accumulator's options) over the same tickets, however they were
 * split and merged. The accumulator is not modified.
 *
 * @param acc - a service-KPI accumulator
 * @param options - `confidence` of every interval (default 0.95)
 * @returns a new {@link ServiceKpisResult}
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`,
 *   e.g. durations out of order) or options (path `['options', …]`)
 *
 * @example
 * ```ts
 * import { addServiceTickets, createServiceKpisAccumulator, serviceKpisFromAccumulator } from 'omnicx/satisfaction';
 * const acc = addServiceTickets(createServiceKpisAccumulator({ asOf: '2026-03-03T12:00:00Z' }), [
 *   { openedAt: '2026-03-02T09:00:00Z', priority: 'P1', resolvedAt: '2026-03-02T13:00:00Z', contacts: 1 },
 *   { openedAt: '2026-03-02T11:00:00Z', priority: 'P2' },
 * ]);
 * const kpis = serviceKpisFromAccumulator(acc, { confidence: 0.9 });
 * console.log([kpis.n, kpis.backlog.count, kpis.firstContactResolution.rate]); // [2, 1, 1]
 * ```
 */
export function serviceKpisFromAccumulator(acc: ServiceKpisAccumulator, options?: SurveyConfidenceOptions): ServiceKpisResult {
  const parsed = parseWith(serviceKpisAccumulatorSchema, acc, ['acc']);
  const tally = tallyOf(parsed, ['acc']);
  const { confidence } = parseOptions(surveyConfidenceOptionsSchema, options);
  return serviceKpisResult(tally, settingsOf(parsed), confidence);
}
