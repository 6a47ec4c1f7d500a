import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodePaths } from '../../src/core/paths/encodePaths.js';
import {
  buildJourneys,
  directlyFollows,
  journeysToPaths,
  nextSteps,
  pathEdges,
  previousSteps,
  variants,
  type JourneySteps,
} from '../../src/journey/index.js';
import { deepFreeze, expectOmnicxError } from './helpers.js';

/** A journey with steps named by letters, one minute apart unless times are given. */
const j = (names: string, times?: number[]): JourneySteps => ({
  steps: names.split('').map((touchpoint, i) => ({ touchpoint, at: times?.[i] ?? i * 60_000 })),
});

// Hand-built log: abc, abc, ab, acb, a, (empty)
const LOG = deepFreeze([j('abc'), j('abc'), j('ab'), j('acb', [0, 10, 40]), j('a'), j('')]);

describe('variants', () => {
  it('counts distinct sequences, sorted by count then sequence', () => {
    expect(variants(LOG)).toEqual([
      { steps: ['a', 'b', 'c'], count: 2, share: 2 / 6 },
      { steps: [], count: 1, share: 1 / 6 },
      { steps: ['a'], count: 1, share: 1 / 6 },
      { steps: ['a', 'b'], count: 1, share: 1 / 6 },
      { steps: ['a', 'c', 'b'], count: 1, share: 1 / 6 },
    ]);
    expect(variants([])).toEqual([]);
    expect(variants([j('aab'), j('ab')]).map((v) => v.steps.join(''))).toEqual(['aab', 'ab']);
  });

  it('refuses bad journeys with the path of the bad step', () => {
    expectOmnicxError(() => variants({} as never), 'INVALID_INPUT', ['journeys']);
    expectOmnicxError(() => variants([{} as never]), 'INVALID_INPUT', ['journeys', 0, 'steps']);
    expectOmnicxError(() => variants([{ steps: [null] } as never]), 'INVALID_INPUT', ['journeys', 0, 'steps', 0]);
    expectOmnicxError(() => variants([{ steps: [{ touchpoint: '', at: 0 }] }]), 'INVALID_INPUT', ['journeys', 0, 'steps', 0, 'touchpoint']);
    expectOmnicxError(() => variants([{ steps: [{ touchpoint: 'a', at: NaN }] }]), 'INVALID_INPUT', ['journeys', 0, 'steps', 0, 'at']);
  });
});

describe('directlyFollows', () => {
  it('counts consecutive pairs with mean and median durations, by hand', () => {
    // a→b: abc, abc, ab (60 s each) = 3; b→c: 2 (60 s); a→c: 1 (10 ms); c→b: 1 (30 ms)
    expect(directlyFollows(LOG)).toEqual([
      { from: 'a', to: 'b', count: 3, meanMs: 60_000, medianMs: 60_000 },
      { from: 'b', to: 'c', count: 2, meanMs: 60_000, medianMs: 60_000 },
      { from: 'a', to: 'c', count: 1, meanMs: 10, medianMs: 10 },
      { from: 'c', to: 'b', count: 1, meanMs: 30, medianMs: 30 },
    ]);
    const durations = directlyFollows([j('ab', [0, 1]), j('ab', [0, 2]), j('ab', [0, 9])]);
    expect(durations[0]).toMatchObject({ meanMs: 4, medianMs: 2 });
  });

  it('adds start and end edges only when asked, and keeps self-loops', () => {
    const edges = directlyFollows([j('aa'), j('a')], { startEnd: true });
    expect(edges).toEqual([
      { from: '(start)', to: 'a', count: 2, meanMs: null, medianMs: null },
      { from: 'a', to: '(end)', count: 2, meanMs: null, medianMs: null },
      { from: 'a', to: 'a', count: 1, meanMs: 60_000, medianMs: 60_000 },
    ]);
    expect(directlyFollows([j('a')])).toEqual([]);
    expectOmnicxError(() => directlyFollows([], { startEnd: 1 as never }), 'INVALID_INPUT', ['options', 'startEnd']);
  });

  it('sums edge counts to the steps minus the journeys (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[abc]{0,6}$/), { maxLength: 20 }), (names) => {
        const journeys = names.map((n) => j(n));
        const total = directlyFollows(journeys).reduce((sum, e) => sum + e.count, 0);
        expect(total).toBe(names.reduce((sum, n) => sum + Math.max(0, n.length - 1), 0));
        expect(variants(journeys).reduce((sum, v) => sum + v.count, 0)).toBe(names.length);
      }),
    );
  });
});

describe('pathEdges', () => {
  it('builds step-indexed nodes and edges by hand', () => {
    const graph = pathEdges(LOG, { maxSteps: 3 });
    expect(graph.journeys).toBe(5);
    expect(graph.nodes.map((n) => `${n.id}=${String(n.count)}`)).toEqual(['0:a=5', '1:b=3', '1:c=1', '2:c=2', '2:b=1']);
    expect(graph.edges.map((e) => `${e.source}>${e.target}=${String(e.count)}`)).toEqual(['0:a>1:b=3', '0:a>1:c=1', '1:b>2:c=2', '1:c>2:b=1']);
    expect(graph.edges[0]).toEqual({ step: 0, source: '0:a', target: '1:b', from: 'a', to: 'b', count: 3 });
  });

  it('applies minCount, maxSteps, startAt and endAt', () => {
    expect(pathEdges(LOG, { minCount: 2 }).edges.map((e) => e.source + '>' + e.target)).toEqual(['0:a>1:b', '1:b>2:c']);
    expect(pathEdges(LOG, { maxSteps: 1 }).edges).toEqual([]);
    const fromB = pathEdges(LOG, { startAt: 'b' });
    expect(fromB.journeys).toBe(4);
    expect(fromB.nodes.map((n) => n.id)).toEqual(['0:b', '1:c']);
    expect(pathEdges(LOG, { endAt: 'b' }).nodes.map((n) => n.id)).toEqual(['0:a', '1:b', '1:c', '2:b']);
    expectOmnicxError(() => pathEdges(LOG, { maxSteps: 0 }), 'INVALID_INPUT', ['options', 'maxSteps']);
    expectOmnicxError(() => pathEdges(LOG, { minCount: 1.5 }), 'INVALID_INPUT', ['options', 'minCount']);
    expectOmnicxError(() => pathEdges(LOG, { startAt: '' }), 'INVALID_INPUT', ['options', 'startAt']);
  });
});

