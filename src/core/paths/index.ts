export { encodePaths, type EncodePathsOptions } from './encodePaths.js';
export { encodedPathsSchema, pathRecordSchema, type EncodedPaths, type PathRecord } from './schemas.js';
