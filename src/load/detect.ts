/**
 * Checks that decide whether an input is an English news text we can process. Pure functions: each returns a
 * one-line reason when the input is rejected, or null when it passes, so the loaders can report `file: reason`.
 */

/** Default per-article limit: bigger "articles" are dumps or data, and would stall a worker. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** How much of a file the binary sniffing looks at: enough to tell, cheap on huge files. */
const SNIFF_BYTES = 64 * 1024;

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

export function checkSize(bytes: number, maxBytes: number = DEFAULT_MAX_BYTES): string | null {
  return bytes > maxBytes ? `too large (${formatBytes(bytes)}, limit ${formatBytes(maxBytes)}; see --max-bytes)` : null;
}

/** A NUL byte never occurs in text files; its presence is the classic sign of a binary file. */
export function checkBinaryBytes(bytes: Uint8Array): string | null {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return 'binary content (NUL bytes)';
  return null;
}

/** C0 controls other than tab, newline, vertical tab, form feed and carriage return, plus DEL and C1 controls. */
function isControl(code: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d;
  return code === 0x7f || (code >= 0x80 && code <= 0x9f);
}

/** Share of control characters in (the start of) a text; text decoded from a binary file is full of them. */
export function controlCharShare(text: string): number {
  const end = Math.min(text.length, SNIFF_BYTES);
  if (end === 0) return 0;
  let controls = 0;
  for (let i = 0; i < end; i++) if (isControl(text.charCodeAt(i))) controls++;
  return controls / end;
}

/** Above this share of control characters a "text" is binary data (real articles have none or a stray few). */
const MAX_CONTROL_SHARE = 0.02;

export function checkBinaryText(text: string): string | null {
  if (text.includes('\u0000')) return 'binary content (NUL characters)';
  const share = controlCharShare(text);
  return share > MAX_CONTROL_SHARE ? `binary content (${(share * 100).toFixed(0)}% control characters)` : null;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Byte offset of the first invalid UTF-8 sequence, for the error message (the decoder only says "invalid").
 * Only called once decoding has failed, so its speed does not matter.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

/** Strict decoding: a file in Latin-1 or Windows-1252 is rejected rather than silently garbled. */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: strictUtf8.decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { ok: false, reason: at >= 0 ? `invalid UTF-8 (byte 0x${bytes[at].toString(16).padStart(2, '0')} at offset ${at})` : 'invalid UTF-8' };
  }
}

export function checkBlank(text: string): string | null {
  if (text.length === 0) return 'empty';
  return text.trim().length === 0 ? 'whitespace only' : null;
}

/**
 * English function words that are rare as words in the other languages news comes in (so no `a`, `in`, `on`, `die`,
 * `je`): their share in English prose is 30-45%, in French, German or Spanish prose a few percent.
 */
const ENGLISH_FUNCTION_WORDS = new Set(
  (
    'the of and to is was that for with as by at from it this be are were has have had he she they his her their ' +
    'which who said not but or an will would its been after also about into than more we you there when what can ' +
    'our us them him these those over other such could should may must says during while before between'
  ).split(' '),
);

/** Below this many words the statistics say nothing: a short note is given the benefit of the doubt. */
const MIN_WORDS_FOR_STOPWORDS = 25;
const MIN_FUNCTION_WORD_SHARE = 0.08;
const MAX_NON_LATIN_SHARE = 0.5;

/** How much of a long text the language check reads: the first pages decide, the rest would only cost time. */
const LANGUAGE_SAMPLE_CHARS = 20_000;

export interface LanguageProfile {
  letters: number;
  nonLatinLetters: number;
  words: number;
  functionWords: number;
}

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;
/** Per non-ASCII code point: 0 not a letter, 1 a Latin letter, 2 another script's letter (a few hundred at most). */
const letterKinds = new Map<number, number>();

/** 0 not a letter, 1 a Latin letter, 2 a letter of another script; ASCII without a regular expression. */
function letterKind(code: number): number {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) ? 1 : 0;
  let kind = letterKinds.get(code);
  if (kind === undefined) {
    const char = String.fromCodePoint(code);
    kind = LETTER.test(char) ? (LATIN.test(char) ? 1 : 2) : 0;
    if (letterKinds.size < 10_000) letterKinds.set(code, kind);
  }
  return kind;
}

/**
 * Letters, non-Latin letters, words (`\p{L}+(?:['’]\p{L}+)?`) and English function words of a text, in one pass over
 * its code points: the same counts as matching those patterns, without a match object per letter (the check ran
 * on the main thread for every article: 0.27 -> 0.05 ms per news article).
 */
export function languageProfile(text: string): LanguageProfile {
  const sample = text.length > LANGUAGE_SAMPLE_CHARS ? text.slice(0, LANGUAGE_SAMPLE_CHARS) : text;
  let letters = 0;
  let nonLatinLetters = 0;
  let words = 0;
  let functionWords = 0;
  // The word being read: where it starts (-1 between words), whether it has had its one apostrophe, and where that
  // apostrophe is while no letter has followed it yet (it ends the word if none does).
  let start = -1;
  let quoted = false;
  let quoteAt = -1;
  const endWord = (end: number): void => {
    words++;
    if (ENGLISH_FUNCTION_WORDS.has(sample.slice(start, end).toLowerCase())) functionWords++;
    start = -1;
    quoteAt = -1;
  };
  for (let i = 0; i < sample.length; ) {
    const code = sample.codePointAt(i) as number;
    const kind = letterKind(code);
    if (kind !== 0) {
      letters++;
      if (kind === 2) nonLatinLetters++;
      if (start < 0) {
        start = i;
        quoted = false;
      }
      quoteAt = -1;
    } else if (start >= 0) {
      if (!quoted && (code === 0x27 || code === 0x2019)) {
        quoteAt = i;
        quoted = true;
      } else endWord(quoteAt >= 0 ? quoteAt : i);
    }
    i += code > 0xffff ? 2 : 1;
  }
  if (start >= 0) endWord(quoteAt >= 0 ? quoteAt : sample.length);
  return { letters, nonLatinLetters, words, functionWords };
}

/** Rejects text that is mostly in a non-Latin script, or Latin-script text with almost no English function words. */
export function checkEnglish(text: string): string | null {
  const p = languageProfile(text);
  if (p.letters > 0 && p.nonLatinLetters / p.letters > MAX_NON_LATIN_SHARE) {
    return `not English (${Math.round((100 * p.nonLatinLetters) / p.letters)}% of letters are non-Latin)`;
  }
  if (p.words >= MIN_WORDS_FOR_STOPWORDS && p.functionWords / p.words < MIN_FUNCTION_WORD_SHARE) {
    return `not English (only ${((100 * p.functionWords) / p.words).toFixed(1)}% English function words in ${p.words} words)`;
  }
  return null;
}

/**
 * Removes markup well enough for the checks above (not for extraction: `clean` does that): script and style
 * blocks, tags and the commonest entities.
 */
export function roughHtmlText(html: string): string {
  return html
    .replace(/<(script|style|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|&#160;/gi, ' ')
    .replace(/&amp;/gi, '&');
}

/** All checks on an already decoded text, in the order that gives the most useful reason. */
export function checkText(text: string, opts: { html?: boolean } = {}): string | null {
  const blank = checkBlank(text);
  if (blank) return blank;
  const binary = checkBinaryText(text);
  if (binary) return binary;
  const visible = opts.html ? roughHtmlText(text) : text;
  if (opts.html && visible.trim().length === 0) return 'no text outside the markup';
  return checkEnglish(visible);
}
