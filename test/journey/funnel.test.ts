import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortColumns } from '../../src/journey/internal/columns.js';
import { makePlan, runFunnel } from '../../src/journey/internal/funnelCore.js';
import { defineTouchpoints, encodeEvents, funnel, sessionize, type JourneyEventInput } from '../../src/journey/index.js';
import { DAY, deepFreeze, expectOmnicxError, HOUR } from './helpers.js';

const ev = (customerId: string, at: number, touchpoint: string, extra: Partial<JourneyEventInput> = {}): JourneyEventInput => ({
  customerId,
  at,
  touchpoint,
  ...extra,
});
const counts = (r: ReturnType<typeof funnel>): number[] => r.steps.map((s) => s.count);

describe('funnel', () => {
  it('counts a step exactly at the window boundary and not one millisecond later', () => {
    const events = [ev('a', 0, 'A'), ev('a', DAY, 'B'), ev('b', 0, 'A'), ev('b', DAY + 1, 'B')];
    expect(counts(funnel(events, ['A', 'B'], { windowMs: DAY }))).toEqual([2, 1]);
    expect(counts(funnel(events, ['A', 'B'], { windowMs: DAY + 1 }))).toEqual([2, 2]);
  });

  it('measures the window from the first step, not from the previous one', () => {
    const events = [ev('a', 0, 'A'), ev('a', 6 * DAY, 'B'), ev('a', 12 * DAY, 'C')];
    expect(counts(funnel(events, ['A', 'B', 'C'], { windowMs: 10 * DAY }))).toEqual([1, 1, 0]);
  });

  it('lets other events occur between steps when ordered, but not when strict', () => {
    const events = [ev('a', 0, 'A'), ev('a', 1, 'X'), ev('a', 2, 'B'), ev('b', 0, 'A'), ev('b', 1, 'B'), ev('b', 2, 'X'), ev('b', 3, 'C')];
    expect(counts(funnel(events, ['A', 'B', 'C']))).toEqual([2, 2, 1]);
    expect(counts(funnel(events, ['A', 'B', 'C'], { mode: 'strict' }))).toEqual([2, 1, 0]);
    // strict: a repeated step is an "other event" too
    expect(counts(funnel([ev('c', 0, 'A'), ev('c', 1, 'B'), ev('c', 2, 'B'), ev('c', 3, 'C')], ['A', 'B', 'C'], { mode: 'strict' }))).toEqual([1, 1, 0]);
  });

  it('requires order unless unordered, and then counts distinct steps completed', () => {
    const events = [ev('a', 0, 'B'), ev('a', 1, 'A'), ev('a', 2, 'C'), ev('b', 0, 'C')];
    expect(counts(funnel(events, ['A', 'B', 'C']))).toEqual([1, 0, 0]);
    const unordered = funnel(events, ['A', 'B', 'C'], { mode: 'unordered' });
    expect(counts(unordered)).toEqual([2, 1, 1]);
    expect(unordered.steps[2]).toMatchObject({ meanMsFromFirst: 2, medianMsFromPrevious: 1 });
  });

  it('disqualifies an attempt with an exclusion between the given steps, and only that attempt', () => {
    const events = [
      // a: excluded between A and B, never recovers → not counted at all
      ev('a', 0, 'A'),
      ev('a', 1, 'X'),
      ev('a', 2, 'B'),
      // b: the first attempt is excluded, a later one succeeds
      ev('b', 0, 'A'),
      ev('b', 1, 'X'),
      ev('b', 2, 'A'),
      ev('b', 3, 'B'),
      // c: X after B, outside the range [0, 1) of steps
      ev('c', 0, 'A'),
      ev('c', 1, 'B'),
      ev('c', 2, 'X'),
      ev('c', 3, 'C'),
    ];
    const exclusions = [{ touchpoint: 'X', from: 0, to: 1 }];
    expect(counts(funnel(events, ['A', 'B', 'C'], { exclusions }))).toEqual([2, 2, 1]);
    // the default range is the whole funnel: c is then excluded too, b still counts via its second attempt (to B only)
    expect(counts(funnel(events, ['A', 'B', 'C'], { exclusions: [{ touchpoint: 'X' }] }))).toEqual([1, 1, 0]);
    // exclusions in unordered mode: while 1 distinct step is done
    expect(counts(funnel([ev('d', 0, 'B'), ev('d', 1, 'X'), ev('d', 2, 'A')], ['A', 'B'], { mode: 'unordered', exclusions }))).toEqual([1, 0]);
    // strict mode: the exclusion that ends the attempt, or one later in its window after another
    // event ended it, disqualifies it as in ordered mode
    const strict = { mode: 'strict' as const, exclusions: [{ touchpoint: 'X' }] };
    expect(counts(funnel([ev('f', 0, 'A'), ev('f', 1, 'X'), ev('f', 2, 'B')], ['A', 'B'], strict))).toEqual([0, 0]);
    expect(counts(funnel([ev('g', 0, 'A'), ev('g', 1, 'Y'), ev('g', 2, 'X')], ['A', 'B'], strict))).toEqual([0, 0]);
    expect(counts(funnel([ev('h', 0, 'A'), ev('h', 1, 'Y'), ev('h', 2, 'X')], ['A', 'B'], { ...strict, windowMs: 1 }))).toEqual([1, 0]);
    expect(counts(funnel([ev('i', 0, 'A'), ev('i', 1, 'B'), ev('i', 2, 'X')], ['A', 'B'], strict))).toEqual([1, 1]);
    // an exclusion outside the window does not matter
    expect(counts(funnel([ev('e', 0, 'A'), ev('e', 2 * DAY, 'X')], ['A', 'B'], { windowMs: DAY, exclusions }))).toEqual([1, 0]);
  });

  it('uses the latest-starting attempt among equally far ones with repeated first steps', () => {
    const events = [ev('a', 0, 'A'), ev('a', 10 * DAY, 'A'), ev('a', 20 * DAY, 'B')];
    const result = funnel(events, ['A', 'B']);
    expect(counts(result)).toEqual([1, 1]);
    expect(result.steps[1]).toMatchObject({ meanMsFromFirst: 10 * DAY, medianMsFromPrevious: 10 * DAY });
    // the first matching event after the previous step completes a step
    const second = funnel([ev('b', 0, 'A'), ev('b', HOUR, 'B'), ev('b', 2 * HOUR, 'B'), ev('b', 3 * HOUR, 'C')], ['A', 'B', 'C']);
    expect(second.steps.map((s) => s.meanMsFromPrevious)).toEqual([null, HOUR, 2 * HOUR]);
  });

  it('lets one event complete only one step, and a funnel repeat a touchpoint', () => {
    expect(counts(funnel([ev('a', 0, 'A')], ['A', 'A']))).toEqual([1, 0]);
    expect(counts(funnel([ev('a', 0, 'A'), ev('a', 0, 'A')], ['A', 'A']))).toEqual([1, 1]);
    expect(counts(funnel([ev('a', 0, 'A'), ev('a', 1, 'B'), ev('a', 2, 'A')], ['A', 'B', 'A'], { mode: 'strict' }))).toEqual([1, 1, 1]);
  });

  it('reports rates, Wilson intervals, drop-off and times by hand', () => {
    const events = [
      ev('a', 0, 'v'),
      ev('a', 10, 'c'),
      ev('a', 40, 'b'),
      ev('b', 0, 'v'),
      ev('b', 30, 'c'),
      ev('c', 0, 'v'),
      ev('d', 5, 'v'),
    ];
    const r = funnel(deepFreeze(events), ['v', ['c'], 'b']);
    expect(r.customers).toBe(4);
    const [s0, s1, s2] = r.steps;
    expect(s0).toMatchObject({ count: 4, conversionFromFirst: 1, conversionFromPrevious: 1, dropOff: 0, dropOffRate: 0, stoppedHere: 2, meanMsFromPrevious: null });
    expect(s1).toMatchObject({ count: 2, conversionFromFirst: 0.5, conversionFromPrevious: 0.5, dropOff: 2, dropOffRate: 0.5, stoppedHere: 1 });
    expect(s1).toMatchObject({ meanMsFromPrevious: 20, medianMsFromPrevious: 20, meanMsFromFirst: 20, medianMsFromFirst: 20 });
    expect(s2).toMatchObject({ count: 1, conversionFromFirst: 0.25, conversionFromPrevious: 0.5, dropOff: 1, stoppedHere: 1 });
    expect(s2).toMatchObject({ meanMsFromPrevious: 30, meanMsFromFirst: 40 });
    // Wilson 95 % for 2 of 4: (0.5 + z²/8 ± z·√(1/16 + z²/64)) / (1 + z²/4), z = 1.959964 → [0.1500, 0.8500]
    expect(s1?.conversionFromFirstInterval?.lower).toBeCloseTo(0.15003, 4);
    expect(s1?.conversionFromFirstInterval?.upper).toBeCloseTo(0.84997, 4);
    expect(funnel(events, ['v', 'c'], { confidence: 0.9 }).steps[1]?.conversionFromFirstInterval?.confidence).toBe(0.9);
  });

  it('gives counts of 0 and null rates for no events, never NaN', () => {
    const r = funnel([], ['A', 'B']);
    expect(r.customers).toBe(0);
    expect(r.steps[1]).toEqual({
      index: 1,
      touchpoints: ['B'],
      count: 0,
      conversionFromFirst: null,
      conversionFromFirstInterval: null,
      conversionFromPrevious: null,
      conversionFromPreviousInterval: null,
      dropOff: 0,
      dropOffRate: null,
      meanMsFromPrevious: null,
      medianMsFromPrevious: null,
      meanMsFromFirst: null,
      medianMsFromFirst: null,
      stoppedHere: 0,
    });
    expect(JSON.stringify(funnel([ev('a', 0, 'x')], ['A']))).not.toContain('NaN');
  });

  it('breaks down by the first-step event of the counted attempt', () => {
    const events = [
      ev('a', 0, 'A', { channel: 'web' }),
      ev('a', 1, 'B'),
      ev('b', 0, 'A', { channel: 'app' }),
      ev('c', 0, 'A', { channel: 'web' }),
      ev('d', 0, 'A'),
    ];
    const r = funnel(events, ['A', 'B'], { breakdownBy: 'channel' });
    expect(r.breakdown.map((g) => [g.value, g.steps.map((s) => s.count)])).toEqual([
      ['web', [2, 1]],
      ['(none)', [1, 0]],
      ['app', [1, 0]],
    ]);
    const byFn = funnel(events, ['A', 'B'], { breakdownBy: (e) => (e.customerId === 'a' ? 1 : undefined) });
    expect(byFn.breakdown.map((g) => g.value)).toEqual(['(none)', '1']);
    expect(funnel(events, ['A', 'B']).breakdown).toEqual([]);
  });

  it('gives the same result for columns, sorted or not, as for objects', () => {
    const events = [ev('b', 5, 'A'), ev('a', 3, 'B'), ev('a', 1, 'A'), ev('b', 9, 'B'), ev('b', 2, 'A'), ev('c', 1, 'B')];
    const expected = funnel(events, ['A', 'B']);
    const columns = encodeEvents(events);
    expect(funnel(columns, ['A', 'B'])).toEqual(expected);
    // unsorted columns with sparse and with huge customer codes
    const raw = {
      customer: Int32Array.from([7, 3, 3, 7, 7, 9]),
      at: Float64Array.from([5, 3, 1, 9, 2, 1]),
      touchpoint: Int32Array.from([0, 1, 0, 1, 0, 1]),
      dictionary: ['A', 'B'],
    };
    expect(funnel(raw, ['A', 'B'])).toEqual(expected);
    expect(funnel({ ...raw, customer: Int32Array.from([2e9, -2e9, -2e9, 2e9, 2e9, 2e9 - 1]) }, ['A', 'B'])).toEqual(
      funnel({ ...raw, customer: Int32Array.from([3, 1, 1, 3, 3, 2]) }, ['A', 'B']),
    );
    // a step outside the dictionary matches nothing; a duplicated dictionary entry matches twice
    expect(counts(funnel(raw, ['A', 'Z']))).toEqual([2, 0]);
    expect(counts(funnel({ ...raw, dictionary: ['A', 'A'] }, ['A', 'A']))).toEqual([3, 2]);
  });

  it('orders long shuffled customer histories by time, equal instants in input order', () => {
    // 150 events of one customer, times shuffled with repeats: the long-group sort path
    const times = Array.from({ length: 150 }, (_, i) => (i * 37) % 50);
    const names = times.map((_, i) => (i % 3 === 0 ? 'A' : i % 3 === 1 ? 'B' : 'C'));
    const events = times.map((at, i) => ev('a', at, names[i]!));
    const sorted = events.map((e, i) => ({ e, i })).sort((x, y) => (x.e.at as number) - (y.e.at as number) || x.i - y.i);
    const sessions = sessionize(events, { timeoutMs: 100 });
    expect(sessions[0]?.events.map((e) => e.touchpoint)).toEqual(sorted.map((x) => x.e.touchpoint));
    const columns = {
      customer: new Int32Array(150),
      at: Float64Array.from(times),
      touchpoint: Int32Array.from(names, (n) => ['A', 'B', 'C'].indexOf(n)),
      dictionary: ['A', 'B', 'C'],
    };
    const encoded = encodeEvents(events);
    expect(Array.from(encoded.at)).toEqual(sorted.map((x) => x.e.at));
    expect(funnel(columns, ['A', 'B', 'C'], { mode: 'strict' })).toEqual(funnel(events, ['A', 'B', 'C'], { mode: 'strict' }));
    expect(funnel({ ...columns, customer: Int32Array.from(times, (_, i) => (i % 2) * 2e9) }, ['A', 'B'])).toEqual(
      funnel(events.map((e, i) => ({ ...e, customerId: String(i % 2) })), ['A', 'B']),
    );
  });

  it('refuses bad steps, options, events and columns with code and path', () => {
    const events = [ev('a', 0, 'A')];
    expectOmnicxError(() => funnel(events, []), 'INVALID_INPUT', ['steps']);
    expectOmnicxError(() => funnel(events, 'A' as never), 'INVALID_INPUT', ['steps']);
    expectOmnicxError(() => funnel(events, ['A', '']), 'INVALID_INPUT', ['steps', 1]);
    expectOmnicxError(() => funnel(events, ['A', []]), 'INVALID_INPUT', ['steps', 1]);
    expectOmnicxError(() => funnel(events, ['A', ['B', 3 as never]]), 'INVALID_INPUT', ['steps', 1, 1]);
    expectOmnicxError(() => funnel(events, ['A'], { windowMs: -1 }), 'INVALID_INPUT', ['options', 'windowMs']);
    expectOmnicxError(() => funnel(events, ['A'], { mode: 'any' as never }), 'INVALID_INPUT', ['options', 'mode']);
    expectOmnicxError(() => funnel(events, ['A'], { confidence: 1 }), 'INVALID_INPUT', ['options', 'confidence']);
    expectOmnicxError(() => funnel(events, ['A', 'B'], { exclusions: {} as never }), 'INVALID_INPUT', ['options', 'exclusions']);
    expectOmnicxError(() => funnel(events, ['A', 'B'], { exclusions: [null as never] }), 'INVALID_INPUT', ['options', 'exclusions', 0]);
    expectOmnicxError(() => funnel(events, ['A', 'B'], { exclusions: [{ touchpoint: [] }] }), 'INVALID_INPUT', ['options', 'exclusions', 0, 'touchpoint']);
    expectOmnicxError(() => funnel(events, ['A', 'B'], { exclusions: [{ touchpoint: 'X', from: 1 }] }), 'INVALID_INPUT', ['options', 'exclusions', 0, 'from']);
    expectOmnicxError(() => funnel(events, ['A', 'B', 'C'], { exclusions: [{ touchpoint: 'X', from: 1, to: 1 }] }), 'INVALID_INPUT', ['options', 'exclusions', 0, 'to']);
    expectOmnicxError(() => funnel(events, ['A'], { breakdownBy: 'customerId' as never }), 'INVALID_INPUT', ['options', 'breakdownBy']);
    expectOmnicxError(() => funnel(encodeEvents(events), ['A'], { breakdownBy: 'channel' }), 'INVALID_INPUT', ['options', 'breakdownBy']);
    const touchpoints = defineTouchpoints([{ id: 'A', kind: 'digital', channel: 'web' }]);
    expectOmnicxError(() => funnel(events, ['A', 'B'], { touchpoints }), 'INVALID_INPUT', ['steps', 1]);
    expectOmnicxError(() => funnel(events, ['A', ['A', 'B']], { touchpoints }), 'INVALID_INPUT', ['steps', 1, 1]);
    expectOmnicxError(() => funnel([ev('a', 0, 'B')], ['A'], { touchpoints }), 'INVALID_INPUT', ['events', 0, 'touchpoint']);
    expectOmnicxError(() => funnel([{ at: 0, touchpoint: 'A' } as never], ['A']), 'INVALID_INPUT', ['events', 0, 'customerId']);
    const columns = { customer: new Int32Array(1), at: new Float64Array(1), touchpoint: new Int32Array(1), dictionary: ['A'] };
    expectOmnicxError(() => funnel({ ...columns, customer: [0] as never }, ['A']), 'INVALID_INPUT', ['events', 'customer']);
    expectOmnicxError(() => funnel({ ...columns, at: [0] as never }, ['A']), 'INVALID_INPUT', ['events', 'at']);
    expectOmnicxError(() => funnel({ ...columns, touchpoint: [0] as never }, ['A']), 'INVALID_INPUT', ['events', 'touchpoint']);
    expectOmnicxError(() => funnel({ ...columns, dictionary: 'A' as never }, ['A']), 'INVALID_INPUT', ['events', 'dictionary']);
    expectOmnicxError(() => funnel({ ...columns, at: new Float64Array(2) }, ['A']), 'INVALID_INPUT', ['events', 'at']);
    expectOmnicxError(() => funnel({ ...columns, touchpoint: new Int32Array(2) }, ['A']), 'INVALID_INPUT', ['events', 'touchpoint']);
    expectOmnicxError(() => funnel({ ...columns, at: Float64Array.of(NaN) }, ['A']), 'INVALID_INPUT', ['events', 'at', 0]);
    expectOmnicxError(() => funnel({ ...columns, touchpoint: Int32Array.of(1) }, ['A']), 'INVALID_INPUT', ['events', 'touchpoint', 0]);
  });

  const eventLog = fc.array(
    fc.record({
      customerId: fc.constantFrom('a', 'b', 'c', 'd'),
      at: fc.integer({ min: 0, max: 40 }),
      touchpoint: fc.constantFrom('A', 'B', 'C', 'X'),
    }),
    { maxLength: 40 },
  );
  const stepList = fc.array(fc.constantFrom('A', 'B', 'C'), { minLength: 1, maxLength: 4 });

  it('never lets counts increase along the steps (property)', () => {
    fc.assert(
      fc.property(eventLog, stepList, fc.constantFrom('ordered', 'strict', 'unordered') as fc.Arbitrary<'ordered'>, fc.integer({ min: 0, max: 30 }), (events, steps, mode, windowMs) => {
        const r = funnel(events, steps, { mode, windowMs, exclusions: steps.length > 1 ? [{ touchpoint: 'X', from: 0, to: 1 }] : [] });
        for (let k = 1; k < r.steps.length; k++) expect(r.steps[k]!.count).toBeLessThanOrEqual(r.steps[k - 1]!.count);
        expect(r.steps[0]!.count).toBeLessThanOrEqual(r.customers);
      }),
    );
  });

  it('finds the same furthest step and step times with the one-pass programme as with enumerating attempts (property)', () => {
    fc.assert(
      fc.property(eventLog, stepList, fc.boolean(), fc.integer({ min: 0, max: 30 }), (events, steps, strict, windowMs) => {
        const columns = sortColumns(encodeEvents(events));
        const code = (name: string): number[] => {
          const c = columns.dictionary.indexOf(name);
          return c < 0 ? [] : [c];
        };
        const plan = makePlan(columns.dictionary.length, steps.map(code), [], strict ? 'strict' : 'ordered', windowMs);
        const fast = runFunnel(columns, plan);
        const slow = runFunnel(columns, plan, true);
        expect(Array.from(fast.level)).toEqual(Array.from(slow.level));
        expect(Array.from(fast.startPosition)).toEqual(Array.from(slow.startPosition));
        expect(Array.from(fast.times.subarray(0, fast.timeStart.at(-1)))).toEqual(Array.from(slow.times.subarray(0, slow.timeStart.at(-1))));
      }),
      { numRuns: 300 },
    );
  });
});
