// recordOf: a zod record that refuses an own "__proto__" key with an issue at that key, or keeps
// it as an own property, where zod's record drops it without a word (JSON.parse makes such keys;
// assigning one to a plain object sets the prototype). Each domain case below was silently wrong
// before: the entry vanished (from the function's result, or from the exported schema's output
// while the function itself kept it).
import * as z from 'zod';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { recordOf } from '../../../src/core/internal/recordOf.js';
import { sourceOrders, sourcingLocationSchema } from '../../../src/inventory/index.js';
import { slaStatus } from '../../../src/satisfaction/index.js';
import { derivedImportance, scorecard } from '../../../src/touchpoint/index.js';
import { buildJourneys, journeyEventSchema } from '../../../src/journey/index.js';
import { addRfmTransactions, createRfmAccumulator, rfmAccumulatorSchema } from '../../../src/members/index.js';
import { expectOmnicxError } from '../../support/expectOmnicxError.js';


describe('recordOf', () => {
  it('refuses an own "__proto__" key at that key, where z.record drops it', () => {
    const value = JSON.parse('{"a":1,"__proto__":2}') as unknown;
    expect(Object.keys(z.record(z.string(), z.number()).parse(value))).toEqual(['a']);
    const result = recordOf(z.string(), z.number()).safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path)).toEqual([['__proto__']]);
  });

  it("'keep' checks the key like any other and keeps it, in its place, as an own property", () => {
    const schema = recordOf(z.string(), z.int().nonnegative(), 'keep');
    const kept = schema.parse(JSON.parse('{"a":1,"__proto__":2,"b":3}'));
    expect(Object.keys(kept)).toEqual(['a', '__proto__', 'b']);
    expect(Object.getOwnPropertyDescriptor(kept, '__proto__')?.value).toBe(2);
    expect(Object.getPrototypeOf(kept)).toBe(Object.prototype);
    const bad = schema.safeParse(JSON.parse('{"a":-1,"__proto__":-2}'));
    expect(bad.error?.issues.map((i) => i.path)).toEqual([['a'], ['__proto__']]);
  });

  it('parses every other record as z.record does', () => {
    const schema = recordOf(z.string(), z.number());
    expect(schema.parse({ a: 1, constructor: 2 })).toEqual({ a: 1, constructor: 2 });
    expect(schema.safeParse([1]).success).toBe(false);
    expect(schema.safeParse({ a: 'x' }).error?.issues[0]?.path).toEqual(['a']);
    expect(schema.default({}).parse(undefined)).toEqual({});
    expectTypeOf(schema.parse({})).toEqualTypeOf<Record<string, number>>();
  });
});

describe('domain records refuse or keep a "__proto__" key instead of dropping it', () => {
  it('inventory: a location’s stock under the sku "__proto__" is kept by the schema, as sourceOrders uses it', () => {
    const stock = JSON.parse('{"__proto__":5,"TEE":1}') as Record<string, number>;
    const location = { id: 'DC', lat: 50, lon: 8, stock };
    expect(Object.getOwnPropertyDescriptor(sourcingLocationSchema.parse(location).stock, '__proto__')?.value).toBe(5);
    const orders = [{ id: 'o1', destination: { lat: 52, lon: 13 }, lines: [{ sku: '__proto__', quantity: 2 }] }];
    const result = sourceOrders(orders, [location], { strategy: 'nearest' });
    expect(result.assignments.map((a) => [a.locationId, a.sku, a.quantity])).toEqual([['DC', '__proto__', 2]]);
  });

  it('satisfaction: an SLA policy’s targets', () => {
    const targets = JSON.parse('{"__proto__":{"firstResponseMs":60000},"P1":{"firstResponseMs":60000}}') as Record<string, { firstResponseMs: number }>;
    const ticket = { openedAt: 0, priority: 'P1' };
    expectOmnicxError(() => slaStatus(ticket, { targets, businessHours: false }, { now: 1000 }), 'INVALID_INPUT', ['policy', 'targets', '__proto__']);
  });

  it('touchpoint: derived importance scores, scorecard criteria and groups', () => {
    const scores = JSON.parse('{"__proto__":[1,2,3],"web":[1,2,4]}') as Record<string, number[]>;
    expectOmnicxError(() => derivedImportance([1, 2, 3], scores), 'INVALID_INPUT', ['touchpointScores', '__proto__']);
    const ratings = [{ touchpointId: 't', criterion: 'speed', score: 3 }];
    const groups = JSON.parse('{"__proto__":"g","t":"g"}') as Record<string, string>;
    expectOmnicxError(() => scorecard(ratings, { scale: { min: 1, max: 5 }, groups }), 'INVALID_INPUT', ['options', 'groups', '__proto__']);
  });

  it('journey: an event’s properties keep a "__proto__" entry in the schema, as buildJourneys carries it', () => {
    const properties = JSON.parse('{"__proto__":"x","campaign":"spring"}') as Record<string, unknown>;
    const event = { customerId: 'c', touchpoint: 't', at: 0, properties };
    expect(Object.keys(journeyEventSchema.parse(event).properties ?? {})).toEqual(['__proto__', 'campaign']);
    const carried = buildJourneys([event])[0]?.steps[0]?.properties ?? {};
    expect(Object.getOwnPropertyDescriptor(carried, '__proto__')?.value).toBe('x');
  });

  it('members: an accumulator with the customer "__proto__" passes the exported schema with that customer kept', () => {
    const acc = addRfmTransactions(createRfmAccumulator({ asOf: 1e9 }), [{ customerId: '__proto__', at: 0, amountMinor: 5 }]);
    const parsed = rfmAccumulatorSchema.parse(JSON.parse(JSON.stringify(acc)));
    expect(Object.keys(parsed.customers)).toEqual(['__proto__']);
  });
});
