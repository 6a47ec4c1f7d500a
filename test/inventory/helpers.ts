import { isOmnicxError } from '../../src/core/errors/OmnicxError.js';

/** The code and path of the OmnicxError that fn throws. */
export function thrown(fn: () => unknown): { code: string; path: readonly (string | number)[] } {
  try {
    fn();
  } catch (error) {
    if (isOmnicxError(error)) return { code: error.code, path: error.path };
    throw error;
  }
  throw new Error('did not throw');
}
