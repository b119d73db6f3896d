/**
 * Rule-based name finding in one sentence: capitalized word runs are cut into candidates, titles in front of them
 * become roles, and each candidate is typed by the gazetteers, organization/place patterns, compromise's tags and
 * finally its shape. Candidates no rule can type are returned as `unknown` for the document-level pass, which
 * types them by the names found elsewhere in the article ("Blinken" after "Anthony Blinken").
 */
import type { EntityType, Mention } from '../model/doc.js';
import { lookupDemonym, lookupName, countryByName, isLanguageName, orgByName, type GazetteerEntry } from '../gazetteer/index.js';
import { cityByName } from '../gazetteer/cities.js';
import { isFirstName, type TagLookup } from './compromise-tags.js';
import { hasDigit, isCapitalized, isNameParticle, type Word } from './words.js';
import { englishWords } from '../lexicon/words.js';
import { EVENT_SUFFIXES, MISC_WORDS, NEVER_NAME, OF_HEADS, ORG_CUES, ORG_OF_HEADS, ORG_SUFFIXES, PLACE_OF_HEADS, PLACE_SUFFIXES } from './lexicon.js';
import { honorificGender, isTitleModifier, plainHyphens, titleLengthAt } from './titles.js';

/** A typed or still untyped name candidate. */
export interface NameCandidate {
  start: number;
  end: number;
  text: string;
  type: EntityType | 'unknown';
  source: string;
  role?: string;
  /** Where the role is written (`role` is `text.slice(roleStart, roleStart + role.length)`). */
  roleStart?: number;
  /** First word of its sentence (or after an opening quote): capitalized for grammar, not necessarily a name. */
  initial: boolean;
  /** Compromise's tags over the candidate, kept for the document-level pass. */
  tags: Set<string>;
}

export interface SentenceFindings {
  names: NameCandidate[];
  /** Nominal, demonym and pronoun mentions (never in conflict with names: they may overlap them). */
  others: Mention[];
}

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific'];
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region', 'Address'];
/** Tags that keep a sentence-initial capitalized word as a name. */
const PROPER_TAGS = ['ProperNoun', ...PERSON_TAGS, ...PLACE_TAGS, 'Organization', 'Acronym'];

/** Whitespace only, no line break: words on either side may belong to one name. */
function joinable(text: string, a: Word, b: Word): boolean {
  const gap = text.slice(a.end, b.start);
  return gap.length > 0 && gap.length <= 2 && /^[ \t\u00A0]+$/.test(gap);
}

/**
 * One sentence's words and what the rules ask of each position, remembered: the title and qualifier tests run from
 * several places (runs, titles without names, roles before and after names) over the same positions.
 */
interface SentenceView {
  text: string;
  words: readonly Word[];
  texts: readonly string[];
  /** The words lower-cased. */
  lower: readonly string[];
  /** The words as the title lexicon compares them: lower-cased, plain hyphens (see titles.ts). */
  titleWords: readonly string[];
  /** Per position, -1 until computed. */
  nameWord: Int8Array;
  qualifier: Int8Array;
  titleLength: Int8Array;
  modifier: Int8Array;
  phrase: Array<TitlePhrase | null | undefined>;
}

interface TitlePhrase {
  length: number;
  qualifier: number;
}

function sentenceView(text: string, words: readonly Word[]): SentenceView {
  const n = words.length;
  const lower = words.map((w) => w.text.toLowerCase());
  return {
    text,
    words,
    texts: words.map((w) => w.text),
    lower,
    titleWords: lower.map(plainHyphens),
    nameWord: new Int8Array(n).fill(-1),
    qualifier: new Int8Array(n).fill(-1),
    titleLength: new Int8Array(n).fill(-1),
    modifier: new Int8Array(n).fill(-1),
    phrase: new Array<TitlePhrase | null | undefined>(n),
  };
}

