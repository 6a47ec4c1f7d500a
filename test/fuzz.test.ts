// Bad input never escapes as a TypeError, RangeError or a crash: every exported function of every
// module, called with arbitrary values, either returns or throws an OmnicxError, and leaves its
// arguments as they were: not changed, not frozen (zod's `.readonly()` froze a refused input).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as root from '../src/index.js';
import * as sample from '../src/sample/index.js';
import { OmnicxError } from '../src/core/errors/OmnicxError.js';

type AnyFunction = (...args: unknown[]) => unknown;

const functions = Object.entries({ ...root, ...sample }).filter(
  (entry): entry is [string, AnyFunction] => typeof entry[1] === 'function' && !/^[A-Z]/.test(entry[0]),
);

/** Every object reachable from `value` (arrays, objects, boxed values, typed arrays), once each. */
function reachable(value: unknown, into: object[] = [], seen = new Set<object>()): object[] {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) return into;
  seen.add(value);
  into.push(value);
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor !== undefined && 'value' in descriptor) reachable(descriptor.value, into, seen);
  }
  return into;
}

const garbage = fc.anything({ withBigInt: true, withDate: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true, maxDepth: 3 });

describe('every exported function on arbitrary input', () => {
  it('finds the exported functions', () => {
    expect(functions.length).toBeGreaterThan(100);
  });

  for (const [name, fn] of functions) {
    it(`${name} returns or throws an OmnicxError, and leaves its arguments as they were`, () => {
      fc.assert(
        fc.property(fc.array(garbage, { maxLength: 3 }), (args) => {
          const objects = reachable(args);
          const extensible = objects.map((o) => Object.isExtensible(o));
          let copy: unknown;
          try {
            copy = structuredClone(args);
          } catch {
            copy = undefined;
          }
          try {
            fn(...args);
          } catch (error) {
            if (!(error instanceof OmnicxError)) {
              throw new Error(`${name} threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`, { cause: error });
            }
          }
          expect(objects.map((o) => Object.isExtensible(o))).toEqual(extensible);
          if (copy !== undefined) expect(args).toStrictEqual(copy);
        }),
        { numRuns: 150 },
      );
    });
  }
});
