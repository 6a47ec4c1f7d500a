import * as z from 'zod';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { parseWith } from '../../../src/core/errors/parseWith.js';
import { instantInputSchema, instantSchema, toInstant } from '../../../src/core/time/index.js';
import { expectOmnicxError } from './expectOmnicxError.js';

const AT = 1_772_953_200_000; // 2026-03-08T07:00:00Z

describe('instantInputSchema', () => {
  it('accepts what toInstant accepts and outputs it unchanged', () => {
    const date = new Date(AT);
    expect(instantInputSchema.parse('2026-03-08T08:00:00+01:00')).toBe('2026-03-08T08:00:00+01:00');
    expect(instantInputSchema.parse(AT)).toBe(AT);
    expect(instantInputSchema.parse(date)).toBe(date);
  });

  it('refuses what toInstant refuses, with the same message', () => {
    for (const bad of ['2026-03-08T10:00:00', '2026-02-30T10:00:00Z', 1.5, new Date(Number.NaN)]) {
      const result = instantInputSchema.safeParse(bad);
      expect(result.success).toBe(false);
      let thrown = '';
      try {
        toInstant(bad);
      } catch (error) {
        thrown = (error as Error).message;
      }
      expect(result.error?.issues[0]?.message).toBe(thrown);
      expect(result.error?.issues[0]?.code).toBe('custom');
    }
  });

  it('refuses other types', () => {
    for (const bad of [null, true, {}, { [Symbol.toStringTag]: 'Date' }, [AT]]) {
      expect(instantInputSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('is typed string | number | Date in and out', () => {
    expectTypeOf<z.input<typeof instantInputSchema>>().toEqualTypeOf<string | number | Date>();
    expectTypeOf<z.output<typeof instantInputSchema>>().toEqualTypeOf<string | number | Date>();
  });
});

describe('instantSchema', () => {
  it('outputs epoch milliseconds', () => {
    const event = z.object({ at: instantSchema });
    expect(event.parse({ at: '2026-03-08T03:00:00-04:00' })).toEqual({ at: AT });
    expect(event.parse({ at: new Date(AT) })).toEqual({ at: AT });
    expect(event.parse({ at: AT })).toEqual({ at: AT });
  });

  it('reports the field path, and through parseWith becomes INVALID_INPUT at that path', () => {
    const schema = z.object({ events: z.array(z.object({ at: instantSchema })) });
    const data = { events: [{ at: '2026-03-08T07:00:00Z' }, { at: '2026-03-08' }] };
    const result = schema.safeParse(data);
    expect(result.error?.issues[0]?.path).toEqual(['events', 1, 'at']);
    expect(result.error?.issues[0]?.message).toContain('no UTC offset');
    expectOmnicxError(() => parseWith(schema, data), 'INVALID_INPUT', ['events', 1, 'at']);
    expect(data.events[1]).toEqual({ at: '2026-03-08' });
  });

  it('refuses other types', () => {
    expect(instantSchema.safeParse(undefined).success).toBe(false);
    expect(instantSchema.safeParse(10n).success).toBe(false);
  });

  it('is typed string | number | Date in, number out', () => {
    expectTypeOf<z.input<typeof instantSchema>>().toEqualTypeOf<string | number | Date>();
    expectTypeOf<z.output<typeof instantSchema>>().toEqualTypeOf<number>();
  });
});
