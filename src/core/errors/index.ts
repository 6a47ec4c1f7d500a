export { ErrorCode, OmnicxError, isOmnicxError, type OmnicxErrorOptions, type PathKey } from './OmnicxError.js';
export { parseWith } from './parseWith.js';
