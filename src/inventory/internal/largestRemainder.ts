// Largest-remainder (Hamilton) apportionment in exact integer arithmetic.

/**
 * Splits `total` units in proportion to integer `weights` (total ≤ Σ weights): each part gets
 * ⌊total·wᵢ/Σw⌋ and the units left over go, one each, to the largest remainders (ties: the order
 * given by `tieOrder`, smaller first). Products are formed in BigInt so nothing is rounded.
 * Returns the floors and which parts received one extra unit. A part never exceeds its weight.
 */
export function largestRemainder(
  total: number,
  weights: readonly number[],
  tieOrder: readonly number[],
): { readonly base: number[]; readonly extra: boolean[] } {
  const n = weights.length;
  const base = new Array<number>(n).fill(0);
  const extra = new Array<boolean>(n).fill(false);
  // Σw may pass 2^53 (each weight is a safe integer): summed in BigInt so the shares stay exact.
  let s = 0n;
  for (const w of weights) s += BigInt(w);
  if (total <= 0 || s === 0n) return { base, extra };
  const t = BigInt(total);
  const remainders = new Array<bigint>(n);
  let given = 0;
  for (let i = 0; i < n; i++) {
    const product = t * BigInt(weights[i] as number);
    const floor = Number(product / s);
    base[i] = floor;
    given += floor;
    remainders[i] = product % s;
  }
  const order = Array.from({ length: n }, (_, i) => i).filter((i) => (remainders[i] as bigint) > 0n);
  order.sort((a, b) => {
    const ra = remainders[a] as bigint;
    const rb = remainders[b] as bigint;
    if (ra !== rb) return ra > rb ? -1 : 1;
    return (tieOrder[a] as number) - (tieOrder[b] as number);
  });
  for (let k = 0; k < total - given; k++) extra[order[k] as number] = true;
  return { base, extra };
}
