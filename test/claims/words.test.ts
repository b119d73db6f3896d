import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wordsOf } from '../../src/quotes/units.js';
import { scanWords } from '../../src/claims/words.js';

/** Characters where the two scans could part: joiners, quote pairs, periods of abbreviations, wide letters, spaces. */
const PIECES = [
  'a', 'Z', '7', ' ', '  ', '\n', '\u00a0', '\u2009', "'", "''", '’', '.', '-', '`', '``', ',', '“', '”', 'é', 'İ', 'ß',
  'Mr', 'U.S', 'dr', '𝐀', '😀', '\ud83d', 'ж', '٣', '—', '–', '(', ')', '%', '$', '€', '\t',
];

describe('scanWords', () => {
  it('finds the words wordsOf finds in news sentences', () => {
    const text = "Mr. Aydın of the U.S. said on Sunday that ``the 2,500-strong force’s role'' is over — for now. Dr. Roe (D-Md.) agreed.";
    for (const [s, e] of [[0, text.length], [0, 3], [2, 20], [4, 40], [text.length - 10, text.length]]) {
      expect(scanWords(text, s, e)).toEqual(wordsOf(text, s, e));
    }
    expect(scanWords(text, 0, 13).map((w) => w.text)).toEqual(['Mr.', 'Aydın', 'of']);
  });

  it('agrees with wordsOf on any text and any stretch of it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.nat(), fc.nat(), (pieces, a, b) => {
        const text = pieces.join('');
        const s = text.length === 0 ? 0 : a % (text.length + 1);
        const e = s + (text.length - s === 0 ? 0 : b % (text.length - s + 1));
        expect(scanWords(text, s, e)).toEqual(wordsOf(text, s, e));
      }),
      { numRuns: 3000 },
    );
  });
});
