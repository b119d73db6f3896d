/**
 * The words of a stretch of text, exactly as `wordsOf` (quotes/units.ts) finds them, by a scan over character codes
 * instead of a Unicode regex: the claims stage reads the words of most sentences that hold a statement, and the
 * regex scan was a fifth of its time. Test: test/claims/words.test.ts checks both agree on random and real text.
 */
import type { Word } from '../quotes/units.js';

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/u;
/** Classes of code points above ASCII, found once by the same Unicode classes the regex uses. */
const WIDE = new Map<number, number>();
const OTHER = 0;
const WORD = 1;
const BLANK = 2;

function classOf(cp: number): number {
  if (cp < 128) {
    if ((cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122)) return WORD;
    return cp === 32 || (cp >= 9 && cp <= 13) ? BLANK : OTHER;
  }
  let c = WIDE.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    c = LETTER_OR_DIGIT.test(ch) ? WORD : SPACE.test(ch) ? BLANK : OTHER;
    WIDE.set(cp, c);
  }
  return c;
}

/** The code point at `p` of a text cut at `end` (a surrogate pair cut by the end is a lone surrogate). */
function codeAt(text: string, p: number, end: number): number {
  const c = text.charCodeAt(p);
  if (c >= 0xd800 && c <= 0xdbff && p + 1 < end) {
    const d = text.charCodeAt(p + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** Characters that may stand inside a word between letters or digits: ' ’ . - */
const JOINERS = new Set([39, 0x2019, 46, 45]);
const ABBREVIATION = /^(?:\p{L}|\p{L}[\p{L}.]*\.\p{L}|mr|mrs|ms|dr|sen|rep|gov|gen|st|jr|sr|lt|col)$/iu;

/** Words of `text[start, end)`; a trailing period stays on abbreviations only ("Mr.", "U.S."). */
export function scanWords(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  let previousEnd = -1;
  let p = start;
  while (p < end) {
    const cp = codeAt(text, p, end);
    const width = cp > 0xffff ? 2 : 1;
    const cls = classOf(cp);
    if (cls === BLANK) {
      p += width;
      continue;
    }
    let wordEnd = p + width;
    if (cls === WORD) {
      // The longest run of letters, digits and joiners, ending on its last letter or digit.
      let q = wordEnd;
      while (q < end) {
        const c = codeAt(text, q, end);
        if (classOf(c) === WORD) {
          q += c > 0xffff ? 2 : 1;
          wordEnd = q;
        } else if (JOINERS.has(c)) q++;
        else break;
      }
    } else if ((cp === 96 || cp === 39) && p + 1 < end && text.charCodeAt(p + 1) === cp) {
      wordEnd = p + 2; // `` and ''
    }
    let w = text.slice(p, wordEnd);
    // Put back the period of "Mr." / "U.S." as part of the word (the scan never ends a word on '.').
    if (text[wordEnd] === '.' && cls === WORD && ABBREVIATION.test(w)) w += '.';
    // A lone '.' that an abbreviation already took is no word.
    if (!(w === '.' && previousEnd > p)) words.push({ start: p, end: p + w.length, text: w, lower: w.toLowerCase() });
    previousEnd = p + w.length;
    p = wordEnd;
  }
  return words;
}
