import * as z from 'zod';
import { programSchema } from './schemas.js';

/**
 * The JSON Schema (draft 2020-12) of a programme definition, for backends not written in
 * TypeScript: it describes the input accepted by {@link defineProgram} (defaulted fields are
 * optional; instants are ISO 8601 strings with an offset or epoch milliseconds). Cross-field
 * rules (unique ids, caps naming known rules) are not expressible in JSON Schema and are checked
 * by {@link defineProgram} only.
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
  return z.toJSONSchema(programSchema, { io: 'input', unrepresentable: 'any' });
}
