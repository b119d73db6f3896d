import nlp from 'compromise';
import { honorificGender, titleGender, roleCore } from './titles.js';

export type Gender = 'm' | 'f';

let lexicon: Record<string, string | string[]> | null = null;

function firstNameGender(word: string): Gender | undefined {
  if (!lexicon) lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const v = lexicon[word.toLowerCase()];
  const tags = v === undefined ? [] : typeof v === 'string' ? [v] : v;
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
