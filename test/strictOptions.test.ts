// Options objects are strict in every module: a key a function does not know (a typo such as
// `confidense`) is refused with INVALID_INPUT at ['options', key], never silently ignored (the
// default then used in its place would give a plausible, wrong result). Each function below is
// called with its required options and one unknown key; the path ending in that key shows the
// refusal is the unknown key's, not another error. The last test finds every exported function
// with an `options` parameter in src and fails for one missing here; a walker checks that option,
// programme, policy and definition schemas are strict objects all the way down.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import * as core from '../src/core/index.js';
import * as inventory from '../src/inventory/index.js';
import * as journey from '../src/journey/index.js';
import * as loyalty from '../src/loyalty/index.js';
import * as members from '../src/members/index.js';
import * as sample from '../src/sample/index.js';
import * as satisfaction from '../src/satisfaction/index.js';
import * as touchpoint from '../src/touchpoint/index.js';
import { expectOmnicxError } from './support/expectOmnicxError.js';

type Options = Record<string, unknown>;
const T = 'zzTypo';
const any = (value: unknown): never => value as never;

const program = loyalty.defineProgram({ id: 'p', version: 1, currency: 'USD', timeZone: 'UTC', earn: { base: { points: '1', perAmountMinor: 100 } } });
const steps = ['view', 'buy'];
const summary = { customerId: 'c', frequency: 2, recency: 10, T: 20, monetaryMean: 1_000 };
const bgNbd = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const gammaGamma = { p: 6.25, q: 3.74, v: 15.44 };

