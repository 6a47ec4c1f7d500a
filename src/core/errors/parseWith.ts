import type * as z from 'zod';
import { ErrorCode, OmnicxError } from './OmnicxError.js';

/**
 * Parses `data` with a zod schema and returns the parsed value, or throws an
 * {@link OmnicxError} with code `INVALID_INPUT`, the path of the first issue and every zod issue
 * (for an unknown key of a strict object, the path ends with that key).
 *
 * Use it at a boundary when you want omnicx's error type; use `schema.safeParse` when you would
 * rather not throw.
 *
 * @param schema - any zod 4 schema
 * @param data - the untrusted value
 * @param basePath - keys prefixed to every issue path (the argument's position in a larger call)
 * @throws {@link OmnicxError} `INVALID_INPUT` when the data does not match (or `schema` is not a
 *   zod schema, or `basePath` not an array)
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { parseWith } from 'omnicx/core';
 * const quantity = parseWith(z.number().int().nonnegative(), 3);
 * console.log(quantity); // 3
 * ```
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  data: unknown,
  basePath: readonly (string | number)[] = [],
): z.output<S> {
  if (typeof (schema as { safeParse?: unknown } | null | undefined)?.safeParse !== 'function') {
    throw new OmnicxError(ErrorCode.INVALID_INPUT, 'schema must be a zod schema', { path: ['schema'] });
  }
  const base: unknown = basePath;
  if (!Array.isArray(base)) {
    throw new OmnicxError(ErrorCode.INVALID_INPUT, 'basePath must be an array of property names and indices', { path: ['basePath'] });
  }
  let result: ReturnType<S['safeParse']>;
  try {
    result = schema.safeParse(data) as ReturnType<S['safeParse']>;
  } catch (error) {
    // zod can throw out of safeParse: `.readonly()` freezes the value it was given even when the
    // inner schema refused it, and freezing a typed array with elements is a TypeError (zod 4.1).
    const where = basePath.length === 0 ? 'input' : basePath.join('.');
    throw new OmnicxError(ErrorCode.INVALID_INPUT, `Invalid ${where}: ${error instanceof Error ? error.message : String(error)} (expected plain data: objects, arrays, strings, numbers, booleans, null)`, {
      path: [...basePath],
      cause: error,
    });
  }
  if (result.success) return result.data as z.output<S>;
  const issues = result.error.issues;
  const first = issues[0];
  const path = [...basePath, ...(first?.path ?? []).map((key) => (typeof key === 'symbol' ? String(key) : key))];
  // An unknown key of a strict object: the path names the key itself, not only its object.
  if (first?.code === 'unrecognized_keys' && first.keys[0] !== undefined) path.push(first.keys[0]);
  const where = path.length === 0 ? 'input' : path.join('.');
  throw new OmnicxError(ErrorCode.INVALID_INPUT, `Invalid ${where}: ${first?.message ?? 'does not match the schema'}`, {
    path,
    issues,
  });
}
