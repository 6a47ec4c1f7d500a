import { describe, expect, it } from 'vitest';
import { CURRENCY_CODES, CURRENCY_EXPONENTS } from '../../../src/core/money/index.js';

// Reference: ISO 4217 list one as published by SIX (amendments up to no. 180, in force from
// 2026-01-01): 178 entries, of which 13 have minor unit "N.A.".
describe('CURRENCY_EXPONENTS', () => {
  it('holds the 165 active list-one codes that have a minor unit', () => {
    expect(Object.keys(CURRENCY_EXPONENTS)).toHaveLength(165);
    expect(CURRENCY_CODES).toHaveLength(165);
  });

  it('lists exactly the zero-decimal currencies of list one', () => {
    const zero = CURRENCY_CODES.filter((code) => CURRENCY_EXPONENTS[code] === 0);
    expect(zero).toEqual([
      'BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'UYI', 'VND', 'VUV', 'XAF', 'XOF', 'XPF',
    ]);
  });

  it('lists exactly the three- and four-decimal currencies of list one', () => {
    expect(CURRENCY_CODES.filter((code) => CURRENCY_EXPONENTS[code] === 3)).toEqual([
      'BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND',
    ]);
    expect(CURRENCY_CODES.filter((code) => CURRENCY_EXPONENTS[code] === 4)).toEqual(['CLF', 'UYW']);
  });

  it('gives every other code two decimals', () => {
    for (const code of CURRENCY_CODES) expect([0, 2, 3, 4]).toContain(CURRENCY_EXPONENTS[code]);
    expect(CURRENCY_CODES.filter((code) => CURRENCY_EXPONENTS[code] === 2)).toHaveLength(165 - 17 - 7 - 2);
  });

  it('includes the codes added since 2021 and excludes withdrawn and N.A. codes', () => {
    for (const code of ['VED', 'SLE', 'ZWG', 'XCG', 'XAD']) expect(CURRENCY_CODES).toContain(code);
    for (const code of ['HRK', 'ANG', 'BGN', 'CUC', 'SLL', 'ZWL', 'VEF', 'LTL']) expect(CURRENCY_CODES).not.toContain(code);
    for (const code of ['XAU', 'XAG', 'XPD', 'XPT', 'XBA', 'XBB', 'XBC', 'XBD', 'XDR', 'XSU', 'XUA', 'XTS', 'XXX']) {
      expect(CURRENCY_CODES).not.toContain(code);
    }
  });

  it('has only upper-case three-letter codes, sorted and frozen', () => {
    for (const code of CURRENCY_CODES) expect(code).toMatch(/^[A-Z]{3}$/);
    expect([...CURRENCY_CODES].sort()).toEqual(CURRENCY_CODES);
    expect(Object.isFrozen(CURRENCY_CODES)).toBe(true);
    expect(Object.isFrozen(CURRENCY_EXPONENTS)).toBe(true);
  });
});
