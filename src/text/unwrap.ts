import { Rewriter, type Rewritten } from './rewriter.js';

/*
 * Hard-wrapped text (plain-text dumps, e-mail, some wire feeds) breaks every line at ~70 characters, in the middle
 * of sentences. Since a line break ends a sentence, such text would be cut to pieces: its line breaks inside a
 * paragraph become spaces (a one-for-one substitution: offsets stay exact). Blank lines stay paragraph breaks.
 * Detection is deliberately strict: news text with one paragraph per line, headlines, datelines and tables is not
 * hard-wrapped.
 */

const SENTENCE_END = /[.!?:;"”'’)\]]$/;
const LOWER_START = /^\p{Ll}/u;

/** True when most lines are wrapped: similar lengths, and most end mid-sentence before a line in lower case. */
export function looksHardWrapped(text: string): boolean {
  const lines = text.split('\n');
  let pairs = 0;
  let midSentence = 0;
  let lowerNext = 0;
  const lengths: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    lengths.push(line.length);
    const next = (lines[i + 1] ?? '').trim();
    if (!next) continue;
    pairs++;
    if (!SENTENCE_END.test(line)) {
      midSentence++;
      if (LOWER_START.test(next)) lowerNext++;
    }
  }
  if (pairs < 5) return false;
  lengths.sort((a, b) => a - b);
  // Prose wrapped at a fixed width: most lines are long (tables and result lists are short), nearly all end
  // mid-sentence, and most go on in lower case.
  const median = lengths[Math.floor(lengths.length * 0.5)];
  const p80 = lengths[Math.floor(lengths.length * 0.8)];
  return median >= 55 && p80 <= 100 && midSentence >= pairs * 0.8 && lowerNext >= pairs * 0.6;
}

/** Joins the lines of each paragraph of hard-wrapped text. */
export function unwrapLines(text: string): Rewritten {
  const w = new Rewriter(text);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    const before = text.lastIndexOf('\n', i - 1);
    const after = text.indexOf('\n', i + 1);
    const previousLine = text.slice(before + 1, i).trim();
    const nextLine = text.slice(i + 1, after < 0 ? text.length : after).trim();
    if (!previousLine || !nextLine) continue;
    w.copyTo(i);
    w.substitute(' ');
  }
  return w.finish();
}
