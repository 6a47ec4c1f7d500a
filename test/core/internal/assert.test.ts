import { describe as group, expect, it } from 'vitest';
import { OmnicxError } from '../../../src/core/errors/OmnicxError.js';
import {
  assertFiniteNumber,
  assertFiniteNumbers,
  assertNonNegativeNumber,
  assertNonNegativeSafeInteger,
  assertNumericArray,
  assertObject,
  assertPath,
  assertProbability,
  assertSafeInteger,
  assertString,
  describe,
  invalid,
} from '../../../src/core/internal/assert.js';
import { decimalRounding, toDecimal } from '../../../src/core/internal/decimal.js';
import { Decimal } from 'decimal.js';

function failure(fn: () => unknown): { code: string; path: readonly (string | number)[]; message: string } {
  try {
    fn();
  } catch (error) {
    if (error instanceof OmnicxError) return { code: error.code, path: error.path, message: error.message };
    throw error;
  }
  throw new Error('expected an OmnicxError');
}

group('describe', () => {
  it('names values for error messages', () => {
    expect(describe(null)).toBe('null');
    expect(describe(undefined)).toBe('undefined');
    expect(describe(Number.NaN)).toBe('NaN');
    expect(describe(1.5)).toBe('1.5');
    expect(describe('abc')).toBe('"abc"');
    expect(describe('x'.repeat(50))).toBe(`"${'x'.repeat(40)}…"`);
    expect(describe(5n)).toBe('5n');
    expect(describe([1])).toBe('an array');
    expect(describe(new Date(0))).toBe('a Date');
    expect(describe({})).toBe('an object');
    expect(describe(true)).toBe('boolean');
    expect(describe(() => 1)).toBe('function');
  });
});

group('assertions', () => {
  it('accept valid values silently', () => {
    expect(() => {
      assertFiniteNumber(1.5, []);
      assertNonNegativeNumber(0, []);
      assertSafeInteger(-3, []);
      assertNonNegativeSafeInteger(0, []);
      assertString('', []);
      assertProbability(0.5, []);
      assertNumericArray([1], []);
      assertNumericArray(new Int8Array(2), []);
      assertFiniteNumbers(new Float64Array([1, 2]), []);
      assertObject({}, []);
    }).not.toThrow();
  });

  it('reject bad values with a code, the path and a message naming the field', () => {
    expect(failure(() => assertFiniteNumber(Number.POSITIVE_INFINITY, ['a', 1]))).toEqual({
      code: 'INVALID_INPUT',
      path: ['a', 1],
      message: 'a.1 must be a finite number, got Infinity',
    });
    expect(failure(() => assertFiniteNumber('1', [], 'rate')).message).toBe('rate must be a finite number, got "1"');
    expect(failure(() => assertNonNegativeNumber(-1, ['q'])).message).toBe('q must not be negative, got -1');
    expect(failure(() => assertSafeInteger(Number.NaN, ['n'])).code).toBe('INVALID_INPUT');
    expect(failure(() => assertSafeInteger(2 ** 53, ['n']))).toMatchObject({ code: 'NOT_SAFE_INTEGER', path: ['n'] });
    expect(failure(() => assertSafeInteger(0.5, ['n'])).code).toBe('NOT_SAFE_INTEGER');
    expect(failure(() => assertNonNegativeSafeInteger(-2, ['n'])).code).toBe('INVALID_INPUT');
    expect(failure(() => assertString(3, ['s'])).message).toBe('s must be a string, got 3');
    expect(failure(() => assertProbability(1, ['p'])).message).toBe('p must be strictly between 0 and 1, got 1');
    expect(failure(() => assertProbability(0, ['p'])).code).toBe('INVALID_INPUT');
    expect(failure(() => assertNumericArray('abc', ['xs'])).message).toBe('xs must be an array or a typed array, got "abc"');
    expect(failure(() => assertNumericArray(new BigInt64Array(1), ['xs'])).message).toBe('xs must hold numbers, not bigints');
    expect(failure(() => assertNumericArray(new DataView(new ArrayBuffer(4)), [])).code).toBe('INVALID_INPUT');
    expect(failure(() => assertFiniteNumbers([1, Number.NaN], ['xs']))).toMatchObject({ path: ['xs', 1] });
    expect(failure(() => assertFiniteNumbers(new Float32Array([Infinity]), [])).message).toBe(
      'values[0] must be a finite number, got Infinity',
    );
    expect(failure(() => assertObject([], ['o'])).message).toBe('o must be an object, got an array');
    expect(failure(() => assertObject(null, [])).message).toBe('value must be an object, got null');
    expect(invalid('x').path).toEqual([]);
  });
});

group('toDecimal', () => {
  it('reads numbers through their shortest representation and strings exactly', () => {
    expect(toDecimal(0.1).toString()).toBe('0.1');
    expect(toDecimal(' 1.25 ').toString()).toBe('1.25');
    expect(toDecimal('.5').toString()).toBe('0.5');
    expect(toDecimal('-3e2').toString()).toBe('-300');
    expect(toDecimal(new Decimal('2.5')).toString()).toBe('2.5');
  });

  it('keeps 60 significant digits whatever the global Decimal precision', () => {
    expect(toDecimal('9007199254740991').times('1.000000000000000000000001').toFixed(24)).toBe(
      '9007199254740991.000000009007199254740991',
    );
    expect(Decimal.precision).toBe(20);
  });

  it('rejects what is not a decimal', () => {
    expect(failure(() => toDecimal('1.2.3', ['rate']))).toMatchObject({ code: 'INVALID_INPUT', path: ['rate'] });
    expect(failure(() => toDecimal('NaN')).code).toBe('INVALID_INPUT');
    expect(failure(() => toDecimal('Infinity')).code).toBe('INVALID_INPUT');
    expect(failure(() => toDecimal(Number.NaN)).code).toBe('INVALID_INPUT');
    expect(failure(() => toDecimal(true, ['x'])).message).toBe('x must be a decimal string or a number, got boolean');
  });

  it('maps every rounding mode and rejects unknown ones', () => {
    expect(decimalRounding('halfEven')).toBe(Decimal.ROUND_HALF_EVEN);
    expect(decimalRounding('floor')).toBe(Decimal.ROUND_FLOOR);
    expect(failure(() => decimalRounding('HALF_UP'))).toMatchObject({ code: 'INVALID_ROUNDING_MODE', path: ['rounding'] });
    expect(failure(() => decimalRounding(undefined, ['earn', 'rounding'])).path).toEqual(['earn', 'rounding']);
  });
});

group('assertPath', () => {
  it('accepts arrays of keys and rejects anything else with the argument name as path', () => {
    expect(() => {
      assertPath(['a', 0]);
    }).not.toThrow();
    expect(failure(() => assertPath({}))).toMatchObject({ code: 'INVALID_INPUT', path: ['path'] });
    expect(failure(() => assertPath([true]))).toMatchObject({ path: ['path'] });
  });
});
