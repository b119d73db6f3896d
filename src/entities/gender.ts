import { honorificGender, titleGender, roleCore } from './titles.js';
import { nameTagsOf } from './name-lexicon.js';

export type Gender = 'm' | 'f';

function firstNameGender(word: string): Gender | undefined {
  const tags = nameTagsOf(word.toLowerCase());
  if (tags.includes('MaleName')) return 'm';
  if (tags.includes('FemaleName')) return 'f';
  return undefined;
}

/**
 * What an article says of a person's gender: the first name (compromise's name lists), an honorific just before
 * the name ("Mrs."), or a gendered title ("spokeswoman"). Undefined when nothing says; pronoun resolution then
 * accepts either.
 */
export function genderOf(name: string, roles: readonly string[], wordBefore: string | undefined): Gender | undefined {
  if (wordBefore) {
    const h = honorificGender(wordBefore);
    if (h) return h;
  }
  for (const r of roles) {
    const g = titleGender(roleCore(r));
    if (g) return g;
  }
  const first = name.split(/\s+/)[0];
  return first ? firstNameGender(first) : undefined;
}
