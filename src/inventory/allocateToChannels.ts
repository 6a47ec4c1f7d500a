import { parseWith } from '../core/errors/parseWith.js';
import { largestRemainder } from './internal/largestRemainder.js';
import {
  allocateToChannelsOptionsSchema,
  channelDemandsSchema,
  type AllocateToChannelsOptions,
  type ChannelAllocationMethod,
  type ChannelDemand,
} from './schemas.js';
import * as z from 'zod';

/** Why units went to a channel. */
export type AllocationReason = 'minimum' | 'priority' | 'share' | 'remainder' | 'fairShare';

/** What one channel received, in units, with the reason of each unit. */
export interface ChannelAllocation {
  readonly channelId: string;
  /** The channel's demand as given. */
  readonly demand: number;
  readonly allocated: number;
  /** Units by reason; only reasons with units > 0, in the order they were granted. */
  readonly reasons: readonly { readonly units: number; readonly reason: AllocationReason }[];
}

/** Result of {@link allocateToChannels}. */
export interface ChannelAllocationResult {
  readonly method: ChannelAllocationMethod;
  /** The quantity to split. */
  readonly quantity: number;
  /** Units allocated in total: min(quantity, Σ min(demand, max)). */
  readonly allocated: number;
  /** quantity − allocated: units no channel wanted. */
  readonly unallocated: number;
  /** One entry per channel, in the input order. */
  readonly channels: readonly ChannelAllocation[];
}

const quantitySchema = z.int().nonnegative();

/**
 * Splits a limited quantity between channels (web, stores, marketplaces) in whole units.
 *
 * Every channel's ceiling is `u = min(demand, max)` (`max` defaults to no cap): no channel ever
 * gets more than it asked for. The total allocated is `A = min(quantity, Σu)`; the rest is
 * `unallocated`. Methods:
 *
 * - `'priority'`: channels by `priority` (default 0, **higher first**, ties by id), each filled to
 *   its ceiling while units remain. Reason `'priority'`.
 * - `'demandShare'`: largest-remainder (Hamilton) apportionment of `A` in proportion to `u`: channel
 *   i gets ⌊A·uᵢ/Σu⌋ (reason `'share'`) and the units left over go one each to the largest
 *   fractional remainders, **ties broken by id** (reason `'remainder'`). The parts are integers
 *   that sum exactly to `A` (the method of dinero.js `allocate`; Balinski & Young, "Fair
 *   Representation", 1982).
 * - `'fairShare'`: equal shares up to each ceiling (water-filling / max-min fairness, Bertsekas &
 *   Gallager, "Data Networks", 1992, §6.5.2): the largest whole level L with Σ min(uᵢ, L) ≤ A, each
 *   channel getting min(uᵢ, L) (reason `'fairShare'`); the fewer-than-one-per-channel units left go
 *   one each to the channels still below their ceiling, by priority (higher first) then id
 *   (reason `'remainder'`).
 * - `'minimumsThenShare'`: first each channel's guaranteed `min` (capped at its ceiling; reason
 *   `'minimum'`) — when the minimums exceed `A` they are themselves cut down by largest remainder
 *   in proportion to the minimums; then what is left is split by `'demandShare'` on the remaining
 *   demand `uᵢ − minᵢ`. `min` is ignored by the other methods.
 *
 * @param quantity - units to split, a non-negative safe integer
 * @param channels - channels with unique ids; never mutated
 * @param options - `method` (required)
 * @returns per-channel allocations with the reason of each unit, and the unallocated quantity
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a negative or fractional quantity or demand
 *   (path e.g. `['channels', 1, 'demand']`), a duplicate channel id, min > max, or an unknown method
 *
 * @example
 * ```ts
 * import { allocateToChannels } from 'omnicx/inventory';
 * const channels = [
 *   { id: 'web', demand: 50, priority: 2 },
 *   { id: 'store', demand: 30, min: 10 },
 *   { id: 'marketplace', demand: 20 },
 * ];
 * // 10 · 50/100 = 5, 10 · 30/100 = 3, 10 · 20/100 = 2: no remainder
 * const share = allocateToChannels(10, channels, { method: 'demandShare' });
 * console.log(share.channels.map((c) => c.allocated)); // [5, 3, 2]
 * console.log(allocateToChannels(10, channels, { method: 'priority' }).channels.map((c) => c.allocated)); // [10, 0, 0]
 * console.log(allocateToChannels(10, channels, { method: 'fairShare' }).channels.map((c) => c.allocated)); // [4, 3, 3]
 * // store's minimum of 10 first, then nothing is left
 * console.log(allocateToChannels(10, channels, { method: 'minimumsThenShare' }).channels[1]?.reasons); // [{ units: 10, reason: 'minimum' }]
 * ```
 */
