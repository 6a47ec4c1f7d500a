import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodePaths, encodedPathsSchema, pathRecordSchema, type PathRecord } from '../../../src/core/paths/index.js';
import { expectOmnicxError } from '../statistics/support.js';

const decode = (encoded: ReturnType<typeof encodePaths>): string[][] =>
  Array.from({ length: encoded.offsets.length - 1 }, (_, i) =>
    Array.from(encoded.steps.subarray(encoded.offsets[i], encoded.offsets[i + 1]), (id) => encoded.dictionary[id]!),
  );

describe('encodePaths', () => {
  it('lays out paths as offsets into one steps column, ids in order of first appearance', () => {
    const encoded = encodePaths([
      { path: 'search > social > search', conversions: 1, value: 40 },
      { path: ['email'], conversions: 0, nulls: 3 },
      { path: '', conversions: 0, nulls: 2 },
      { path: 'email>search', conversions: 2.5, nulls: 0.5, value: 7 },
    ]);
    expect(encoded.dictionary).toEqual(['search', 'social', 'email']);
    expect(Array.from(encoded.offsets)).toEqual([0, 3, 4, 4, 6]);
    expect(Array.from(encoded.steps)).toEqual([0, 1, 0, 2, 2, 0]);
    expect(Array.from(encoded.conversions)).toEqual([1, 0, 0, 2.5]);
    expect(Array.from(encoded.nulls)).toEqual([0, 3, 2, 0.5]);
    expect(Array.from(encoded.values)).toEqual([40, 0, 0, 7]);
    expect(encoded.steps.length).toBe(6);
    expect(encodedPathsSchema.safeParse(encoded).success).toBe(true);
  });

  it('trims white space around text names, keeps inner spaces and keeps array names verbatim', () => {
    const encoded = encodePaths([
      { path: '  paid search\t>\u00a0email  ', conversions: 1 },
      { path: ['paid search', ' email'], conversions: 1 },
      { path: '   ', conversions: 0, nulls: 1 },
    ]);
    expect(encoded.dictionary).toEqual(['paid search', 'email', ' email']);
    expect(decode(encoded)).toEqual([['paid search', 'email'], ['paid search', ' email'], []]);
  });

  it('finds a name first seen in an array path when it appears in a text path, and back', () => {
    const encoded = encodePaths([
      { path: ['a', 'bb'], conversions: 1 },
      { path: 'bb > a > ccc', conversions: 1 },
      { path: ['ccc'], conversions: 1 },
    ]);
    expect(encoded.dictionary).toEqual(['a', 'bb', 'ccc']);
    expect(Array.from(encoded.steps)).toEqual([0, 1, 1, 0, 2, 2]);
  });

  it('splits at a custom separator of several characters', () => {
    const encoded = encodePaths(
      [
        { path: 'a -> b->c', conversions: 1 },
        { path: ' ', conversions: 0 },
        { path: 'a > b', conversions: 0, nulls: 1 },
      ],
      { separator: '->' },
    );
    expect(decode(encoded)).toEqual([['a', 'b', 'c'], [], ['a > b']]);
  });

  it('splits at a custom one-character separator', () => {
    expect(decode(encodePaths([{ path: 'a|b | c', conversions: 1 }], { separator: '|' }))).toEqual([['a', 'b', 'c']]);
  });

  it('keeps many distinct names apart (the name table grows)', () => {
    const records: PathRecord[] = Array.from({ length: 3000 }, (_, i) => ({
      path: `c${String(i)} > c${String(i % 7)}`,
      conversions: 1,
    }));
    const encoded = encodePaths(records);
    expect(encoded.dictionary.length).toBe(3000);
    expect(decode(encoded)[2999]).toEqual(['c2999', 'c3']);
    expect(encoded.steps.length).toBe(6000);
  });

  it('grows the steps column past its first guess', () => {
    const encoded = encodePaths([{ path: Array.from({ length: 100 }, (_, i) => `x${String(i % 3)}`), conversions: 1 }]);
    expect(encoded.steps.length).toBe(100);
    expect(encoded.dictionary).toEqual(['x0', 'x1', 'x2']);
  });

  it('encodes no records as empty columns', () => {
    const encoded = encodePaths([]);
    expect(Array.from(encoded.offsets)).toEqual([0]);
    expect(encoded.steps.length).toBe(0);
    expect(encoded.dictionary).toEqual([]);
  });

  it('does not mutate its input', () => {
    const records = Object.freeze([Object.freeze({ path: Object.freeze(['a', 'b']), conversions: 1 })]);
    expect(decode(encodePaths(records))).toEqual([['a', 'b']]);
  });

  it('round-trips any array paths (property)', () => {
    const name = fc.string({ minLength: 1, maxLength: 6 });
    const record = fc.record({
      path: fc.array(name, { minLength: 1, maxLength: 8 }),
      conversions: fc.nat(5),
      nulls: fc.nat(5),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 30 }), (records) => {
        const encoded = encodePaths(records);
        expect(decode(encoded)).toEqual(records.map((r) => r.path));
        expect(new Set(encoded.dictionary).size).toBe(encoded.dictionary.length);
      }),
    );
  });

  it('reads text paths as their trimmed parts (property)', () => {
    const name = fc.stringMatching(/^[a-z][a-z ]{0,5}[a-z]$|^[a-z]$/);
    fc.assert(
      fc.property(fc.array(fc.array(name, { minLength: 1, maxLength: 6 }), { maxLength: 20 }), (paths) => {
        const encoded = encodePaths(paths.map((p) => ({ path: p.join(' > '), conversions: 1 })));
        expect(decode(encoded)).toEqual(paths);
      }),
    );
  });

  it('refuses bad input with the path of the bad field', () => {
    expectOmnicxError(() => encodePaths('a > b' as never), 'INVALID_INPUT', []);
    expectOmnicxError(() => encodePaths([null as never]), 'INVALID_INPUT', [0]);
    expectOmnicxError(() => encodePaths([[] as never]), 'INVALID_INPUT', [0]);
    expectOmnicxError(() => encodePaths([{ path: 3 as never, conversions: 1 }]), 'INVALID_INPUT', [0, 'path']);
    expectOmnicxError(() => encodePaths([{ path: ['a', ''], conversions: 1 }]), 'INVALID_INPUT', [0, 'path', 1]);
    expectOmnicxError(() => encodePaths([{ path: ['a', 7 as never], conversions: 1 }]), 'INVALID_INPUT', [0, 'path', 1]);
    expectOmnicxError(() => encodePaths([{ path: 'a >  > b', conversions: 1 }]), 'INVALID_INPUT', [0, 'path', 1]);
    expectOmnicxError(() => encodePaths([{ path: '> b', conversions: 1 }]), 'INVALID_INPUT', [0, 'path', 0]);
    expectOmnicxError(() => encodePaths([{ path: 'a >', conversions: 1 }]), 'INVALID_INPUT', [0, 'path', 1]);
    expectOmnicxError(() => encodePaths([{ path: 'a -> ', conversions: 1 }], { separator: '->' }), 'INVALID_INPUT', [
      0,
      'path',
      1,
    ]);
    expectOmnicxError(() => encodePaths([{ path: 'a', conversions: -1 }]), 'INVALID_INPUT', [0, 'conversions']);
    expectOmnicxError(() => encodePaths([{ path: 'a' } as never]), 'INVALID_INPUT', [0, 'conversions']);
    expectOmnicxError(() => encodePaths([{ path: 'a', conversions: 1, nulls: NaN }]), 'INVALID_INPUT', [0, 'nulls']);
    expectOmnicxError(() => encodePaths([{ path: 'a', conversions: 1, value: Infinity }]), 'INVALID_INPUT', [0, 'value']);
    expectOmnicxError(() => encodePaths([{ path: '', conversions: 1 }]), 'INVALID_INPUT', [0, 'conversions']);
    expectOmnicxError(() => encodePaths([{ path: [], conversions: 2 }]), 'INVALID_INPUT', [0, 'conversions']);
    expectOmnicxError(() => encodePaths([{ path: 'a', conversions: 0, nulls: 1, value: 5 }]), 'INVALID_INPUT', [
      0,
      'value',
    ]);
    expectOmnicxError(() => encodePaths([], { separator: '' }), 'INVALID_INPUT', ['options', 'separator']);
    expectOmnicxError(() => encodePaths([], null as never), 'INVALID_INPUT', ['options']);
  });

  it('has schemas that accept records and refuse wrong shapes', () => {
    expect(pathRecordSchema.safeParse({ path: 'a > b', conversions: 1, nulls: 2, value: 3 }).success).toBe(true);
    expect(pathRecordSchema.safeParse({ path: [''], conversions: 1 }).success).toBe(false);
    expect(encodedPathsSchema.safeParse({ dictionary: [], offsets: [0] }).success).toBe(false);
  });
});
