/**
 * All mentions of one document: the trained model's names (when it has any), rule names filling the gaps, and the
 * nominal, pronoun and demonym mentions that only the rules find.
 */
import type { Doc, Mention, Span } from '../model/doc.js';
import { recognizeNames } from '../ner/recognize.js';
import { lookupDemonym, lookupName, orgByName } from '../gazetteer/index.js';
import { isFirstName, lexiconTags, type TagLookup } from './compromise-tags.js';
import { findInSentence, type NameCandidate } from './names.js';
import { typeByDocument } from './document-pass.js';
import { fallbackSentences } from './sentences.js';
import { datelinePlaces, datelines, openingOffsets, trimOpeningNouns } from './opening-words.js';
import { EVENT_SUFFIXES, MISC_WORDS, NEVER_NAME, ORG_CUES, ORG_HEAD_NOUNS, ORG_SUFFIXES, PLACE_SUFFIXES } from './lexicon.js';
import { organizationsByEvidence } from './org-evidence.js';
import { joinOrganizationNames } from './org-joins.js';
import { isCapitalized, isShouting, isTitleCase, wordsIn } from './words.js';
import { firstOfOverlapping } from '../model/spans.js';

const NO_TAGS: TagLookup = () => new Set<string>();

export interface FindOptions {
  /** Use the trained model's names (default true); off to measure the rules alone. */
  model?: boolean;
  /** Take a lone unknown capitalized word inside a sentence for a person ("the fall of Assad"). */
  guessProperNouns?: boolean;
}

export interface FoundMentions {
  mentions: Mention[];
  messages: Doc['messages'];
}

export function findMentions(doc: Doc, options: FindOptions = {}): FoundMentions {
  const text = doc.text;
  const sentences = doc.sentences.length > 0 ? doc.sentences : fallbackSentences(text);
  const tagsOf = lexiconTags(doc);
  const candidates: NameCandidate[] = [];
  const others: Mention[] = [];
  for (const [n, s] of sentences.entries()) {
    const words = wordsIn(text, s.start, s.end);
    if (words.length === 0) continue;
    const shouting = isShouting(text, s.start, s.end) || isTitleCase(words, n === 0);
    const hasCapital = words.some((w) => isCapitalized(w.text));
    const tags = hasCapital && !shouting ? tagsOf : NO_TAGS;
    const found = findInSentence(text, words, tags, shouting);
    candidates.push(...found.names);
    others.push(...found.others);
  }
  const typed = typeByDocument(candidates, options.guessProperNouns ?? false);
  const ruleNames: Mention[] = typed.map((c) => ({
    start: c.start,
    end: c.end,
    text: c.text,
    type: c.type,
    kind: 'name',
    source: c.source,
    ...(c.role ? { role: c.role } : {}),
  }));
  const messages = [...doc.messages];
  const model = options.model === false ? [] : checkModelNames(safeModelNames(doc, messages).map((m) => toWordBounds(text, m)), others);
  const portfolios = portfolioSpans(typed, others);
  const merged = joinOrganizationNames(text, mergeNames(model, ruleNames));
  const lines = datelines(text, sentences);
  const opened = datelinePlaces(trimOpeningNouns(text, merged, openingOffsets(text, sentences, lines)), lines);
  const names = organizationsByEvidence(text, retypeKnownPeople(orgByContext(text, splitConjoinedNames(text, portfolios.length > 0 ? opened.filter((m) => !inPortfolio(m, portfolios)) : opened))));
  const all = [...sentencePeriodsOff(text, names), ...others].filter((m) => m.end > m.start && text.slice(m.start, m.end) === m.text);
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  return { mentions: dedupe(all), messages };
}

/** A government title and the link to its portfolio: "Minister for", "Secretary of State for", "Chancellor of the". */
const PORTFOLIO_LINK = /\b(?:[Mm]inister|[Ss]ecretary(?: of [Ss]tate)?|[Cc]ommissioner|[Cc]hancellor)\s+(?:for|of)\s+(?:the\s+)?/;

/**
 * Where titles name a portfolio: the words after a minister's, secretary's or commissioner's "for" or "of" ("Minister
 * for Ecological Transition", "Secretary of State for European Affairs", "Commissioner for Energy"). They belong to
 * the person's role. Other titles name an organization there ("president of the Nasdaq"), which stays one.
 */
