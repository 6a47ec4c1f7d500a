import * as z from 'zod';

/** The message of a refused `"__proto__"` key: the same wherever a record is parsed. */
export const PROTO_KEY_MESSAGE = 'the key "__proto__" cannot be used here (a plain object cannot hold it as data; it would be dropped silently); use another key';

const PROTO = '__proto__';

/**
 * `z.record(key, value)` without zod's silent loss of an own `"__proto__"` key. zod's record
 * drops such a key without a word (assigning it to a plain object sets the prototype instead), so
 * a host's `{ "__proto__": … }` entry, as `JSON.parse` makes it, would vanish: a stock level, a
 * weight or a target silently ignored.
 *
 * - `'refuse'` (default): an issue at that key, for records whose keys the function writes into
 *   plain objects or looks up by name.
 * - `'keep'`: the key is checked like any other and kept as an own property of the result (in its
 *   place among the keys), for records the function reads with `Object.keys` / `Object.hasOwn`
 *   or carries through untouched.
 *
 * The input and output types are those of `z.record(key, value)`.
 */
export function recordOf<K extends z.core.$ZodRecordKey, V extends z.core.SomeType>(
  key: K,
  value: V,
  protoKey: 'refuse' | 'keep' = 'refuse',
): z.ZodType<z.output<z.ZodRecord<K, V>>, z.input<z.ZodRecord<K, V>>> {
  const record = z.record(key, value);
  const entry = z.object({ key, value });
  const schema = z.unknown().transform((input, ctx) => {
    const hasProto = typeof input === 'object' && input !== null && !Array.isArray(input) && Object.hasOwn(input, PROTO);
    if (hasProto && protoKey === 'refuse') {
      ctx.issues.push({ code: 'custom', message: PROTO_KEY_MESSAGE, input, path: [PROTO] });
      return z.NEVER;
    }
    const parsed = record.safeParse(input);
    let protoValue: unknown;
    let ok = parsed.success;
    if (!parsed.success) for (const issue of parsed.error.issues) ctx.issues.push({ ...issue, input: undefined });
    if (hasProto) {
      const checked = entry.safeParse({ key: PROTO, value: (input as Record<string, unknown>)[PROTO] });
      if (checked.success) protoValue = (checked.data as unknown as { value: unknown }).value;
      else {
        ok = false;
        for (const issue of checked.error.issues) ctx.issues.push({ ...issue, input: undefined, path: [PROTO, ...issue.path.slice(1)] });
      }
    }
    if (!ok || !parsed.success) return z.NEVER;
    if (!hasProto) return parsed.data;
    // Rebuilt in the input's key order, the "__proto__" entry defined as an own data property.
    const out: Record<string, unknown> = {};
    const data = parsed.data as Record<string, unknown>;
    for (const k of Object.keys(input)) {
      if (k === PROTO) Object.defineProperty(out, PROTO, { value: protoValue, enumerable: true, writable: true, configurable: true });
      else if (Object.hasOwn(data, k)) out[k] = data[k];
    }
    return out;
  });
  return schema as unknown as z.ZodType<z.output<z.ZodRecord<K, V>>, z.input<z.ZodRecord<K, V>>>;
}
