/**
 * The article-level pass over name candidates: a word seen in a full person name elsewhere in the article is that
 * person ("Blinken" after "Anthony Blinken", even where a gazetteer would say otherwise: "Jordan" after "Michael
 * Jordan"); an acronym or short form of an organization found elsewhere is that organization; the rest is typed by
 * compromise's tags or dropped.
 */
import type { EntityType } from '../model/doc.js';
import { foldKey } from '../gazetteer/normalize.js';
import { lookupDemonym, lookupName } from '../gazetteer/index.js';
import { MISC_WORDS } from './lexicon.js';
import type { NameCandidate } from './names.js';
import { isNameParticle } from './words.js';

function personWords(cands: readonly NameCandidate[]): Set<string> {
  const out = new Set<string>();
  for (const c of cands) {
    if (c.type !== 'PERSON' || c.source === 'guess') continue;
    const parts = c.text.split(/\s+/);
    if (parts.length < 2 && !c.role && c.source !== 'pattern') continue;
    for (const p of parts) {
      // A word a gazetteer knows ("Chechnya" in a headline run "Lebed Chechnya") is no evidence of a surname.
      if (isNameParticle(p) || p.length < 2 || lookupName(p) || lookupDemonym(p) || MISC_WORDS.has(p.toLowerCase())) continue;
      out.add(foldKey(p));
      // "al-Sudani" is also written "Sudani".
      const bare = /^(?:al|el)-(.+)$/i.exec(p);
      if (bare) out.add(foldKey(bare[1]));
    }
  }
  return out;
}

function typedTexts(cands: readonly NameCandidate[], type: EntityType): Set<string> {
  const out = new Set<string>();
  for (const c of cands) if (c.type === type) out.add(foldKey(c.text));
  return out;
}

/** Types what can be typed from the article as a whole; returns only typed candidates. */
export function typeByDocument(cands: readonly NameCandidate[], guessProperNouns: boolean): Array<NameCandidate & { type: EntityType }> {
  const people = personWords(cands);
  const orgs = typedTexts(cands, 'ORG');
  const places = typedTexts(cands, 'PLACE');
  const out: Array<NameCandidate & { type: EntityType }> = [];
  for (const c of cands) {
    const key = foldKey(c.text);
    const single = !/\s/.test(c.text);
    if (single && c.type !== 'PERSON' && !c.source.startsWith('gazetteer') && people.has(key)) {
      out.push({ ...c, type: 'PERSON', source: 'alias' });
      continue;
    }
    if (c.type !== 'unknown') {
      out.push(c as NameCandidate & { type: EntityType });
      continue;
    }
    if (orgs.has(key)) out.push({ ...c, type: 'ORG', source: 'alias' });
    else if (places.has(key)) out.push({ ...c, type: 'PLACE', source: 'alias' });
    else if (c.tags.has('Person') || c.tags.has('LastName')) out.push({ ...c, type: 'PERSON', source: 'compromise' });
    else if (c.tags.has('Organization')) out.push({ ...c, type: 'ORG', source: 'compromise' });
    else if (c.tags.has('Place')) out.push({ ...c, type: 'PLACE', source: 'compromise' });
    else if (guessProperNouns && !c.initial && single && /^\p{Lu}\p{Ll}{2,}$/u.test(c.text)) out.push({ ...c, type: 'PERSON', source: 'guess' });
  }
  return out;
}
