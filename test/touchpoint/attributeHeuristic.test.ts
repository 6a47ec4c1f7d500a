import fc from 'fast-check';
import { encodePaths, ErrorCode } from '../../src/core/index.js';
import { attributeHeuristic, bootstrapAttribution, heuristicModelSchema, type AttributionPath, type HeuristicModel } from '../../src/touchpoint/index.js';
import { expectNear, expectOmnicxError, expectSameCredits, pathRecords, shuffled, sumCredits, weightedPathRecords } from './support.js';
import { describe, expect, it } from 'vitest';

const DAY = 86_400_000;

// The published example (Adobe Experience League, "Attribution models and lookback windows"):
// a conversion worth 50; paid search 9 days before it, social 6 days before, then email and
// display on the day of the conversion.
const published: AttributionPath = {
  path: 'paid search > social > email > display',
  conversions: 1,
  value: 50,
  touchedAt: ['2026-03-01T10:00:00Z', '2026-03-04T10:00:00Z', '2026-03-10T10:00:00Z', '2026-03-10T10:00:00Z'],
  convertedAt: '2026-03-10T10:00:00Z',
};

const value = (model: HeuristicModel, paths: readonly AttributionPath[], channel: string, options = {}): number =>
  attributeHeuristic(paths, model, options).credits[channel]!.value;

