// Bad input never escapes as a TypeError, RangeError or a crash: every exported function of every
// module, called with arbitrary values, either returns or throws an OmnicxError.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as root from '../src/index.js';
import * as sample from '../src/sample/index.js';
import { OmnicxError } from '../src/core/errors/OmnicxError.js';

type AnyFunction = (...args: unknown[]) => unknown;

const functions = Object.entries({ ...root, ...sample }).filter(
  (entry): entry is [string, AnyFunction] => typeof entry[1] === 'function' && !/^[A-Z]/.test(entry[0]),
);

const garbage = fc.anything({ withBigInt: true, withDate: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true, maxDepth: 3 });

describe('every exported function on arbitrary input', () => {
  it('finds the exported functions', () => {
    expect(functions.length).toBeGreaterThan(100);
  });

  for (const [name, fn] of functions) {
    it(`${name} returns or throws an OmnicxError`, () => {
      fc.assert(
        fc.property(fc.array(garbage, { maxLength: 3 }), (args) => {
          try {
            fn(...args);
          } catch (error) {
            if (!(error instanceof OmnicxError)) {
              throw new Error(`${name} threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`, { cause: error });
            }
          }
        }),
        { numRuns: 150 },
      );
    });
  }
});
