import { readFileSync } from 'node:fs';
import { projectPath } from '../paths.js';

/**
 * The name part of compromise's word lexicon (first names, last names, cities, countries, organizations, ...),
 * read from `name-lexicon.json`, which derive-name-lexicon.ts generates from the installed compromise. Loaded on
 * first use, once per process, so that importing the pipeline does not load compromise (0.7-1.1 s per worker).
 */

/** The compromise tags name typing reads; other tags are dropped from the derived file. */
export const NAME_TAGS = [
  'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific',
  'Place', 'Country', 'City', 'Region', 'Address',
  'Organization', 'SportsTeam', 'Acronym', 'ProperNoun',
] as const;

/** Marks a word that compromise also tags with something else (so it is not only a first name). */
export const OTHER_TAG = 'Other';

let lexicon: Map<string, readonly string[]> | null = null;

function load(): Map<string, readonly string[]> {
  const raw = JSON.parse(readFileSync(projectPath('src', 'entities', 'name-lexicon.json'), 'utf8')) as Record<string, string>;
  const map = new Map<string, readonly string[]>();
  // Many words share a tag list: share the arrays too.
  const shared = new Map<string, readonly string[]>();
  for (const word of Object.keys(raw)) {
    const joined = raw[word];
    let tags = shared.get(joined);
    if (!tags) {
      tags = Object.freeze(joined.split(','));
      shared.set(joined, tags);
    }
    map.set(word, tags);
  }
  return map;
}

const NONE: readonly string[] = Object.freeze([]);

/** The name tags of a lower-cased word (empty when compromise's lexicon has none), OTHER_TAG included. */
export function nameTagsOf(lowerWord: string): readonly string[] {
  if (!lexicon) lexicon = load();
  return lexicon.get(lowerWord) ?? NONE;
}
