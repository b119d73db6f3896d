import { Rewriter, type Rewritten } from './rewriter.js';

/*
 * Character-level normalization of news text. Every change is either a one-for-one substitution (offsets stay
 * exact) or a deletion; nothing here changes the length of a surrogate pair. Curly double quotes and dashes are kept
 * as they are: the quotes stage reads them.
 */

/** Unicode space characters that become a plain space (NBSP, en/em spaces, thin spaces, ideographic space, ...). */
const SPACES = new Set([
  '\u00a0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008',
  '\u2009', '\u200a', '\u202f', '\u205f', '\u3000', '\t',
]);

/** Characters that end a line like LF does: CR alone, NEL, line and paragraph separators, VT, FF. */
const LINE_BREAKS = new Set(['\r', '\u0085', '\u2028', '\u2029', '\u000b', '\u000c']);

/** Invisible characters that are deleted: zero-width space, word joiner, BOM, soft hyphen. */
const INVISIBLE = new Set(['\u200b', '\u2060', '\ufeff', '\u00ad']);

/** Zero-width (non-)joiners shape Arabic, Indic and emoji sequences; in Latin text they are noise. */
const JOINERS = new Set(['\u200c', '\u200d']);

const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/;
const LETTER = /\p{L}/u;

function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x0a) || code === 0x7f;
}

/**
 * A single curly quote used as an apostrophe: between letters ("Iran’s", "don’t"), before a two-digit year
 * ("‘90s"), or closing a plural possessive ("parents’ ") when no single quotation is open on the line.
 */
function isApostrophe(text: string, i: number, singleQuoteOpen: boolean): boolean {
  const prev = i > 0 ? text[i - 1] : '';
  const next = i + 1 < text.length ? text[i + 1] : '';
  if (LETTER.test(prev) && LETTER.test(next)) return true;
  if (/[0-9]/.test(next) && /[0-9]/.test(text[i + 2] ?? '') && !/[0-9]/.test(text[i + 3] ?? '') && !LETTER.test(prev)) {
    return true;
  }
  if (text[i] === '\u2019' && (prev === 's' || prev === 'S') && !LETTER.test(next) && !singleQuoteOpen) return true;
  return false;
}

/** Normalizes line breaks, spaces, apostrophes and invisible characters. */
export function normalizeUnicode(source: string): Rewritten {
  const w = new Rewriter(source);
  let singleQuoteOpen = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    const code = ch.charCodeAt(0);
    if (code < 0x80 && code >= 0x20 && code !== 0x7f) continue;
    if (ch === '\n') {
      singleQuoteOpen = false;
      continue;
    }
    if (ch === '\r' && source[i + 1] === '\n') {
      w.copyTo(i);
      w.skip(1);
    } else if (LINE_BREAKS.has(ch)) {
      w.copyTo(i);
      w.substitute('\n');
      singleQuoteOpen = false;
    } else if (SPACES.has(ch)) {
      w.copyTo(i);
      w.substitute(' ');
    } else if (INVISIBLE.has(ch) || isControl(code)) {
      w.copyTo(i);
      w.skip(1);
    } else if (JOINERS.has(ch)) {
      // Only between Latin letters (or at a Latin word edge): elsewhere they may be meaningful.
      const prev = source[i - 1] ?? ' ';
      const next = source[i + 1] ?? ' ';
      if ((LATIN_LETTER.test(prev) || prev === ' ') && (LATIN_LETTER.test(next) || next === ' ')) {
        w.copyTo(i);
        w.skip(1);
      }
    } else if (ch === '\u2018' || ch === '\u2019') {
      if (isApostrophe(source, i, singleQuoteOpen)) {
        w.copyTo(i);
        w.substitute("'");
      } else if (ch === '\u2018') singleQuoteOpen = true;
      else singleQuoteOpen = false;
    }
  }
  return w.finish();
}
