// Type-level contracts of the domain modules, checked by `vitest --typecheck`.
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import { funnel, type FunnelResult, type JourneyEventInput } from '../../src/journey/index.js';
import {
  defineProgram,
  ledgerColumnsSchema,
  ledgerEntries,
  replay,
  replayColumns,
  type LedgerColumns,
  type LedgerEntry,
  type Program,
  type ReplayColumnsResult,
  type ReplayResult,
  programSchema,
} from '../../src/loyalty/index.js';
import { allocateToChannels, sourceOrders, type SourcingResult } from '../../src/inventory/index.js';
import { classifyNps, nps, npsResultSchema, type NpsResult } from '../../src/satisfaction/index.js';
import { attributeMarkov } from '../../src/touchpoint/index.js';
import { rfm, type RfmRow } from '../../src/members/index.js';
import { encodePaths, type EncodedPaths } from '../../src/core/index.js';
import { generateRetailData, type RetailData } from '../../src/sample/index.js';

describe('domain types', () => {
  it('satisfaction: results are inferred from their schemas; an empty sample types as null', () => {
    expectTypeOf<NpsResult>().toEqualTypeOf<z.infer<typeof npsResultSchema>>();
    expectTypeOf(nps).returns.toEqualTypeOf<NpsResult>();
    expectTypeOf<NpsResult['score']>().toEqualTypeOf<number | null>();
    expectTypeOf(classifyNps).returns.toEqualTypeOf<'promoter' | 'passive' | 'detractor'>();
    const column: Parameters<typeof nps>[0] = new Int8Array(4);
    expectTypeOf(column).not.toBeAny();
  });

  it('loyalty: a programme is the schema output; replay returns states and a ledger', () => {
    expectTypeOf<Program>().toEqualTypeOf<z.infer<typeof programSchema>>();
    expectTypeOf(defineProgram).returns.toEqualTypeOf<Program>();
    expectTypeOf(replay).returns.toEqualTypeOf<ReplayResult>();
    expectTypeOf<ReplayResult['members'][number]['availablePoints']>().toEqualTypeOf<number>();
  });

  it('loyalty: replayColumns returns the ledger as typed columns, ledgerEntries turns them back into entries', () => {
    expectTypeOf(replayColumns).returns.toEqualTypeOf<ReplayColumnsResult>();
    expectTypeOf<ReplayColumnsResult['members']>().toEqualTypeOf<ReplayResult['members']>();
    expectTypeOf<ReplayColumnsResult['ledger']>().toEqualTypeOf<LedgerColumns>();
    expectTypeOf<LedgerColumns>().toEqualTypeOf<z.infer<typeof ledgerColumnsSchema>>();
    expectTypeOf<LedgerColumns['at']>().toExtend<Float64Array>();
    expectTypeOf<LedgerColumns['type']>().toExtend<Uint8Array>();
    expectTypeOf<LedgerColumns['eventId']>().toEqualTypeOf<(string | null)[]>();
    expectTypeOf<LedgerColumns['explanations']['roundingStage']>().toEqualTypeOf<'order' | 'line'>();
    expectTypeOf(ledgerEntries).returns.toEqualTypeOf<LedgerEntry[]>();
    expectTypeOf(ledgerEntries).parameter(1).toEqualTypeOf<{ from?: number | undefined; to?: number | undefined } | undefined>();
  });

  it('journey: events accept ISO strings, epoch ms or Dates; funnel returns per-step counts', () => {
    expectTypeOf<{ customerId: 'c'; at: '2026-01-01T00:00:00Z'; touchpoint: 'home' }>().toExtend<JourneyEventInput>();
    expectTypeOf<{ customerId: 'c'; at: number; touchpoint: 'home' }>().toExtend<JourneyEventInput>();
    expectTypeOf(funnel).returns.toEqualTypeOf<FunnelResult>();
    expectTypeOf<FunnelResult['steps'][number]['count']>().toEqualTypeOf<number>();
  });

  it('inventory, touchpoint, members, core paths and sample expose precise result types', () => {
    expectTypeOf(sourceOrders).returns.toEqualTypeOf<SourcingResult>();
    expectTypeOf(allocateToChannels).parameter(0).toEqualTypeOf<number>();
    expectTypeOf(attributeMarkov).returns.toHaveProperty('conversionProbability').toEqualTypeOf<number>();
    expectTypeOf(rfm).returns.toEqualTypeOf<RfmRow[]>();
    expectTypeOf(encodePaths).returns.toEqualTypeOf<EncodedPaths>();
    const offsets: Int32Array = encodePaths([{ path: 'a > b', conversions: 1 }]).offsets;
    expectTypeOf(offsets).not.toBeAny();
    expectTypeOf(generateRetailData).returns.toEqualTypeOf<RetailData>();
  });
});
