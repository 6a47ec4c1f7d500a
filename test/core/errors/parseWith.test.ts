import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { OmnicxError } from '../../../src/core/errors/OmnicxError.js';
import { parseWith } from '../../../src/core/errors/parseWith.js';

const line = z.object({ sku: z.string(), quantity: z.number().int().positive() });
const order = z.object({ id: z.string(), lines: z.array(line) });

function caught(fn: () => unknown): OmnicxError {
  try {
    fn();
  } catch (error) {
    if (error instanceof OmnicxError) return error;
    throw error;
  }
  throw new Error('expected an OmnicxError');
}

describe('parseWith', () => {
  it('returns the parsed value when the data matches', () => {
    expect(parseWith(order, { id: 'o1', lines: [{ sku: 'A', quantity: 2 }] })).toEqual({
      id: 'o1',
      lines: [{ sku: 'A', quantity: 2 }],
    });
  });

  it('applies schema transforms', () => {
    expect(parseWith(z.string().transform((s) => s.length), 'abcd')).toBe(4);
  });

  it('throws INVALID_INPUT with the path of the first issue and every issue', () => {
    const error = caught(() => parseWith(order, { id: 7, lines: [{ sku: 'A', quantity: 0 }] }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.path).toEqual(['id']);
    expect(error.issues).toHaveLength(2);
    expect(error.issues[1]?.path).toEqual(['lines', 0, 'quantity']);
    expect(error.message).toMatch(/^Invalid id: /);
  });

  it('prefixes a base path', () => {
    const error = caught(() => parseWith(line, { sku: 'A', quantity: -1 }, ['orders', 3]));
    expect(error.path).toEqual(['orders', 3, 'quantity']);
    expect(error.message).toMatch(/^Invalid orders\.3\.quantity: /);
  });

  it('ends the path with the key a strict object does not know', () => {
    const strict = z.strictObject({ sku: z.string(), nested: z.strictObject({ a: z.number() }).optional() });
    const error = caught(() => parseWith(strict, { sku: 'A', skew: 1, other: 2 }, ['line']));
    expect(error.path).toEqual(['line', 'skew']);
    expect(error.message).toMatch(/^Invalid line\.skew: Unrecognized keys: "skew", "other"/);
    expect(caught(() => parseWith(strict, { sku: 'A', nested: { a: 1, b: 2 } })).path).toEqual(['nested', 'b']);
  });

  it('names the whole input when the root is wrong', () => {
    const error = caught(() => parseWith(z.number(), 'x'));
    expect(error.path).toEqual([]);
    expect(error.message).toMatch(/^Invalid input: /);
  });
});

describe('parseWith bad arguments', () => {
  it('rejects a schema that is not a zod schema and a base path that is not an array', () => {
    expect(caught(() => parseWith(undefined as unknown as z.ZodType, 1)).path).toEqual(['schema']);
    expect(caught(() => parseWith({} as unknown as z.ZodType, 1)).code).toBe('INVALID_INPUT');
    expect(caught(() => parseWith(z.number(), 1, 'x' as unknown as string[])).path).toEqual(['basePath']);
  });
});

describe('parseWith when zod itself throws', () => {
  // zod 4.1's `.readonly()` freezes the value it was given even when the inner schema refused it,
  // and Object.freeze throws a TypeError on a typed array with elements, out of safeParse.
  it('a typed array where a readonly list is expected is INVALID_INPUT at the base path, not a TypeError', () => {
    const schema = z.object({ holidays: z.array(z.string()).readonly() });
    let caught: unknown;
    try {
      parseWith(schema, { holidays: new Float64Array([1]) }, ['calendar']);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(OmnicxError);
    expect((caught as OmnicxError).code).toBe('INVALID_INPUT');
    expect((caught as OmnicxError).path).toEqual(['calendar']);
    expect((caught as OmnicxError).message).toMatch(/^Invalid calendar: /);
  });
  it('a value that parses is still returned', () => {
    expect(parseWith(z.array(z.number()).readonly(), [1, 2])).toEqual([1, 2]);
  });
});
