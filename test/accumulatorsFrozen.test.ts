// Every add… updates its accumulator in place. A frozen accumulator (one kept in an immer or
// Redux store, which freeze state) must be refused as bad input, INVALID_INPUT at ['acc'], and
// left as it was — not a TypeError from a strict-mode assignment halfway through the batch.
import { describe, expect, it } from 'vitest';
import { OmnicxError } from '../src/core/errors/OmnicxError.js';
import * as core from '../src/core/index.js';
import * as I from '../src/inventory/index.js';
import * as J from '../src/journey/index.js';
import * as L from '../src/loyalty/index.js';
import * as M from '../src/members/index.js';
import * as S from '../src/satisfaction/index.js';
import * as T from '../src/touchpoint/index.js';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const journeys = [{ steps: [{ touchpoint: 'ad', at: 0, channel: 'web', stage: 'discover' }, { touchpoint: 'till', at: 9, channel: 'store', stage: 'buy', type: 'conversion' as const }] }];
const events = [{ customerId: 'a', at: 0, touchpoint: 'view' }, { customerId: 'a', at: 5, touchpoint: 'buy', sentiment: -0.5 }];
const transactions = [{ customerId: 'ann', at: '2026-01-05T09:00:00Z', amountMinor: 1000 }];
const paths = [{ path: 'search > email', conversions: 1, value: 10 }];
const program = { id: 'club', version: 1, currency: 'USD', timeZone: 'UTC', earn: { base: { points: '1', perAmountMinor: 100 } } };
const states = L.replay(program, [
  { type: 'enrol', id: 'e', at: '2026-01-01T00:00:00Z', memberId: 'm' },
  { type: 'purchase', id: 'p', at: '2026-01-15T00:00:00Z', memberId: 'm', currency: 'USD', channel: 'web', lines: [{ sku: 'A', category: 'toys', quantity: 1, amountMinor: 12_000 }] },
]).members;