function nameWordAt(sv: SentenceView, k: number): boolean {
  let v = sv.nameWord[k];
  if (v < 0) sv.nameWord[k] = v = nameWord(sv.words[k]) ? 1 : 0;
  return v === 1;
}

function titleLengthIn(sv: SentenceView, k: number): number {
  if (k >= sv.words.length) return 0;
  let v = sv.titleLength[k];
  if (v < 0) sv.titleLength[k] = v = titleLengthAt(sv.titleWords, k);
  return v;
}

function titleModifierAt(sv: SentenceView, k: number): boolean {
  let v = sv.modifier[k];
  if (v < 0) sv.modifier[k] = v = isTitleModifier(sv.titleWords[k]) ? 1 : 0;
  return v === 1;
}

/** The possessive ending that wordsIn splits off: "'s". */
function isPossessiveMark(word: string): boolean {
  return word.length === 2 && word.charCodeAt(1) === 115 && (word.charCodeAt(0) === 39 || word.charCodeAt(0) === 0x2019);
}

/** May this word sit inside a name? */
function nameWord(w: Word): boolean {
  if (!isCapitalized(w.text) || hasDigit(w.text)) return false;
  // "York-based", "Iraqi-born", "Nations-sponsored": an adjective made from a name, not part of one.
  if (/[-‐]\p{Ll}+$/u.test(w.text) && !/^\p{Ll}/u.test(w.text)) return false;
  // "WHO" is the organization, "Who" the pronoun.
  if (w.text.length >= 2 && w.text === w.text.toUpperCase() && orgByName(w.text)) return true;
  return !NEVER_NAME.has(w.text.toLowerCase().replace(/\.$/, ''));
}

/** Does a place or demonym (one or two words) start at `i`? Returns its length in words. */
function qualifierLengthAt(sv: SentenceView, i: number): number {
  if (i >= sv.words.length) return 0;
  let v = sv.qualifier[i];
  if (v < 0) sv.qualifier[i] = v = findQualifier(sv.words, i, sv.text);
  return v;
}

function findQualifier(words: readonly Word[], i: number, text: string): number {
  // Places and demonyms are capitalized: most words are not, and need no phrase built and looked up.
  if (!isCapitalized(words[i].text)) return 0;
  for (const n of [2, 1]) {
    if (i + n > words.length) continue;
    if (n === 2 && !joinable(text, words[i], words[i + 1])) continue;
    const phrase = text.slice(words[i].start, words[i + n - 1].end);
    if (!isCapitalized(phrase)) continue;
    if (countryByName(phrase) || lookupDemonym(phrase)) return n;
  }
  return 0;
}

/** A title phrase at `i`: [place/demonym] [modifiers] title. Returns its word count and where the title begins. */
function titlePhraseAt(sv: SentenceView, i: number): TitlePhrase | null {
  if (i >= sv.words.length) return findTitlePhrase(sv, i);
  let v = sv.phrase[i];
  if (v === undefined) sv.phrase[i] = v = findTitlePhrase(sv, i);
  return v;
}

function findTitlePhrase(sv: SentenceView, i: number): TitlePhrase | null {
  const { words, text } = sv;
  // The qualifier (zero to two words) costs gazetteer lookups; with no title after any qualifier length there is no
  // phrase whatever the qualifier is, and most positions end here.
  let titled = false;
  for (let q = 0; q <= 2 && !titled; q++) {
    let t = i + q;
    while (t < words.length && titleModifierAt(sv, t) && titleLengthIn(sv, t) === 0) t++;
    titled = titleLengthIn(sv, t) > 0;
  }
  if (!titled) return null;
  let j = i;
  const qualifier = qualifierLengthAt(sv, j);
  j += qualifier;
  while (j < words.length && titleModifierAt(sv, j) && titleLengthIn(sv, j) === 0) j++;
  const n = titleLengthIn(sv, j);
  if (n === 0 || j + n > words.length) return null;
  for (let k = i; k < j + n - 1; k++) if (!joinable(text, words[k], words[k + 1])) return null;
  return { length: j + n - i, qualifier };
}

