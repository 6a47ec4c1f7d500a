// Runtime support for doc examples: compares a printed value with the literal written in the
// example's trailing comment. Numbers match when they agree to the digits written in the
// comment (a comment that says 0.2775 accepts 0.27753...). Plain, dependency-free code: it is
// copied next to the examples in a temporary project.
function decimalsOf(n: number): number {
  const text = String(n);
  const exp = /e([+-]\d+)$/.exec(text);
  const mantissa = text.replace(/e[+-]\d+$/, '');
  const dot = mantissa.indexOf('.');
  const decimals = dot === -1 ? 0 : mantissa.length - dot - 1;
  return decimals - (exp ? Number(exp[1]) : 0);
}

function close(actual: number, expected: number): boolean {
  if (Object.is(actual, expected)) return true;
  if (!Number.isFinite(expected)) return false;
  // A whole number in a comment means that number, up to floating-point noise (0.9999999999999998
  // is 1), not anything that rounds to it.
  if (Number.isInteger(expected) && !String(expected).includes('e')) {
    return Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected));
  }
  const tolerance = 0.5 * 10 ** -decimalsOf(expected) * (1 + 1e-9) + Number.EPSILON * Math.abs(expected) * 4;
  return Math.abs(actual - expected) <= tolerance;
}

export function matches(actual: unknown, expected: unknown): boolean {
  // A printed string is compared by what it shows: console.log(x.toFixed(2)); // 86.86
  if (typeof actual === 'string' && typeof expected !== 'string') {
    if (typeof expected === 'number') return actual.trim() !== '' && close(Number(actual), expected);
    try {
      return matches(JSON.parse(actual) as unknown, expected);
    } catch {
      return false;
    }
  }
  if (typeof expected === 'number') return typeof actual === 'number' && close(actual, expected);
  if (expected === null || typeof expected !== 'object') return Object.is(actual, expected);
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) && !ArrayBuffer.isView(actual)) return false;
    const list = Array.from(actual as ArrayLike<unknown>);
    return list.length === expected.length && expected.every((e, i) => matches(list[i], e));
  }
  if (actual === null || typeof actual !== 'object') return false;
  const a = actual as Record<string, unknown>;
  const e = expected as Record<string, unknown>;
  const keys = Object.keys(e);
  const actualKeys = Object.keys(a).filter((k) => a[k] !== undefined);
  return keys.length === actualKeys.length && keys.every((k) => matches(a[k], e[k]));
}

export function __expectExample(actual: unknown, expected: unknown, where: string): void {
  console.log(actual);
  if (!matches(actual, expected)) {
    console.error(`✗ ${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    process.exitCode = 1;
  }
}
