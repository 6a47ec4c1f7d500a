// The doc-example gate itself: extraction, the turning of `console.log(x); // value` into an
// assertion, and the comparison rule.
import { describe, expect, it } from 'vitest';
import { matches } from '../../scripts/example-harness.js';
import { instrument, parseLiteral } from '../../scripts/extract-doc-examples.js';

describe('parseLiteral', () => {
  it('reads JS literals and refuses prose', () => {
    expect(parseLiteral("'2.68'")).toEqual({ value: '2.68' });
    expect(parseLiteral('[1, { a: 2 }]')).toEqual({ value: [1, { a: 2 }] });
    expect(parseLiteral('true')).toEqual({ value: true });
    expect(parseLiteral('CURRENCY_MISMATCH []')).toBeUndefined();
    expect(parseLiteral('20, adjusted Wald interval')).toBeUndefined();
    expect(parseLiteral('')).toBeUndefined();
    expect(parseLiteral('() => 1')).toBeUndefined();
  });
});

describe('instrument', () => {
  it('turns single-value logs with a literal comment into assertions and leaves the rest', () => {
    const { code, assertions } = instrument(
      ["console.log(roundDecimal('2.675', 2, 'halfEven')); // '2.68'", 'console.log(a, b); // 1 2', 'console.log(x); // see above', 'const y = 1;'].join('\n'),
      'src/x.ts:1',
    );
    expect(assertions).toBe(1);
    expect(code.split('\n')[0]).toBe(
      "__expectExample((roundDecimal('2.675', 2, 'halfEven')), '2.68', \"src/x.ts:1 (example line 1)\");",
    );
    expect(code.split('\n').slice(1)).toEqual(['console.log(a, b); // 1 2', 'console.log(x); // see above', 'const y = 1;']);
  });
});

describe('matches', () => {
  it('compares numbers to the digits written in the comment', () => {
    expect(matches(0.27753, 0.2775)).toBe(true);
    expect(matches(0.2776, 0.2775)).toBe(false);
    expect(matches(1.959963984540054, 1.959963984540054)).toBe(true);
    expect(matches(3, 3)).toBe(true);
    expect(matches(3.4, 3)).toBe(false);
    expect(matches(0.9999999999999998, 1)).toBe(true);
    expect(matches(5.000000000000002, 5)).toBe(true);
    expect(matches(1e-24, 7.6e-24)).toBe(false);
  });

  it('compares structures deeply, arrays with typed arrays, and ignores undefined properties', () => {
    expect(matches({ a: [1, 2], b: 'x', c: undefined }, { a: [1, 2], b: 'x' })).toBe(true);
    expect(matches(new Int32Array([1, 2]), [1, 2])).toBe(true);
    expect(matches({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(matches([1, 2, 3], [1, 2])).toBe(false);
    expect(matches(null, {})).toBe(false);
  });

  it('compares a printed string by what it shows', () => {
    expect(matches('86.86', 86.86)).toBe(true);
    expect(matches('86.87', 86.86)).toBe(false);
    expect(matches('{"n":0}', { n: 0 })).toBe(true);
    expect(matches('not json', { n: 0 })).toBe(false);
    expect(matches('', 0)).toBe(false);
  });
});
