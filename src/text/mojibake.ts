import { Rewriter, type Rewritten } from './rewriter.js';

/*
 * Mojibake: UTF-8 bytes decoded as Windows-1252 (or Latin-1), so "Guantánamo" reads "GuantÃ¡namo" and "’" reads
 * "â€™". Each such sequence is turned back into its bytes and decoded as UTF-8; it is replaced only when that
 * decoding is valid and gives one character, so real text is left alone.
 */

/** Windows-1252 characters of the 0x80-0x9F range, by code point, to their byte. */
const CP1252: ReadonlyMap<number, number> = new Map([
  [0x20ac, 0x80], [0x201a, 0x82], [0x0192, 0x83], [0x201e, 0x84], [0x2026, 0x85], [0x2020, 0x86], [0x2021, 0x87],
  [0x02c6, 0x88], [0x2030, 0x89], [0x0160, 0x8a], [0x2039, 0x8b], [0x0152, 0x8c], [0x017d, 0x8e], [0x2018, 0x91],
  [0x2019, 0x92], [0x201c, 0x93], [0x201d, 0x94], [0x2022, 0x95], [0x2013, 0x96], [0x2014, 0x97], [0x02dc, 0x98],
  [0x2122, 0x99], [0x0161, 0x9a], [0x203a, 0x9b], [0x0153, 0x9c], [0x017e, 0x9e], [0x0178, 0x9f],
]);

const CONTINUATION = '[\\u0080-\\u00bf\\u20ac\\u201a\\u0192\\u201e\\u2026\\u2020\\u2021\\u02c6\\u2030\\u0160\\u2039\\u0152\\u017d\\u2018\\u2019\\u201c\\u201d\\u2022\\u2013\\u2014\\u02dc\\u2122\\u0161\\u203a\\u0153\\u017e\\u0178]';
/** A UTF-8 lead byte (as a character) followed by one to three continuation bytes. */
const SEQUENCE = new RegExp(`[\\u00c2-\\u00f4]${CONTINUATION}{1,3}`, 'g');

const decoder = new TextDecoder('utf-8', { fatal: true });

function byteOf(ch: string): number {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? code : (CP1252.get(code) ?? -1);
}

/** The character a mojibake sequence stands for, or null when it is not one. */
function repair(sequence: string): string | null {
  const bytes = new Uint8Array(sequence.length);
  for (let i = 0; i < sequence.length; i++) {
    const b = byteOf(sequence[i]);
    if (b < 0) return null;
    bytes[i] = b;
  }
  try {
    const decoded = decoder.decode(bytes);
    const points = [...decoded];
    if (points.length === 1 && decoded.charCodeAt(0) >= 0x80) return decoded;
  } catch {
    // not valid UTF-8
  }
  return null;
}

/** Repairs mojibake sequences; `count` says how many. */
export function repairMojibake(source: string): Rewritten & { count: number } {
  const w = new Rewriter(source);
  let count = 0;
  SEQUENCE.lastIndex = 0;
  for (let m = SEQUENCE.exec(source); m !== null; m = SEQUENCE.exec(source)) {
    // The regex is greedy: a sequence can be followed by a byte of the next one; shorten until it decodes.
    let seq = m[0];
    let fixed = repair(seq);
    while (fixed === null && seq.length > 2) {
      seq = seq.slice(0, -1);
      fixed = repair(seq);
    }
    if (fixed === null) continue;
    w.copyTo(m.index);
    w.replace(seq.length, fixed);
    count++;
    SEQUENCE.lastIndex = m.index + seq.length;
  }
  return { ...w.finish(), count };
}
