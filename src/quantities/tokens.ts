/**
 * A small tokenizer for the number scanner: figures ("2,500", "4.2", "3/4", "10k", "1.3e6") with their value, words
 * (lower-cased ASCII letters) and single punctuation characters. Whitespace is skipped; `start`/`end` are UTF-16
 * offsets into the scanned string, so adjacency is read from the gaps between tokens.
 */
import { FIGURE_SUFFIXES, SPACED_SUFFIXES, UNICODE_FRACTIONS } from './number-words.js';
import { currencyCodes } from './currency-names.js';

export type TokenKind = 'fig' | 'word' | 'punct';

export interface NumToken {
  kind: TokenKind;
  start: number;
  end: number;
  /** Lower-cased surface for words, surface for the rest. */
  text: string;
  /** Value of a figure, multiplier suffix applied ("10k" -> 10000). */
  value: number;
  /** Figure written as a fraction ("3/4", "½"). */
  fraction: boolean;
  /** Figure with a multiplier suffix ("10k", "£5bn"): it cannot take a scale word after it. */
  suffixed: boolean;
  /** Letters glued to a figure that are not a multiplier ("75ml", "4th", "29km"): the figure is not a bare number. */
  glued: string;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const LETTER = /\p{L}/u;
/** ASCII fast path first: the Unicode property test is the tokenizer's hot spot. */
const isLetter = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(c);
};
const CODE_THEN_DIGITS = /(usd|eur|gbp|jpy|cny|rmb|chf|cad|aud|inr|rub)(?=\d+(?:\.\d+)?(?![\p{L}\d]))/iuy;
/**
 * "R14.5 billion", "Rs450", "KSh4.5bn", "ZAR100m": a currency symbol of letters glued to its amount, as written (in
 * lower case these are words). The amount may carry a multiplier suffix; a hyphen or letters after it make a code.
 */
const SYMBOL_THEN_DIGITS = /(R|Rs|Rp|RM|KSh|Ksh|Kshs|USh|TSh|Tk|LE|[A-Z]{3})(?=\d+(?:[.,]\d+)*(?:bn|mn|m|k|tn|b)?(?![\p{L}\d-]))/uy;
const CURRENCY_CODES = currencyCodes();

/** UTF-16 length of the letter at `j` (an astral letter is a surrogate pair, as a /u regex reads it), or 0. */
function letterLength(text: string, j: number): number {
  if (j >= text.length) return 0;
  const code = text.charCodeAt(j);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(j + 1);
    return low >= 0xdc00 && low <= 0xdfff && LETTER.test(text.slice(j, j + 2)) ? 2 : 0;
  }
  return LETTER.test(text[j]) ? 1 : 0;
}

/**
 * End of the word starting at `i`: where the pattern [\p{L}\d]+(?:'\p{L}+)* (sticky, Unicode mode) would end its match
 * there, `i` when it does not match. A scan over character codes: that regex, with its match array, was half the
 * tokenizer's time.
 */
export function wordEnd(text: string, i: number): number {
  let j = i;
  for (;;) {
    const code = text.charCodeAt(j);
    if (code >= 48 && code <= 57) {
      j++;
      continue;
    }
    const l = letterLength(text, j);
    if (l === 0) break;
    j += l;
  }
  if (j === i) return i;
  // "don't", "Côte d'Ivoire": an apostrophe followed by letters goes on with the word.
  while (text.charCodeAt(j) === 39) {
    let k = j + 1;
    let l = letterLength(text, k);
    if (l === 0) break;
    while (l > 0) {
      k += l;
      l = letterLength(text, k);
    }
    j = k;
  }
  return j;
}

const isAlnum = (c: string | undefined): boolean => isDigit(c) || isLetter(c);

// Figure shapes, tried in order at a position; each must end where no further digit follows.
const POWER = /(\d+(?:\.\d+)?)(?:[eE]([+-]?\d+)|\^([+-]?\d+)|x10\^([+-]?\d+))(?![\d\w])/y;
const INDIAN = /\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d]|,\d)/y;
const GROUPED = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d]|,\d|\.\d)/y;
const EURO_GROUPED = /\d{1,3}(?:\.\d{3})+,\d+(?![\d]|[.,]\d)/y;
const SPACE_GROUPED = /\d{1,3}(?:[ \u202f\u00a0]\d{3})+(?:\.\d+)?(?![\d]|[ \u202f\u00a0]\d)/y;
const DECIMAL_COMMA = /\d+,\d{1,2}(?![\d]|[.,]\d)/y;
const DECIMAL = /\d*\.\d+(?![\d]|\.\d)/y;
const INTEGER = /\d+/y;
const DIGIT_FRACTION = /\/(\d+)(?![\d/])/y;
const GLUED_SUFFIX = /(MM|mil|mln|bln|bn|tln|trn|tn|k|K|M|G|b|B|T)(?![\p{L}\d])/uy;
const SPACED_SUFFIX = / {1,2}([A-Za-z]{1,3})(?![\p{L}\d])/uy;
const LETTERS = /\p{L}[\p{L}\d]*/uy;

function tryAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

interface Figure {
  end: number;
  value: number;
  fraction: boolean;
}

