import { describe, expect, it } from 'vitest';
import { addBaskets, createBasketAccumulator } from '../../src/members/index.js';
import { deepFreeze } from './accumulatorHelpers.js';
import { expectOmnicxError } from './helpers.js';

describe('addBaskets', () => {
  it('counts each distinct basket as a set of items, in place', () => {
    const acc = createBasketAccumulator();
    const baskets = deepFreeze([['milk', 'bread'], ['bread', 'milk', 'bread'], ['tea'], ['Tea']]);
    expect(addBaskets(acc, baskets)).toBe(acc);
    expect(acc.baskets).toEqual({ '["bread","milk"]': 2, '["tea"]': 1, '["Tea"]': 1 });
    addBaskets(acc, [['tea'], ['milk']]);
    expect(acc.baskets).toEqual({ '["bread","milk"]': 2, '["tea"]': 2, '["Tea"]': 1, '["milk"]': 1 });
  });

  it('keys items that are awkward in JSON or as object keys safely', () => {
    const acc = addBaskets(createBasketAccumulator(), [['__proto__'], ['"q"', 'a\\b']]);
    expect(Object.getPrototypeOf(acc.baskets)).toBe(Object.prototype);
    expect(Object.keys(acc.baskets)).toEqual(['["__proto__"]', '["\\"q\\"","a\\\\b"]']);
    expect(JSON.parse(Object.keys(acc.baskets)[1] as string)).toEqual(['"q"', 'a\\b']);
  });

  it('validates every basket before adding any, with the paths of frequentItemsets', () => {
    const acc = addBaskets(createBasketAccumulator(), [['a']]);
    expectOmnicxError(() => addBaskets(acc, [['a'], []]), 'INVALID_INPUT', ['baskets', 1]);
    expectOmnicxError(() => addBaskets(acc, [['a', '']]), 'INVALID_INPUT', ['baskets', 0, 1]);
    expectOmnicxError(() => addBaskets(acc, [['a', 3 as unknown as string]]), 'INVALID_INPUT', ['baskets', 0, 1]);
    expectOmnicxError(() => addBaskets(acc, 'a' as never), 'INVALID_INPUT', ['baskets']);
    const sparse = new Array<string[]>(2); // a hole at 1
    sparse[0] = ['a'];
    expectOmnicxError(() => addBaskets(acc, sparse), 'INVALID_INPUT', ['baskets', 1]);
    expect(acc.baskets).toEqual({ '["a"]': 1 });
  });

  it('refuses a malformed accumulator and a count past 2^53 − 1 without changing it', () => {
    expectOmnicxError(() => addBaskets({ kind: 'baskets', version: 1 } as never, []), 'INVALID_INPUT', ['acc', 'baskets']);
    expectOmnicxError(() => addBaskets({ kind: 'survival', version: 1, baskets: {} } as never, []), 'INVALID_INPUT', ['acc', 'kind']);
    const full = { kind: 'baskets' as const, version: 1 as const, baskets: { '["a"]': Number.MAX_SAFE_INTEGER } };
    expectOmnicxError(() => addBaskets(full, [['b'], ['a']]), 'NOT_SAFE_INTEGER', ['acc', 'baskets', '["a"]']);
    expect(full.baskets).toEqual({ '["a"]': Number.MAX_SAFE_INTEGER });
  });
});
