import { describe, expect, it } from 'vitest';
import { formatId } from '../../../src/sample/internal/ids.js';

describe('formatId', () => {
  it('pads to the documented width while the count fits in it', () => {
    // 9,999,999 events: the last number has 7 digits, so the width stays 7 ('E0000001' … 'E9999999').
    expect(formatId('E', 0, 7, 9_999_999)).toBe('E0000001');
    expect(formatId('E', 9_999_998, 7, 9_999_999)).toBe('E9999999');
    expect(formatId('S', 4, 2, 5)).toBe('S05');
  });

  it('widens every id of a kind when the count needs more digits, so ids keep one width', () => {
    // 10,000,001 events: the last number 10,000,001 has 8 digits, so all events get 8:
    // the first is 'E' + '1' padded to 8 = 'E00000001', the last 'E10000001'; both 9 characters.
    const first = formatId('E', 0, 7, 10_000_001);
    const last = formatId('E', 10_000_000, 7, 10_000_001);
    expect([first, last]).toEqual(['E00000001', 'E10000001']);
    // and string order is numeric order: 'E09999999' < 'E10000000' (with width 7, 'E9999999' > 'E10000000')
    expect(formatId('E', 9_999_998, 7, 10_000_001) < formatId('E', 9_999_999, 7, 10_000_001)).toBe(true);
    // 1,000,000 customers (the documented maximum): 7 digits, 'C0000001' … 'C1000000'
    expect([formatId('C', 0, 6, 1_000_000), formatId('C', 999_999, 6, 1_000_000)]).toEqual(['C0000001', 'C1000000']);
  });
});
