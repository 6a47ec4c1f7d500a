export { ROUNDING_MODES, roundingModeSchema, type RoundingMode } from './RoundingMode.js';
export { roundDecimal } from './roundDecimal.js';
export type { DecimalInput } from '../internal/decimal.js';
