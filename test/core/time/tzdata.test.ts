import { describe, expect, it } from 'vitest';
import { TRANSITIONS_2026 } from './zones.js';

// The DST tests pin 2026 transitions from the tz database. This checks the runtime's own data
// (through Intl, independently of omnicx) so that a runtime with different tz data fails here,
// with a clear message, rather than somewhere in the omnicx tests.
describe('the runtime tz data used by the time tests', () => {
  it.each(TRANSITIONS_2026)('%s changes offset exactly at %s', (tz, iso) => {
    const format = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'longOffset' });
    const offset = (ms: number) => format.format(ms).split('GMT')[1];
    const at = Date.parse(iso);
    expect(offset(at - 1)).not.toBe(offset(at));
    expect(offset(at - 86_400_000)).toBe(offset(at - 1));
    expect(offset(at + 86_400_000)).toBe(offset(at));
  });
});
