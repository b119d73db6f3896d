import { createRequire } from 'node:module';
import { type GazClass, type GazetteerEntries, gazBit } from './gazetteer.js';

/** compromise lexicon tags that say what kind of name a word is, and the gazetteer class each maps to. */
const COMPROMISE_TAGS: Record<string, GazClass> = {
  FirstName: 'first',
  MaleName: 'first',
  FemaleName: 'first',
  LastName: 'last',
  Person: 'person',
  City: 'city',
  Country: 'country',
  Region: 'region',
  Place: 'region',
  Organization: 'org',
  SportsTeam: 'team',
  Demonym: 'demonym',
  Honorific: 'title',
  Actor: 'title',
  Month: 'time',
  WeekDay: 'time',
};

interface CountryRecord {
  name: { common: string; official: string };
  capital?: string[];
  altSpellings?: string[];
  demonyms?: Record<string, { m: string; f: string }>;
}

/**
 * The gazetteer from the lexicons already installed: compromise's lexicon (first and last names, cities, countries,
 * organizations, sports teams, demonyms, titles) and world-countries (country names, capitals, demonyms).
 * Used at training time only; the result is stored in the model file.
 */
export function buildGazetteer(): GazetteerEntries {
  const require = createRequire(import.meta.url);
  const out = new Map<string, number>();
  const add = (phrase: string, cls: GazClass): void => {
    const key = normalizePhrase(phrase);
    if (key.length === 0) return;
    out.set(key, (out.get(key) ?? 0) | gazBit(cls));
  };

  const nlp = require('compromise') as { model(): { one: { lexicon: Record<string, string | string[]> } } };
  for (const [word, tags] of Object.entries(nlp.model().one.lexicon)) {
    for (const tag of Array.isArray(tags) ? tags : String(tags).split(',')) {
      const cls = COMPROMISE_TAGS[tag];
      if (cls) add(word, cls);
    }
  }

  const countries = require('world-countries') as CountryRecord[];
  for (const c of countries) {
    add(c.name.common, 'country');
    add(c.name.official, 'country');
    for (const cap of c.capital ?? []) add(cap, 'city');
    for (const d of Object.values(c.demonyms ?? {})) {
      add(d.m, 'demonym');
      add(d.f, 'demonym');
    }
  }
  return [...out.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** Lower-case and split punctuation off the way wink-nlp tokenizes, so phrases match token sequences. */
export function normalizePhrase(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/([,()])/g, ' $1 ')
    .replace(/'s\b/g, " 's")
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .join(' ');
}
