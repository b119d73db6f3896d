import { expect } from 'vitest';
import { scanTimes } from '../../src/dates/time-expressions.js';

/** [surface, value, granularity] of each time expression of a text published on Friday 14 March 2025, offsets checked. */
export function times(text: string): Array<[string, string, string]> {
  const { times } = scanTimes(text, '2025-03-14');
  for (const t of times) expect(text.slice(t.start, t.end)).toBe(t.text);
  return times.map((t) => [t.text, t.value, t.granularity]);
}
