// The README's core quick start, run against the packed package by `npm run check:examples`.
import { addZonedDays, allocateMoney, formatMoney, moneyFromMajor, multiplyMoney, startOfZonedDay, toInstant } from 'omnicx/core';

const total = moneyFromMajor('100.00', 'EUR');
const parts = allocateMoney(total, [1, 1, 1]); // 33.34 + 33.33 + 33.33, always sums to the whole
const discounted = multiplyMoney(total, '0.85', { rounding: 'halfEven' });
console.log(parts.map((p) => p.amountMinor), formatMoney(discounted, 'de-DE'));
if (parts.map((p) => p.amountMinor).join() !== '3334,3333,3333') throw new Error('allocation changed');
if (discounted.amountMinor !== 8500) throw new Error('multiplication changed');

const at = toInstant('2026-03-28T10:00:00+01:00');
// 24 calendar hours later is not 10:00 the next day in Berlin: the clocks change on 29 March.
const sameTimeTomorrow = addZonedDays(at, 1, 'Europe/Berlin'); // 2026-03-29T10:00+02:00
// 29 March 2026 is 23 hours long in Berlin.
const dayLengthHours =
  (startOfZonedDay(sameTimeTomorrow + 86_400_000, 'Europe/Berlin') - startOfZonedDay(sameTimeTomorrow, 'Europe/Berlin')) / 3_600_000;
console.log(sameTimeTomorrow - at === 23 * 3_600_000, dayLengthHours);
if (sameTimeTomorrow - at !== 23 * 3_600_000 || dayLengthHours !== 23) throw new Error('DST arithmetic changed');
