// A typed array given where a satisfaction schema expects a (readonly) list was a TypeError out of
// zod (see test/core/errors/parseWith.test.ts); it is an OmnicxError with a path.
import { describe, expect, it } from 'vitest';
import { OmnicxError } from '../../src/core/errors/OmnicxError.js';
import { defineBusinessCalendar } from '../../src/satisfaction/index.js';

describe('satisfaction schemas with typed arrays', () => {
  it('defineBusinessCalendar with holidays as a Float64Array', () => {
    let caught: unknown;
    try {
      defineBusinessCalendar({ timeZone: 'UTC', holidays: new Float64Array([1]) } as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(OmnicxError);
    expect((caught as OmnicxError).code).toBe('INVALID_INPUT');
  });
});
