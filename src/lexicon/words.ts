import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { projectPath } from '../paths.js';

/*
 * Word lists loaded once per process, on first use (a stage that never needs them never pays for them).
 */

const require = createRequire(import.meta.url);

let english: ReadonlySet<string> | null = null;

/** English dictionary words, lower case (an-array-of-english-words: ~275,000 words, no proper names). */
export function englishWords(): ReadonlySet<string> {
  if (!english) english = new Set(require('an-array-of-english-words') as string[]);
  return english;
}

interface ProperNamesFile {
  places: string[];
  names: string[];
  known: string[];
  common: string[];
}

export interface ProperNameLexicon {
  /** Countries, capitals, demonyms, large cities. */
  places: ReadonlySet<string>;
  /** Other frequent proper names of news text. */
  names: ReadonlySet<string>;
  /** Every word known to be a name (including the two above): such a word is never split. */
  known: ReadonlySet<string>;
  /** Lower-case dictionary words common in news text. */
  common: ReadonlySet<string>;
}

let properNames: ProperNameLexicon | null = null;

/** Single-word proper names, derived by derive-glue-lexicon.ts. */
export function properNameLexicon(): ProperNameLexicon {
  if (!properNames) {
    // Read from the source tree: tsc does not copy JSON next to the compiled module.
    const file = JSON.parse(readFileSync(projectPath('src', 'lexicon', 'glue-lexicon.json'), 'utf8')) as ProperNamesFile;
    properNames = {
      places: new Set(file.places),
      names: new Set(file.names),
      known: new Set([...file.known, ...file.names, ...file.places]),
      common: new Set(file.common),
    };
  }
  return properNames;
}
