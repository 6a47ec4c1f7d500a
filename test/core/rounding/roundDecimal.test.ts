import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OmnicxError } from '../../../src/core/errors/OmnicxError.js';
import { ROUNDING_MODES, roundingModeSchema, type RoundingMode } from '../../../src/core/rounding/RoundingMode.js';
import { roundDecimal } from '../../../src/core/rounding/roundDecimal.js';

function codeOf(fn: () => unknown): [string, readonly (string | number)[]] {
  try {
    fn();
  } catch (error) {
    if (error instanceof OmnicxError) return [error.code, error.path];
    throw error;
  }
  throw new Error('expected an OmnicxError');
}

describe('roundDecimal', () => {
  // The table in the RoundingMode TSDoc, row by row (IEEE 754-2008 §4.3 names the same rules).
  const table: Record<RoundingMode, [string, string, string, string]> = {
    halfEven: ['2', '-2', '2', '-3'],
    halfUp: ['3', '-3', '2', '-3'],
    halfDown: ['2', '-2', '2', '-3'],
    up: ['3', '-3', '3', '-3'],
    down: ['2', '-2', '2', '-2'],
    ceil: ['3', '-2', '3', '-2'],
    floor: ['2', '-3', '2', '-3'],
  };
  for (const mode of ROUNDING_MODES) {
    it(`rounds 2.5, -2.5, 2.4 and -2.6 to integers with ${mode}`, () => {
      expect(['2.5', '-2.5', '2.4', '-2.6'].map((v) => roundDecimal(v, 0, mode))).toEqual(table[mode]);
    });
  }

  it('rounds exactly in decimal, not through binary floating point', () => {
    // 2.675 is 2.67499999999999982236431605997495353221893310546875 as a double,
    // yet it means 2.675 to the person who wrote it.
    expect(roundDecimal(2.675, 2, 'halfUp')).toBe('2.68');
    expect(roundDecimal('2.675', 2, 'halfEven')).toBe('2.68');
    expect(roundDecimal('2.665', 2, 'halfEven')).toBe('2.66');
    expect(roundDecimal(0.1 + 0.2, 1, 'halfEven')).toBe('0.3');
  });

  it('pads to the requested places', () => {
    expect(roundDecimal('1.5', 3, 'halfEven')).toBe('1.500');
    expect(roundDecimal(7, 2, 'down')).toBe('7.00');
  });

  it('rounds to tens and hundreds with negative places', () => {
    expect(roundDecimal('1234', -2, 'ceil')).toBe('1300');
    expect(roundDecimal('1250', -2, 'halfEven')).toBe('1200');
    expect(roundDecimal('-1250', -2, 'halfUp')).toBe('-1300');
    expect(roundDecimal('49', -2, 'halfUp')).toBe('0');
  });

  it('rounds to tens exactly for values with more than 60 significant digits', () => {
    // Dividing by 10^k first rounded to the 60-digit working precision, so the tie 10^62 + 15
    // went to 10^62 and ceil moved 10^61 + 1 down to 10^61.
    const tie = `1${'0'.repeat(60)}15`; // 10^62 + 15
    expect(roundDecimal(tie, -1, 'halfEven')).toBe(`1${'0'.repeat(60)}20`);
    expect(roundDecimal(tie, -1, 'halfDown')).toBe(`1${'0'.repeat(60)}10`);
    expect(roundDecimal(`1${'0'.repeat(60)}1`, -1, 'ceil')).toBe(`1${'0'.repeat(59)}10`);
    expect(roundDecimal(`-1${'0'.repeat(60)}1`, -1, 'up')).toBe(`-1${'0'.repeat(59)}10`);
    expect(roundDecimal(`9${'9'.repeat(70)}.5`, -15, 'halfUp')).toBe(`1${'0'.repeat(71)}`);
    expect(roundDecimal(`1${'0'.repeat(60)}49999999999999`, -15, 'halfUp')).toBe(`1${'0'.repeat(74)}`);
  });

  it('never returns a negative zero', () => {
    expect(roundDecimal('-0.004', 2, 'halfEven')).toBe('0.00');
    expect(roundDecimal('-0.4', 0, 'down')).toBe('0');
    expect(roundDecimal('-0.001', 2, 'floor')).toBe('-0.01');
  });

  it('keeps values beyond double precision exact', () => {
    expect(roundDecimal('123456789012345678901.125', 2, 'halfEven')).toBe('123456789012345678901.12');
    expect(roundDecimal('1e-7', 8, 'halfEven')).toBe('0.00000010');
    expect(roundDecimal('1.5E3', 0, 'halfEven')).toBe('1500');
  });

  it('agrees with integer rounding on random halves (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (n) => {
        const value = `${String(n)}.5`;
        const up = roundDecimal(value, 0, 'ceil');
        const down = roundDecimal(value, 0, 'floor');
        expect(Number(up) - Number(down)).toBe(1);
        const even = roundDecimal(value, 0, 'halfEven');
        expect(Math.abs(Number(even) % 2)).toBe(0);
      }),
    );
  });

  it('moves by less than one unit in the last place (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom(...ROUNDING_MODES),
        (value, places, mode) => {
          const rounded = Number(roundDecimal(value, places, mode));
          expect(Math.abs(rounded - value)).toBeLessThanOrEqual(10 ** -places * (1 + 1e-9) + Math.abs(value) * 1e-15);
        },
      ),
    );
  });

  it('rejects malformed values, places and modes with a code and path', () => {
    expect(codeOf(() => roundDecimal('1,5', 0, 'halfEven'))).toEqual(['INVALID_INPUT', ['value']]);
    expect(codeOf(() => roundDecimal('', 0, 'halfEven'))).toEqual(['INVALID_INPUT', ['value']]);
    expect(codeOf(() => roundDecimal(Number.NaN, 0, 'halfEven'))).toEqual(['INVALID_INPUT', ['value']]);
    expect(codeOf(() => roundDecimal(Infinity, 0, 'halfEven'))).toEqual(['INVALID_INPUT', ['value']]);
    expect(codeOf(() => roundDecimal(null as unknown as string, 0, 'halfEven'))).toEqual(['INVALID_INPUT', ['value']]);
    expect(codeOf(() => roundDecimal('1', 1.5, 'halfEven'))).toEqual(['NOT_SAFE_INTEGER', ['places']]);
    expect(codeOf(() => roundDecimal('1', 51, 'halfEven'))).toEqual(['INVALID_INPUT', ['places']]);
    expect(codeOf(() => roundDecimal('1', -16, 'halfEven'))).toEqual(['INVALID_INPUT', ['places']]);
    expect(codeOf(() => roundDecimal('1', 0, 'bankers' as RoundingMode))).toEqual(['INVALID_ROUNDING_MODE', ['rounding']]);
    expect(codeOf(() => roundDecimal('1', 0, 'toString' as RoundingMode))).toEqual(['INVALID_ROUNDING_MODE', ['rounding']]);
  });

  it('refuses magnitudes of 1e1000 and more, whose plain digits it would have to spell out', () => {
    // '1e1000000000' (12 characters) used to run the process out of memory in toFixed.
    expect(codeOf(() => roundDecimal('1e1000', 2, 'halfEven'))).toEqual(['INVALID_INPUT', ['value']]);
    expect(codeOf(() => roundDecimal('-1e1000000000', -3, 'floor'))).toEqual(['INVALID_INPUT', ['value']]);
    expect(roundDecimal('9.99e999', 0, 'halfEven')).toBe(`999${'0'.repeat(997)}`);
    expect(roundDecimal('1e-1000000000', 2, 'up')).toBe('0.01');
    // Below decimal.js's smallest exponent the value read as 0, and 'up' gave '0.00'.
    expect(codeOf(() => roundDecimal('1e-9000000000000001', 2, 'up'))).toEqual(['INVALID_INPUT', ['value']]);
  });
});

describe('roundingModeSchema', () => {
  it('accepts exactly the rounding modes', () => {
    for (const mode of ROUNDING_MODES) expect(roundingModeSchema.parse(mode)).toBe(mode);
    expect(roundingModeSchema.safeParse('HALF_EVEN').success).toBe(false);
    expect(roundingModeSchema.options).toEqual([...ROUNDING_MODES]);
  });
});
