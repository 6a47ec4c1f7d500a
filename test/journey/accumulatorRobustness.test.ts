// Accumulators come back from JSON, storage and other workers: a valid accumulator with any one
// part replaced by arbitrary data must be refused with an OmnicxError by add, merge and result —
// never a TypeError from inside (this found zod's TypeError on typed arrays under .readonly()).
import fc from 'fast-check';
import { describe, it } from 'vitest';
import * as J from '../../src/journey/index.js';
import { OmnicxError } from '../../src/core/errors/OmnicxError.js';

const ev = [{ customerId: 'a', at: 0, touchpoint: 'A', channel: 'web', stage: 's', sentiment: -0.5 }, { customerId: 'a', at: 5, touchpoint: 'B', channel: 'app', type: 'conversion' as const }];
const js = [{ steps: [{ touchpoint: 'A', at: 0, channel: 'web', stage: 's' }, { touchpoint: 'B', at: 3, channel: 'app' }] }];
const model = J.defineStages(['s', 't']);
const sets: [string, () => unknown, (a: never, x: never) => unknown, (a: never, b: never) => unknown, (a: never) => unknown, unknown][] = [
  ['funnel', () => J.addEventsToFunnel(J.createFunnelAccumulator(['A', 'B'], { breakdownBy: 'channel' }), ev), J.addEventsToFunnel, J.mergeFunnelAccumulators, J.funnelFromAccumulator, [{ customerId: 'b', at: 1, touchpoint: 'A' }]],
  ['pain', () => J.addEventsToPainPoints(J.createPainPointsAccumulator(), ev), J.addEventsToPainPoints, J.mergePainPointsAccumulators, J.painPointsFromAccumulator, [{ customerId: 'b', at: 1, touchpoint: 'A' }]],
  ['stage', () => J.addJourneysToStageDropOff(J.createStageDropOffAccumulator(model), js), J.addJourneysToStageDropOff, J.mergeStageDropOffAccumulators, J.stageDropOffFromAccumulator, js],
  ['channel', () => J.addJourneysToChannelSwitching(J.createChannelSwitchingAccumulator(), js), J.addJourneysToChannelSwitching, J.mergeChannelSwitchingAccumulators, J.channelSwitchingFromAccumulator, js],
  ['path', () => J.addJourneysToPathEdges(J.createPathEdgesAccumulator(), js), J.addJourneysToPathEdges, J.mergePathEdgesAccumulators, J.pathEdgesFromAccumulator, js],
  ['follows', () => J.addJourneysToDirectlyFollows(J.createDirectlyFollowsAccumulator({ startEnd: true }), js), J.addJourneysToDirectlyFollows, J.mergeDirectlyFollowsAccumulators, J.directlyFollowsFromAccumulator, js],
  ['zone', () => J.addVisitsToZoneConversion(J.createZoneConversionAccumulator(), [{ zone: 'z', converted: true }]), J.addVisitsToZoneConversion, J.mergeZoneConversionAccumulators, J.zoneConversionFromAccumulator, [{ zone: 'y', converted: false }]],
  ['variants', () => J.addJourneysToVariants(J.createVariantsAccumulator(), js), J.addJourneysToVariants, J.mergeVariantsAccumulators, J.variantsFromAccumulator, js],
  ['neighbours', () => J.addJourneysToStepNeighbours(J.createStepNeighboursAccumulator('A'), js), J.addJourneysToStepNeighbours, J.mergeStepNeighboursAccumulators, J.stepNeighboursFromAccumulator, js],
];
const garbage = fc.anything({ withBigInt: true, withTypedArray: true, withSparseArray: true, maxDepth: 3 });

function mutate(value: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || typeof value !== 'object' || value === null) return replacement;
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[(path[0] as number) % keys.length] as string;
  const copy: Record<string, unknown> = Array.isArray(value) ? ([...(value as unknown[])] as never) : { ...value };
  copy[key] = mutate((value as Record<string, unknown>)[key], path.slice(1), replacement);
  return copy;
}

describe('journey accumulators with a part replaced by arbitrary data', () => {
  for (const [name, make, add, merge, result, input] of sets) {
    it(`${name}: a mutated accumulator never escapes as another error`, () => {
      fc.assert(
        fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), garbage, fc.nat(2), (path, replacement, which) => {
          const bad = mutate(JSON.parse(JSON.stringify(make())), path, replacement);
          try {
            if (which === 0) add(bad as never, input as never);
            else if (which === 1) merge(make() as never, bad as never);
            else result(bad as never);
          } catch (error) {
            if (!(error instanceof OmnicxError)) throw new Error(`${name} ${String(which)} threw ${String(error)} on ${JSON.stringify(bad)}`, { cause: error });
          }
        }),
        { numRuns: 300 },
      );
    });
  }
});
