import type { Doc, Entity, Mention } from '../model/doc.js';
import { foldKey } from '../gazetteer/normalize.js';
import { resolvePeople } from '../entities/resolve-people.js';
import { resolvePlacesAndOrgs } from '../entities/resolve-names.js';
import { isMetonymic } from '../entities/metonymy.js';
import { fallbackSentences } from '../entities/sentences.js';
import { lowerBound } from '../model/spans.js';

/**
 * One entity per real-world thing in the article: person names, titles and pronouns joined; places tied to the
 * gazetteer (canonical name, country code, coordinates), demonyms to their place, metonymic places flagged;
 * acronyms joined to their organization. Sets `doc.entities` and `mention.entity`.
 */
export function resolve(doc: Doc): Doc {
  const text = doc.text;
  const mentions: Mention[] = doc.mentions.map((m) => ({ ...m }));
  const sentenceOf = sentenceIndex(doc);
  const people = resolvePeople(text, mentions, sentenceOf, compoundModifier(doc));
  const others = resolvePlacesAndOrgs(text, mentions);

  // Entities in order of first mention, so indices read like the article.
  const drafts: Array<{ first: number; entity: Entity }> = [];
  for (const c of people.clusters) {
    if (c.mentions.length === 0) continue;
    const aliases = distinct(c.mentions.filter((i) => mentions[i].kind === 'name').map((i) => mentions[i].text.replace(/['’]s?$/, '')));
    drafts.push({
      first: Math.min(...c.mentions.map((i) => mentions[i].start)),
      entity: { type: 'PERSON', canonical: c.canonical, key: c.key ?? foldKey(c.canonical), aliases, roles: [...c.roles], mentions: c.mentions },
    });
  }
  for (const c of others.clusters) {
    if (c.mentions.length === 0) continue;
    const aliases = distinct(c.mentions.filter((i) => mentions[i].kind === 'name').map((i) => mentions[i].text.replace(/['’]s?$/, '')));
    const e = c.entry;
    drafts.push({
      first: Math.min(...c.mentions.map((i) => mentions[i].start)),
      entity: {
        type: c.type,
        canonical: c.canonical,
        key: c.key,
        aliases,
        roles: [],
        ...((c.countryCode ?? e?.countryCode) ? { countryCode: c.countryCode ?? e?.countryCode } : {}),
        ...(e?.lat !== undefined && e.lon !== undefined ? { lat: e.lat, lon: e.lon } : {}),
        mentions: [...c.mentions].sort((a, b) => a - b),
      },
    });
  }
  drafts.sort((a, b) => a.first - b.first);
  const entities = drafts.map((d) => d.entity);
  entities.forEach((e, k) => {
    for (const i of e.mentions) mentions[i].entity = k;
  });
  for (const m of mentions) {
    if (m.type === 'PLACE' && m.kind === 'name' && isMetonymic(text.slice(m.end, m.end + 40), text.slice(Math.max(0, m.start - 20), m.start))) m.metonymy = true;
  }
  return { ...doc, mentions, entities };
}

/** Is a mention directly followed by a common noun it modifies ("the Assad regime")? Reads the segmenter's POS. */
function compoundModifier(doc: Doc): (m: Mention) => boolean {
  const starts = doc.tokens.start;
  return (m: Mention): boolean => {
    const lo = lowerBound(starts, m.end);
    if (lo >= starts.length || !/^\s$/.test(doc.text.slice(m.end, starts[lo]))) return false;
    return doc.tokens.pos[lo] === 'NOUN';
  };
}

function distinct(values: string[]): string[] {
  return [...new Set(values)];
}

/** Sentence index of an offset: the segmenter's sentences, or rough ones when there are none. */
function sentenceIndex(doc: Doc): (offset: number) => number {
  const spans = doc.sentences.length > 0 ? doc.sentences : fallbackSentences(doc.text);
  const starts = spans.map((s) => s.start);
  return (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}
