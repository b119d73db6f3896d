/**
 * Who a claim is by. The quote finder gives a speaker span and the entity of its longest mention; a claim wants the
 * head of that phrase ("Spain's Minister for Ecological Transition Carmen Ortega" is Carmen Ortega, "Georgia's
 * ruling party" is not Georgia), the subject a coordinated verb shares ("Kremlin spokesman Igor Sadov said ... and
 * warned"), and the organisation a description stands for ("the company", "union" in a headline).
 */
import type { Doc, Mention, Quote, Span } from '../model/doc.js';
import type { Unit } from '../quotes/units.js';
import { contextOf } from './context.js';
import { phraseEndingAt, subjectOf } from '../quotes/speaker.js';

export interface Speaker extends Span {
  text: string;
  entity: number | null;
}

/** Nouns after a demonym that make the phrase the country's government ("the Iraqi government demanded"). */
const STATE_NOUNS = /^(?:government|authorities|administration|cabinet|state|leadership|regime|military|army)$/;
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);
/** What joins a person's name to the organisation or place after it in one phrase ("of", "at", "from", a comma). */
const POST_MODIFIER = /^(?:\s+(?:of|at|from|with)\s+(?:the\s+)?|\s*,\s*(?:the\s+)?)$/i;

/** Nouns that stand for the organisation last named before them ("..., the company said"). */
const ORG_NOUNS = new Set([
  'company', 'firm', 'group', 'carmaker', 'steelmaker', 'manufacturer', 'operator', 'union', 'agency', 'ministry',
  'party', 'alliance', 'association', 'organisation', 'organization', 'charity', 'lender', 'insurer', 'airline',
]);

/** Words a headline uses for what the body describes in other words ("Regulator" for "competition authority UOKiK"). */
const SAME_AS: Record<string, string[]> = {
  regulator: ['authority', 'watchdog'],
  watchdog: ['authority', 'regulator'],
  carmaker: ['car', 'automaker', 'manufacturer'],
  automaker: ['car', 'carmaker', 'manufacturer'],
  steelmaker: ['steel', 'steelworks'],
  lender: ['bank'],
  insurer: ['insurance'],
};

/**
 * The entity heading a speaker phrase: a mention ending where the phrase ends (the longest such); a demonym before
 * a word for the state; else the quote finder's entity, unless that entity only owns or qualifies the head
 * ("Georgia's ruling party", "Hungarian ministers").
 */