function hasAny(tags: Set<string>, wanted: readonly string[]): boolean {
  for (const t of wanted) if (tags.has(t)) return true;
  return false;
}

/** The type a gazetteer, a pattern or compromise gives a candidate's words, or unknown. */
export function typeOfName(words: readonly Word[], text: string, tags: Set<string>, initial: boolean): { type: EntityType | 'unknown'; source: string } {
  const surface = text.slice(words[0].start, words[words.length - 1].end);
  const entry: GazetteerEntry | undefined = lookupName(surface);
  if (entry) return { type: entry.type, source: `gazetteer:${entry.source}` };
  const lower = words.map((w) => w.text.toLowerCase());
  const last = lower[lower.length - 1];
  const ofAt = lower.indexOf('of');
  if (ofAt > 0 && ORG_OF_HEADS.has(lower[ofAt - 1])) return { type: 'ORG', source: 'pattern' };
  if (ofAt > 0 && PLACE_OF_HEADS.has(lower[ofAt - 1])) return { type: 'PLACE', source: 'pattern' };
  if (words.length > 1 && ORG_SUFFIXES.has(last)) return { type: 'ORG', source: 'pattern' };
  if (words.length > 1 && PLACE_SUFFIXES.has(last)) return { type: 'PLACE', source: 'pattern' };
  // A known place followed by an organization word: "Baghdad University" is caught above; "Iraq Airways" too.
  const firstTags = tags;
  if (hasAny(firstTags, ['FirstName', 'Honorific'])) return { type: 'PERSON', source: 'compromise' };
  if (firstTags.has('Organization')) return { type: 'ORG', source: 'compromise' };
  if (hasAny(firstTags, PERSON_TAGS)) return { type: 'PERSON', source: 'compromise' };
  if (hasAny(firstTags, PLACE_TAGS)) return { type: 'PLACE', source: 'compromise' };
  // Two or three capitalized words that nothing else explains are, in news, most often a person's name.
  if (words.length >= 2 && words.length <= 3 && !initial && !words.some((w) => lookupDemonym(w.text) || MISC_WORDS.has(w.text.toLowerCase())) && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w.text) || isNameParticle(w.text) || /^\p{Ll}+-\p{Lu}/u.test(w.text))) {
    return { type: 'PERSON', source: 'shape' };
  }
  return { type: 'unknown', source: 'shape' };
}

/**
 * Finds names, titles, demonyms and pronouns in `text[from, to)`. `words` are the sentence's words; `tagsOf`
 * gives compromise tags (empty when compromise did not run).
 */
