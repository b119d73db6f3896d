import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countWords, wordsOf } from '../../src/quotes/units.js';
import type { Word } from '../../src/quotes/units.js';

/**
 * The definition of a word as a Unicode regex (what `wordsOf` was before it became a scan over character codes):
 * the scan must find exactly these words.
 */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.\-]*[\p{L}\p{N}]|[\p{L}\p{N}]|``|''|[^\s\p{L}\p{N}]/gu;
function regexWords(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  for (const m of text.slice(start, end).matchAll(WORD)) {
    const at = start + (m.index ?? 0);
    let w = m[0];
    if (text[at + w.length] === '.' && /^(?:\p{L}|\p{L}[\p{L}.]*\.\p{L}|mr|mrs|ms|dr|sen|rep|gov|gen|st|jr|sr|lt|col)$/iu.test(w)) w += '.';
    words.push({ start: at, end: at + w.length, text: w, lower: w.toLowerCase() });
  }
  return words.filter((w, i) => !(w.text === '.' && i > 0 && words[i - 1].end > w.start));
}

/** Characters where the two scans could part: joiners, quote pairs, periods of abbreviations, wide letters, spaces. */
const PIECES = [
  'a', 'Z', '7', ' ', '  ', '\n', '\u00a0', '\u2009', "'", "''", '’', '.', '-', '`', '``', ',', '“', '”', 'é', 'İ', 'ß',
  'Mr', 'U.S', 'dr', '𝐀', '😀', '\ud83d', 'ж', '٣', '—', '–', '(', ')', '%', '$', '€', '\t',
];

describe('wordsOf', () => {
  it('finds the words of the regex definition in news sentences', () => {
    const text = "Mr. Aydın of the U.S. said on Sunday that ``the 2,500-strong force’s role'' is over — for now. Dr. Roe (D-Md.) agreed.";
    for (const [s, e] of [[0, text.length], [0, 3], [2, 20], [4, 40], [text.length - 10, text.length]]) {
      expect(wordsOf(text, s, e)).toEqual(regexWords(text, s, e));
    }
    expect(wordsOf(text, 0, 13).map((w) => w.text)).toEqual(['Mr.', 'Aydın', 'of']);
  });

  it('agrees with the regex definition on any text and any stretch of it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.nat(), fc.nat(), (pieces, a, b) => {
        const text = pieces.join('');
        const s = text.length === 0 ? 0 : a % (text.length + 1);
        const e = s + (text.length - s === 0 ? 0 : b % (text.length - s + 1));
        expect(wordsOf(text, s, e)).toEqual(regexWords(text, s, e));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('countWords', () => {
  /** The count as the quote finder took it before: the matches of a Unicode regex over the slice. */
  const regexCount = (text: string, s: number, e: number): number => (text.slice(s, e).match(/[\p{L}\p{N}]+/gu) ?? []).length;

  it('counts the words of a content span as the regex does', () => {
    const text = '“We will rebuild Mosul’s 2,500 homes,” the governor said — in Arabic: «نعم».';
    expect(countWords(text, 0, text.length)).toBe(regexCount(text, 0, text.length));
    expect(countWords(text, 0, text.length)).toBe(14); // "Mosul’s" and "2,500" are two each
    expect(countWords(text, 1, 8)).toBe(2);
    expect(countWords(text, 0, text.length, 2)).toBe(2); // stops at the limit
  });

  it('agrees with the regex on any text, stretch and limit', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.nat(), fc.nat(), fc.integer({ min: 1, max: 6 }), (pieces, a, b, limit) => {
        const text = pieces.join('');
        const s = text.length === 0 ? 0 : a % (text.length + 1);
        const e = s + (text.length - s === 0 ? 0 : b % (text.length - s + 1));
        const n = regexCount(text, s, e);
        expect(countWords(text, s, e)).toBe(n);
        expect(countWords(text, s, e, limit)).toBe(Math.min(n, limit));
      }),
      { numRuns: 3000 },
    );
  });
});