describe('attributeHeuristic', () => {
  it('reproduces the published time-decay example (7-day half-life)', () => {
    // w = 2^(−9/7), 2^(−6/7), 1, 1 = 0.41017, 0.55199, 1, 1; Σ = 2.96216; credit = 50·w/Σ
    const credits = attributeHeuristic([published], 'timeDecay').credits;
    expect(credits['display']!.value.toFixed(2)).toBe('16.88');
    expect(credits['email']!.value.toFixed(2)).toBe('16.88');
    expect(credits['social']!.value.toFixed(2)).toBe('9.32');
    expect(credits['paid search']!.value.toFixed(2)).toBe('6.92');
    expectNear(credits['display']!.value, 50 / (2 ** (-9 / 7) + 2 ** (-6 / 7) + 2), 1e-14);
  });

  it('reproduces the published J-shaped example', () => {
    const credits = attributeHeuristic([published], 'jShaped').credits;
    expectNear(credits['display']!.value, 30); // 60 % last
    expectNear(credits['paid search']!.value, 10); // 20 % first
    expectNear(credits['social']!.value, 5); // 20 % split over the two middle touches
    expectNear(credits['email']!.value, 5);
  });

  it('credits each touch, so a repeated channel gets several shares', () => {
    const paths = [{ path: 'a > b > c > a', conversions: 2, value: 100 }];
    // linear: 1/4 per touch; a has two touches → 2·2/4 = 1 conversion, 100·2/4 = 50
    expect(attributeHeuristic(paths, 'linear').credits).toEqual({
      a: { conversions: 1, value: 50 },
      b: { conversions: 0.5, value: 25 },
      c: { conversions: 0.5, value: 25 },
    });
    // position-based: a is first (40 %) and last (40 %) → 80 % of 100; b and c share 20 %
    expectNear(value('positionBased', paths, 'a'), 80);
    expectNear(value('positionBased', paths, 'b'), 10);
    expect(attributeHeuristic(paths, 'firstTouch').credits['a']).toEqual({ conversions: 2, value: 100 });
    expect(attributeHeuristic(paths, 'lastTouch').credits['b']).toEqual({ conversions: 0, value: 0 });
    // inverse J: 60 % first + 20 % last for a; 10 % each for b and c
    expectNear(value('inverseJ', paths, 'a'), 80);
    expectNear(value('inverseJ', paths, 'c'), 10);
  });

  it('gives a one-touch path everything and splits a two-touch path by model', () => {
    const one = [{ path: 'a', conversions: 1, value: 10 }];
    for (const model of heuristicModelSchema.options.filter((m) => m !== 'timeDecay')) {
      expect(attributeHeuristic(one, model).credits['a']).toEqual({ conversions: 1, value: 10 });
    }
    const two = [{ path: 'a > b', conversions: 1, value: 100 }];
    expect(value('positionBased', two, 'a')).toBe(50);
    expect(value('jShaped', two, 'a')).toBe(25); // 20 : 60 renormalised
    expect(value('jShaped', two, 'b')).toBe(75);
    expect(value('inverseJ', two, 'a')).toBe(75);
    expect(value('linear', two, 'b')).toBe(50);
    // custom position weights 30/50: a two-touch path splits 30 : 50 = 37.5 % : 62.5 %
    expectNear(value('positionBased', two, 'a', { positionWeights: { first: 0.3, last: 0.5 } }), 37.5);
    // with 30/50 on three touches the middle gets the remaining 20 %
    expectNear(value('positionBased', [{ path: 'a > b > c', conversions: 1, value: 100 }], 'b', { positionWeights: { first: 0.3, last: 0.5 } }), 20);
    // 0/0: nothing to favour, so a two-touch path splits evenly and longer paths credit the middle
    expect(value('positionBased', two, 'a', { positionWeights: { first: 0, last: 0 } })).toBe(50);
  });

  it('skips direct touches in last non-direct, and credits direct when there is nothing else', () => {
    const paths = [
      { path: 'email > direct > direct', conversions: 1, value: 10 },
      { path: 'direct > direct', conversions: 2, value: 20 },
      { path: 'search > brand', conversions: 1, value: 5 },
    ];
    const credits = attributeHeuristic(paths, 'lastNonDirect').credits;
    expect(credits['email']).toEqual({ conversions: 1, value: 10 });
    expect(credits['direct']).toEqual({ conversions: 2, value: 20 });
    expect(credits['brand']).toEqual({ conversions: 1, value: 5 });
    const custom = attributeHeuristic(paths, 'lastNonDirect', { direct: ['direct', 'brand'] }).credits;
    expect(custom['search']).toEqual({ conversions: 1, value: 5 });
  });

  it('decays with the half-life and defaults the conversion to the last touch', () => {
    // touches 7 and 0 days before the (default) conversion at the last touch: weights 1/2 and 1
    const paths = [{ path: 'a > b', conversions: 3, value: 30, touchedAt: [0, 7 * DAY] }];
    expectNear(value('timeDecay', paths, 'a'), 10);
    expectNear(value('timeDecay', paths, 'b'), 20);
    // half-life 14 days: 2^(−1/2) = 0.7071 against 1
    expectNear(value('timeDecay', paths, 'a', { halfLifeDays: 14 }), (30 * Math.SQRT1_2) / (1 + Math.SQRT1_2));
    // old touches far apart in time do not underflow: a year-long journey still sums to the value
    const old = [{ path: 'a > b', conversions: 1, value: 1, touchedAt: [0, 4000 * DAY], convertedAt: 4000 * DAY }];
    expect(value('timeDecay', old, 'b')).toBe(1);
    // records without touches that do not convert need no times
    expect(attributeHeuristic([...paths, { path: 'c', conversions: 0, nulls: 4 }], 'timeDecay').credits['c']).toEqual({
      conversions: 0,
      value: 0,
    });
  });

  it('runs on encoded columns as on records', () => {
    const records = [
      { path: 'a > b > c', conversions: 1, value: 9 },
      { path: 'b', conversions: 0, nulls: 2 },
      { path: '', conversions: 0, nulls: 1 },
    ];
    for (const model of heuristicModelSchema.options.filter((m) => m !== 'timeDecay')) {
      expect(attributeHeuristic(encodePaths(records), model)).toEqual(attributeHeuristic(records, model));
    }
  });

  it('lists every channel, with 0 for those that earn nothing, in name order', () => {
    const result = attributeHeuristic([{ path: 'z > a', conversions: 1 }, { path: 'm', conversions: 0, nulls: 1 }], 'lastTouch');
    expect(Object.keys(result.credits)).toEqual(['a', 'm', 'z']);
    expect(result.credits['m']).toEqual({ conversions: 0, value: 0 });
    expect(result.model).toBe('lastTouch');
  });

  it('keeps credits summing to the totals for every model (property)', () => {
    fc.assert(
      fc.property(pathRecords(), fc.constantFrom(...heuristicModelSchema.options), (records, model) => {
        const timed = records.map((r, i) => ({ ...r, touchedAt: r.path.map((_, j) => (i + j) * 3_600_000) }));
        const result = attributeHeuristic(timed, model);
        const sum = sumCredits(result);
        expectNear(sum.conversions, result.totalConversions);
        expectNear(sum.value, result.totalValue);
        expect(result.totalConversions).toBe(records.reduce((s, r) => s + r.conversions, 0));
      }),
    );
  });

  it('does not depend on the order of the input rows (property)', () => {
    fc.assert(
      fc.property(pathRecords(), fc.array(fc.nat(), { minLength: 1 }), fc.constantFrom(...heuristicModelSchema.options), (records, seeds, model) => {
        const timed = records.map((r) => ({ ...r, touchedAt: r.path.map((_, j) => j * DAY) }));
        expectSameCredits(attributeHeuristic(timed, model), attributeHeuristic(shuffled(timed, seeds), model));
      }),
    );
  });

  it('gives bit-identical credits in any row order, even with fractional weights (property)', () => {
    // Each credit is the correctly rounded exact sum of its terms, so row order cannot change a bit.
    fc.assert(
      fc.property(weightedPathRecords(), fc.array(fc.nat(), { minLength: 1 }), fc.constantFrom(...heuristicModelSchema.options), (records, seeds, model) => {
        expect(attributeHeuristic(shuffled(records, seeds), model)).toEqual(attributeHeuristic(records, model));
      }),
    );
  });

  it('does not mutate its input', () => {
    const records = Object.freeze([Object.freeze({ ...published, touchedAt: Object.freeze([...published.touchedAt!]) })]);
    expect(() => attributeHeuristic(records, 'timeDecay')).not.toThrow();
  });

  it('refuses bad input with the path of the bad field', () => {
    expectOmnicxError(() => attributeHeuristic([{ path: '', conversions: 1 }], 'linear'), 'INVALID_INPUT', [0, 'conversions']);
    expectOmnicxError(() => attributeHeuristic([{ path: 'a', conversions: -1 }], 'linear'), 'INVALID_INPUT', [0, 'conversions']);
    expectOmnicxError(() => attributeHeuristic([{ path: 'a', conversions: 1, value: NaN }], 'linear'), 'INVALID_INPUT', [0, 'value']);
    expectOmnicxError(() => attributeHeuristic([{ path: 'a > b', conversions: 1, touchedAt: [0] }], 'linear'), 'INVALID_INPUT', [0, 'touchedAt']);
    expectOmnicxError(() => attributeHeuristic([{ path: 'a', conversions: 1, touchedAt: 5 as never }], 'linear'), 'INVALID_INPUT', [0, 'touchedAt']);
    expectOmnicxError(() => attributeHeuristic([{ path: 'a', conversions: 1 }], 'timeDecay'), 'INVALID_INPUT', [0, 'touchedAt']);
    expectOmnicxError(() => attributeHeuristic(encodePaths([{ path: 'a', conversions: 1 }]), 'timeDecay'), 'INVALID_INPUT', []);
    expectOmnicxError(
      () => attributeHeuristic([{ path: 'a > b', conversions: 1, touchedAt: [0, 2 * DAY], convertedAt: DAY }], 'timeDecay'),
      'INVALID_INPUT',
      [0, 'touchedAt', 1],
    );
    expectOmnicxError(() => attributeHeuristic([{ path: 'a', conversions: 1, touchedAt: ['2026-01-01'] }], 'linear'), 'INVALID_DATE', [0, 'touchedAt', 0]);
    expectOmnicxError(() => attributeHeuristic([{ path: 'a', conversions: 1, convertedAt: 'soon' }], 'linear'), 'INVALID_DATE', [0, 'convertedAt']);
    expectOmnicxError(() => attributeHeuristic([], 'lastClick' as never), 'INVALID_INPUT', ['model']);
    expectOmnicxError(() => attributeHeuristic([], 'timeDecay', { halfLifeDays: 0 }), 'INVALID_INPUT', ['options', 'halfLifeDays']);
    expectOmnicxError(() => attributeHeuristic([], 'positionBased', { positionWeights: { first: 0.6, last: 0.6 } }), 'INVALID_INPUT', ['options', 'positionWeights']);
    expectOmnicxError(() => attributeHeuristic([], 'linear', { halfLife: 3 } as never), 'INVALID_INPUT', ['options', 'halfLife']);
    expectOmnicxError(() => attributeHeuristic(42 as never, 'linear'), 'INVALID_INPUT', []);
  });
});

