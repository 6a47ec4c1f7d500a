// Type-level contracts of omnicx/core, checked by `vitest --typecheck` (npm run test:types).
import * as z from 'zod';
import { describe, expectTypeOf, it } from 'vitest';
import {
  allocateMoney,
  compareMoney,
  ErrorCode,
  isOmnicxError,
  moneySchema,
  OmnicxError,
  parseWith,
  roundDecimal,
  toInstant,
  zonedDate,
  type IsoWeekday,
  type Money,
  type RoundingMode,
} from '../../src/core/index.js';

describe('core types', () => {
  it('infers Money from its schema, with integer minor units and a currency', () => {
    expectTypeOf<Money>().toEqualTypeOf<z.infer<typeof moneySchema>>();
    expectTypeOf<Money['amountMinor']>().toEqualTypeOf<number>();
    expectTypeOf<Money['currency']>().toEqualTypeOf<string>();
    expectTypeOf(allocateMoney).returns.toEqualTypeOf<Money[]>();
    expectTypeOf(compareMoney).returns.toEqualTypeOf<-1 | 0 | 1>();
  });

  it('accepts only the named rounding modes', () => {
    expectTypeOf<RoundingMode>().toEqualTypeOf<'halfEven' | 'halfUp' | 'halfDown' | 'up' | 'down' | 'ceil' | 'floor'>();
    expectTypeOf(roundDecimal).parameter(2).toEqualTypeOf<RoundingMode>();
    // @ts-expect-error: 'bankers' is not a rounding mode
    roundDecimal('1.5', 0, 'bankers');
    expectTypeOf(roundDecimal).returns.toEqualTypeOf<string>();
  });

  it('returns instants as epoch-millisecond numbers and ISO weekdays as 1–7', () => {
    expectTypeOf(toInstant).returns.toEqualTypeOf<number>();
    expectTypeOf(toInstant).parameter(0).toEqualTypeOf<string | number | Date>();
    expectTypeOf(zonedDate(0, 'UTC').weekday).toEqualTypeOf<IsoWeekday>();
  });

  it('types errors: code is the ErrorCode union, isOmnicxError narrows', () => {
    expectTypeOf<OmnicxError['code']>().toEqualTypeOf<(typeof ErrorCode)[keyof typeof ErrorCode]>();
    const value: unknown = new OmnicxError(ErrorCode.INVALID_INPUT, 'x');
    if (isOmnicxError(value)) expectTypeOf(value).toEqualTypeOf<OmnicxError>();
  });

  it('parseWith returns the schema output type', () => {
    const schema = z.object({ n: z.string().transform((s) => s.length) });
    expectTypeOf(parseWith(schema, {})).toEqualTypeOf<{ n: number }>();
  });
});
