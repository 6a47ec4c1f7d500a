import * as z from 'zod';

/**
 * `schema` with a read-only output: what zod's `.readonly()` gives (the same `MakeReadonly` type,
 * a frozen result), without its defect. zod's `.readonly()` freezes whatever value it was
 * given, even when the inner schema refused it: an object passed where a list is expected, or a
 * list where an object is expected, came back frozen from a failed parse, so a host's invalid
 * input was changed by validating it (and a typed array with elements made `Object.freeze` throw
 * a TypeError out of `safeParse`). Here the result is frozen only when the inner schema accepted
 * the value, and then it is zod's own copy (arrays, tuples and objects are rebuilt by parsing),
 * never the caller's.
 *
 * The input type is read-only as well, so a host's `readonly` arrays are accepted as before.
 */
export function readonlyOf<T extends z.ZodType>(schema: T): z.ZodType<z.core.util.MakeReadonly<z.output<T>>, z.core.util.MakeReadonly<z.input<T>>> {
  return schema.transform((value) => Object.freeze(value)) as unknown as z.ZodType<z.core.util.MakeReadonly<z.output<T>>, z.core.util.MakeReadonly<z.input<T>>>;
}