describe('touchedAt with a hole (sparse array)', () => {
  // A hole is not an instant: attributionPathSchema refuses it, and so must the functions.
  const sparse = (): number[] => {
    const times: number[] = new Array<number>(2);
    times[1] = DAY; // times[0] is a hole
    return times;
  };

  it('is refused by timeDecay instead of giving NaN credits', () => {
    expectOmnicxError(
      () => attributeHeuristic([{ path: 'a > b', conversions: 1, value: 10, touchedAt: sparse() }], 'timeDecay'),
      ErrorCode.INVALID_INPUT,
      [0, 'touchedAt', 0],
    );
  });

  it('is refused by the other models too (times are checked wherever they are given)', () => {
    expectOmnicxError(
      () => attributeHeuristic([{ path: 'a > b', conversions: 1, touchedAt: sparse() }], 'linear'),
      ErrorCode.INVALID_INPUT,
      [0, 'touchedAt', 0],
    );
  });

  it('is refused by the bootstrap with the path of the hole', () => {
    expectOmnicxError(
      () => bootstrapAttribution([{ path: 'a > b', conversions: 1, nulls: 1, touchedAt: sparse() }], 'timeDecay', { seed: 1, resamples: 5 }),
      ErrorCode.INVALID_INPUT,
      [0, 'touchedAt', 0],
    );
  });

  it('a 200 000-touch path with times does not overflow the stack (Math.max(...times))', () => {
    const length = 200_000;
    const record = {
      path: Array.from({ length }, (_, j) => `c${String(j % 5)}`),
      conversions: 1,
      touchedAt: Array.from({ length }, (_, j) => j * 1000),
    };
    const credits = attributeHeuristic([record], 'timeDecay').credits;
    expect(Object.values(credits).reduce((s, c) => s + c.conversions, 0)).toBeCloseTo(1, 12);
  });
});

