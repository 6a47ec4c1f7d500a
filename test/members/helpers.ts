
export { expectOmnicxError } from '../support/expectOmnicxError.js';

export const DAY = 86_400_000;
/** 2026-01-05T00:00:00Z, a Monday. */
export const MONDAY = Date.UTC(2026, 0, 5);