/** [name, a fresh accumulator, add it a valid batch] */
const cases: [string, () => object, (acc: never) => unknown][] = [
  ['addToMoments', () => core.createMomentsAccumulator(), (acc) => core.addToMoments(acc, 1)],
  ['addValuesToMoments', () => core.createMomentsAccumulator(), (acc) => core.addValuesToMoments(acc, [1, 2])],
  ['addFulfilledOrders', () => I.createFulfilmentKpisAccumulator(), (acc) => I.addFulfilledOrders(acc, [{ id: 'o', orderedAt: 0, shipments: 1, lines: [{ sku: 'TEE', ordered: 1, shipped: 1 }] }])],
  ['addInventoryItems', () => I.createInventoryKpisAccumulator({ periodDays: 7 }), (acc) => I.addInventoryItems(acc, [{ sku: 'TEE', beginningOnHand: 5, receivedUnits: 0, soldUnits: 2, endingOnHand: 3 }])],
  ['addEventsToFunnel', () => J.createFunnelAccumulator(['view', 'buy']), (acc) => J.addEventsToFunnel(acc, events)],
  ['addEventsToPainPoints', () => J.createPainPointsAccumulator(), (acc) => J.addEventsToPainPoints(acc, events)],
  ['addJourneysToChannelSwitching', () => J.createChannelSwitchingAccumulator(), (acc) => J.addJourneysToChannelSwitching(acc, journeys)],
  ['addJourneysToDirectlyFollows', () => J.createDirectlyFollowsAccumulator(), (acc) => J.addJourneysToDirectlyFollows(acc, journeys)],
  ['addJourneysToPathEdges', () => J.createPathEdgesAccumulator(), (acc) => J.addJourneysToPathEdges(acc, journeys)],
  ['addJourneysToStageDropOff', () => J.createStageDropOffAccumulator(J.defineStages(['discover', 'buy'])), (acc) => J.addJourneysToStageDropOff(acc, journeys)],
  ['addJourneysToStepNeighbours', () => J.createStepNeighboursAccumulator('ad'), (acc) => J.addJourneysToStepNeighbours(acc, journeys)],
  ['addJourneysToVariants', () => J.createVariantsAccumulator(), (acc) => J.addJourneysToVariants(acc, journeys)],
  ['addVisitsToZoneConversion', () => J.createZoneConversionAccumulator(), (acc) => J.addVisitsToZoneConversion(acc, [{ storeId: 's1', zone: 'shoes', converted: true }])],
  ['addStatesToLiability', () => L.createLiabilityAccumulator({ asOf: '2026-02-01T00:00:00Z', program }), (acc) => L.addStatesToLiability(acc, states)],
  ['addBaskets', () => M.createBasketAccumulator(), (acc) => M.addBaskets(acc, [['a', 'b']])],
  ['addCohortTransactions', () => M.createCohortRetentionAccumulator({ period: 'month', timeZone: 'UTC' }), (acc) => M.addCohortTransactions(acc, transactions)],
  ['addCustomerSummaryTransactions', () => M.createCustomerSummaryAccumulator({ asOf: '2026-03-02T00:00:00Z' }), (acc) => M.addCustomerSummaryTransactions(acc, transactions)],
  ['addRfmTransactions', () => M.createRfmAccumulator({ asOf: '2026-03-02T00:00:00Z' }), (acc) => M.addRfmTransactions(acc, transactions)],
  ['addSurvivalSubjects', () => M.createSurvivalAccumulator(), (acc) => M.addSurvivalSubjects(acc, [{ duration: 3, churned: true }])],
  ['addNpsScore', () => S.createNpsAccumulator(), (acc) => S.addNpsScore(acc, 9)],
  ['addCsatResponse', () => S.createCsatAccumulator(), (acc) => S.addCsatResponse(acc, 5)],
  ['addCesResponse', () => S.createCesAccumulator(), (acc) => S.addCesResponse(acc, 5)],
  ['addKanoAnswers', () => S.createKanoAccumulator(), (acc) => S.addKanoAnswers(acc, [{ functional: 'like', dysfunctional: 'dislike' }])],
  ['addServiceTickets', () => S.createServiceKpisAccumulator({ asOf: 0 }), (acc) => S.addServiceTickets(acc, [{ openedAt: 0, priority: 'P1' }])],
  ['addServqualAnswers', () => S.createServqualAccumulator(), (acc) => S.addServqualAnswers(acc, [{ item: 'R1', dimension: 'reliability', expectation: 7, perception: 5 }])],
  ['addHeuristicAttributionPaths', () => T.createHeuristicAttributionAccumulator('linear'), (acc) => T.addHeuristicAttributionPaths(acc, paths)],
  ['addMarkovAttributionPaths', () => T.createMarkovAttributionAccumulator(), (acc) => T.addMarkovAttributionPaths(acc, paths)],
  ['addShapleyAttributionPaths', () => T.createShapleyAttributionAccumulator(), (acc) => T.addShapleyAttributionPaths(acc, paths)],
  ['addScorecardRatings', () => T.createScorecardAccumulator({ scale: { min: 1, max: 5 } }), (acc) => T.addScorecardRatings(acc, [{ touchpointId: 'checkout', criterion: 'speed', score: 4 }])],
];

describe('add… on a frozen accumulator', () => {
  it('covers every exported add… that updates an accumulator', () => {
    const all = { ...core, ...I, ...J, ...L, ...M, ...S, ...T } as Record<string, unknown>;
    const adders = Object.keys(all).filter((name) => /^add[A-Z]/.test(name) && typeof all[name] === 'function');
    const notAccumulators = ['addBusinessDuration', 'addMoney', 'addZonedDays', 'addZonedMonths'];
    expect(adders.filter((name) => !notAccumulators.includes(name)).sort()).toEqual(cases.map(([name]) => name).sort());
  });

  for (const [name, create, add] of cases) {
    it(`${name} accepts the batch on a fresh accumulator and refuses a frozen one with INVALID_INPUT at ['acc']`, () => {
      expect(() => add(create() as never)).not.toThrow();
      const frozen = deepFreeze(create());
      const before = JSON.stringify(frozen);
      let caught: unknown;
      try {
        add(frozen as never);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(OmnicxError);
      expect({ code: (caught as OmnicxError).code, path: (caught as OmnicxError).path }).toEqual({ code: 'INVALID_INPUT', path: ['acc'] });
      expect(JSON.stringify(frozen)).toBe(before);
    });
  }
});