/** The figure starting at `pos` (a digit, or "." before a digit), or null. */
function scanFigure(text: string, pos: number): Figure | null {
  const prev = text[pos - 1];
  const prev2 = text[pos - 2];
  let m = tryAt(POWER, text, pos);
  if (m) {
    const base = parseFloat(m[1]);
    if (m[2] !== undefined) return { end: pos + m[0].length, value: parseFloat(m[0]), fraction: false };
    const exp = parseInt(m[3] ?? m[4], 10);
    const value = m[4] !== undefined ? base * 10 ** exp : base ** exp;
    return { end: pos + m[0].length, value, fraction: false };
  }
  if ((m = tryAt(INDIAN, text, pos))) return { end: pos + m[0].length, value: parseFloat(m[0].replace(/,/g, '')), fraction: false };
  if ((m = tryAt(GROUPED, text, pos))) return { end: pos + m[0].length, value: parseFloat(m[0].replace(/,/g, '')), fraction: false };
  if ((m = tryAt(EURO_GROUPED, text, pos))) {
    return { end: pos + m[0].length, value: parseFloat(m[0].replace(/\./g, '').replace(',', '.')), fraction: false };
  }
  if ((m = tryAt(SPACE_GROUPED, text, pos)) && !(prev === ' ' && isDigit(prev2))) {
    return { end: pos + m[0].length, value: parseFloat(m[0].replace(/[ \u202f\u00a0]/g, '')), fraction: false };
  }
  const afterDigitComma = prev === ',' && isDigit(prev2);
  if (!afterDigitComma && (m = tryAt(DECIMAL_COMMA, text, pos))) {
    return { end: pos + m[0].length, value: parseFloat(m[0].replace(',', '.')), fraction: false };
  }
  const afterDigitDot = prev === '.' && isDigit(prev2);
  if (!afterDigitDot && (m = tryAt(DECIMAL, text, pos))) return { end: pos + m[0].length, value: parseFloat(m[0]), fraction: false };
  if ((m = tryAt(INTEGER, text, pos))) {
    const end = pos + m[0].length;
    const den = prev === '/' ? null : tryAt(DIGIT_FRACTION, text, end);
    if (den && parseInt(den[1], 10) > 0) {
      return { end: end + den[0].length, value: parseInt(m[0], 10) / parseInt(den[1], 10), fraction: true };
    }
    return { end, value: parseFloat(m[0]), fraction: false };
  }
  return null;
}

/** Tokens of `text` for the number scanner. */
export function tokenizeNumbers(text: string): NumToken[] {
  const tokens: NumToken[] = [];
  let i = 0;
  let codeEnd = -1;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0' || c === '\u202f') {
      i++;
      continue;
    }
    const startsFigure = isDigit(c) || (c === '.' && isDigit(text[i + 1]) && !isAlnum(text[i - 1]));
    if (startsFigure && (!isLetter(text[i - 1]) || i === codeEnd)) {
      const fig = scanFigure(text, i);
      if (fig) {
        let end = fig.end;
        let value = fig.value;
        let suffixed = false;
        let glued = '';
        if (!fig.fraction) {
          let m = tryAt(GLUED_SUFFIX, text, end);
          if (m && FIGURE_SUFFIXES.has(m[1])) {
            value *= FIGURE_SUFFIXES.get(m[1])!;
            end += m[0].length;
            suffixed = true;
          } else if ((m = tryAt(SPACED_SUFFIX, text, end)) && SPACED_SUFFIXES.has(m[1])) {
            value *= FIGURE_SUFFIXES.get(m[1])!;
            end += m[0].length;
            suffixed = true;
          } else if ((m = tryAt(LETTERS, text, end))) {
            glued = m[0];
          }
        }
        tokens.push({ kind: 'fig', start: i, end, text: text.slice(i, end), value, fraction: fig.fraction, suffixed, glued });
        i = end;
        continue;
      }
    }
    const uf = UNICODE_FRACTIONS.get(c);
    if (uf !== undefined) {
      tokens.push({ kind: 'fig', start: i, end: i + 1, text: c, value: uf, fraction: true, suffixed: false, glued: '' });
      i++;
      continue;
    }
    if (isLetter(c)) {
      // "USD115": a currency code glued to its amount is a word and a figure.
      CODE_THEN_DIGITS.lastIndex = i;
      let code = isLetter(text[i - 1]) ? null : CODE_THEN_DIGITS.exec(text);
      if (!code && !isLetter(text[i - 1]) && c >= 'A' && c <= 'Z') {
        SYMBOL_THEN_DIGITS.lastIndex = i;
        code = SYMBOL_THEN_DIGITS.exec(text);
        if (code && /^[A-Z]{3}$/.test(code[1]) && !CURRENCY_CODES.has(code[1])) code = null;
      }
      if (code) {
        const j = i + code[1].length;
        tokens.push({ kind: 'word', start: i, end: j, text: code[1].toLowerCase(), value: 0, fraction: false, suffixed: false, glued: '' });
        codeEnd = j;
        i = j;
        continue;
      }
      const w = wordEnd(text, i);
      let j = w > i ? w : i + 1;
      // "A14.5", "V2.0": the decimals of a word ending in digits belong to it, not to a number of their own.
      while (isDigit(text[j - 1]) && (text[j] === '.' || text[j] === ',') && isDigit(text[j + 1])) {
        j += 2;
        while (isDigit(text[j])) j++;
      }
      const surface = text.slice(i, j);
      tokens.push({ kind: 'word', start: i, end: j, text: surface.toLowerCase(), value: 0, fraction: false, suffixed: false, glued: '' });
      i = j;
      continue;
    }
    // One UTF-16 unit per punctuation token; a lone surrogate half is harmless here.
    tokens.push({ kind: 'punct', start: i, end: i + 1, text: c, value: 0, fraction: false, suffixed: false, glued: '' });
    i++;
  }
  return tokens;
}
