// The whole-log fold shared by replay and simulateProgram: parse, drop duplicate ids, group by
// member, sort each member's events by (at, id), fold, advance to asOf.
import { invalid } from '../../core/internal/assert.js';
import type { DuplicateEvent, LedgerEntry, ReplayResult } from '../schemas.js';
import type { CompiledProgram } from './compile.js';
import { advance, applyToWork, enrol, toState, type EventItem, type Work } from './engine.js';
import { parseEvent } from './parseEvent.js';

export interface Item extends EventItem {
  readonly index: number;
}

function byTimeThenId(a: Item, b: Item): number {
  return a.event.at - b.event.at || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0);
}

// Among copies of one id, the one kept must not depend on input order: the earliest, then the
// smallest serialisation.
function preferred(a: Item, b: Item): boolean {
  if (a.event.at !== b.event.at) return a.event.at < b.event.at;
  return JSON.stringify(a.event) <= JSON.stringify(b.event);
}

export function replayCompiled(cp: CompiledProgram, items: readonly Item[], asOf: number | undefined, withLedger: boolean): ReplayResult {
  const kept = new Map<string, Item>();
  const duplicates: DuplicateEvent[] = [];
  let latest = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const e = item.event;
    if (e.at > latest) latest = e.at;
    const other = kept.get(e.id);
    if (other === undefined) {
      kept.set(e.id, item);
      continue;
    }
    const [keep, drop] = preferred(other, item) ? [other, item] : [item, other];
    kept.set(e.id, keep);
    duplicates.push({ eventId: drop.event.id, memberId: drop.event.memberId, at: drop.event.at, index: drop.index });
  }
  const end = asOf ?? (latest === Number.NEGATIVE_INFINITY ? 0 : latest);
  const byMember = new Map<string, Item[]>();
  for (const item of kept.values()) {
    if (item.event.at > end) throw invalid(`Event ${JSON.stringify(item.event.id)} is after options.asOf`, [...item.path, 'at']);
    const list = byMember.get(item.event.memberId);
    if (list === undefined) byMember.set(item.event.memberId, [item]);
    else list.push(item);
  }
  const memberIds = [...byMember.keys()].sort();
  const ledger: LedgerEntry[] = [];
  const sink = withLedger ? ledger : null;
  const members = memberIds.map((memberId) => {
    const list = byMember.get(memberId) ?? [];
    let sorted = true;
    for (let i = 1; i < list.length && sorted; i++) sorted = byTimeThenId(list[i - 1] as Item, list[i] as Item) <= 0;
    if (!sorted) list.sort(byTimeThenId);
    const first = list[0] as Item;
    const enrolment = list.find((i) => i.event.type === 'enrol');
    if (first.event.type !== 'enrol') {
      throw invalid(
        enrolment === undefined
          ? `Member ${JSON.stringify(memberId)} has events but no enrol event`
          : `Event ${JSON.stringify(first.event.id)} is before member ${JSON.stringify(memberId)} enrolled`,
        [...first.path, enrolment === undefined ? 'memberId' : 'at'],
      );
    }
    const e = first.event;
    const w: Work = enrol(cp, memberId, e.at, e.id, e.timeZone, sink);
    for (let i = 1; i < list.length; i++) applyToWork(cp, w, list[i] as Item, sink);
    advance(cp, w, end, sink);
    return toState(cp, w);
  });
  return { asOf: end, members, ledger, duplicates };
}

export function parseEvents(events: unknown, currency: string): Item[] {
  if (!Array.isArray(events)) throw invalid('events must be an array', ['events']);
  return (events as unknown[]).map((raw, index) => {
    const path = ['events', index];
    return { event: parseEvent(raw, path, currency), path, index };
  });
}

