/** Named HTML character references that news pages use; anything else numeric is decoded from its code point. */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  ndash: '\u2013', mdash: '\u2014', lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201a', ldquo: '\u201c',
  rdquo: '\u201d', bdquo: '\u201e', laquo: '\u00ab', raquo: '\u00bb', lsaquo: '\u2039', rsaquo: '\u203a',
  hellip: '\u2026', bull: '\u2022', middot: '\u00b7', copy: '\u00a9', reg: '\u00ae', trade: '\u2122',
  euro: '\u20ac', pound: '\u00a3', yen: '\u00a5', cent: '\u00a2', deg: '\u00b0', times: '\u00d7', divide: '\u00f7',
  plusmn: '\u00b1', frac12: '\u00bd', frac14: '\u00bc', frac34: '\u00be', sect: '\u00a7', para: '\u00b6',
  shy: '\u00ad', zwj: '\u200d', zwnj: '\u200c', prime: '\u2032', Prime: '\u2033', minus: '\u2212',
  eacute: '\u00e9', Eacute: '\u00c9', egrave: '\u00e8', aacute: '\u00e1', agrave: '\u00e0', iacute: '\u00ed',
  oacute: '\u00f3', uacute: '\u00fa', ntilde: '\u00f1', Ntilde: '\u00d1', ccedil: '\u00e7', uuml: '\u00fc',
  ouml: '\u00f6', auml: '\u00e4', Uuml: '\u00dc', Ouml: '\u00d6', Auml: '\u00c4', szlig: '\u00df', oslash: '\u00f8',
  aring: '\u00e5', iuml: '\u00ef', euml: '\u00eb', ecirc: '\u00ea', ocirc: '\u00f4', acirc: '\u00e2',
};

/** Matches one character reference at a position: `&amp;`, `&#8220;`, `&#x201C;`. */
export const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,9}));/y;

/**
 * Decodes the character reference at `pos` in `text`; returns it and its length, or null when there is none (or it
 * names a code point that is not a valid character: it is then left as written).
 */
export function decodeEntityAt(text: string, pos: number): { value: string; length: number } | null {
  ENTITY.lastIndex = pos;
  const m = ENTITY.exec(text);
  if (!m) return null;
  let value: string | undefined;
  if (m[1] !== undefined || m[2] !== undefined) {
    const code = m[1] !== undefined ? parseInt(m[1], 10) : parseInt(m[2], 16);
    if (code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) value = String.fromCodePoint(code);
  } else value = NAMED[m[3]];
  return value === undefined ? null : { value, length: m[0].length };
}