export function findInSentence(text: string, words: readonly Word[], tagsOf: TagLookup, shouting: boolean): SentenceFindings {
  const names: NameCandidate[] = [];
  const others: Mention[] = [];
  const inName = new Uint8Array(words.length);
  const sv = sentenceView(text, words);
  const texts = sv.texts;

  // 1. Capitalized runs.
  let i = 0;
  while (i < words.length) {
    if (!nameWordAt(sv, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < words.length) {
      const w = words[j];
      if (!joinable(text, words[j - 1], w)) break;
      if (nameWordAt(sv, j)) {
        j++;
        continue;
      }
      // "Ministry of Defence", "Bank of the West", "Osama bin Laden", "Johnson & Johnson".
      const lw = sv.lower[j];
      const headOk = OF_HEADS.has(sv.lower[j - 1]);
      if ((lw === 'of' || lw === 'for') && headOk) {
        let k = j + 1;
        if (k < words.length && sv.lower[k] === 'the' && joinable(text, words[j], words[k])) k++;
        if (k < words.length && joinable(text, words[k - 1], words[k]) && nameWordAt(sv, k)) {
          j = k + 1;
          continue;
        }
      }
      // After a particle a capitalized word is a name's, even one that is a month's abbreviation elsewhere ("Viña del
      // Mar", "Mar del Plata").
      const afterParticle = (k: number): boolean => nameWordAt(sv, k) || (isNameParticle(w.text) && /^\p{Lu}\p{Ll}+$/u.test(texts[k]));
      if ((isNameParticle(w.text) || w.text === '&') && j + 1 < words.length && joinable(text, w, words[j + 1]) && afterParticle(j + 1)) {
        j += 2;
        continue;
      }
      break;
    }
    processRun(text, words, sv, i, j, tagsOf, shouting, names, others, inName);
    i = j;
  }

  // 2. Titles with no name after them: "the US Secretary of State", "Iraq's prime minister", "President-elect".
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const isThe = sv.lower[k] === 'the';
    // "Iraq's prime minister": a place's possessive stands where "the" would.
    const isPossessor = !isThe && k + 1 < words.length && isPossessiveMark(texts[k + 1]) && isCapitalized(w.text) && (countryByName(w.text) ?? cityByName(w.text)) !== undefined;
    const startAt = isThe ? k + 1 : isPossessor ? k + 2 : k;
    if (!isThe && !isPossessor && k > 0 && (sv.lower[k - 1] === 'the' || isPossessiveMark(texts[k - 1]))) continue;
    if (startAt >= words.length) continue;
    if (!isThe && !isPossessor && !isCapitalized(words[startAt].text)) continue;
    const phrase = titlePhraseAt(sv, startAt);
    if (!phrase) continue;
    if (isThe && !joinable(text, w, words[startAt])) continue;
    if (isPossessor && !joinable(text, words[k + 1], words[startAt])) continue;
    let lastIdx = startAt + phrase.length - 1;
    // "the president of Iraq": a country after "of" belongs to the title.
    if (lastIdx + 2 < words.length && texts[lastIdx + 1] === 'of' && joinable(text, words[lastIdx], words[lastIdx + 1])) {
      const q = qualifierLengthAt(sv, lastIdx + 2);
      if (q > 0 && countryByName(text.slice(words[lastIdx + 2].start, words[lastIdx + 1 + q].end))) lastIdx += 1 + q;
    }
    // "the Minister for Ecological Transition", "Chancellor of the Exchequer Rachel Moore": a capitalized complement
    // belongs to the title; with a first name in it, or long, it leads to a name and the title is that name's role.
    const link = sv.lower[lastIdx + 1];
    if ((link === 'of' || link === 'for') && lastIdx + 2 < words.length) {
      let k = lastIdx + 2;
      if (sv.lower[k] === 'the') k++;
      let run = 0;
      while (k + run < words.length && nameWordAt(sv, k + run) && joinable(text, words[k + run - 1], words[k + run])) run++;
      if (run > 0) {
        if (run >= 3 || words.slice(k, k + run).some((x) => isFirstName(x.text))) continue;
        lastIdx = k + run - 1;
      }
    }
    const next = words[lastIdx + 1];
    // Followed by a name: the title is that name's role, not a mention of its own.
    if (next && joinable(text, words[lastIdx], next) && nameWordAt(sv, lastIdx + 1)) continue;
    if (next && isPossessiveMark(next.text)) continue; // "the president's": still a mention, but of a possessor
    const mStart = words[k].start;
    const mEnd = words[lastIdx].end;
    others.push({
      start: mStart,
      end: mEnd,
      text: text.slice(mStart, mEnd),
      type: 'PERSON',
      kind: 'nominal',
      source: 'title',
      role: text.slice(isPossessor ? mStart : words[startAt].start, mEnd),
    });
    k = lastIdx;
  }

  // 3. Demonyms and pronouns outside names.
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const lw = sv.lower[k];
    if (lw === 'he' || lw === 'she' || lw === 'him' || lw === 'her' || lw === 'his') {
      others.push({ start: w.start, end: w.end, text: w.text, type: 'PERSON', kind: 'pronoun', source: 'pronoun' });
      continue;
    }
    if (inName[k]) continue;
    const prefixed = lw.startsWith('pro-') || lw.startsWith('anti-') || lw.startsWith('non-');
    if (!isCapitalized(prefixed ? w.text.replace(/^(?:pro|anti|non)-/i, '') : w.text)) continue;
    // "pro-Iranian": the demonym is the part after the prefix.
    const prefix = /^(?:pro|anti|non)-/i.exec(w.text);
    const offset = prefix ? prefix[0].length : 0;
    const core = w.text.slice(offset);
    const hyphen = /^([\p{L}.]+)-\p{Ll}/u.exec(core); // "US-led", "Iraqi-born"
    const head = hyphen ? hyphen[1] : core;
    if (shouting && !prefix) continue;
    const start = w.start + offset;
    const end = start + head.length;
    if (lookupDemonym(head)) {
      others.push({ start, end, text: text.slice(start, end), type: 'PLACE', kind: 'demonym', source: 'gazetteer' });
    } else if (hyphen) {
      const entry = countryByName(head) ?? cityByName(head);
      if (entry) names.push({ start, end, text: text.slice(start, end), type: 'PLACE', source: 'gazetteer:' + entry.source, initial: false, tags: new Set() });
    }
  }
  return { names, others };
}

