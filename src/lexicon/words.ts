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
  names: string[];
  known: string[];
}

let properNames: { names: ReadonlySet<string>; known: ReadonlySet<string> } | null = null;

/**
 * Single-word proper names (see derive-names.ts): `names` may start a glued word; `known` are all words known to be
 * names, which are never split themselves.
 */
export function properNameLexicon(): { names: ReadonlySet<string>; known: ReadonlySet<string> } {
  if (!properNames) {
    // Read from the source tree: tsc does not copy JSON next to the compiled module.
    const file = JSON.parse(readFileSync(projectPath('src', 'lexicon', 'proper-names.json'), 'utf8')) as ProperNamesFile;
    const names = new Set(file.names);
    const known = new Set([...file.known, ...file.names]);
    properNames = { names, known };
  }
  return properNames;
}
