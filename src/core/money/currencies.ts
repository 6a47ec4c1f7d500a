// Minor-unit exponents of the active ISO 4217 currency and fund codes.
//
// Source: ISO 4217 "list one" (current currency & funds code list), as published by SIX Financial
// Information on behalf of the ISO 4217 Maintenance Agency (www.six-group.com, "Data standards,
// currency codes"), column "Minor unit" (CcyMnrUnts). The table reflects the amendments up to
// no. 180, i.e. the list in force from 2026-01-01:
//   - added since 2021: VED (2021), SLE (2022), ZWG (2024), XCG (2025), XAD (2025);
//   - withdrawn (now in list three, historic): HRK (2023), CUC, SLL, ZWL (2024), ANG (2025),
//     BGN (2026, Bulgaria adopted the euro).
// List one holds 178 codes; the 13 whose minor unit is "N.A." are left out because they have no
// minor unit to count in: XAG, XAU, XPD, XPT (precious metals), XBA, XBB, XBC, XBD (bond market
// units), XDR, XSU, XUA (accounting units), XTS (testing) and XXX (no currency). That leaves 165.
// When SIX publishes an amendment, update this table and its test (test/core/money/currencies.test.ts).

/**
 * An active ISO 4217 code with a minor unit: a key of {@link CURRENCY_EXPONENTS}. Narrow a string
 * to it with {@link isCurrencyCode}.
 *
 * @example
 * ```ts
 * import type { CurrencyCode } from 'omnicx/core';
 * const code: CurrencyCode = 'EUR';
 * console.log(code); // 'EUR'
 * ```
 */
export type CurrencyCode =
  | 'AED' | 'AFN' | 'ALL' | 'AMD' | 'AOA' | 'ARS' | 'AUD' | 'AWG' | 'AZN' | 'BAM' | 'BBD' | 'BDT' | 'BHD'
  | 'BIF' | 'BMD' | 'BND' | 'BOB' | 'BOV' | 'BRL' | 'BSD' | 'BTN' | 'BWP' | 'BYN' | 'BZD' | 'CAD' | 'CDF'
  | 'CHE' | 'CHF' | 'CHW' | 'CLF' | 'CLP' | 'CNY' | 'COP' | 'COU' | 'CRC' | 'CUP' | 'CVE' | 'CZK' | 'DJF'
  | 'DKK' | 'DOP' | 'DZD' | 'EGP' | 'ERN' | 'ETB' | 'EUR' | 'FJD' | 'FKP' | 'GBP' | 'GEL' | 'GHS' | 'GIP'
  | 'GMD' | 'GNF' | 'GTQ' | 'GYD' | 'HKD' | 'HNL' | 'HTG' | 'HUF' | 'IDR' | 'ILS' | 'INR' | 'IQD' | 'IRR'
  | 'ISK' | 'JMD' | 'JOD' | 'JPY' | 'KES' | 'KGS' | 'KHR' | 'KMF' | 'KPW' | 'KRW' | 'KWD' | 'KYD' | 'KZT'
  | 'LAK' | 'LBP' | 'LKR' | 'LRD' | 'LSL' | 'LYD' | 'MAD' | 'MDL' | 'MGA' | 'MKD' | 'MMK' | 'MNT' | 'MOP'
  | 'MRU' | 'MUR' | 'MVR' | 'MWK' | 'MXN' | 'MXV' | 'MYR' | 'MZN' | 'NAD' | 'NGN' | 'NIO' | 'NOK' | 'NPR'
  | 'NZD' | 'OMR' | 'PAB' | 'PEN' | 'PGK' | 'PHP' | 'PKR' | 'PLN' | 'PYG' | 'QAR' | 'RON' | 'RSD' | 'RUB'
  | 'RWF' | 'SAR' | 'SBD' | 'SCR' | 'SDG' | 'SEK' | 'SGD' | 'SHP' | 'SLE' | 'SOS' | 'SRD' | 'SSP' | 'STN'
  | 'SVC' | 'SYP' | 'SZL' | 'THB' | 'TJS' | 'TMT' | 'TND' | 'TOP' | 'TRY' | 'TTD' | 'TWD' | 'TZS' | 'UAH'
  | 'UGX' | 'USD' | 'USN' | 'UYI' | 'UYU' | 'UYW' | 'UZS' | 'VED' | 'VES' | 'VND' | 'VUV' | 'WST' | 'XAD'
  | 'XAF' | 'XCD' | 'XCG' | 'XOF' | 'XPF' | 'YER' | 'ZAR' | 'ZMW' | 'ZWG';

