import type { PathKey } from '../errors/OmnicxError.js';
import { assertObject, describe, invalid } from '../internal/assert.js';
import type { Money } from './Money.js';
import { majorString } from './internal/majorString.js';
import { exponentOf, readMoney } from './internal/read.js';

/**
 * Display options of {@link formatMoney}; each maps to the `Intl.NumberFormat` option of the same
 * name. The number of decimals is not an option: it is always the currency's exponent. An
 * `undefined` value means the default.
 */
export interface FormatMoneyOptions {
  /** `'symbol'` ($, default), `'narrowSymbol'`, `'code'` (USD) or `'name'` (US dollars). */
  readonly currencyDisplay?: 'symbol' | 'narrowSymbol' | 'code' | 'name' | undefined;
  /** `'standard'` (−$5.00, default) or `'accounting'` (($5.00) in locales that use parentheses). */
  readonly currencySign?: 'standard' | 'accounting' | undefined;
  /** `'auto'` (default), `'never'`, `'always'`, `'exceptZero'` or `'negative'`. */
  readonly signDisplay?: 'auto' | 'never' | 'always' | 'exceptZero' | 'negative' | undefined;
  /** Digit grouping (thousands separators); default `true`. */
  readonly useGrouping?: boolean | undefined;
}

const ALLOWED: { readonly [K in keyof FormatMoneyOptions]-?: readonly unknown[] } = {
  currencyDisplay: ['symbol', 'narrowSymbol', 'code', 'name'],
  currencySign: ['standard', 'accounting'],
  signDisplay: ['auto', 'never', 'always', 'exceptZero', 'negative'],
  useGrouping: [true, false],
};

/** `Intl.NumberFormat.prototype.format` accepts decimal strings (ES2023, Node ≥ 19); lib ES2022 does not say so. */
interface FormatsDecimalStrings {
  format(value: string): string;
}

/**
 * Formats a {@link Money} for people with `Intl.NumberFormat` in currency style, with exactly
 * the currency's exponent as the number of decimals (USD 2, JPY 0, KWD 3).
 *
 * Exact for every safe amount: the amount is passed to `Intl.NumberFormat` as a decimal string
 * (built from the integer minor units, see {@link toMajorString}), never as a float, so
 * `{ amountMinor: 9007199254740991, currency: 'USD' }` prints `$90,071,992,547,409.91`. This
 * needs an engine whose `format` accepts strings (ECMA-402 2023: Node ≥ 19 and current browsers).
 *
 * @param money - a valid Money
 * @param locale - a BCP 47 tag or a list of them; default: the host's default locale, so pass one
 *   whenever the output must be stable (tests, receipts)
 * @param options - see {@link FormatMoneyOptions}; unknown keys are rejected
 * @returns the formatted amount, e.g. `'$1,234.50'` (en-US), `'1.234,50 €'` (de-DE), `'￥1,200'` (ja-JP)
 * @throws {@link OmnicxError} `INVALID_INPUT` / `NOT_SAFE_INTEGER` / `UNKNOWN_CURRENCY` with a path
 *   under `['money']`; `INVALID_INPUT` with path `['locale']` for a malformed locale and
 *   `['options', key]` for a bad or unknown option
 *
 * @example
 * ```ts
 * import { formatMoney } from 'omnicx/core';
 * console.log(formatMoney({ amountMinor: 123450, currency: 'USD' }, 'en-US')); // '$1,234.50'
 * console.log(formatMoney({ amountMinor: 1200, currency: 'JPY' }, 'en-US')); // '¥1,200'
 * console.log(formatMoney({ amountMinor: -1500, currency: 'KWD' }, 'en-US', { currencyDisplay: 'name' })); // '-1.500 Kuwaiti dinars'
 * console.log(formatMoney({ amountMinor: -500, currency: 'USD' }, 'en-US', { currencySign: 'accounting' })); // '($5.00)'
 * console.log(formatMoney({ amountMinor: 9007199254740991, currency: 'USD' }, 'en-US')); // '$90,071,992,547,409.91'
 * ```
 */
export function formatMoney(money: Money, locale?: string | readonly string[], options?: FormatMoneyOptions): string {
  const { amountMinor, currency } = readMoney(money, ['money']);
  const locales = readLocale(locale);
  // signDisplay 'negative' is ES2023; lib ES2022's NumberFormatOptions does not list it.
  const display = readOptions(options, ['options']) as Intl.NumberFormatOptions;
  const exponent = exponentOf(currency);
  const formatter = new Intl.NumberFormat(locales, {
    ...display,
    style: 'currency',
    currency,
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  });
  return (formatter as unknown as FormatsDecimalStrings).format(majorString(amountMinor, exponent));
}

function readLocale(locale: unknown): string[] | undefined {
  if (locale === undefined) return undefined;
  const tags: readonly unknown[] = Array.isArray(locale) ? locale : [locale];
  const bad = () =>
    invalid(`locale must be a BCP 47 language tag such as 'en-US' or a list of them, got ${describe(locale)}`, ['locale']);
  if (!tags.every((tag) => typeof tag === 'string')) throw bad();
  try {
    return Intl.getCanonicalLocales(tags);
  } catch {
    throw bad();
  }
}

function readOptions(options: unknown, path: readonly PathKey[]): FormatMoneyOptions {
  if (options === undefined) return {};
  assertObject(options, path, 'options');
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    const allowed = Object.hasOwn(ALLOWED, key) ? ALLOWED[key as keyof FormatMoneyOptions] : undefined;
    if (allowed === undefined) {
      throw invalid(`options.${key} is not a formatMoney option (allowed: ${Object.keys(ALLOWED).join(', ')})`, [...path, key]);
    }
    if (value === undefined) continue;
    if (!allowed.includes(value)) {
      throw invalid(`options.${key} must be one of ${allowed.map(String).join(', ')}, got ${describe(value)}`, [...path, key]);
    }
    result[key] = value;
  }
  return result;
}