describe('nextSteps and previousSteps', () => {
  it('counts the neighbours of every occurrence, with exits and entries', () => {
    const next = nextSteps(LOG, 'b');
    // b occurs 4 times: → c twice, end twice (ab, acb)
    expect(next).toEqual({ touchpoint: 'b', occurrences: 4, boundary: 2, boundaryShare: 0.5, steps: [{ touchpoint: 'c', count: 2, share: 0.5 }] });
    const before = previousSteps(LOG, 'b');
    expect(before.steps).toEqual([
      { touchpoint: 'a', count: 3, share: 0.75 },
      { touchpoint: 'c', count: 1, share: 0.25 },
    ]);
    expect(before.boundary).toBe(0);
    expect(previousSteps(LOG, 'b', { k: 1 }).steps).toHaveLength(1);
    expect(nextSteps(LOG, 'z')).toEqual({ touchpoint: 'z', occurrences: 0, boundary: 0, boundaryShare: null, steps: [] });
    expectOmnicxError(() => nextSteps(LOG, ''), 'INVALID_INPUT', ['touchpoint']);
    expectOmnicxError(() => nextSteps(LOG, 'a', { k: 0 }), 'INVALID_INPUT', ['options', 'k']);
  });
});

describe('journeysToPaths', () => {
  const journeys = buildJourneys(
    [
      { customerId: 'a', at: 0, touchpoint: 'ad', channel: 'social' },
      { customerId: 'a', at: 1, touchpoint: 'ad', channel: 'social' },
      { customerId: 'a', at: 2, touchpoint: 'site', channel: 'web' },
      { customerId: 'a', at: 3, touchpoint: 'buy', channel: 'web', type: 'conversion', valueMinor: 700 },
      { customerId: 'b', at: 0, touchpoint: 'buy', channel: 'store', type: 'conversion', valueMinor: 300 },
      { customerId: 'c', at: 0, touchpoint: 'ad', channel: 'social' },
      { customerId: 'c', at: 1, touchpoint: 'site' },
    ],
  );

  it('makes path records without the conversion steps, leaving out empty converting paths unless named', () => {
    expect(journeysToPaths(journeys)).toEqual([
      { path: ['ad', 'ad', 'site'], conversions: 1, nulls: 0, value: 700 },
      { path: ['ad', 'site'], conversions: 0, nulls: 1, value: 0 },
    ]);
    expect(journeysToPaths(journeys, { collapseRepeats: true })).toEqual([{ path: ['ad', 'site'], conversions: 1, nulls: 1, value: 700 }]);
    expect(journeysToPaths(journeys, { by: 'channel', direct: '(direct)' })).toEqual([
      { path: ['social', 'social', 'web'], conversions: 1, nulls: 0, value: 700 },
      { path: ['(direct)'], conversions: 1, nulls: 0, value: 300 },
      { path: ['social'], conversions: 0, nulls: 1, value: 0 },
    ]);
    expect(journeysToPaths(journeys, { collapseRepeats: true, aggregate: false })).toHaveLength(2);
    expect(journeysToPaths([])).toEqual([]);
  });

  it('leaves out the steps a conversion option names, as buildJourneys read them', () => {
    const events = [
      { customerId: 'a', at: 0, touchpoint: 'ad' },
      { customerId: 'a', at: 1, touchpoint: 'checkout', valueMinor: 900 },
      { customerId: 'b', at: 0, touchpoint: 'email' },
      { customerId: 'b', at: 1, touchpoint: 'ad' },
    ];
    const byId = buildJourneys(events, { conversion: 'checkout' });
    // without the option the untyped checkout step would be a touch of the path, and attribution
    // would credit the checkout with its own conversion
    expect(journeysToPaths(byId, { conversion: 'checkout' })).toEqual([
      { path: ['ad'], conversions: 1, nulls: 0, value: 900 },
      { path: ['email', 'ad'], conversions: 0, nulls: 1, value: 0 },
    ]);
    expect(journeysToPaths(byId, { conversion: (step) => step.touchpoint === 'checkout' })[0]?.path).toEqual(['ad']);
    expectOmnicxError(() => journeysToPaths(byId, { conversion: [] }), 'INVALID_INPUT', ['options', 'conversion']);
  });

  it('feeds encodePaths', () => {
    const encoded = encodePaths(journeysToPaths(journeys));
    expect(encoded.dictionary).toEqual(['ad', 'site']);
    expect(Array.from(encoded.conversions)).toEqual([1, 0]);
  });

  it('refuses a bad conversion value and bad options', () => {
    expectOmnicxError(() => journeysToPaths([{ ...j('a'), converted: true, conversionValueMinor: -1 }]), 'INVALID_INPUT', ['journeys', 0, 'conversionValueMinor']);
    expectOmnicxError(() => journeysToPaths([], { by: 'kind' as never }), 'INVALID_INPUT', ['options', 'by']);
    expectOmnicxError(() => journeysToPaths([], { direct: '' }), 'INVALID_INPUT', ['options', 'direct']);
  });
});
