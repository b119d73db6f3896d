import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { projectPath } from '../paths.js';

/*
 * Word lists loaded once per process, on first use (a stage that never needs them never pays for them).
 */

const require = createRequire(import.meta.url);

/** A word list that only answers membership. */
export interface WordList {
  has(word: string): boolean;
}

/**
 * A JSON array of strings, sorted in code-unit order and free of escapes, searched in its own text: loading is one
 * file read and one scan for the quotes, instead of JSON.parse and a Set of every word (~415 ms CPU for the English
 * list, paid by every worker thread; this is ~25 ms). A lookup is a binary search, about 18 string comparisons.
 */
export class SortedJsonWords implements WordList {
  private readonly json: string;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  readonly size: number;

  constructor(json: string) {
    // One scan into arrays sized for the most entries the text can hold (each takes at least `"",`), then trimmed:
    // half the indexOf calls of counting first and filling after (English list: ~16 -> ~11 ms per worker).
    const most = Math.floor(json.length / 3) + 1;
    const starts = new Int32Array(most);
    const ends = new Int32Array(most);
    let count = 0;
    for (let p = json.indexOf('"'); p >= 0; count++) {
      const end = json.indexOf('"', p + 1);
      if (end < 0) break; // an unclosed string (never in the lists we write): its entry is left out
      starts[count] = p + 1;
      ends[count] = end;
      p = json.indexOf('"', end + 1);
    }
    this.json = json;
    this.starts = starts.slice(0, count);
    this.ends = ends.slice(0, count);
    this.size = count;
  }

  has(word: string): boolean {
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const entry = this.json.slice(this.starts[mid], this.ends[mid]);
      if (entry === word) return true;
      if (entry < word) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}

let english: WordList | null = null;

/** English dictionary words, lower case (an-array-of-english-words: ~275,000 words, no proper names). */
export function englishWords(): WordList {
  // The list is plain ASCII letters: latin1 decoding is exact and cheaper than UTF-8.
  english ??= new SortedJsonWords(readFileSync(require.resolve('an-array-of-english-words'), 'latin1'));
  return english;
}

export interface ProperNameLexicon {
  /** Countries, capitals, demonyms, large cities. */
  places: WordList;
  /** Other frequent proper names of news text. */
  names: WordList;
  /** Every word known to be a name (including the two above): such a word is never split. */
  known: WordList;
  /** Lower-case dictionary words common in news text. */
  common: WordList;
}

/** The text of the array under `key` in a JSON object written by JSON.stringify (no spaces), `[]` when missing. */
function arrayText(json: string, key: string): string {
  const open = json.indexOf(`"${key}":[`);
  if (open < 0) return '[]';
  const from = open + key.length + 3;
  // Entries hold no quote (derive-glue-lexicon writes plain words), so the array ends at the first `"]` or at `[]`.
  const end = json.startsWith(']', from) ? from : json.indexOf('"]', from) + 1;
  return json.slice(from - 1, end + 1);
}

let properNames: ProperNameLexicon | null = null;

/**
 * Single-word proper names, derived by derive-glue-lexicon.ts. Its lists are sorted, so they are searched in the
 * file's text (see SortedJsonWords): ~140 ms less CPU per worker than JSON.parse and Sets.
 */
export function properNameLexicon(): ProperNameLexicon {
  if (!properNames) {
    // Read from the source tree: tsc does not copy JSON next to the compiled module.
    const json = readFileSync(projectPath('src', 'lexicon', 'glue-lexicon.json'), 'utf8');
    const places = new SortedJsonWords(arrayText(json, 'places'));
    const names = new SortedJsonWords(arrayText(json, 'names'));
    const knownOnly = new SortedJsonWords(arrayText(json, 'known'));
    properNames = {
      places,
      names,
      known: { has: (word) => knownOnly.has(word) || names.has(word) || places.has(word) },
      common: new SortedJsonWords(arrayText(json, 'common')),
    };
  }
  return properNames;
}