function portfolioSpans(candidates: readonly NameCandidate[], others: readonly Mention[]): Span[] {
  const spans: Span[] = [];
  const add = (role: string, roleStart: number): void => {
    const link = PORTFOLIO_LINK.exec(role);
    if (link) spans.push({ start: roleStart + link.index + link[0].length, end: roleStart + role.length });
  };
  for (const c of candidates) if (c.role && c.roleStart !== undefined && c.roleStart >= 0) add(c.role, c.roleStart);
  // A nominal title's role ends where the mention does ("The Minister for Ecological Transition said").
  for (const m of others) if (m.kind === 'nominal' && m.role) add(m.role, m.end - m.role.length);
  return spans;
}

/**
 * An organization name inside a portfolio is the model reading the title's words as a name ("Ecological
 * Transition"): the portfolio is part of the role, not an organization. A body a table knows stays ("Secretary-General
 * of the World Health Organization"), and so does an acronym.
 */
function inPortfolio(m: Mention, portfolios: readonly Span[]): boolean {
  // where it stands first: most names are in no portfolio, and the table and the case need a string each
  if (m.type !== 'ORG' || !portfolios.some((p) => m.start >= p.start && m.end <= p.end)) return false;
  return !orgByName(m.text) && m.text !== m.text.toUpperCase();
}

/** The model's names; a failing model is reported on the document and the rules carry on alone. */
function safeModelNames(doc: Doc, messages: Doc['messages']): Mention[] {
  try {
    return recognizeNames(doc).filter((m) => m.kind === 'name');
  } catch (err) {
    messages.push({ stage: 'entities', severity: 'warning', text: `name model failed: ${err instanceof Error ? err.message : String(err)}` });
    return [];
  }
}

/**
 * A name never starts or ends inside a word: a model span cut at a letter it does not know ("Jovanovi" of
 * "Jovanović", "Ni" of "Niš") is widened to the whole word.
 */
export function toWordBounds(text: string, m: Mention): Mention {
  const letter = /[\p{L}\p{M}\p{N}]/u;
  let { start, end } = m;
  while (start > 0 && letter.test(text[start - 1]) && letter.test(text[start])) start--;
  while (end < text.length && letter.test(text[end]) && letter.test(text[end - 1])) end++;
  // "Al-Rikabi": the article particle belongs to the name.
  const particle = /(?:^|[^\p{L}])((?:[Aa]l|[Ee]l)[-‐])$/u.exec(text.slice(Math.max(0, start - 4), start));
  if (particle && m.type === 'PERSON') start -= particle[1].length;
  if (start === m.start && end === m.end) return m;
  return { ...m, start, end, text: text.slice(start, end) };
}

/**
 * Where a table is certain, it corrects the model's label but never its span: a demonym ("Iraqi") becomes a demonym
 * mention, a religion word ("Shiite") is dropped, and a known organization, country or region gets its table
 * type unless the model read a person (a person named "Jordan" is the model's call).
 */
export function checkModelNames(model: Mention[], others: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const raw of model) {
    // "Mr. Trump": an honorific makes it a person, and the name span leaves the honorific out.
    const honorific = /^(?:Mr|Mrs|Ms|Dr|Mme|Sir|Dame)\.?\s+(?=\p{Lu})/u.exec(raw.text);
    const m: Mention = honorific
      ? { ...raw, start: raw.start + honorific[0].length, text: raw.text.slice(honorific[0].length), type: 'PERSON', source: `${raw.source}+honorific` }
      : raw;
    const lower = m.text.toLowerCase();
    if (MISC_WORDS.has(lower) || NEVER_NAME.has(lower)) continue;
    const entry = lookupName(m.text);
    if (!entry && lookupDemonym(m.text)) {
      if (!others.some((o) => o.start === m.start && o.end === m.end)) {
        others.push({ ...m, type: 'PLACE', kind: 'demonym', source: 'model+gazetteer' });
      }
      continue;
    }
    // Cities and states stay the model's call: "Chicago beat Boston" are teams, and the model reads context.
    if (entry && m.type !== 'PERSON' && entry.type !== m.type && entry.source !== 'city' && entry.source !== 'state') {
      out.push({ ...m, type: entry.type, source: `model+gazetteer:${entry.source}` });
      continue;
    }
    // "Donald Trump" read as an organization (a headline, an unusual context): a first name and one or two more
    // capitalized words, with no organization or place word at the end, is a person.
    if (!entry && m.type !== 'PERSON' && looksLikePersonName(m.text)) {
      out.push({ ...m, type: 'PERSON', source: 'model+firstname' });
      continue;
    }
    out.push(m);
  }
  return out;
}

