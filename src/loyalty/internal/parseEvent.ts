// Event validation. zod is the reference (loyaltyEventSchema), but running it on a million
// purchases would dominate a replay, so well-formed purchases are checked by hand here (their
// instant read by core's own reader, as the schema does: epoch ms, ISO 8601 with offset or a
// Date); anything the fast check does not accept is handed to zod, which either returns the
// parsed event or throws the precise error. The fast path only accepts what zod accepts.
import { ErrorCode, OmnicxError } from '../../core/errors/OmnicxError.js';
import { parseWith } from '../../core/errors/parseWith.js';
import { isCurrencyCode } from '../../core/money/isCurrencyCode.js';
import { readInstant } from '../../core/time/internal/instant.js';
import { loyaltyEventSchema, type LoyaltyEvent } from '../schemas.js';
import { eventPath } from './engine.js';

function text(value: unknown): boolean {
  return typeof value === 'string' && value.length > 0;
}

/** The purchase's instant in epoch ms when the fast check accepts it, else NaN. */
function fastPurchase(raw: Record<string, unknown>, currency: string): number {
  const instant = readInstant(raw.at);
  if (!instant.ok) return Number.NaN;
  // The programme's currency is a valid code: equality spares the lookup.
  if (!text(raw.id) || !text(raw.memberId) || !text(raw.channel) || (raw.currency !== currency && !isCurrencyCode(raw.currency))) return Number.NaN;
  if (raw.store !== undefined && !text(raw.store)) return Number.NaN;
  const lines = raw.lines;
  if (!Array.isArray(lines) || lines.length === 0) return Number.NaN;
  // The total must stay a safe integer (zod refuses it with the precise message).
  let total = 0;
  for (const line of lines as unknown[]) {
    if (typeof line !== 'object' || line === null) return Number.NaN;
    const l = line as Record<string, unknown>;
    if (!text(l.sku) || !text(l.category)) return Number.NaN;
    const q = l.quantity;
    const a = l.amountMinor;
    if (!(typeof q === 'number' && Number.isSafeInteger(q) && q > 0)) return Number.NaN;
    if (!(typeof a === 'number' && Number.isSafeInteger(a) && a >= 0)) return Number.NaN;
    total += a;
  }
  return total <= Number.MAX_SAFE_INTEGER ? instant.instant : Number.NaN;
}

/**
 * Parses one event; throws OmnicxError with the path of the bad field under the event's path
 * (`['events', index]`, or `['event']` for a negative index).
 */
export function parseEvent(raw: unknown, index: number, currency: string): LoyaltyEvent {
  let event: LoyaltyEvent;
  const at = typeof raw === 'object' && raw !== null && (raw as { type?: unknown }).type === 'purchase' ? fastPurchase(raw as Record<string, unknown>, currency) : Number.NaN;
  if (!Number.isNaN(at)) {
    // A numeric instant is used as it is; otherwise (ISO text, a Date, -0) a shallow copy holds
    // it in epoch ms, sharing the caller's lines (only read).
    event = (Object.is(at, (raw as { at: unknown }).at) ? raw : { ...(raw as object), at }) as LoyaltyEvent;
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
