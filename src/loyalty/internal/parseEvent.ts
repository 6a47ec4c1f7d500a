// Event validation. zod is the reference (loyaltyEventSchema), but running it on a million
// purchases would dominate a replay, so well-formed purchases with numeric instants are checked
// by hand here; anything the fast check does not accept is handed to zod, which either returns
// the parsed event or throws the precise error. The fast path only accepts what zod accepts.
import { ErrorCode, OmnicxError } from '../../core/errors/OmnicxError.js';
import { parseWith } from '../../core/errors/parseWith.js';
import { isCurrencyCode } from '../../core/money/isCurrencyCode.js';
import { loyaltyEventSchema, type LoyaltyEvent } from '../schemas.js';
import { eventPath } from './engine.js';

const MAX_INSTANT = 8_640_000_000_000_000;

function text(value: unknown): boolean {
  return typeof value === 'string' && value.length > 0;
}

function fastPurchase(raw: Record<string, unknown>, currency: string): boolean {
  const at = raw.at;
  if (!(typeof at === 'number' && Number.isSafeInteger(at) && Math.abs(at) <= MAX_INSTANT)) return false;
  // The programme's currency is a valid code: equality spares the lookup.
  if (!text(raw.id) || !text(raw.memberId) || !text(raw.channel) || (raw.currency !== currency && !isCurrencyCode(raw.currency))) return false;
  if (raw.store !== undefined && !text(raw.store)) return false;
  const lines = raw.lines;
  if (!Array.isArray(lines) || lines.length === 0) return false;
  // The total must stay a safe integer (zod refuses it with the precise message).
  let total = 0;
  for (const line of lines as unknown[]) {
    if (typeof line !== 'object' || line === null) return false;
    const l = line as Record<string, unknown>;
    if (!text(l.sku) || !text(l.category)) return false;
    const q = l.quantity;
    const a = l.amountMinor;
    if (!(typeof q === 'number' && Number.isSafeInteger(q) && q > 0)) return false;
    if (!(typeof a === 'number' && Number.isSafeInteger(a) && a >= 0)) return false;
    total += a;
  }
  return total <= Number.MAX_SAFE_INTEGER;
}

/**
 * Parses one event; throws OmnicxError with the path of the bad field under the event's path
 * (`['events', index]`, or `['event']` for a negative index).
 */
export function parseEvent(raw: unknown, index: number, currency: string): LoyaltyEvent {
  let event: LoyaltyEvent;
  if (typeof raw === 'object' && raw !== null && (raw as { type?: unknown }).type === 'purchase' && fastPurchase(raw as Record<string, unknown>, currency)) {
    event = raw as LoyaltyEvent;
  } else {
    event = parseWith(loyaltyEventSchema, raw, eventPath(index));
  }
  if (event.type === 'purchase' && event.currency !== currency) {
    throw new OmnicxError(ErrorCode.CURRENCY_MISMATCH, `Purchase ${JSON.stringify(event.id)} is in ${event.currency}, the programme in ${currency}`, {
      path: [...eventPath(index), 'currency'],
    });
  }
  return event;
}
