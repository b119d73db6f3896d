/*
 * Runs of letters (what /\p{L}+/gu matches) found by a scan over character codes. The clean stage reads the words of
 * every article three times (glued words, the names an article repeats, the language check); the Unicode regex and
 * its match objects were a fifth of the stage.
 */

const LETTER = /^\p{L}$/u;
const LOWER = /^\p{Ll}$/u;
/**
 * Classes of the code points under 0x10000, found once each: 0 not yet known, else LETTER_BIT (a letter, \p{L})
 * and LOWER_BIT (a lower-case letter, \p{Ll}) over KNOWN.
 */
const BMP = new Uint8Array(0x10000);
const KNOWN = 1;
const LETTER_BIT = 2;
const LOWER_BIT = 4;
const ASTRAL = new Map<number, number>();

/** The class bits of a code point above ASCII. */
function classOf(cp: number): number {
  let known = cp < 0x10000 ? BMP[cp] : ASTRAL.get(cp) ?? 0;
  if (known === 0) {
    // A lone surrogate is no letter; String.fromCodePoint gives it as the one code unit the regexes see.
    const ch = String.fromCodePoint(cp);
    known = KNOWN | (LETTER.test(ch) ? LETTER_BIT : 0) | (LOWER.test(ch) ? LOWER_BIT : 0);
    if (cp < 0x10000) BMP[cp] = known;
    else ASTRAL.set(cp, known);
  }
  return known;
}

/** Is the code point a letter (\p{L})? Lone surrogates are not. */
export function isLetter(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
  return (classOf(cp) & LETTER_BIT) !== 0;
}

/** Is the code point a lower-case letter (\p{Ll})? */
export function isLowerLetter(cp: number): boolean {
  if (cp < 128) return cp >= 97 && cp <= 122;
  return (classOf(cp) & LOWER_BIT) !== 0;
}

/** The code point at `p` of a text cut at `end` (a surrogate pair cut by the end is a lone surrogate). */
export function codePointAt(text: string, p: number, end: number): number {
  const c = text.charCodeAt(p);
  if (c >= 0xd800 && c <= 0xdbff && p + 1 < end) {
    const d = text.charCodeAt(p + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** Integers per run in `letterRuns`: start, end, and 1 when the run holds a character above ASCII (else 0). */
export const RUN = 3;

let scratch = new Int32Array(6144);

/**
 * The runs of letters of `text[0, to)`, RUN integers each ([start0, end0, wide0, start1, ...]): the matches of
 * /\p{L}+/gu on `text.slice(0, to)`.
 */
export function scanLetterRuns(text: string, to = text.length): Int32Array {
  let n = 0;
  let p = 0;
  while (p < to) {
    const c = text.charCodeAt(p);
    // Most characters are ASCII: letters and non-letters without a call.
    if (c < 128 && !((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) {
      p++;
      continue;
    }
    const cp = c < 128 ? c : codePointAt(text, p, to);
    if (!isLetter(cp)) {
      p += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = p;
    let wide = c < 128 ? 0 : 1;
    p += cp > 0xffff ? 2 : 1;
    while (p < to) {
      const d = text.charCodeAt(p);
      if (d < 128) {
        if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90)) {
          p++;
          continue;
        }
        break;
      }
      const dp = codePointAt(text, p, to);
      if (!isLetter(dp)) break;
      wide = 1;
      p += dp > 0xffff ? 2 : 1;
    }
    if (n + RUN > scratch.length) {
      const grown = new Int32Array(scratch.length * 2);
      grown.set(scratch);
      scratch = grown;
    }
    scratch[n++] = start;
    scratch[n++] = p;
    scratch[n++] = wide;
  }
  return scratch.slice(0, n);
}

/** The last text whose runs `letterRuns` found, and its runs. */
let lastText: string | null = null;
let lastRuns: Int32Array = new Int32Array(0);

/**
 * `scanLetterRuns` of a whole text. The clean stage asks three times for the same text (glued words, the names the
 * article repeats, the language check), so the last text's runs are kept: one scan per article instead of three.
 * The array is the caller's to read, not to change.
 */
export function letterRuns(text: string): Int32Array {
  if (text !== lastText) {
    lastRuns = scanLetterRuns(text);
    lastText = text;
  }
  return lastRuns;
}
