import type { Severity } from '../model/doc.js';
import { codePointAt, isLowerLetter, letterRuns, RUN } from './letters.js';

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

/** The script and language checks read this much of the text: enough to judge, cheap on long articles. */
const SAMPLE = 20_000;

/**
 * Letters, and Latin letters among them, counted over the runs of letters: an ASCII run at once, the others by
 * character. As the count has always been taken, letters between U+0080 and U+00BF ("ª", "µ") are not counted.
 */
function countLetters(text: string, runs: Int32Array): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let k = 0; k < runs.length; k += RUN) {
    const start = runs[k];
    const end = runs[k + 1];
    if (runs[k + 2] === 0) {
      letters += end - start;
      latin += end - start;
      continue;
    }
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        letters++;
        latin++;
      } else if (c >= 0xc0) {
        if (c >= 0xdc00 && c <= 0xdfff) continue; // second half of a pair: counted with the first
        const cp = codePointAt(text, i, end);
        letters++;
        if ((cp >= 0xc0 && cp <= 0x24f) || (cp >= 0x1e00 && cp <= 0x1eff)) latin++;
      }
    }
  }
  return { letters, latin };
}
/** UTF-8 read as Latin-1 or Windows-1252: "Iranâ€™s", "cafÃ©", "Â ". */
const MOJIBAKE = /â€[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u02c6\u02dc\u2013-\u203a\u20ac\u2122]|Ã[\u0080-\u00bf]|Â[\u00a0-\u00bf]/;
const REPLACEMENT = '\ufffd';
/** Function words of English that are not also words of the other common Latin-script languages ("a", "in", "de"). */
const ENGLISH_FUNCTION = new Set(['the', 'of', 'and', 'to', 'that', 'for', 'with', 'said', 'was', 'she', 'it', 'by',
  'at', 'as', 'from', 'has', 'have', 'will', 'are', 'his', 'her', 'not', 'this', 'they', 'would', 'which', 'been',
  'were', 'their', 'its', 'who', 'but', 'or', 'after', 'about', 'than', 'also', 'we', 'you', 'our']);
/** The function words by their first letter (all are ASCII lower case): found in the text without a slice. */
const FUNCTION_BY_INITIAL: string[][] = Array.from({ length: 128 }, () => []);
for (const w of ENGLISH_FUNCTION) FUNCTION_BY_INITIAL[w.charCodeAt(0)].push(w);
const LONGEST_FUNCTION_WORD = Math.max(...[...ENGLISH_FUNCTION].map((w) => w.length));

/** Is text[start, end) one of ENGLISH_FUNCTION? */
function isFunctionWord(text: string, start: number, end: number): boolean {
  const initial = text.charCodeAt(start);
  if (end - start > LONGEST_FUNCTION_WORD || initial >= 128) return false;
  for (const w of FUNCTION_BY_INITIAL[initial]) if (w.length === end - start && text.startsWith(w, start)) return true;
  return false;
}

export function textProblems(text: string): TextProblem[] {
  const problems: TextProblem[] = [];
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const runs = letterRuns(sample);
  const { letters, latin } = countLetters(sample, runs);
  if (letters >= 20 && latin / letters < 0.5) {
    problems.push({ severity: 'warning', text: `text is mostly in a non-Latin script (${Math.round((100 * latin) / letters)}% Latin letters): the pipeline reads English` });
  } else {
    // Words, lower-case words and English function words among them, counted in one scan of the letter runs.
    let words = 0;
    let lowerWords = 0;
    let functionWords = 0;
    for (let k = 0; k < runs.length; k += RUN) {
      const start = runs[k];
      const end = runs[k + 1];
      words++;
      if (!isLowerLetter(codePointAt(sample, start, end))) continue;
      lowerWords++;
      if (isFunctionWord(sample, start, end)) functionWords++;
    }
    // Only running prose can be judged: sports tables and lists of names are English with hardly a function word.
    if (words >= 40 && lowerWords >= words / 2) {
      const share = functionWords / lowerWords;
      // In English prose 25-40% of the lower-case words are these; in other languages 0-2%.
      if (share < 0.04) {
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
