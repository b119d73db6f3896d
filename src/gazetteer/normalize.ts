/**
 * Normalization of names into lookup keys. One function for every gazetteer and for `Entity.key`, so that
 * "Côte d’Ivoire", "Cote d'Ivoire" and "COTE D'IVOIRE" meet at the same key.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/** Printable ASCII without spaces or backtick: nothing to fold but the case (most words, cheaply tested). */
const PLAIN_ASCII = /^[!-_a-~]*$/;

/** Lower-case, accents folded, typographic apostrophes and dashes made plain, whitespace collapsed. */
export function foldKey(name: string): string {
  // NFKD and the replacements below are a visible cost per word; on plain ASCII they change nothing but the case.
  if (PLAIN_ASCII.test(name)) return name.toLowerCase();
  return name
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Keys repeat (the same names and words in every article): remembered per process, forgotten when full. */
const KEY_MEMO_LIMIT = 50_000;
const keyMemo = new Map<string, string>();

/** A lookup key that also ignores dots ("U.S." = "US") and a trailing possessive. */
export function lookupKey(name: string): string {
  let key = keyMemo.get(name);
  if (key !== undefined) return key;
  key = foldKey(name)
    .replace(/'s$|'$/, '')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (keyMemo.size >= KEY_MEMO_LIMIT) keyMemo.clear();
  keyMemo.set(name, key);
  return key;
}