describe('text paths are trimmed of white space as String.prototype.trim does', () => {
  it('an ideographic space (U+3000) around the separator is not part of the channel name', () => {
    const records = [
      { path: '搜索\u3000>\u3000邮件', conversions: 1 },
      { path: '搜索 > 邮件', conversions: 1 },
    ];
    expect(encodePaths(records).dictionary).toEqual(['搜索', '邮件']);
    expect(attributeHeuristic(records, 'lastTouch').credits).toEqual({ 搜索: { conversions: 0, value: 0 }, 邮件: { conversions: 2, value: 0 } });
  });

  it('a byte-order mark left on the first path by a CSV reader is trimmed', () => {
    expect(encodePaths([{ path: '\uFEFFsearch > email', conversions: 1 }, { path: 'search', conversions: 1 }]).dictionary).toEqual(['search', 'email']);
  });

  it('every name is trimmed exactly as String.prototype.trim would', () => {
    const spaces = ['\u1680', '\u2000', '\u2005', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u00a0', '\t'];
    for (const s of spaces) {
      const text = `${s}a${s}b${s}>${s}c${s}`;
      expect(encodePaths([{ path: text, conversions: 1 }]).dictionary).toEqual(text.split('>').map((name) => name.trim()));
      expect(encodePaths([{ path: text, conversions: 1 }], { separator: '>>' }).dictionary).toEqual([text.trim()]);
    }
  });
});
