import type { Doc } from '../model/doc.js';
import { nameTagsOf, OTHER_TAG } from './name-lexicon.js';

/**
 * Word tags for name typing, without running a tagger: compromise's lexicon (first names, last names, cities,
 * countries, organizations: the ~6k name words of its ~25k, derived into name-lexicon.json) looked up per word, plus
 * the segmenter's PROPN tag. Running compromise's tagger costs ~10 KB/s on this machine; the lexicon gives nearly
 * all of what names need at lookup cost.
 */

export type TagLookup = (start: number, end: number) => Set<string>;

/**
 * The parents a name tag implies (compromise's tag tree, for the tags names need). A Map: the lexicon's tags are split
 * out of strings, and an object looked up by such a string interns it first.
 */
const IMPLIED = new Map<string, readonly string[]>(Object.entries({
  MaleName: ['FirstName', 'Person'],
  FemaleName: ['FirstName', 'Person'],
  FirstName: ['Person'],
  LastName: ['Person'],
  Honorific: ['Person'],
  City: ['Place'],
  Country: ['Place'],
  Region: ['Place'],
  Place: [],
  SportsTeam: ['Organization'],
}));

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;

/** Tags of the words in `text` (lexicon) and of the doc tokens starting there (segmenter POS). */
export function lexiconTags(doc: Doc): TagLookup {
  const text = doc.text;
  const starts = doc.tokens.start;
  const pos = doc.tokens.pos;
  // POS of the last token starting at `offset` (tokens are in text order), undefined when none does
  const posAt = (offset: number): string | undefined => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && starts[lo - 1] === offset ? pos[lo - 1] : undefined;
  };
  // The rules ask about the same words several times (a run's first word, its span, its title): answered once.
  // The sets are shared, and nobody changes them.
  // Keyed by start and length packed into one number, a small integer (a Smi, cheap to hash) below a million
  // characters of text; spans of 1024 characters or more are not remembered.
  const memo = new Map<number, Set<string>>();
  return (start: number, end: number): Set<string> => {
    const key = end - start < 1024 ? start * 1024 + (end - start) : -1;
    const known = key >= 0 ? memo.get(key) : undefined;
    if (known !== undefined) return known;
    const out = new Set<string>();
    const slice = text.slice(start, end);
    WORD.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = WORD.exec(slice)) !== null) {
      for (const tag of nameTagsOf(m[0].toLowerCase())) {
        if (tag === OTHER_TAG) continue;
        out.add(tag);
        const implied = IMPLIED.get(tag);
        if (implied) for (const p of implied) out.add(p);
      }
      if (posAt(start + m.index) === 'PROPN') out.add('ProperNoun');
    }
    if (key >= 0) memo.set(key, out);
    return out;
  };
}

/** Is `word` a first name in compromise's lexicon (and nothing else there: "Jordan" is also a place)? */
export function isFirstName(word: string): boolean {
  const tags = nameTagsOf(word.toLowerCase());
  return tags.length > 0 && tags.every((t) => t === 'MaleName' || t === 'FemaleName' || t === 'FirstName');
}
