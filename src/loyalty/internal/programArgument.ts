// The programme argument of the loyalty functions: a definition (parsed with zod on every call)
// or a prepared programme. The object prepareProgram returns is deeply frozen and carries a
// non-enumerable brand, so it cannot have changed since it was validated and is used as it is.
// Any other prepared shape is validated with its schema: a copy that came through JSON,
// postMessage or a spread, even one the caller froze (Object.freeze(JSON.parse(…)), Immer's
// auto-freeze), since being frozen says nothing about where an object came from.
import type { PathKey } from '../../core/errors/OmnicxError.js';
import { parseWith } from '../../core/errors/parseWith.js';
import type { OffsetTable } from '../../core/time/internal/offsetTable.js';
import { preparedProgramSchema, programSchema, type PreparedProgram, type Program } from '../schemas.js';

export const PREPARED_KIND = 'omnicx.preparedLoyaltyProgram';

/**
 * The brand prepareProgram puts on its result (non-enumerable, so not part of its JSON and not
 * copied by JSON, structuredClone, spreads or Object.assign). A registered symbol, so that the
 * ESM and CommonJS builds recognise each other's prepared programmes. Immutable.
 */
export const PREPARED_BRAND: unique symbol = Symbol.for('omnicx.preparedLoyaltyProgram.validated') as never;

/** Whether `value` is an object returned by prepareProgram (frozen, branded). */
export function isValidatedPrepared(value: object): boolean {
  return Object.isFrozen(value) && Object.prototype.hasOwnProperty.call(value, PREPARED_BRAND);
}

export interface ProgramRead {
  readonly program: Program;
  /** The offsets of the programme's zone, when the argument was prepared. */
  readonly table: OffsetTable | undefined;
}

/** Whether `value` claims to be a prepared programme (its `kind`); readProgram checks the rest. */
export function isPreparedShape(value: unknown): value is { readonly kind: string } {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === PREPARED_KIND;
}

export function readProgram(input: unknown, path: readonly PathKey[]): ProgramRead {
  if (isPreparedShape(input)) {
    const prepared: PreparedProgram = isValidatedPrepared(input) ? (input as PreparedProgram) : parseWith(preparedProgramSchema, input, path);
    return { program: prepared.program, table: prepared.offsetTable };
  }
  return { program: parseWith(programSchema, input, path), table: undefined };
}

/**
 * Options whose `key` may hold a prepared programme: the options with the plain programme in its
 * place (so that their schema parses them as before, with the same error paths) and the prepared
 * programme's offset table.
 */
export function withPlainProgram<T>(options: T, key: string, path: readonly PathKey[]): { readonly options: T; readonly table: OffsetTable | undefined } {
  if (typeof options !== 'object' || options === null) return { options, table: undefined };
  const value = (options as Record<string, unknown>)[key];
  if (!isPreparedShape(value)) return { options, table: undefined };
  const { program, table } = readProgram(value, [...path, key]);
  return { options: { ...options, [key]: program }, table };
}
