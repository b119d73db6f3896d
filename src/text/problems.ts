import type { Severity } from '../model/doc.js';

/*
 * Signs that a text is not the English news text the pipeline is built for. They become messages on the document:
 * the article is still processed, and whoever reads the results knows why they are poor.
 */

export interface TextProblem {
  severity: Severity;
  text: string;
  start?: number;
  end?: number;
}

const LETTER = /\p{L}/gu;
const LATIN = /[A-Za-z\u00c0-\u024f\u1e00-\u1eff]/g;
/** UTF-8 read as Latin-1 or Windows-1252: "Iranâ€™s", "cafÃ©", "Â ". */
const MOJIBAKE = /â€[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u02c6\u02dc\u2013-\u203a\u20ac\u2122]|Ã[\u0080-\u00bf]|Â[\u00a0-\u00bf]/;
const REPLACEMENT = '\ufffd';
const ENGLISH_FUNCTION = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'on', 'with', 'said', 'was',
  'he', 'she', 'it', 'by', 'at', 'as', 'from', 'has', 'have', 'will', 'are', 'his', 'her', 'not', 'be', 'an', 'this']);

export function textProblems(text: string): TextProblem[] {
  const problems: TextProblem[] = [];
  const letters = text.match(LETTER)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  if (letters >= 20 && latin / letters < 0.5) {
    problems.push({ severity: 'warning', text: `text is mostly in a non-Latin script (${Math.round((100 * latin) / letters)}% Latin letters): the pipeline reads English` });
  } else {
    const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
    if (words.length >= 40) {
      const share = words.filter((w) => ENGLISH_FUNCTION.has(w)).length / words.length;
      // English news has 25-40% of these words; upper-case sports tables and lists have fewer, other languages ~0-5%.
      if (share < 0.05 && text.toUpperCase() !== text) {
        problems.push({ severity: 'warning', text: `text does not look like English (${Math.round(share * 100)}% common English words)` });
      }
    }
  }
  const moji = MOJIBAKE.exec(text);
  if (moji) {
    problems.push({ severity: 'warning', text: 'text looks like mojibake (UTF-8 decoded as Latin-1/Windows-1252)', start: moji.index, end: moji.index + moji[0].length });
  }
  const bad = text.indexOf(REPLACEMENT);
  if (bad >= 0) {
    problems.push({ severity: 'warning', text: 'text contains U+FFFD replacement characters (a decoding error upstream)', start: bad, end: bad + 1 });
  }
  return problems;
}