function looksLikePersonName(surface: string): boolean {
  const words = surface.split(/\s+/);
  if (words.length < 2 || words.length > 3 || !isFirstName(words[0])) return false;
  if (!words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w) || /^(?:al|el|bin|van|von|de)-?\p{Lu}?/u.test(w))) return false;
  const last = words[words.length - 1].toLowerCase();
  return !ORG_SUFFIXES.has(last) && !PLACE_SUFFIXES.has(last) && !EVENT_SUFFIXES.has(last);
}

/**
 * Model names win where they overlap a rule name; rule names fill the gaps. A rule name's role is carried over to
 * the model's person span when they overlap (the model does not know titles).
 */
export function mergeNames(model: readonly Mention[], rules: readonly Mention[]): Mention[] {
  const sortedModel = [...model].sort((a, b) => a.start - b.start).map((m) => ({ ...m }));
  // Model spans are sorted and do not overlap, so their ends rise too: a binary search finds the one a rule name
  // could overlap (keeps merging linear-logarithmic on long articles).
  const firstEndingAfter = (offset: number): number => {
    let lo = 0;
    let hi = sortedModel.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sortedModel[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const out: Mention[] = [...sortedModel];
  const overlapped: Mention[] = [];
  const dropped = new Set<Mention>();
  for (const r of rules) {
    const k = firstEndingAfter(r.start);
    const hit = k < sortedModel.length && sortedModel[k].start < r.end ? sortedModel[k] : undefined;
    if (!hit) {
      out.push(r);
      continue;
    }
    overlapped.push(r);
    // A name a table knows whole is not cut where the model stopped at a small word ("Viña" of "Viña del Mar",
    // "Quebec" of "Quebec City"): the model's spans inside it give way to it.
    // (Places only: "US Senate" stays the place and the body, which resolve reads together.)
    if (r.type === 'PLACE' && r.source.startsWith('gazetteer:') && r.start <= hit.start && /\s/.test(r.text)) {
      let last = k;
      while (last + 1 < sortedModel.length && sortedModel[last + 1].start < r.end) last++;
      const places = sortedModel.slice(k, last + 1).every((x) => x.type === 'PLACE');
      if (places && sortedModel[last].end <= r.end && (r.end - r.start > hit.end - hit.start || last > k)) {
        for (let j = k + 1; j <= last; j++) dropped.add(sortedModel[j]);
        Object.assign(hit, { start: r.start, end: r.end, text: r.text, type: r.type, source: `${hit.source}+${r.source}` });
        continue;
      }
    }
    // A title before the name is stronger evidence of a person than the model's label ("his Turkish counterpart
    // Kemal Aydın" read as an organization).
    if (r.type === 'PERSON' && r.role && hit.type !== 'PERSON' && r.end === hit.end) {
      hit.type = 'PERSON';
      hit.source = `${hit.source}+title`;
    }
    // The model stopped at a letter it does not know ("Vladimír" of "Vladimír Šimek"): the rule's person is whole.
    if (r.type === 'PERSON' && hit.type === 'PERSON' && r.start <= hit.start && r.end >= hit.end && r.end - r.start > hit.end - hit.start) {
      hit.start = r.start;
      hit.end = r.end;
      hit.text = r.text;
      hit.source = `${hit.source}+rules`;
    }
    if (r.role && !hit.role && hit.type === 'PERSON') {
      hit.role = r.role;
      // "Justice Antonin Scalia" from the model: the name span is the name only, the title is its role.
      const prefix = hit.text.slice(0, Math.max(0, r.start - hit.start)).trim();
      if (r.type === 'PERSON' && r.end === hit.end && r.start > hit.start && prefix.length > 0 && r.role.endsWith(prefix)) {
        hit.start = r.start;
        hit.text = r.text;
        hit.source = `${hit.source}+title`;
      }
    }
  }
  // A model span narrowed to the name gives back its title's words: "U.N." of "U.N. Ambassador Albright".
  for (const r of overlapped) {
    const k = firstEndingAfter(r.start);
    if (!(k < sortedModel.length && sortedModel[k].start < r.end)) out.push(r);
  }
  return firstOfOverlapping(dropped.size > 0 ? out.filter((m) => !dropped.has(m)) : out);
}

/**
 * A name that its last word ("Karoo Retail", "Sorano Electronics"), an "of" head ("Port of Antwerp-Bruges") or the
 * noun before it ("the company Transgaz") makes an organization. A first name keeps a person ("Samantha Power"), and
 * a table's verdict stands.
 */
function orgByContext(text: string, names: Mention[]): Mention[] {
  return names.map((m) => {
    if (m.type === 'ORG' || m.role || lookupName(m.text)) return m;
    const words = m.text.split(/\s+/);
    const last = words[words.length - 1].toLowerCase();
    const headed = words.length > 1 && ORG_HEAD_NOUNS.has(last) && !(m.type === 'PERSON' && isFirstName(words[0]));
    const port = words.length > 2 && words[0] === 'Port' && words[1] === 'of';
    if (headed || port || ORG_CUES.test(text.slice(Math.max(0, m.start - 30), m.start))) {
      return { ...m, type: 'ORG', source: `${m.source}+context` };
    }
    return m;
  });
}

/**
 * "Nexa and Polkom" as one name: when each side of an "and" is named alone elsewhere in the article, they are two
 * names ("Bosnia and Herzegovina", never written apart, stays whole).
 */
function splitConjoinedNames(text: string, names: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of names) {
    const at = m.text.indexOf(' and ');
    if (at <= 0) {
      out.push(m);
      continue;
    }
    const left = m.text.slice(0, at);
    const right = m.text.slice(at + 5);
    const elsewhere = (part: string): boolean => {
      const re = new RegExp(`(?<![\\p{L}])${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
      for (const hit of text.matchAll(re)) if (hit.index < m.start || hit.index >= m.end) return true;
      return false;
    };
    if (!/^\p{Lu}/u.test(right) || !elsewhere(left) || !elsewhere(right)) {
      out.push(m);
      continue;
    }
    out.push({ ...m, end: m.start + at, text: left, source: `${m.source}+split` });
    out.push({ ...m, start: m.start + at + 5, text: right, source: `${m.source}+split` });
  }
  return out;
}

/**
 * One word, one type within an article: a lone word that is part of a person's name found elsewhere ("Assad" after
 * "the Assad regime" or "Bashar al-Assad") is that person, whatever a recognizer called it, unless a gazetteer
 * knows the word as a place or organization. Many surnames are also towns ("Kemal Aydın", Aydın in Turkey): a
 * city's name is no such exception unless the recognizer also read a place.
 */
export function retypeKnownPeople(names: Mention[]): Mention[] {
  const personWords = new Set<string>();
  for (const m of names) {
    if (m.type !== 'PERSON') continue;
    const words = m.text.split(/\s+/);
    // Only a name a title or a first name vouches for takes a town's name as its surname, the last word ("Kemal
    // Aydın"; not "Bradford Bulls").
    const vouched = m.role !== undefined || (words.length > 1 && isFirstName(words[0]));
    for (const [k, w] of words.entries()) {
      const entry = lookupName(w);
      const surname = vouched && k > 0 && k === words.length - 1;
      if ((entry && (entry.source !== 'city' || !surname)) || lookupDemonym(w) || MISC_WORDS.has(w.toLowerCase())) continue;
      personWords.add(w.replace(/^(?:al|el)-/i, '').toLowerCase());
    }
  }
  if (personWords.size === 0) return names;
  return names.map((m) => {
    if (m.type === 'PERSON' || /\s/.test(m.text) || !personWords.has(m.text.toLowerCase())) return m;
    const entry = lookupName(m.text);
    if ((entry && (entry.source !== 'city' || m.type === 'PLACE')) || lookupDemonym(m.text)) return m;
    return { ...m, type: 'PERSON', source: `${m.source}+alias` };
  });
}

/** Corporate abbreviations whose period also ends the sentence when a capital follows: "... and Lear Corp. Family-". */
const CORPORATE_ABBREVIATION = /\b(?:Inc|Corp|Co|Ltd|Plc|PLC|Bros|Cos)\.$/;

/**
 * A period that ends both an abbreviation and the sentence belongs to the sentence ("... with Lear Corp. Shares
 * rose"): the name ends before it. An abbreviation's period inside a sentence stays ("Lear Corp. said").
 */
function sentencePeriodsOff(text: string, names: Mention[]): Mention[] {
  return names.map((m) => {
    if (m.type !== 'ORG' || !CORPORATE_ABBREVIATION.test(m.text)) return m;
    const after = text.slice(m.end, m.end + 3);
    if (!/^(?:$|\s*\n|\s+["“]?\p{Lu}|\s*["”])/u.test(after)) return m;
    return { ...m, end: m.end - 1, text: m.text.slice(0, -1) };
  });
}


/**
 * Drops exact duplicates (same span, kind and type), which two recognizers can both produce. The mentions are sorted
 * by span: a duplicate is among the kept mentions of the same span just before it.
 */
function dedupe(mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    let duplicate = false;
    for (let k = out.length - 1; k >= 0 && out[k].start === m.start && out[k].end === m.end && !duplicate; k--) {
      duplicate = out[k].kind === m.kind && out[k].type === m.type;
    }
    if (!duplicate) out.push(m);
  }
  return out;
}
