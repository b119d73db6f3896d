import { describe, expect, it } from 'vitest';
import { firstOfOverlapping, lowerBound } from '../../src/model/spans.js';

describe('lowerBound', () => {
  it('finds the first value at or above, or the length', () => {
    const starts = Int32Array.from([0, 4, 4, 9, 15]);
    expect(lowerBound(starts, -1)).toBe(0);
    expect(lowerBound(starts, 4)).toBe(1);
    expect(lowerBound(starts, 5)).toBe(3);
    expect(lowerBound(starts, 15)).toBe(4);
    expect(lowerBound(starts, 16)).toBe(5);
    expect(lowerBound([], 3)).toBe(0);
  });
});

describe('firstOfOverlapping', () => {
  it('keeps the earliest, then the longest, of overlapping spans', () => {
    // "last Sunday" (5-16) and "Sunday" (10-16) overlap; "next month" (20-30) stands alone; "month" inside it goes.
    const found = [
      { start: 10, end: 16, text: 'Sunday' },
      { start: 25, end: 30, text: 'month' },
      { start: 5, end: 16, text: 'last Sunday' },
      { start: 20, end: 30, text: 'next month' },
      { start: 5, end: 9, text: 'last' },
    ];
    expect(firstOfOverlapping(found).map((s) => s.text)).toEqual(['last Sunday', 'next month']);
    expect(firstOfOverlapping([])).toEqual([]);
  });

  it('keeps spans that only touch', () => {
    expect(firstOfOverlapping([{ start: 3, end: 6 }, { start: 0, end: 3 }])).toEqual([{ start: 0, end: 3 }, { start: 3, end: 6 }]);
  });
});
