export { expectOmnicxError as expectError } from '../support/expectOmnicxError.js';

/** Deep-frozen value, to prove that a function does not mutate its input. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** z for 95 %: Φ⁻¹(0.975) (R: qnorm(0.975)). */
export const Z95 = 1.959963984540054;

export { splitAt } from '../support/splitAt.js';