/**
 * The minor-unit exponent of every active ISO 4217 currency and fund code: an amount of `n` minor
 * units is `n / 10^exponent` major units (USD 2: cents; JPY 0; KWD 3: fils; CLF 4).
 *
 * Source: ISO 4217 list one as published by SIX (amendments up to no. 180, in force from
 * 2026-01-01). Codes whose minor unit is "N.A." in list one (precious metals XAU, XAG, XPD, XPT;
 * bond market units XBA–XBD; XDR, XSU, XUA, XTS, XXX) are not in the table, nor are withdrawn
 * codes such as HRK, ANG, BGN, CUC, SLL and ZWL.
 *
 * The object is frozen. Read it through {@link currencyExponent}, which validates the code, or
 * with `Object.hasOwn` first: a plain `CURRENCY_EXPONENTS[code]` also finds inherited keys.
 *
 * @example
 * ```ts
 * import { CURRENCY_EXPONENTS } from 'omnicx/core';
 * console.log(CURRENCY_EXPONENTS.KWD); // 3
 * console.log(Object.keys(CURRENCY_EXPONENTS).length); // 165
 * ```
 */
// The annotation and `satisfies` make the compiler check that the table and CurrencyCode list the
// same codes (a missing code and an extra code are both errors).
export const CURRENCY_EXPONENTS: Readonly<Record<CurrencyCode, 0 | 2 | 3 | 4>> = Object.freeze({
  AED: 2, AFN: 2, ALL: 2, AMD: 2, AOA: 2, ARS: 2, AUD: 2, AWG: 2, AZN: 2, BAM: 2,
  BBD: 2, BDT: 2, BHD: 3, BIF: 0, BMD: 2, BND: 2, BOB: 2, BOV: 2, BRL: 2, BSD: 2,
  BTN: 2, BWP: 2, BYN: 2, BZD: 2, CAD: 2, CDF: 2, CHE: 2, CHF: 2, CHW: 2, CLF: 4,
  CLP: 0, CNY: 2, COP: 2, COU: 2, CRC: 2, CUP: 2, CVE: 2, CZK: 2, DJF: 0, DKK: 2,
  DOP: 2, DZD: 2, EGP: 2, ERN: 2, ETB: 2, EUR: 2, FJD: 2, FKP: 2, GBP: 2, GEL: 2,
  GHS: 2, GIP: 2, GMD: 2, GNF: 0, GTQ: 2, GYD: 2, HKD: 2, HNL: 2, HTG: 2, HUF: 2,
  IDR: 2, ILS: 2, INR: 2, IQD: 3, IRR: 2, ISK: 0, JMD: 2, JOD: 3, JPY: 0, KES: 2,
  KGS: 2, KHR: 2, KMF: 0, KPW: 2, KRW: 0, KWD: 3, KYD: 2, KZT: 2, LAK: 2, LBP: 2,
  LKR: 2, LRD: 2, LSL: 2, LYD: 3, MAD: 2, MDL: 2, MGA: 2, MKD: 2, MMK: 2, MNT: 2,
  MOP: 2, MRU: 2, MUR: 2, MVR: 2, MWK: 2, MXN: 2, MXV: 2, MYR: 2, MZN: 2, NAD: 2,
  NGN: 2, NIO: 2, NOK: 2, NPR: 2, NZD: 2, OMR: 3, PAB: 2, PEN: 2, PGK: 2, PHP: 2,
  PKR: 2, PLN: 2, PYG: 0, QAR: 2, RON: 2, RSD: 2, RUB: 2, RWF: 0, SAR: 2, SBD: 2,
  SCR: 2, SDG: 2, SEK: 2, SGD: 2, SHP: 2, SLE: 2, SOS: 2, SRD: 2, SSP: 2, STN: 2,
  SVC: 2, SYP: 2, SZL: 2, THB: 2, TJS: 2, TMT: 2, TND: 3, TOP: 2, TRY: 2, TTD: 2,
  TWD: 2, TZS: 2, UAH: 2, UGX: 0, USD: 2, USN: 2, UYI: 0, UYU: 2, UYW: 4, UZS: 2,
  VED: 2, VES: 2, VND: 0, VUV: 0, WST: 2, XAD: 2, XAF: 0, XCD: 2, XCG: 2, XOF: 0,
  XPF: 0, YER: 2, ZAR: 2, ZMW: 2, ZWG: 2,
} satisfies Record<CurrencyCode, 0 | 2 | 3 | 4>);

/**
 * Every code of {@link CURRENCY_EXPONENTS} in alphabetical order (165 codes), frozen.
 *
 * @example
 * ```ts
 * import { CURRENCY_CODES } from 'omnicx/core';
 * const codes: readonly string[] = CURRENCY_CODES;
 * console.log(codes.includes('XCG')); // true
 * console.log(codes.includes('ANG')); // false
 * ```
 */
export const CURRENCY_CODES: readonly CurrencyCode[] = Object.freeze(
  (Object.keys(CURRENCY_EXPONENTS) as CurrencyCode[]).sort(),
);
