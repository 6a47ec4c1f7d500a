import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addJourneysToPathEdges,
  createPathEdgesAccumulator,
  mergePathEdgesAccumulators,
  pathEdges,
  pathEdgesAccumulatorSchema,
  pathEdgesFromAccumulator,
  type JourneySteps,
  type PathEdgesAccumulatorOptions,
} from '../../src/journey/index.js';
import { deepFreeze, expectOmnicxError, mergeInTree, splitAt } from './helpers.js';

const j = (...names: string[]): JourneySteps => ({ steps: names.map((touchpoint, at) => ({ touchpoint, at })) });
const journeyArb = fc.array(fc.constantFrom('home', 'search', 'product', 'Home', 'é'), { maxLength: 7 }).map((names) => j(...names));
const optionsArb: fc.Arbitrary<PathEdgesAccumulatorOptions> = fc
  .record({ maxSteps: fc.integer({ min: 1, max: 6 }), startAt: fc.option(fc.constantFrom('home', 'search'), { nil: undefined }), endAt: fc.option(fc.constantFrom('product', 'home'), { nil: undefined }) })
  .map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as PathEdgesAccumulatorOptions);

describe('pathEdgesFromAccumulator', () => {
  it('reads a hand-computed graph, filtering by minCount only in the result', () => {
    const acc = addJourneysToPathEdges(createPathEdgesAccumulator({ startAt: 'home', endAt: 'product', maxSteps: 3 }), [j('ad', 'home', 'search', 'product'), j('home', 'product', 'search')]);
    addJourneysToPathEdges(acc, [j('search'), j('home', 'search', 'search')]);
    const graph = pathEdgesFromAccumulator(acc);
    expect(graph.journeys).toBe(3);
    expect(graph.nodes.map((n) => `${n.id}=${String(n.count)}`)).toEqual(['0:home=3', '1:search=2', '1:product=1', '2:product=1', '2:search=1']);
    expect(graph.edges.map((e) => `${e.source}>${e.target}=${String(e.count)}`)).toEqual(['0:home>1:search=2', '0:home>1:product=1', '1:search>2:product=1', '1:search>2:search=1']);
    const filtered = pathEdgesFromAccumulator(acc, { minCount: 2 });
    expect(filtered.nodes.map((n) => n.id)).toEqual(['0:home', '1:search']);
    expect(filtered.edges.map((e) => e.count)).toEqual([2]);
  });

  it('equals pathEdges for any split of the journeys, merged in any tree, through JSON (property)', () => {
    fc.assert(
      fc.property(
        fc.array(journeyArb, { maxLength: 25 }),
        optionsArb,
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.nat(25), { maxLength: 5 }),
        fc.array(fc.nat(20), { maxLength: 6 }),
        (journeys, options, minCount, cuts, shape) => {
          const parts = splitAt(journeys, cuts).map((part) => addJourneysToPathEdges(createPathEdgesAccumulator(options), part));
          const merged = mergeInTree(parts, shape, mergePathEdgesAccumulators, () => createPathEdgesAccumulator(options));
          expect(pathEdgesAccumulatorSchema.safeParse(merged).success).toBe(true);
          expect(pathEdgesFromAccumulator(merged, { minCount })).toEqual(pathEdges(journeys, { ...options, minCount }));
        },
      ),
    );
  });

  it('refuses malformed or inconsistent accumulators and a bad minCount, and leaves its argument as it was', () => {
    const acc = deepFreeze(addJourneysToPathEdges(createPathEdgesAccumulator({ maxSteps: 2 }), [j('a', 'b')]));
    expect(pathEdgesFromAccumulator(acc).journeys).toBe(1);
    expectOmnicxError(() => pathEdgesFromAccumulator(acc, { minCount: 0 }), 'INVALID_INPUT', ['options', 'minCount']);
    expectOmnicxError(() => pathEdgesFromAccumulator({ ...acc, kind: 'x' } as never), 'INVALID_INPUT', ['acc', 'kind']);
    expectOmnicxError(() => pathEdgesFromAccumulator({ ...acc, journeys: 2 }), 'INVALID_INPUT', ['acc', 'journeys']);
    expectOmnicxError(() => pathEdgesFromAccumulator({ ...acc, maxSteps: 1 }), 'INVALID_INPUT', ['acc', 'nodes', 1, 'step']);
    expectOmnicxError(() => pathEdgesFromAccumulator({ ...acc, nodes: [...acc.nodes].reverse() }), 'INVALID_INPUT', ['acc', 'nodes', 1]);
    expectOmnicxError(() => pathEdgesFromAccumulator({ ...acc, edges: [{ step: 0, from: 'a', to: 'c', count: 1 }] }), 'INVALID_INPUT', ['acc', 'edges', 0]);
    expectOmnicxError(() => pathEdgesFromAccumulator({ ...acc, edges: [...acc.edges, ...acc.edges] }), 'INVALID_INPUT', ['acc', 'edges', 1]);
  });
});
