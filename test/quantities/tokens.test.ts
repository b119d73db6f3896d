import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenizeNumbers, wordEnd } from '../../src/quantities/tokens.js';

/** The definition of a word as a Unicode regex (what the tokenizer ran before `wordEnd` became a scan over codes). */
const WORD = /[\p{L}\d]+(?:'\p{L}+)*/uy;
function regexWordEnd(text: string, i: number): number {
  WORD.lastIndex = i;
  const m = WORD.exec(text);
  return m ? i + m[0].length : i;
}

/** The tokenizer starts words on whole characters: never between the two halves of a surrogate pair. */
const midPair = (text: string, i: number): boolean => /[\ud800-\udbff]/.test(text[i - 1] ?? '') && /[\udc00-\udfff]/.test(text[i] ?? '');

/** Characters where the two could part: apostrophes, digits, accented, astral and non-Latin letters, lone halves. */
const PIECES = ["'", '’', 'a', 'Z', '7', ' ', '-', '.', ',', 'é', 'İ', 'ß', 'ж', '٣', '𝐀', '😀', '\ud835', '\udc00', 'don', 't', 'd', '_'];

describe('wordEnd', () => {
  it('ends words as the regex does in news text', () => {
    const text = "Côte d'Ivoire's 2,500 troops won't stay; the A14.5 road, O'Neill's 3rd ‘term’ and 𝐀𝐁c'𝐃 end.";
    for (let i = 0; i <= text.length; i++) if (!midPair(text, i)) expect(wordEnd(text, i)).toBe(regexWordEnd(text, i));
    expect(tokenizeNumbers("Côte d'Ivoire's troops won't").map((t) => t.text)).toEqual(["côte", "d'ivoire's", 'troops', "won't"]);
  });

  it('agrees with the regex on any text at any position', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), fc.nat(), (pieces, at) => {
        const text = pieces.join('');
        const i = text.length === 0 ? 0 : at % (text.length + 1);
        if (!midPair(text, i)) expect(wordEnd(text, i)).toBe(regexWordEnd(text, i));
      }),
      { numRuns: 3000 },
    );
  });
});