/** Each function with an options argument, called with `options` (its required options plus the unknown key). */
const cases: Record<string, (options: Options) => unknown> = {
  // core
  multiplyMoney: (o) => core.multiplyMoney({ amountMinor: 100, currency: 'USD' }, '1.5', any(o)),
  moneyFromMajor: (o) => core.moneyFromMajor('1.00', 'USD', any(o)),
  convertMoney: (o) => core.convertMoney({ amountMinor: 100, currency: 'USD' }, 'EUR', '0.9', any(o)),
  formatMoney: (o) => core.formatMoney({ amountMinor: 100, currency: 'USD' }, 'en-US', any(o)),
  bootstrap: (o) => core.bootstrap([1, 2, 3], (xs) => xs.length, any({ seed: 1, resamples: 10, ...o })),
  variance: (o) => core.variance([1, 2, 3], any(o)),
  standardDeviation: (o) => core.standardDeviation([1, 2, 3], any(o)),
  momentsResult: (o) => core.momentsResult(core.addValuesToMoments(core.createMomentsAccumulator(), [1, 2, 3]), any(o)),
  wilsonInterval: (o) => core.wilsonInterval(1, 2, any(o)),
  encodePaths: (o) => core.encodePaths([], any(o)),
  // journey
  buildJourneys: (o) => journey.buildJourneys([], any(o)),
  channelSwitching: (o) => journey.channelSwitching([], any(o)),
  createChannelSwitchingAccumulator: (o) => journey.createChannelSwitchingAccumulator(any(o)),
  createDirectlyFollowsAccumulator: (o) => journey.createDirectlyFollowsAccumulator(any(o)),
  createFunnelAccumulator: (o) => journey.createFunnelAccumulator(steps, any(o)),
  createPainPointsAccumulator: (o) => journey.createPainPointsAccumulator(any(o)),
  createPathEdgesAccumulator: (o) => journey.createPathEdgesAccumulator(any(o)),
  createStepNeighboursAccumulator: (o) => journey.createStepNeighboursAccumulator('view', any(o)),
  directlyFollows: (o) => journey.directlyFollows([], any(o)),
  encodeEvents: (o) => journey.encodeEvents([], any(o)),
  funnel: (o) => journey.funnel([], steps, any(o)),
  funnelFromAccumulator: (o) => journey.funnelFromAccumulator(journey.createFunnelAccumulator(steps), any(o)),
  journeysToPaths: (o) => journey.journeysToPaths([], any(o)),
  nextSteps: (o) => journey.nextSteps([], 'view', any(o)),
  painPoints: (o) => journey.painPoints([], any(o)),
  painPointsFromAccumulator: (o) => journey.painPointsFromAccumulator(journey.createPainPointsAccumulator(), any(o)),
  pathEdges: (o) => journey.pathEdges([], any(o)),
  pathEdgesFromAccumulator: (o) => journey.pathEdgesFromAccumulator(journey.createPathEdgesAccumulator(), any(o)),
  previousSteps: (o) => journey.previousSteps([], 'view', any(o)),
  sessionize: (o) => journey.sessionize([], any(o)),
  stepNeighboursFromAccumulator: (o) => journey.stepNeighboursFromAccumulator(journey.createStepNeighboursAccumulator('view'), any(o)),
  zoneConversion: (o) => journey.zoneConversion([], any(o)),
  zoneConversionFromAccumulator: (o) => journey.zoneConversionFromAccumulator(journey.createZoneConversionAccumulator(), any(o)),
  // touchpoint
  attributeHeuristic: (o) => touchpoint.attributeHeuristic([], 'linear', any(o)),
  attributeMarkov: (o) => touchpoint.attributeMarkov([], any(o)),
  attributeShapley: (o) => touchpoint.attributeShapley([], any(o)),
  bootstrapAttribution: (o) => touchpoint.bootstrapAttribution([], 'linear', any({ seed: 1, ...o })),
  createHeuristicAttributionAccumulator: (o) => touchpoint.createHeuristicAttributionAccumulator('linear', any(o)),
  createMarkovAttributionAccumulator: (o) => touchpoint.createMarkovAttributionAccumulator(any(o)),
  createScorecardAccumulator: (o) => touchpoint.createScorecardAccumulator(any({ scale: { min: 1, max: 5 }, ...o })),
  createShapleyAttributionAccumulator: (o) => touchpoint.createShapleyAttributionAccumulator(any(o)),
  derivedImportance: (o) => touchpoint.derivedImportance([1, 2, 3], { a: [1, 3, 2] }, any(o)),
  importancePerformance: (o) => touchpoint.importancePerformance([], any(o)),
  scorecard: (o) => touchpoint.scorecard([], any({ scale: { min: 1, max: 5 }, ...o })),
  // loyalty
  createLiabilityAccumulator: (o) => loyalty.createLiabilityAccumulator(any({ asOf: 0, program, ...o })),
  programLiability: (o) => loyalty.programLiability([], any({ asOf: 0, program, ...o })),
  replay: (o) => loyalty.replay(program, [], any(o)),
  replayColumns: (o) => loyalty.replayColumns(program, [], any(o)),
  simulateProgram: (o) => loyalty.simulateProgram(program, [], any({ baseline: program, ...o })),
  validateProgram: (o) => loyalty.validateProgram(program, any(o)),
  // inventory
  allocateToChannels: (o) => inventory.allocateToChannels(10, [{ id: 'web', demand: 5 }], any({ method: 'demandShare', ...o })),
  availableToPromise: (o) => inventory.availableToPromise([], any({ asOf: 0, ...o })),
  createInventoryKpisAccumulator: (o) => inventory.createInventoryKpisAccumulator(any({ periodDays: 30, ...o })),
  fulfilmentKpis: (o) => inventory.fulfilmentKpis([], any(o)),
  fulfilmentKpisFromAccumulator: (o) => inventory.fulfilmentKpisFromAccumulator(inventory.createFulfilmentKpisAccumulator(), any(o)),
  inventoryKpis: (o) => inventory.inventoryKpis({ periodDays: 30, items: [] }, any(o)),
  inventoryKpisFromAccumulator: (o) => inventory.inventoryKpisFromAccumulator(inventory.createInventoryKpisAccumulator({ periodDays: 30 }), any(o)),
  sourceOrders: (o) => inventory.sourceOrders([], [], any({ strategy: 'priority', ...o })),
  // satisfaction
  ces: (o) => satisfaction.ces([5, 6], any(o)),
  cesFromAccumulator: (o) => satisfaction.cesFromAccumulator(satisfaction.addCesResponse(satisfaction.addCesResponse(satisfaction.createCesAccumulator(), 5), 6), any(o)),
  createCesAccumulator: (o) => satisfaction.createCesAccumulator(any(o)),
  createCsatAccumulator: (o) => satisfaction.createCsatAccumulator(any(o)),
  createServiceKpisAccumulator: (o) => satisfaction.createServiceKpisAccumulator(any({ asOf: 0, ...o })),
  createServqualAccumulator: (o) => satisfaction.createServqualAccumulator(any(o)),
  csat: (o) => satisfaction.csat([4, 5], any(o)),
  csatFromAccumulator: (o) => satisfaction.csatFromAccumulator(satisfaction.addCsatResponse(satisfaction.addCsatResponse(satisfaction.createCsatAccumulator(), 4), 5), any(o)),
  csatFromCounts: (o) => satisfaction.csatFromCounts(1, 2, any(o)),
  kanoFromAccumulator: (o) => satisfaction.kanoFromAccumulator(satisfaction.createKanoAccumulator(), any(o)),
  kanoSummary: (o) => satisfaction.kanoSummary([], any(o)),
  nps: (o) => satisfaction.nps([9, 10, 3], any(o)),
  npsDifference: (o) => satisfaction.npsDifference({ promoters: 5, passives: 3, detractors: 2 }, { promoters: 4, passives: 3, detractors: 3 }, any(o)),
  npsFromAccumulator: (o) => satisfaction.npsFromAccumulator(satisfaction.addNpsScore(satisfaction.addNpsScore(satisfaction.createNpsAccumulator(), 9), 3), any(o)),
  npsFromCounts: (o) => satisfaction.npsFromCounts({ promoters: 5, passives: 3, detractors: 2 }, any(o)),
  serviceKpis: (o) => satisfaction.serviceKpis([], any({ asOf: 0, ...o })),
  serviceKpisFromAccumulator: (o) => satisfaction.serviceKpisFromAccumulator(satisfaction.createServiceKpisAccumulator({ asOf: 0 }), any(o)),
  servqualFromAccumulator: (o) => satisfaction.servqualFromAccumulator(satisfaction.createServqualAccumulator(), any(o)),
  servqualGaps: (o) => satisfaction.servqualGaps([], any(o)),
  slaStatus: (o) =>
    satisfaction.slaStatus({ openedAt: 0, priority: 'P2' }, { targets: { P2: { firstResponseMs: 3_600_000 } }, businessHours: false }, any({ now: 1_000, ...o })),
  // members
  associationRules: (o) => members.associationRules(members.frequentItemsets([['a', 'b']], { minSupport: 0.5 }), any({ minConfidence: 0.5, ...o })),
  churnRisk: (o) => members.churnRisk([summary], bgNbd, any(o)),
  cohortRetention: (o) => members.cohortRetention([], any({ period: 'month', timeZone: 'UTC', ...o })),
  createCohortRetentionAccumulator: (o) => members.createCohortRetentionAccumulator(any({ period: 'month', timeZone: 'UTC', ...o })),
  createCustomerSummaryAccumulator: (o) => members.createCustomerSummaryAccumulator(any({ asOf: 0, ...o })),
  createRfmAccumulator: (o) => members.createRfmAccumulator(any({ asOf: 0, ...o })),
  customerLifetimeValue: (o) => members.customerLifetimeValue({ bgNbd, gammaGamma }, summary, any(o)),
  customerSummary: (o) => members.customerSummary([], any({ asOf: 0, ...o })),
  fitBgNbd: (o) => members.fitBgNbd([summary], any(o)),
  fitGammaGamma: (o) => members.fitGammaGamma([summary], any(o)),
  fitParetoNbd: (o) => members.fitParetoNbd([summary], any(o)),
  fitShiftedBetaGeometric: (o) => members.fitShiftedBetaGeometric([1000, 631, 468, 382], any(o)),
  frequentItemsets: (o) => members.frequentItemsets([['a', 'b']], any({ minSupport: 0.5, ...o })),
  frequentItemsetsFromAccumulator: (o) => members.frequentItemsetsFromAccumulator(members.createBasketAccumulator(), any({ minSupport: 0.5, ...o })),
  recommendFor: (o) => members.recommendFor(['a'], [], any({ k: 3, ...o })),
  rfm: (o) => members.rfm([], any({ asOf: 0, ...o })),
  sbgDiscountedExpectedResidualLifetime: (o) => members.sbgDiscountedExpectedResidualLifetime({ alpha: 0.7, beta: 1.2 }, any({ discountRate: 0.1, ...o })),
  // sample
  generateRetailData: (o) => sample.generateRetailData(any({ seed: 1, customers: 2, days: 2, ...o })),
};