function headEntity(doc: Doc, span: Span, fallback: number | null): number | null {
  const text = doc.text;
  let end = span.end;
  while (end > span.start && /[\s,.;:]/.test(text[end - 1])) end--;
  const inside = doc.mentions.filter((m) => m.entity !== undefined && m.start < end && m.end > span.start);
  const heads = inside.filter((m) => m.end === end).sort((a, b) => b.end - b.start - (a.end - a.start));
  if (heads.length > 0) {
    // "Economist Jane Roe of Westbrook University", "spokesman Adam Ray at the ministry": a name after a preposition
    // or a comma only says where the person before it works; the person heads the phrase.
    const person = inside.find((m) => doc.entities[m.entity!].type === 'PERSON' && m.end < heads[0].start && POST_MODIFIER.test(text.slice(m.end, heads[0].start)));
    return (person ?? heads[0]).entity!;
  }
  for (const m of inside) {
    if (m.kind === 'demonym' && STATE_NOUNS.test(text.slice(m.end, end).trim())) return m.entity!;
  }
  if (fallback === null) return null;
  const own = inside.filter((m) => m.entity === fallback);
  if (own.length === 0) return fallback;
  // "Georgia's ruling party", "Hungarian ministers", "the New York businessman", "A Kremlin spokesman": the name
  // qualifies a head noun after it; only a person's name before a noun stays the speaker ("Biden aides" is rare).
  const person = doc.entities[fallback].type === 'PERSON';
  const qualifies = own.every((m) => m.kind === 'demonym' || /^\s*['’]s\b/.test(text.slice(m.end, m.end + 3)) || (!person && /\p{L}/u.test(text.slice(m.end, end))));
  return qualifies ? null : fallback;
}

/**
 * Content words of a description, singular, without determiners or a possessor ("Nigeria's central bank" → central,
 * bank). Kept by text for the document: the same speakers ("he", "the ministry") and names come back claim after claim.
 */
function descriptionWords(doc: Doc, s: string): readonly string[] {
  const known = contextOf(doc).descriptions;
  let words = known.get(s);
  if (!words) {
    words = descriptionWordsOf(s);
    known.set(s, words);
  }
  return words;
}
function descriptionWordsOf(s: string): string[] {
  // The possessor pattern is tried at every position; only a text holding "'s" can hold one.
  const bare = s.includes("'s") || s.includes('’s') ? s.replace(/\b[\p{L}.-]+['’]s\b/gu, ' ') : s;
  const words = bare.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  return words.filter((w) => !DETERMINERS.has(w)).map((w) => (w.length > 3 && /[^s]s$/.test(w) ? w.slice(0, -1) : w));
}

/** Words around an organisation's name that describe it: "The metalworkers union IG Forte", "The ruling Georgian Unity party". */
function describedBy(doc: Doc, m: Mention): Set<string> {
  const memo = contextOf(doc).memo;
  let words = memo.get(m) as Set<string> | undefined;
  if (!words) {
    words = describedByOf(doc, m);
    memo.set(m, words);
  }
  return words;
}
function describedByOf(doc: Doc, m: Mention): Set<string> {
  const words = new Set(descriptionWords(doc, m.text));
  const before = contextOf(doc).wordsIn(Math.max(0, m.start - 60), m.start);
  for (let i = before.length - 1; i >= 0 && before.length - i <= 4; i--) {
    const w = before[i];
    if (!/^\p{Ll}[\p{L}-]*$/u.test(w.text) || DETERMINERS.has(w.lower)) break;
    words.add(w.lower);
  }
  const next = /^\s+(\p{Ll}+)/u.exec(doc.text.slice(m.end, m.end + 20));
  if (next && ORG_NOUNS.has(next[1])) words.add(next[1]);
  return words;
}

/**
 * The organisation an unnamed speaker stands for: "the company" is the organisation named last before it; a
 * description whose every word describes one organisation of the article ("union" → "the metalworkers union IG
 * Forte", "Nigeria's central bank" → "Central Bank of Nigeria") is that organisation. Null when none or several fit.
 * `words` are the description words of the speaker's text.
 */
function describedEntity(doc: Doc, speaker: Span & { text: string }, words: readonly string[]): number | null {
  if (words.length === 0) return null;
  const orgs = doc.mentions.filter((m) => m.type === 'ORG' && m.kind === 'name' && m.entity !== undefined && (m.end <= speaker.start || m.start >= speaker.end));
  if (/^(?:the|its)\s/i.test(speaker.text) && words.length === 1 && ORG_NOUNS.has(words[0])) {
    const before = orgs.filter((m) => m.end <= speaker.start);
    return before.length > 0 ? before[before.length - 1].entity! : null;
  }
  const fits = new Set<number>();
  for (const m of orgs) {
    const described = describedBy(doc, m);
    if (words.every((w) => described.has(w) || (SAME_AS[w] ?? []).some((x) => described.has(x)))) fits.add(m.entity!);
  }
  return fits.size === 1 ? [...fits][0] : null;
}

const RELATIVE_PRONOUNS = /^\s*(?:who|which|that)\s*$/i;

/** The phrase a relative pronoun refers to: the one right before it, past a comma ("officials who", "Acme, which"). */
function antecedentOf(doc: Doc, s: Speaker, sentence: Unit | undefined): Speaker | null {
  if (!sentence) return null;
  const words = contextOf(doc).wordsIn(sentence.start, s.start);
  let j = words.length - 1;
  if (words[j]?.text === ',') j--;
  const phrase = j >= 0 ? phraseEndingAt(words, j, 0) : null;
  if (!phrase || RELATIVE_PRONOUNS.test(words[phrase.last].text)) return null;
  return { start: phrase.start, end: phrase.end, text: doc.text.slice(phrase.start, phrase.end), entity: null };
}

/** Prepositions whose object is no subject: "Farmers from France, Belgium and Poland demanded", "Donors meeting in Rome pledged". */
const PREPOSITIONS = new Set(['in', 'from', 'of', 'at', 'since', 'near', 'across', 'with', 'outside', 'inside', 'around']);

/**
 * The clause subject when the speaker found is the object of a preposition inside it (a place or a date heading
 * "Farmers from ... Poland", "Students who have blocked 60 faculties since December", "The Foreign Ministry in
 * Baghdad"): the phrase opening the sentence. Null when the speaker is no such object.
 */
function subjectOverPhrase(doc: Doc, speaker: Speaker, sentence: Unit): Speaker | null {
  const words = contextOf(doc).wordsIn(sentence.start, speaker.start);
  let j = words.length - 1;
  // Back over a list of names: "from France, Belgium and Poland".
  while (j >= 0 && (words[j].text === ',' || words[j].lower === 'and' || /^\p{Lu}/u.test(words[j].text))) j--;
  if (j <= 0 || !PREPOSITIONS.has(words[j].lower)) return null;
  // A dateline opens the sentence ("Rome – Donors meeting in Rome pledged"): the subject comes after it.
  const dash = words.findIndex((w, k) => k < 4 && (w.text === '–' || w.text === '—'));
  const subject = subjectOf(words, dash + 1, j);
  if (!subject) return null;
  return { start: subject.start, end: subject.end, text: doc.text.slice(subject.start, subject.end), entity: null };
}

/**
 * The speaker of each quote as a claim wants it. Quotes whose cues share a sentence share a subject when the later
 * cue's speaker lies before the earlier cue, i.e. inside the earlier cue's subject ("Kremlin spokesman Igor Sadov
 * said ... and warned": "Kremlin" → Igor Sadov; "“...,” he wrote, and said ...": none → he).
 */
export function claimSpeakers(doc: Doc, units: Unit[], sentenceOf: (offset: number) => number): Array<Speaker | null> {
  const out: Array<Speaker | null> = doc.quotes.map((q) => {
    if (!q.speaker) return null;
    let s: Speaker = { start: q.speaker.start, end: q.speaker.end, text: q.speaker.text, entity: q.speaker.entity ?? null };
    // "two officials who said ...": a relative pronoun stands for the phrase before it.
    const antecedent = RELATIVE_PRONOUNS.test(s.text) ? antecedentOf(doc, s, units[sentenceOf(s.start)]) : null;
    if (antecedent) s = antecedent;
    if (q.cue && s.end <= q.cue.start) {
      const extended = extendToName(doc, s, q.cue.start);
      if (extended.end !== s.end) s = { ...extended, text: doc.text.slice(extended.start, extended.end), entity: null };
    }
    const head = headEntity(doc, s, s.entity);
    const sentence = units[sentenceOf(s.start)];
    if (q.cue && s.end <= q.cue.start && sentence && (head === null || doc.entities[head].type === 'PLACE')) return subjectOverPhrase(doc, s, sentence) ?? s;
    return s;
  });
  const order = doc.quotes.map((q, i) => [q, i] as [Quote, number]).filter(([q]) => q.cue && q.kind !== 'term');
  order.sort((a, b) => a[0].cue!.start - b[0].cue!.start);
  for (let k = 1; k < order.length; k++) {
    const [q, i] = order[k];
    const cue = q.cue!;
    for (let p = k - 1; p >= 0; p--) {
      const [first, fi] = order[p];
      const firstCue = first.cue!;
      if (sentenceOf(firstCue.start) !== sentenceOf(cue.start)) break;
      if (firstCue.start === cue.start || !out[fi]) continue;
      const own = out[i];
      if (own === null || own.end <= firstCue.start) out[i] = { ...out[fi]! };
      break;
    }
  }
  for (const s of out) if (s) s.entity = speakerEntity(doc, s, s.entity);
  return out;
}

/**
 * The entity of a speaker: the organisation a description stands for when the speaker is one descriptive noun (a
 * headline's "Regulator", which a tagger may take for a name), else the head of the phrase, else a description.
 */
function speakerEntity(doc: Doc, s: Speaker, found: number | null): number | null {
  const words = descriptionWords(doc, s.text);
  if (words.length === 1 && (SAME_AS[words[0]] || ORG_NOUNS.has(words[0]))) {
    const described = describedEntity(doc, s, words);
    if (described !== null) return described;
  }
  return headEntity(doc, s, found) ?? describedEntity(doc, s, words);
}

/** A speaker from a subject span alone: its head entity, else the organisation it describes. */
export function subjectSpeaker(doc: Doc, span: Span): Speaker {
  // A name the phrase scan cut short ("The opposition alliance Coalition" | "for Change") is the head.
  let end = span.end;
  for (const m of doc.mentions) if (m.kind === 'name' && m.start >= span.start && m.start < end && m.end > end) end = m.end;
  const s: Speaker = { start: span.start, end, text: doc.text.slice(span.start, end), entity: null };
  s.entity = speakerEntity(doc, s, null);
  return s;
}

/** Words that may stand between "and" and the head of the second conjunct ("and his Turkish counterpart Kemal Aydın"). */
const CONJUNCT_FILLERS = /^(?:his|her|their|its|the|a|an|[\p{L}-]+)$/u;
const NOT_SUBJECT_BEFORE = new Set(['in', 'from', 'of', 'at', 'with', 'to', 'for', 'by', 'on', 'between', 'among']);

/**
 * The first conjunct of a coordinated subject ending in `span`: "Greece and Türkiye agree", "Nikos Petridis and his
 * Turkish counterpart Kemal Aydın agreed", "Japanese Prime Minister Hiroshi Tanaka and Indian Prime Minister Arjun
 * Mehta signed". Null when the subject is not coordinated, or is a list inside a prepositional phrase.
 */
export function conjunctBefore(doc: Doc, sentence: Unit, span: Span): Speaker | null {
  const words = contextOf(doc).wordsIn(sentence.start, span.start);
  let k = words.length - 1;
  for (let n = 0; k >= 0 && n < 4 && words[k].lower !== 'and' && CONJUNCT_FILLERS.test(words[k].text) && !NOT_SUBJECT_BEFORE.has(words[k].lower); n++) k--;
  if (k < 1 || words[k].lower !== 'and') return null;
  const dash = words.findIndex((w, i) => i < 4 && (w.text === '–' || w.text === '—'));
  const phrase = phraseEndingAt(words, k - 1, dash + 1);
  if (!phrase || !/^\p{Lu}/u.test(words[phrase.last].text)) return null;
  if (phrase.first > 0 && NOT_SUBJECT_BEFORE.has(words[phrase.first - 1].lower)) return null;
  if (phrase.first > 0 && words[phrase.first - 1].text === ',') return null; // a list: "France, Belgium and Poland"
  return subjectSpeaker(doc, phrase);
}

/**
 * The parties of a coordinated speaker phrase, each as a speaker of its own ("Romania and Moldova", "the World
 * Health Organization and UNICEF"); the phrase itself when it is no coordination or a name holds the "and"
 * ("Marks and Spencer").
 */
export function conjuncts(doc: Doc, s: Speaker): Speaker[] {
  const m = /^(.*?\S)\s+and\s+(?=\S)/.exec(s.text);
  if (!m) return [s];
  const andAt = s.start + m[1].length;
  if (doc.mentions.some((x) => x.start < andAt && x.end > andAt + 1)) return [s];
  const left: Span = { start: s.start, end: andAt };
  const right: Span = { start: s.start + m[0].length, end: s.end };
  const named = (span: Span): boolean => /\p{Lu}/u.test(doc.text.slice(span.start, span.end));
  if (!named(left) || !named(right)) return [s];
  return [subjectSpeaker(doc, left), ...conjuncts(doc, subjectSpeaker(doc, right))];
}

/**
 * A subject phrase cut before its head ("The German" | "arms maker Rheinwerk, which ..., welcomed"): up to three
 * lower-case words and then a name closing the phrase (at a comma or at `limit`, the verb) belong to it.
 */
export function extendToName(doc: Doc, span: Span, limit: number): Span {
  const rest = doc.text.slice(span.end, limit);
  const lead = /^\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}/u.exec(rest);
  if (!lead) return span;
  const at = span.end + lead[0].length;
  const name = doc.mentions.find((m) => m.kind === 'name' && m.start === at && m.end <= limit);
  // The name ends the phrase: the verb follows, or a relative clause does ("Rheinwerk, which builds ...,
  // welcomed"); a comma before another verb ends a clause instead ("X visits Baghdad, promises support").
  if (!name || !/^\s*(?:$|,\s*(?:which|who)\b)/.test(doc.text.slice(name.end, limit))) return span;
  return { start: span.start, end: name.end };
}
