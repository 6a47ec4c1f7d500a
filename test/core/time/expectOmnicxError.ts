
export { expectOmnicxError } from '../../support/expectOmnicxError.js';

/** 3 600 000 ms. */
export const HOUR = 3_600_000;
/** 86 400 000 ms. */
export const DAY = 86_400_000;