describe('every options argument is strict', () => {
  for (const [name, call] of Object.entries(cases)) {
    it(`${name} refuses an unknown option at ['options', '${T}']`, () => {
      const error = expectOmnicxError(() => call({ [T]: 1 }), 'INVALID_INPUT', name === 'generateRetailData' ? [T] : ['options', T]);
      expect(error.message).toContain(T);
      // A key set to undefined is still a typo.
      expectOmnicxError(() => call({ [T]: undefined }), 'INVALID_INPUT', name === 'generateRetailData' ? [T] : ['options', T]);
    });
  }

  it('covers every exported function with an options parameter', () => {
    const src = fileURLToPath(new URL('../src', import.meta.url));
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? (d.name === 'internal' ? [] : files(join(dir, d.name))) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
    const found: string[] = [];
    for (const file of files(src)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^export function (\w+)(?:<[^(]*>)?\(((?:[^()]|\([^()]*\))*)\)/gm)) {
        if (/\boptions\??\s*[:=]/.test(m[2] ?? '')) found.push(`${m[1] ?? ''} (${relative(src, file)})`);
      }
    }
    expect(found.length).toBeGreaterThan(90);
    expect(found.filter((f) => !Object.hasOwn(cases, f.split(' ')[0] ?? ''))).toEqual([]);
  });
});

