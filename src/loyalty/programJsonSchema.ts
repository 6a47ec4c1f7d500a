import * as z from 'zod';
import { CURRENCY_EXPONENTS } from '../core/money/currencies.js';
import { currencyCodeSchema } from '../core/money/Money.js';
import { MAX_INSTANT } from '../core/time/internal/civil.js';
import { instantSchema } from '../core/time/instantSchema.js';
import { programSchema } from './schemas.js';

// The ISO 8601 date-times with an offset that toInstant reads (core/time/internal/instant.ts):
// JSON Schema cannot check the calendar (30 February), but it can check the form.
const INSTANT_PATTERN =
  '^([+-]\\d{6}|\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?([Zz]|[+-]\\d{2}(?::\\d{2}(?::\\d{2})?|\\d{4}|\\d{2})?)$';

// Patterns that every validator reads as JavaScript does: `\d` is [0-9] in JavaScript but any
// Unicode digit in Python's `re`, and `$` also matches before a final newline there.
function portable(pattern: string): string {
  return pattern.replaceAll('\\d', '[0-9]').replace(/\$$/, '(?![\\s\\S])');
}

/**
 * The JSON Schema (draft 2020-12) of a programme definition, for backends not written in
 * TypeScript: it describes the input accepted by {@link defineProgram} (defaulted fields are
 * optional; instants are ISO 8601 strings with an offset or epoch milliseconds; currencies are
 * the active ISO 4217 codes). Cross-field rules (unique ids, caps naming known rules), the
 * calendar validity of instants (30 February), time zone names (the runtime's `Intl` decides)
 * and the reserved level id `'__proto__'` are not in the JSON Schema and are checked by
 * {@link defineProgram} only.
 *
 * @returns a new JSON Schema object (plain data)
 *
 * @example
 * ```ts
 * import { programJsonSchema } from 'omnicx/loyalty';
 * const schema = programJsonSchema();
 * console.log(schema.type); // 'object'
 * console.log(Array.isArray(schema.required) && schema.required.includes('earn')); // true
 * ```
 */
export function programJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(programSchema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const json = ctx.jsonSchema as Record<string, unknown>;
      if (ctx.zodSchema === (instantSchema as unknown)) {
        // A JSON document holds no Date: an instant is a string with an offset or whole epoch ms
        // (zod gives { anyOf: [string, number, {}] }, whose {} accepts anything).
        json.anyOf = [
          { type: 'string', pattern: INSTANT_PATTERN },
          { type: 'integer', minimum: -MAX_INSTANT, maximum: MAX_INSTANT },
        ];
      } else if (ctx.zodSchema === (currencyCodeSchema as unknown)) {
        json.enum = Object.keys(CURRENCY_EXPONENTS).sort();
      }
      for (const branch of [json, ...((json.anyOf as Record<string, unknown>[] | undefined) ?? [])]) {
        if (typeof branch.pattern === 'string') branch.pattern = portable(branch.pattern);
      }
    },
  });
}
