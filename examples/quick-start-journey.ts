// The README's journey quick start, run against the packed package by `npm run check:examples`.
import { funnel, sessionize } from 'omnicx/journey';

const events = [
  { customerId: 'c1', at: '2026-05-01T10:00:00Z', touchpoint: 'home' },
  { customerId: 'c1', at: '2026-05-01T10:02:00Z', touchpoint: 'product' },
  { customerId: 'c1', at: '2026-05-03T18:00:00Z', touchpoint: 'cart' },
  { customerId: 'c1', at: '2026-05-03T18:05:00Z', touchpoint: 'pay' },
  { customerId: 'c2', at: '2026-05-01T11:00:00Z', touchpoint: 'home' },
  { customerId: 'c2', at: '2026-05-01T11:01:00Z', touchpoint: 'product' },
  { customerId: 'c3', at: '2026-05-02T09:00:00Z', touchpoint: 'home' },
];
const result = funnel(events, ['home', 'product', 'cart', 'pay'], { windowMs: 14 * 86_400_000 });
console.log(result.steps.map((s) => s.count)); // [3, 2, 1, 1]: each customer's furthest attempt within 14 days
console.log(sessionize(events).length); // 4 sessions: c1 twice (two days apart), c2, c3
if (result.steps.map((s) => s.count).join() !== '3,2,1,1' || sessionize(events).length !== 4) throw new Error('journey quick start changed');
