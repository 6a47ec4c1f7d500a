// Exhaustive search for the best sourcing of a tiny batch (lexicographic: most units, then lowest
// cost), under the same cost model as sourceOrders. Used to check the 'optimal' strategy.
import { haversineDistanceKm, type SourceOrdersOptions, type SourcingLocation, type SourcingOrder } from '../../src/inventory/index.js';

export function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  return d > 0.5 ? f + 1 : d < 0.5 ? f : f % 2 === 0 ? f : f + 1;
}

interface Line {
  readonly order: number;
  readonly sku: string;
  readonly quantity: number;
}

export function bruteForce(
  orders: readonly SourcingOrder[],
  locations: readonly SourcingLocation[],
  options: Omit<SourceOrdersOptions, 'strategy'>,
): { units: number; cost: number } {
  const cost = options.cost ?? {};
  const allowSplit = options.allowSplit ?? true;
  const allowPartial = options.allowPartial ?? true;
  const unit = orders.map((o) =>
    locations.map((l) => roundHalfEven((cost.perUnitMinor ?? 0) + (cost.perKmPerUnitMinor ?? 0) * haversineDistanceKm(o.destination, l))),
  );
  const fixed = locations.map((l) => (cost.perShipmentMinor ?? 0) + (l.handlingCostMinor ?? 0));
  const lines: Line[] = orders.flatMap((o, i) => o.lines.map((line) => ({ order: i, sku: line.sku, quantity: line.quantity })));
  const L = locations.length;
  const stock = locations.map((l) => ({ ...l.stock }));
  const capacity = locations.map((l) => l.capacity ?? Infinity);
  const alloc: number[][] = lines.map(() => new Array<number>(L).fill(0));
  let best = { units: -1, cost: Infinity };

  const evaluate = (): void => {
    let units = 0;
    let total = 0;
    for (let o = 0; o < orders.length; o++) {
      const used = new Set<number>();
      let filled = 0;
      let demand = 0;
      lines.forEach((line, i) => {
        if (line.order !== o) return;
        demand += line.quantity;
        (alloc[i] as number[]).forEach((q, l) => {
          if (q === 0) return;
          used.add(l);
          filled += q;
          total += q * (unit[o] as number[])[l]!;
        });
      });
      if (!allowSplit && used.size > 1) return;
      if (!allowPartial && filled !== 0 && filled !== demand) return;
      for (const l of used) total += fixed[l]!;
      units += filled;
    }
    if (units > best.units || (units === best.units && total < best.cost)) best = { units, cost: total };
  };

  const visit = (i: number, l: number, left: number): void => {
    if (i === lines.length) {
      evaluate();
      return;
    }
    const line = lines[i]!;
    if (l === L) {
      visit(i + 1, 0, lines[i + 1]?.quantity ?? 0);
      return;
    }
    const have = Math.min(stock[l]![line.sku] ?? 0, capacity[l]!);
    for (let q = 0; q <= Math.min(left, have); q++) {
      alloc[i]![l] = q;
      stock[l]![line.sku] = (stock[l]![line.sku] ?? 0) - q;
      capacity[l] = capacity[l]! - q;
      visit(i, l + 1, left - q);
      stock[l]![line.sku] = (stock[l]![line.sku] ?? 0) + q;
      capacity[l] = capacity[l] + q;
    }
    alloc[i]![l] = 0;
  };
  visit(0, 0, lines[0]?.quantity ?? 0);
  return best;
}

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}
