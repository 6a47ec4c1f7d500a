// The README's satisfaction quick start, run against the packed package by `npm run check:examples`.
import { addBusinessDuration, defineBusinessCalendar, nps } from 'omnicx/satisfaction';

const result = nps(new Int8Array([10, 9, 9, 8, 7, 6, 3, 10, 9, 2]));
console.log(result.score, result.interval); // 20, adjusted Wald 95 % interval on the −100…100 scale
// 5 promoters and 3 detractors of 10: 50 % − 30 % = 20.
if (result.score !== 20 || result.interval?.method !== 'adjustedWald') throw new Error('NPS changed');

const calendar = defineBusinessCalendar({
  timeZone: 'America/New_York',
  weekly: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']], thu: [['09:00', '17:00']], fri: [['09:00', '17:00']] },
  holidays: ['2026-11-26'],
});
// 10 business hours after Wednesday 15:00, with Thanksgiving closed: Friday 17:00 (22:00Z).
const due = addBusinessDuration('2026-11-25T15:00:00-05:00', 10 * 3_600_000, calendar);
console.log(new Date(due).toISOString());
if (due !== Date.parse('2026-11-27T22:00:00Z')) throw new Error('business duration changed');
