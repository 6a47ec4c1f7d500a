import { ErrorCode, OmnicxError } from '../core/errors/OmnicxError.js';
import { parseWith } from '../core/errors/parseWith.js';
import { invalid } from '../core/internal/assert.js';
import { SafeIntegerOverflow } from './internal/arith.js';
import { compileProgram } from './internal/compile.js';
import { earnPurchase, type EarnMember } from './internal/earn.js';
import { advance, fromState, qualifiedIndex } from './internal/engine.js';
import { cartSchema, type CartInput, type EarnExplanation, type MemberState, type ProgramArgument } from './schemas.js';
import { readMemberState } from './internal/readState.js';
import { readProgram } from './internal/programArgument.js';

/**
 * Explains, before anything happens, the points a cart would earn: base points, each rule's
 * points, the tier multiplier's points, the caps that would cut the award and the rounding (the
 * same computation, to the point, as the `earn` ledger entry the purchase would produce). Use it
 * for a cart or checkout preview.
 *
 * The member's state is advanced (on a copy) to `cart.at` first, so a tier window closing before
 * then is taken into account; with `state` `null` the cart is priced for a new member (no tier
 * unless the first level's threshold is 0, first purchase, no cap used, and no zone of its own:
 * conditions with `timeZone: 'member'` are read in the programme's zone).
 *
 * @param program - the programme
 * @param state - the member's state, or `null` (never mutated)
 * @param cart - the purchase to preview ({@link cartSchema}); amounts in minor units
 * @returns an {@link EarnExplanation}; its `points` is what the purchase would earn
 * @throws {@link core!OmnicxError} `INVALID_INPUT` with path `['program', …]`, `['state', …]` (a
 *   state of another programme) or `['cart', …]` (a cart earlier than `state.asOf`, or earning
 *   more than 2^53 − 1 points); `CURRENCY_MISMATCH` (path `['cart', 'currency']`)
 *
 * @example
 * ```ts
 * import { defineProgram, explainPoints } from 'omnicx/loyalty';
 * const program = defineProgram({
 *   id: 'club', version: 1, currency: 'USD', timeZone: 'UTC',
 *   earn: {
 *     base: { points: '1', perAmountMinor: 100, rounding: 'floor' },
 *     exclude: { categories: ['giftcard'] },
 *     rules: [{ id: 'shoes-x2', type: 'multiplier', multiplier: '2', when: { categories: ['shoes'] } }],
 *   },
 * });
 * const preview = explainPoints(program, null, { at: '2026-05-01T12:00:00Z', currency: 'USD', channel: 'web', lines: [
 *   { sku: 'S1', category: 'shoes', quantity: 1, amountMinor: 4_999 },
 *   { sku: 'G1', category: 'giftcard', quantity: 1, amountMinor: 5_000 },
 * ] });
 * // base 4 999 / 100 = 49.99; ×2 adds 49.99; 99.98 floored once = 99
 * console.log(preview.points); // 99
 * console.log(preview.basePoints, preview.rules[0]?.points); // 50 49
 * console.log(preview.excludedSpendMinor); // 5000
 * ```
 */
export function explainPoints(program: ProgramArgument, state: MemberState | null, cart: CartInput): EarnExplanation {
  const { program: parsed, table } = readProgram(program, ['program']);
  const c = parseWith(cartSchema, cart, ['cart']);
  if (c.currency !== parsed.currency) {
    throw new OmnicxError(ErrorCode.CURRENCY_MISMATCH, `The cart is in ${c.currency}, the programme in ${parsed.currency}`, { path: ['cart', 'currency'] });
  }
  const cp = compileProgram(parsed, ['program'], table);
  let member: EarnMember;
  if (state === null) {
    member = { tierIndex: qualifiedIndex(cp, 0), clock: cp.clock, caps: new Map(), totals: { purchases: 0 } };
  } else {
    const current = readMemberState(state, ['state'], parsed.id);
    // As applyEvent: a cart before the state's instant would be priced with a later tier and cap usage.
    if (c.at < current.asOf) throw invalid('The cart is earlier than state.asOf', ['cart', 'at']);
    const w = fromState(cp, current);
    advance(cp, w, c.at, null);
    member = w;
  }
  try {
    return earnPurchase(cp, { at: c.at, channel: c.channel, store: c.store ?? null, lines: c.lines }, member, true) as EarnExplanation;
  } catch (error) {
    if (error instanceof SafeIntegerOverflow) throw invalid('The cart would earn more than 2^53 − 1 points', ['cart', 'lines']);
    throw error;
  }
}
