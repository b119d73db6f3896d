/**
 * Normalization of names into lookup keys. One function for every gazetteer and for `Entity.key`, so that
 * "Côte d’Ivoire", "Cote d'Ivoire" and "COTE D'IVOIRE" meet at the same key.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/** Lower-case, accents folded, typographic apostrophes and dashes made plain, whitespace collapsed. */
export function foldKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A lookup key that also ignores dots ("U.S." = "US") and a trailing possessive. */
export function lookupKey(name: string): string {
  return foldKey(name)
    .replace(/'s$|'$/, '')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
