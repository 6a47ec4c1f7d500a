// readonlyOf: zod's `.readonly()` (a frozen result, read-only types) without freezing the value it
// was given when the inner schema refuses it (zod 4 freezes `payload.value` whatever the issues).
import * as z from 'zod';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { readonlyOf } from '../../../src/core/internal/readonlyOf.js';
import { moneySchema, pathRecordSchema, parseWith } from '../../../src/core/index.js';
import { importancePerformance, ipaItemSchema, scorecard } from '../../../src/touchpoint/index.js';
import { defineTouchpoints, touchpointDefinitionSchema, stageModelSchema } from '../../../src/journey/index.js';
import { defineBusinessCalendar } from '../../../src/satisfaction/index.js';

describe('readonlyOf', () => {
  it('freezes what the inner schema accepted: zod’s own copy, not the caller’s value', () => {
    const input = [1, 2];
    const out = readonlyOf(z.array(z.number())).parse(input);
    expect(out).toEqual([1, 2]);
    expect(Object.isFrozen(out)).toBe(true);
    expect(out).not.toBe(input);
    expect(Object.isFrozen(input)).toBe(false);
    const row = { amountMinor: 5, currency: 'EUR' };
    expect(Object.isFrozen(moneySchema.parse(row))).toBe(true);
    expect(Object.isFrozen(row)).toBe(false);
  });

  it('leaves a refused value as it was (zod’s .readonly() froze it)', () => {
    const notAList = { a: 1 };
    expect(readonlyOf(z.array(z.number())).safeParse(notAList).success).toBe(false);
    expect(Object.isFrozen(notAList)).toBe(false);
    // The defect this replaces, still in zod: the refused object comes back frozen.
    const other = { a: 1 };
    expect(z.array(z.number()).readonly().safeParse(other).success).toBe(false);
    expect(Object.isFrozen(other)).toBe(true);
    const notAnObject = [1, 2];
    expect(moneySchema.safeParse(notAnObject).success).toBe(false);
    expect(Object.isFrozen(notAnObject)).toBe(false);
  });

  it('refuses a typed array with an issue, not a TypeError out of safeParse', () => {
    const typed = new Float64Array([1]);
    const result = readonlyOf(z.array(z.number())).safeParse(typed);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('invalid_type');
  });

  it('keeps the read-only output and input types of .readonly()', () => {
    const schema = readonlyOf(z.array(z.string()));
    expectTypeOf(schema.parse(['a'])).toEqualTypeOf<readonly string[]>();
    expectTypeOf<z.input<typeof schema>>().toEqualTypeOf<readonly string[]>();
    const object = readonlyOf(z.object({ a: z.number() }));
    expectTypeOf(object.parse({ a: 1 })).toEqualTypeOf<{ readonly a: number }>();
  });
});

describe('public schemas and functions leave refused input unfrozen', () => {
  it('core: pathRecordSchema, parseWith', () => {
    const path = { 0: 'search' };
    expect(pathRecordSchema.safeParse({ path, conversions: 1 }).success).toBe(false);
    expect(Object.isFrozen(path)).toBe(false);
    const list = ['x'];
    expect(() => parseWith(moneySchema, list)).toThrow();
    expect(Object.isFrozen(list)).toBe(false);
  });

  it('touchpoint: an item given as a list, and a scorecard rating given as a list', () => {
    const item = ['a', 1, 2];
    expect(() => importancePerformance([item as never])).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(Object.isFrozen(item)).toBe(false);
    expect(ipaItemSchema.safeParse(item).success).toBe(false);
    const rating = ['t1', 'speed', 4];
    expect(() => scorecard([rating as never], { criteria: { speed: { weight: 1 } } } as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(Object.isFrozen(rating)).toBe(false);
  });

  it('journey: tags and stages given as objects', () => {
    const tags = { first: 'promo' };
    expect(touchpointDefinitionSchema.safeParse({ id: 't', kind: 'digital', channel: 'web', tags }).success).toBe(false);
    expect(Object.isFrozen(tags)).toBe(false);
    const more = { first: 'promo' };
    expect(() => defineTouchpoints([{ id: 't', kind: 'digital', channel: 'web', tags: more as never }])).toThrow(expect.objectContaining({ path: [0, 'tags'] }));
    expect(Object.isFrozen(more)).toBe(false);
    const stages = { 0: { id: 's' } };
    expect(stageModelSchema.safeParse({ stages }).success).toBe(false);
    expect(Object.isFrozen(stages)).toBe(false);
  });

  it('satisfaction: holidays given as an object', () => {
    const holidays = { day: '2026-12-25' };
    expect(() => defineBusinessCalendar({ timeZone: 'UTC', weekly: {}, holidays } as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(Object.isFrozen(holidays)).toBe(false);
  });
});