describe('configuration is strict all the way down', () => {
  // Nested option objects, policies and definitions: a typo inside is refused at its own path.
  it.each([
    ['sourceOrders cost', () => inventory.sourceOrders([], [], any({ strategy: 'lowestCost', cost: { perKmPerUnitMinr: 1 } })), ['options', 'cost', 'perKmPerUnitMinr']],
    ['rfm segment rule', () => members.rfm([], any({ asOf: 0, segments: [{ name: 'a', recncy: [1, 5] }] })), ['options', 'segments', 0, 'recncy']],
    ['SLA policy', () => satisfaction.slaStatus({ openedAt: 0, priority: 'P2' }, any({ targets: {}, businessHours: false, busnessHours: true }), { now: 1 }), ['policy', 'busnessHours']],
    ['SLA target', () => satisfaction.slaStatus({ openedAt: 0, priority: 'P2' }, any({ targets: { P2: { firstResponseMS: 1 } }, businessHours: false }), { now: 1 }), ['policy', 'targets', 'P2', 'firstResponseMS']],
    ['service KPI policy', () => satisfaction.serviceKpis([], any({ asOf: 0, policy: { targets: {}, businessHours: false, grace: 1 } })), ['options', 'policy', 'grace']],
    ['position weights', () => touchpoint.attributeHeuristic([], 'positionBased', any({ positionWeights: { first: 0.4, last: 0.4, middle: 0.2 } })), ['options', 'positionWeights', 'middle']],
    ['scorecard scale', () => touchpoint.scorecard([], any({ scale: { min: 1, max: 5, step: 1 } })), ['options', 'scale', 'step']],
    ['touchpoint definition', () => journey.defineTouchpoints(any([{ id: 'a', kind: 'digital', channel: 'web', stge: 'consider' }])), [0, 'stge']],
    ['stage definition', () => journey.defineStages(any([{ id: 'a', phse: 'x' }])), [0, 'phse']],
    ['loyalty programme', () => loyalty.defineProgram(any({ id: 'p', version: 1, currency: 'USD', timeZone: 'UTC', earn: { base: { points: '1', perAmountMinor: 100, roundng: 'up' } } })), ['earn', 'base', 'roundng']],
  ] as const)('%s', (_label, call, path) => {
    expectOmnicxError(call, 'INVALID_INPUT', path);
  });

  /** The paths of the objects in a zod schema that are not strict (unknown keys would pass). */
  function lenient(schema: unknown, path = '', out: string[] = [], seen = new Set<unknown>()): string[] {
    const def = (schema as { _zod?: { def?: Record<string, unknown> } } | undefined)?._zod?.def;
    if (def === undefined || seen.has(schema)) return out;
    seen.add(schema);
    const inner = (key: string, at = path): void => void lenient(def[key], at, out, seen);
    switch (def['type']) {
      case 'object': {
        if ((def['catchall'] as { _zod?: { def?: { type?: string } } } | undefined)?._zod?.def?.type !== 'never') out.push(path === '' ? '(root)' : path);
        for (const [key, value] of Object.entries(def['shape'] as Record<string, unknown>)) lenient(value, `${path}.${key}`, out, seen);
        break;
      }
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'readonly':
      case 'nonoptional':
      case 'catch':
        inner('innerType');
        break;
      case 'array':
        inner('element', `${path}[]`);
        break;
      case 'record':
        inner('valueType', `${path}{}`);
        break;
      case 'union':
        (def['options'] as unknown[]).forEach((option, i) => lenient(option, `${path}|${String(i)}`, out, seen));
        break;
      case 'intersection':
        inner('left');
        inner('right');
        break;
      case 'pipe':
        inner('in');
        inner('out');
        break;
      case 'tuple':
        (def['items'] as unknown[]).forEach((item, i) => lenient(item, `${path}[${String(i)}]`, out, seen));
        break;
      default:
        break;
    }
    return out;
  }

  it('every exported options schema, the programme, SLA policy and definition schemas are strict objects throughout', () => {
    const modules = { core, inventory, journey, loyalty, members, sample, satisfaction, touchpoint };
    const config = ['programSchema', 'businessCalendarSchema', 'slaPolicySchema', 'channelPatternSchema', 'touchpointDefinitionSchema', 'stageInputSchema', 'rfmSegmentRuleSchema', 'sourcingCostSchema'];
    const checked: string[] = [];
    const found: Record<string, string[]> = {};
    for (const [module, exports] of Object.entries(modules)) {
      for (const [name, schema] of Object.entries(exports)) {
        if (!(name.endsWith('OptionsSchema') || config.includes(name))) continue;
        checked.push(name);
        const loose = lenient(schema);
        if (loose.length > 0) found[`${module}.${name}`] = loose;
      }
    }
    expect(checked.length).toBeGreaterThanOrEqual(39);
    expect(found).toEqual({});
    // The walker finds a lenient object (a test that cannot fail is a defect).
    expect(lenient(z.strictObject({ a: z.array(z.object({ b: z.string() })).optional() }))).toEqual(['.a[]']);
  });
});
