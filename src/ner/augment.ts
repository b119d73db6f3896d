/**
 * Training-data augmentation: CoNLL headlines are in capitals, while web news mostly writes them in Title Case
 * ("Blinken Arrives in Baghdad to Discuss Syria"), where a capital letter says little. Rewriting some training
 * headlines in Title Case teaches the model that case (the Title Case headline features). Only ASCII letters change
 * case, so the text keeps its length and every gold offset stays valid.
 */

const SMALL = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'by', 'with', 'from', 'as', 'vs', 'v', 'into', 'over', 'after', 'is', 'are']);

function isCapsLine(line: string): boolean {
  let lettered = 0;
  let caps = 0;
  for (const w of line.split(/\s+/)) {
    if (!/[A-Za-z]/.test(w)) continue;
    lettered++;
    if (!/[a-z]/.test(w)) caps++;
  }
  return lettered > 0 && caps / lettered >= 0.6;
}

/**
 * The text with every capitals-only sentence (of `sentences`, character ranges) rewritten in Title Case. Words
 * written in capitals elsewhere in the text (acronyms: EU, NATO) keep their capitals.
 */
export function titleCaseHeadlines(text: string, sentences: ReadonlyArray<readonly [number, number]>): string {
  const capsLines = sentences.filter(([a, b]) => isCapsLine(text.slice(a, b)));
  if (capsLines.length === 0) return text;
  const inCaps = new Uint8Array(text.length);
  for (const [a, b] of capsLines) inCaps.fill(1, a, b);
  const acronyms = new Set<string>();
  for (const m of text.matchAll(/[A-Za-z]+/g)) {
    if (!inCaps[m.index] && m[0].length > 1 && m[0] === m[0].toUpperCase()) acronyms.add(m[0]);
  }
  const chars = text.split('');
  for (const [a, b] of capsLines) {
    let first = true;
    for (const m of text.slice(a, b).matchAll(/[A-Za-z]+/g)) {
      const word = m[0];
      const at = a + m.index;
      const afterApostrophe = at > 0 && (text[at - 1] === "'" || text[at - 1] === '\u2019');
      let out: string;
      if (acronyms.has(word)) out = word;
      else if (afterApostrophe || (!first && SMALL.has(word.toLowerCase()))) out = word.toLowerCase();
      else out = word[0].toUpperCase() + word.slice(1).toLowerCase();
      for (let k = 0; k < out.length; k++) chars[at + k] = out[k];
      first = false;
    }
  }
  return chars.join('');
}