export function allocateToChannels(
  quantity: number,
  channels: readonly ChannelDemand[],
  options: AllocateToChannelsOptions,
): ChannelAllocationResult {
  const total = parseWith(quantitySchema, quantity, ['quantity']);
  const list = parseWith(channelDemandsSchema, channels, ['channels']);
  const { method } = parseWith(allocateToChannelsOptionsSchema, options, ['options']);
  const n = list.length;
  const ceiling = list.map((c) => (c.max === undefined ? c.demand : Math.min(c.demand, c.max)));
  const wanted = ceiling.reduce((a, b) => a + b, 0);
  const target = Math.min(total, wanted);
  const reasons: { units: number; reason: AllocationReason }[][] = list.map(() => []);
  const give = (i: number, units: number, reason: AllocationReason): void => {
    if (units > 0) (reasons[i] as { units: number; reason: AllocationReason }[]).push({ units, reason });
  };
  const idOrder = rankBy(list, (a, b) => compareStrings(a.id, b.id));
  const priorityOrder = rankBy(list, (a, b) => (b.priority ?? 0) - (a.priority ?? 0) || compareStrings(a.id, b.id));

  const share = (units: number, weights: readonly number[], baseReason: AllocationReason): void => {
    const { base, extra } = largestRemainder(units, weights, idOrder);
    for (let i = 0; i < n; i++) {
      give(i, base[i] as number, baseReason);
      if (extra[i] === true) give(i, 1, 'remainder');
    }
  };

  if (method === 'priority') {
    let left = target;
    for (const i of sortedIndices(priorityOrder)) {
      const units = Math.min(left, ceiling[i] as number);
      give(i, units, 'priority');
      left -= units;
    }
  } else if (method === 'demandShare') {
    share(target, ceiling, 'share');
  } else if (method === 'fairShare') {
    const caps = ceiling.slice().sort((a, b) => a - b);
    let level = 0;
    let left = target;
    for (let k = 0; k < n; k++) {
      const active = n - k;
      const need = ((caps[k] as number) - level) * active;
      if (need <= left) {
        left -= need;
        level = caps[k] as number;
      } else {
        const step = Math.floor(left / active);
        level += step;
        left -= step * active;
        break;
      }
    }
    for (let i = 0; i < n; i++) give(i, Math.min(ceiling[i] as number, level), 'fairShare');
    for (const i of sortedIndices(priorityOrder)) {
      if (left === 0) break;
      if ((ceiling[i] as number) > level) {
        give(i, 1, 'remainder');
        left -= 1;
      }
    }
  } else {
    const minimums = list.map((c, i) => Math.min(c.min ?? 0, ceiling[i] as number));
    const minimumTotal = minimums.reduce((a, b) => a + b, 0);
    if (minimumTotal >= target) {
      share(target, minimums, 'minimum');
    } else {
      for (let i = 0; i < n; i++) give(i, minimums[i] as number, 'minimum');
      share(
        target - minimumTotal,
        ceiling.map((u, i) => u - (minimums[i] as number)),
        'share',
      );
    }
  }

  const result = list.map((c, i) => {
    const rs = reasons[i] as { units: number; reason: AllocationReason }[];
    return { channelId: c.id, demand: c.demand, allocated: rs.reduce((a, r) => a + r.units, 0), reasons: rs };
  });
  const allocated = result.reduce((a, c) => a + c.allocated, 0);
  return { method, quantity: total, allocated, unallocated: total - allocated, channels: result };
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** rank[i] = position of item i when sorted by `compare`. */
function rankBy<T>(items: readonly T[], compare: (a: T, b: T) => number): number[] {
  const order = items.map((_, i) => i).sort((a, b) => compare(items[a] as T, items[b] as T));
  const rank = new Array<number>(items.length);
  order.forEach((i, position) => (rank[i] = position));
  return rank;
}

function sortedIndices(rank: readonly number[]): number[] {
  const order = new Array<number>(rank.length);
  rank.forEach((position, i) => (order[position] = i));
  return order;
}
