import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isLetter, isLowerLetter, letterRuns, RUN, scanLetterRuns } from '../../src/text/letters.js';

/** The runs as the regex finds them in the text cut at `to`. */
function regexRuns(text: string, to = text.length): Array<[number, number]> {
  return [...text.slice(0, to).matchAll(/\p{L}+/gu)].map((m) => [m.index, m.index + m[0].length]);
}

function scanRuns(text: string, to?: number): Array<[number, number]> {
  const runs = scanLetterRuns(text, to);
  const pairs: Array<[number, number]> = [];
  for (let k = 0; k < runs.length; k += RUN) {
    pairs.push([runs[k], runs[k + 1]]);
    // The third number says whether the run holds a character above ASCII.
    expect(runs[k + 2]).toBe(/[^\x00-\x7f]/.test(text.slice(runs[k], runs[k + 1])) ? 1 : 0);
  }
  return pairs;
}

/** Pieces where a scan and the regex could part: ASCII, accents, combining marks, scripts, astral letters, surrogates. */
const PIECES = ['a', 'Z', '7', ' ', '\n', "'", '’', '-', '.', 'é', 'ß', 'İ', 'ǅ', 'ж', 'ك', '中', 'ー', '\u0301', '\u00aa', '𝐀', '𐐨', '😀', '\ud835', '\udc00', 'Iraqat', 'Viña'];

describe('scanLetterRuns', () => {
  it('finds the words of a news sentence as the regex does', () => {
    const text = 'Blinken met al-Sudani in Baghdad’s Green Zone; “Viña del Mar” is in Chile — 𝐀𝐁 2,500.';
    expect(scanRuns(text)).toEqual(regexRuns(text));
    expect(scanRuns('U.S. troops').map(([s, e]) => 'U.S. troops'.slice(s, e))).toEqual(['U', 'S', 'troops']);
    // The last text's runs are kept: asked again, the same array; asked for another text, its own.
    expect(letterRuns(text)).toBe(letterRuns(text));
    expect(Array.from(letterRuns('Baghdad'))).toEqual([0, 7, 0]);
  });

  it('agrees with /\\p{L}+/gu on any text, also cut inside a surrogate pair', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.nat(), (pieces, cut) => {
        const text = pieces.join('');
        expect(scanRuns(text)).toEqual(regexRuns(text));
        const to = text.length === 0 ? 0 : cut % (text.length + 1);
        expect(scanRuns(text, to)).toEqual(regexRuns(text, to));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('isLetter and isLowerLetter', () => {
  it('classify every code point as \\p{L} and \\p{Ll} do', () => {
    for (let cp = 0; cp < 0x3100; cp++) {
      const ch = String.fromCodePoint(cp);
      expect(isLetter(cp)).toBe(/^\p{L}$/u.test(ch));
      expect(isLowerLetter(cp)).toBe(/^\p{Ll}$/u.test(ch));
    }
    for (const cp of [0xd800, 0xdfff, 0x1d400, 0x10428, 0x1f600, 0xe000, 0xffff]) {
      const ch = String.fromCodePoint(cp);
      expect(isLetter(cp)).toBe(/^\p{L}$/u.test(ch));
      expect(isLowerLetter(cp)).toBe(/^\p{Ll}$/u.test(ch));
    }
  });
});
