import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allMatches } from '../../src/text/matches.js';

/** What the readers compare: where each match is, its text and its groups. */
const shape = (ms: Iterable<RegExpMatchArray>): Array<[number | undefined, string[]]> => [...ms].map((m) => [m.index, [...m]]);

describe('allMatches', () => {
  it('finds what matchAll finds in a news sentence, and leaves the regex ready for the next text', () => {
    const text = 'Talks ran from 14 to 18 July 2025, then for five years; the 1990s ended on 9.3.2001.';
    for (const re of [/\b(\d{1,2})\s+to\s+(\d{1,2})\s+(July)\b/g, /\d+/g, /\b(five|ten)\s+(years?)\b/gi, /(?<![\p{L}\d])(\d{4})s?/gu, /x*/g]) {
      expect(shape(allMatches(re, text))).toEqual(shape(text.matchAll(re)));
      expect(re.lastIndex).toBe(0);
    }
    expect(allMatches(/\d+/g, text).map((m) => m[0])).toEqual(['14', '18', '2025', '1990', '9', '3', '2001']);
  });

  it('steps over empty matches as matchAll does, a code point at a time in Unicode mode', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', '1', ' ', '😀', '\ud83d', 'é'), { maxLength: 20 }), (pieces) => {
        const text = pieces.join('');
        for (const re of [/a*/g, /(?:)/gu, /\d?/g, /b|(?=1)/gu, /\p{L}*/gu]) expect(shape(allMatches(re, text))).toEqual(shape(text.matchAll(re)));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a regex without the global flag, as matchAll does', () => {
    expect(() => allMatches(/\d/, '12')).toThrow(TypeError);
  });
});
