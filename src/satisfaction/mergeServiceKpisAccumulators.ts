import { parseWith } from '../core/errors/parseWith.js';
import { assertSameSettings, mergeTallies, tallyFields, tallyOf } from './internal/serviceKpisAccumulator.js';
import { serviceKpisAccumulatorSchema, type ServiceKpisAccumulator } from './schemas.js';

/**
 * Combines two service-KPI accumulators into a new one holding the tickets of both — the `merge`
 * step. Pure and exact (counts add, sorted durations merge), so associative and commutative: any
 * split of the tickets, merged in any order, reads exactly as {@link serviceKpis}. Both must have
 * been created with the same options (`asOf`, `timeBasis`, `excludePauses`, `policy`, `calendar`).
 * A ticket given to two shards is counted twice: tickets carry no id to tell.
 *
 * @param a - a service-KPI accumulator
 * @param b - another, with the same options
 * @returns a new accumulator
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['a', …]` or
 *   `['b', …]`) or different options (path `['b', option]`); `NOT_SAFE_INTEGER` when a merged count
 *   passes 2^53 − 1
 *
 * @example
 * ```ts
 * import { addServiceTickets, createServiceKpisAccumulator, mergeServiceKpisAccumulators, serviceKpisFromAccumulator } from 'omnicx/satisfaction';
 * const options = { asOf: '2026-03-03T12:00:00Z' };
 * const chat = addServiceTickets(createServiceKpisAccumulator(options), [{ openedAt: '2026-03-02T09:00:00Z', priority: 'P1', resolvedAt: '2026-03-02T13:00:00Z' }]);
 * const email = addServiceTickets(createServiceKpisAccumulator(options), [{ openedAt: '2026-03-02T09:00:00Z', priority: 'P2', resolvedAt: '2026-03-03T09:00:00Z' }]);
 * console.log((serviceKpisFromAccumulator(mergeServiceKpisAccumulators(chat, email)).resolutionTime.medianMs ?? 0) / 3_600_000); // 14
 * ```
 */
export function mergeServiceKpisAccumulators(a: ServiceKpisAccumulator, b: ServiceKpisAccumulator): ServiceKpisAccumulator {
  const x = parseWith(serviceKpisAccumulatorSchema, a, ['a']);
  const y = parseWith(serviceKpisAccumulatorSchema, b, ['b']);
  const tallyA = tallyOf(x, ['a']);
  const tallyB = tallyOf(y, ['b']);
  assertSameSettings(x, y);
  return {
    kind: 'serviceKpis',
    version: 1,
    asOf: x.asOf,
    timeBasis: x.timeBasis,
    excludePauses: x.excludePauses,
    policy: x.policy === null ? null : structuredClone(x.policy),
    calendar: x.calendar === null ? null : structuredClone(x.calendar),
    ...tallyFields(mergeTallies(tallyA, tallyB, ['b'])),
  };
}