/** Cuts one capitalized run into names (and a role title), appending to `names` and `others`. */
function processRun(
  text: string,
  words: readonly Word[],
  sv: SentenceView,
  from: number,
  to: number,
  tagsOf: TagLookup,
  shouting: boolean,
  names: NameCandidate[],
  others: Mention[],
  inName: Uint8Array,
): void {
  let i = from;
  // Sentence-initial or quote-initial: capitalized by grammar. Keep it only if something says it is a name.
  const before = i === 0 ? '' : text.slice(words[i - 1].end, words[i].start);
  const initial = i === 0 || /[“"(:—–-]\s*$/.test(before) || /^\s*["“(]/.test(before);
  if (shouting) {
    findShoutedNames(text, words, from, to, names, inName);
    return;
  }
  let role: string | undefined;
  let roleStart = -1;
  // Honorifics ("Mr.", "Dr.") are not part of the name.
  while (i < to && honorificGender(words[i].text) !== undefined) i++;
  // "Mr. Redgate": an honorific vouches for a person whatever the name's words are.
  // (Honorifics are short capitalized words: most runs are tested by length alone.)
  const prev = from > 0 ? words[from - 1].text : '';
  const honored = i > from || (prev.length > 1 && prev.length <= 6 && honorificGender(prev) !== undefined && /^\s{1,2}$/.test(text.slice(words[from - 1].end, words[from].start)));
  const title = titleInRun(sv, i, to);
  if (title) {
    const titleEnd = i + title.length;
    if (title.qualifier > 0) {
      // "US Secretary of State ...": the country is a place mention of its own; a demonym is added in step 3.
      const qs = words[i].start;
      const qe = words[i + title.qualifier - 1].end;
      const qText = text.slice(qs, qe);
      const org = countryByName(qText) ? undefined : orgByName(qText);
      if (countryByName(qText) || org) {
        const type = org ? 'ORG' : 'PLACE';
        names.push({ start: qs, end: qe, text: qText, type, source: org ? 'gazetteer:org' : 'gazetteer:country', initial: false, tags: new Set() });
        for (let k = i; k < i + title.qualifier; k++) inName[k] = 1;
      }
    }
    if (titleEnd >= to) return; // a title alone: step 2 makes it a nominal mention
    role = text.slice(words[i].start, words[titleEnd - 1].end);
    roleStart = words[i].start;
    i = titleEnd;
    while (i < to && honorificGender(words[i].text) !== undefined) i++;
  } else if (from > 0) {
    // A lower-case title before a run ("economist Paul Krugman") is weaker evidence than a capitalized one: it
    // makes a person only of what no table calls an organization or place ("the official Twitter account").
    const before = roleBefore(sv, from);
    if (before && !lookupName(text.slice(words[from].start, words[to - 1].end))) {
      const lexTyped = typeOfName(words.slice(from, to), text, tagsOf(words[from].start, words[from].end), false);
      if (lexTyped.type === 'PERSON' || lexTyped.type === 'unknown' || /^\p{Lu}/u.test(before)) {
        role = before;
        roleStart = words[from - 1].end - before.length;
      }
    }
  }
  if (i >= to) return;
  let span = words.slice(i, to);
  const first = span[0];
  const tags = tagsOf(first.start, first.end);
  const isInitial = initial && i === from;
  if (isInitial && !role) {
    const alone = lookupName(first.text);
    const properish = hasAny(tags, PROPER_TAGS);
    if (!alone && !properish) {
      span = span.slice(1);
      if (span.length === 0) return;
      i += 1;
    }
  }
  // Split off a gazetteer name glued in front of an unknown run only when the whole run is unknown: keep it whole.
  const spanTags = tagsOf(span[0].start, span[0].end);
  let typed = role ? { type: 'PERSON' as const, source: 'title' } : honored && !title ? { type: 'PERSON' as const, source: 'honorific' } : typeOfName(span, text, spanTags, isInitial && i === from);
  // "Minister Ali" is a person even if "Ali" alone is unknown; a gazetteer place after a title stays a person.
  if (role && lookupName(text.slice(span[0].start, span[span.length - 1].end))?.type === 'PLACE') typed = { type: 'PERSON', source: 'title' };
  if (span.every((w) => MISC_WORDS.has(w.text.toLowerCase()))) return;
  const spanText = text.slice(span[0].start, span[span.length - 1].end);
  // A lone demonym ("Syrians", "South Korean") is a demonym mention (step 3), not a name.
  if (!role && span.length <= 2 && lookupDemonym(spanText) && !lookupName(spanText)) return;
  // Events and competitions ("World Cup", "U.S. Open") are no PERSON/PLACE/ORG.
  if (!role && span.length > 1 && EVENT_SUFFIXES.has(span[span.length - 1].text.toLowerCase()) && !lookupName(spanText)) {
    for (let k = i; k < to; k++) inName[k] = 1;
    return;
  }
  // "The charity Clean Water Kenya": after a noun that introduces an organization, the country is in its name.
  if ((typed.type === 'unknown' || typed.source === 'shape') && span.length > 1 && !ORG_CUES.test(text.slice(Math.max(0, span[0].start - 30), span[0].start))) {
    // "Lebed Chechnya peace plan": a run that nothing types but holds a country or region is two names.
    const at = span.findIndex((w) => isCountryOrRegion(w.text));
    if (at >= 0) {
      const base = i;
      if (at > 0) processRun(text, words, sv, base, base + at, tagsOf, shouting, names, others, inName);
      const w = span[at];
      names.push({ start: w.start, end: w.end, text: w.text, type: 'PLACE', source: 'gazetteer:split', initial: false, tags: new Set() });
      inName[base + at] = 1;
      if (base + at + 1 < to) processRun(text, words, sv, base + at + 1, to, tagsOf, shouting, names, others, inName);
      return;
    }
  }
  const start = span[0].start;
  const end = span[span.length - 1].end;
  if (!role && !typed.source.startsWith('gazetteer')) {
    // "Mohammed al-Sudani, the Iraqi Prime Minister, said": an appositive title is the name's role.
    const appositive = roleAfter(sv, i + span.length);
    if (appositive) {
      role = appositive;
      roleStart = text.indexOf(appositive, span[span.length - 1].end);
      typed = { type: 'PERSON', source: 'title' };
    } else if (span.length === 1 && typed.type !== 'ORG' && PERSON_HEADS.test(text.slice(end0(span), end0(span) + 16))) {
      // "the Assad regime", "the Trump administration": a head that only people carry.
      typed = { type: 'PERSON', source: 'pattern' };
    } else if ((typed.type === 'unknown' || typed.source === 'shape') && MEDIA_HEADS.test(text.slice(end0(span), end0(span) + 16)) && span.every((w) => isOwnWord(w.text))) {
      // "the Handelsblatt newspaper": a head that only a publication carries.
      typed = { type: 'ORG', source: 'pattern' };
    }
  }
  const cand: NameCandidate = {
    start,
    end,
    text: text.slice(start, end),
    type: typed.type,
    source: typed.source,
    initial: isInitial && i === from,
    tags: spanTags,
    ...(role ? { role, roleStart } : {}),
  };
  names.push(cand);
  for (let k = i; k < to; k++) inName[k] = 1;
  // "Islamic State (IS)": the acronym in parentheses names the same thing.
  const after = text.slice(end, end + 16);
  const acr = /^ ?\(([\p{Lu}][\p{Lu}.&-]{1,9})\)/u.exec(after);
  if (acr && cand.type !== 'PERSON' && cand.type !== 'PLACE' && !lookupName(acr[1])) {
    const aStart = end + acr[0].indexOf('(') + 1;
    const aEnd = aStart + acr[1].length;
    const type: EntityType | 'unknown' = cand.type === 'unknown' ? 'ORG' : cand.type;
    names.push({ start: aStart, end: aEnd, text: acr[1], type, source: 'acronym', initial: false, tags: new Set() });
    if (cand.type === 'unknown') {
      cand.type = 'ORG';
      cand.source = 'acronym';
    }
  }
}

/**
 * The title at the start of a capitalized run: "US Secretary of State", "Interior Minister" (portfolio words before
 * the title), "Minister for Ecological Transition" and "Chancellor of the Exchequer" (a complement after it, which
 * ends where a first name begins, or two words before the run's end).
 */
function titleInRun(sv: SentenceView, i: number, to: number): TitlePhrase | null {
  const { words, texts } = sv;
  let found = titlePhraseAt(sv, i);
  if (found && i + found.length > to) found = null;
  if (!found) {
    for (let j = i + 1; j <= Math.min(i + 2, to - 1); j++) {
      const n = titleLengthIn(sv, j);
      if (n === 0 || j + n > to) continue;
      const portfolio = words.slice(i, j);
      // "EU Commissioner", "NATO Secretary General": a known organization heads the title as a country would.
      const org = lookupName(sv.text.slice(portfolio[0].start, portfolio[portfolio.length - 1].end));
      // ... unless the "title" is a word of the organization's own name: "U.N. General Assembly".
      const last = sv.lower[to - 1];
      if (org?.type === 'ORG' && org.source === 'org' && !ORG_SUFFIXES.has(last) && !lookupName(texts[to - 1])) {
        found = { length: j + n - i, qualifier: j - i };
        break;
      }
      if (portfolio.some((w) => !isCapitalized(w.text) || lookupName(w.text) || isFirstName(w.text))) break;
      found = { length: j + n - i, qualifier: 0 };
      break;
    }
  }
  if (!found) return null;
  const end = i + found.length;
  const link = texts[end]?.toLowerCase();
  if ((link === 'of' || link === 'for') && end + 1 < to) {
    let nameAt = -1;
    for (let k = end + 1; k < to; k++) {
      if (isFirstName(texts[k])) {
        nameAt = k;
        break;
      }
    }
    if (nameAt < 0 && to - (end + 1) >= 3) nameAt = to - 2;
    return { length: (nameAt < 0 ? to : nameAt) - i, qualifier: found.qualifier };
  }
  return found;
}

/** Nouns after a name that make it a publication: "the Handelsblatt newspaper", "the Kommersant daily". */
const MEDIA_HEADS = /^ (?:newspaper|daily|weekly|magazine|tabloid|broadcaster)\b/;

/**
 * A word that is nothing but a name: no English word ("The Sun", "Banking"), demonym, language ("the Bengali daily")
 * or religion or movement word ("Nazi"), which make other phrases before the same nouns.
 */
function isOwnWord(word: string): boolean {
  const lower = word.toLowerCase();
  return !englishWords().has(lower) && !lookupDemonym(word) && !isLanguageName(word) && !MISC_WORDS.has(lower);
}

/** Nouns after a surname that make it a person: "the Assad regime", "the Clinton campaign". */
const PERSON_HEADS = /^ (?:regime|administration|presidency|family|clan|dynasty|loyalists|campaign)\b/;

function end0(span: readonly Word[]): number {
  return span[span.length - 1].end;
}

/** A title in apposition after a name: "X, the Iraqi Prime Minister", "X, Iraq's foreign minister". */
function roleAfter(sv: SentenceView, next: number): string | undefined {
  const { text, words, texts } = sv;
  if (next >= words.length) return undefined;
  if (!/^,\s{1,2}$/.test(text.slice(words[next - 1].end, words[next].start))) return undefined;
  let k = next;
  let from = words[k].start;
  if (texts[k].toLowerCase() === 'the') {
    k += 1;
    if (k < words.length) from = words[k].start;
  } else if (k + 1 < words.length && /^['’]s$/.test(texts[k + 1]) && countryByName(texts[k])) {
    k += 2;
  } else return undefined;
  const phrase = titlePhraseAt(sv, k);
  if (!phrase) return undefined;
  const last = words[k + phrase.length - 1];
  const after = text.slice(last.end, last.end + 2);
  // The title phrase must end there ("the Iraqi Prime Minister, said"), not run on into "of the party".
  if (!/^(?:[,.;:)]|\s*$)/.test(after)) return undefined;
  return text.slice(from, last.end);
}

function isCountryOrRegion(word: string): boolean {
  const e = lookupName(word);
  return e !== undefined && (e.source === 'country' || e.source === 'region' || e.source === 'state');
}

/** A title written just before a name, in lower case or across a comma: "minister Ali", "Prime Minister, X". */
function roleBefore(sv: SentenceView, at: number): string | undefined {
  const { text, words } = sv;
  const gap = text.slice(words[at - 1].end, words[at].start);
  if (!/^,?\s{1,2}$/.test(gap)) return undefined;
  for (let k = Math.max(0, at - 6); k < at; k++) {
    const phrase = titlePhraseAt(sv, k);
    if (phrase && k + phrase.length === at) return text.slice(words[k].start, words[at - 1].end);
  }
  return undefined;
}

/**
 * In an all-caps line or a title-case headline only gazetteer places are trusted ("SOCCER - JAPAN GET LUCKY WIN",
 * "Obama Power Plant Rules Face Key Test In Court"); the model, which reads context, finds the rest.
 */
function findShoutedNames(text: string, words: readonly Word[], from: number, to: number, names: NameCandidate[], inName: Uint8Array): void {
  let i = from;
  while (i < to) {
    let matched = 0;
    for (let n = Math.min(4, to - i); n >= 1; n--) {
      const s = words[i].start;
      const e = words[i + n - 1].end;
      const entry = lookupName(text.slice(s, e));
      if (entry && entry.type === 'PLACE' && (entry.source !== 'city' || n > 1 || words[i].text.length > 3)) {
        names.push({ start: s, end: e, text: text.slice(s, e), type: 'PLACE', source: `gazetteer:${entry.source}`, initial: false, tags: new Set() });
        for (let k = i; k < i + n; k++) inName[k] = 1;
        matched = n;
        break;
      }
    }
    i += matched || 1;
  }
}
