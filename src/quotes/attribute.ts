/**
 * Attribution finding: cue verbs, the content they introduce and their speaker, over the sentences of a Doc.
 *
 * The content span follows PolNeAR: the reported clause with its quotation marks ("that ..." included), the whole
 * quoted stretch for direct quotes, and one span per side for a quote split by its attribution
 * ("“A,” he said, “B.”" gives two).
 */
import type { Doc, Mention, Quote, QuoteKind, Span } from '../model/doc.js';
import { cueLexicon, cueProbability, type Cue } from './lexicon.js';
import { nextClass, prevClass } from './context.js';
import { modelCueProbability } from './cue-model.js';
import { findQuoteRegions, type QuoteRegion } from './marks.js';
import { lowerBound } from '../model/spans.js';
import { mainSubject, skipBetween, speakerAfter, speakerBefore, subjectOf, type SpeakerMatch } from './speaker.js';
import { countWords, sentenceUnits, tokenAt, wordsOf, type Unit, type Word } from './units.js';

/** Least P(cue | form) for a word to count as a cue; below it the form is too often something else. */
const CUE_PRECISION = 0.3;
/**
 * Least P(cue) for a weak cue, read only where no sure cue found content (attributeUnit); the learned filter, trained
 * on these candidates out of fold, decides which of them to keep.
 */
const WEAK_CUE = 0.05;
/** Longest inside of a quotation (in words) that can be a scare-quoted term rather than a quote. */
const TERM_WORDS = 4;

const PASSIVE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', "'s", '’s']);
const NOUN_USE = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those', 'my', 'your', 'to', 'of', 'no', 'any', 'every', 'such']);
const CLAUSE_OPENERS = new Set(['that', 'if', 'whether', 'how', 'why', 'what', 'when', 'where', 'who']);
/** Other particles a cue may take in place of its usual one ("called on", "agree with", "agreed that"). */
const ALT_PARTICLES: Record<string, Set<string>> = {
  for: new Set(['on']),
  to: new Set(['with', 'on', 'that']),
};
const LEADING_PREPOSITIONS = new Set(['by', 'at', 'in', 'from', 'to', 'after', 'before', 'during', 'with', 'into', 'over', 'under', 'since', 'as']);
/** Particles a cue takes into its span when present without needing them. */
const OPTIONAL_PARTICLES: Record<string, Set<string>> = { call: new Set(['for', 'on', 'upon']) };
const OPEN_MARKS = /^(?:“|"|``|''|„|«)/;
const ANY_MARK = /[“”"„«»]|``|''/;

interface FoundCue {
  index: number;
  /** Last word index of the cue (the particle of "called for", "according to"). */
  lastIndex: number;
  cue: Cue;
  /** P(cue) of this occurrence given its neighbours. */
  p: number;
}

interface Draft extends Span {
  speaker: SpeakerMatch | null;
  cue: FoundCue | null;
  cueSpan: Span | null;
}

/** Region index lookups over sorted, non-overlapping regions. */
class Regions {
  /** Ends of the regions, ascending as the regions do. */
  private readonly ends: Int32Array;
  constructor(readonly list: QuoteRegion[]) {
    this.ends = Int32Array.from(list, (r) => r.end);
  }
  /** The region whose inside holds `offset`: the first ending after it, when it starts at or before it. */
  at(offset: number): QuoteRegion | null {
    const r = this.list[lowerBound(this.ends, offset + 1)];
    return r !== undefined && r.start <= offset ? r : null;
  }
}

function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /[\s,:;—–-]/u.test(text[s])) s++;
  while (e > s && /[\s,;:—–-]/u.test(text[e - 1])) e--;
  return { start: s, end: e };
}

/**
 * Cut the sentence's final period and trailing commas off a content span (PolNeAR leaves them out of reported
 * speech); a question or exclamation mark is part of what was said and stays.
 */
function dropFinalStop(text: string, span: Span): Span {
  let e = span.end;
  while (e > span.start && /[\s.,;:]/u.test(text[e - 1])) e--;
  return { start: span.start, end: e };
}

/** Is the sentence in Title Case (a headline): at least three words start with a letter, 70% of them a capital? */
function titleCaseLine(words: Word[]): boolean {
  const alpha = words.filter((w) => /^\p{L}/u.test(w.text));
  return alpha.length >= 3 && alpha.filter((w) => /^\p{Lu}/u.test(w.text)).length >= alpha.length * 0.7;
}

/** The learned classifier's P(cue) where it knows the form, the core verbs kept as cues before clauses. */
function learnedProbability(cue: Cue, words: Word[], i: number): number {
  const learned = modelCueProbability(words, i);
  if (learned === null) return cueProbability(cue, prevClass(words, i), nextClass(words, i));
  // The core verbs keep the lexicon's estimate as a floor: the campaign news of the training split rarely shows
  // "demanded higher wages", and the claims stage must still type such demands.
  if (cue.core) return Math.max(learned, cueProbability(cue, prevClass(words, i), nextClass(words, i)));
  return learned;
}

function findCues(words: Word[], regions: Regions, lexicon: Map<string, Cue>, least: number): FoundCue[] {
  const found: FoundCue[] = [];
  // Read only for a capitalized cue word: a regex test of every word of every sentence otherwise.
  let titleCase: boolean | undefined;
  const isTitleCase = (): boolean => (titleCase ??= titleCaseLine(words));
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const cue = lexicon.get(w.lower);
    if (!cue) continue;
    if (words[i + 1]?.lower === 'by' && cue.passiveRate < 0.3) continue; // "called by Iran": a passive participle
    if (regions.at(w.start)) continue; // a verb inside a quotation is the speaker's, not the article's
    // "United States": a capitalized cue word mid-sentence is a name, except in a Title Case headline.
    if (i > 0 && /^\p{Lu}/u.test(w.text) && words[i - 1].text !== '“' && words[i - 1].text !== '"' && !isTitleCase()) continue;
    const prev = words[i - 1]?.lower;
    if (prev !== undefined && NOUN_USE.has(prev)) continue; // "the promise", "to say"
    // Passives ("was not announced", "are frequently attacked by") report no speaker's act.
    if (!/(?:ing|s)$/.test(w.lower)) {
      let b = i - 1;
      while (b >= 0 && (/^(?:not|never|also|n't|being|been)$/.test(words[b].lower) || /^\p{Ll}+ly$/u.test(words[b].text))) b--;
      if (b >= 0 && PASSIVE.has(words[b].lower) && cue.passiveRate < 0.3) continue;
    }
    let last = i;
    if (cue.particle) {
      let k = i + 1;
      if (words[k]?.lower === 'not') k++;
      if (words[k]?.lower !== cue.particle && !ALT_PARTICLES[cue.particle]?.has(words[k]?.lower ?? '')) continue;
      // "called for" is the cue; the "to" of "refused to" and the "that" of "agreed that" open the content (PolNeAR).
      last = (words[k].lower === 'to' && cue.lemma !== 'accord') || words[k].lower === 'that' ? k - 1 : k;
    } else if (OPTIONAL_PARTICLES[cue.lemma]?.has(words[i + 1]?.lower ?? '')) {
      last = i + 1; // "called on", "called for" where "called" alone is a cue too
    }
    // The classifier last: the tests above are cheaper, and whichever turns the word away, it is turned away.
    const p = learnedProbability(cue, words, i);
    if (p < least) continue;
    found.push({ index: i, lastIndex: last, cue, p });
  }
  return found;
}

/**
 * The first "that/if/whether" after a cue within a short object phrase ("told reporters on Monday that"). A verb
 * before it means the content clause has already begun ("said the test could change that"), and an opener with
 * less than two words after it opens nothing.
 */
function clauseOpener(words: Word[], from: number, limit: number, verbAt: (k: number) => boolean): number {
  for (let k = from; k < limit && k - from < 8; k++) {
    const w = words[k];
    if (CLAUSE_OPENERS.has(w.lower) && k > from) return k + 2 < limit ? k : -1;
    if (w.text === ',' || w.text === ':' || OPEN_MARKS.test(w.text) || w.text === '.') return -1;
    if (TAIL_VERBS.has(w.lower) || (verbAt(k) && !/(?:ed|en)$/.test(w.lower))) return -1;
  }
  return -1;
}

/**
 * "“...,” McCain said in an interview." / "..., he told reporters on Monday.": what follows the cue is a short
 * phrase with no clause and no quotation, so the content is the stretch before.
 */
function shortTail(words: Word[], from: number, regions: Regions): boolean {
  if (from < words.length && SUBJECT_PRONOUNS.has(words[from].lower)) return false; // "said they were angry"
  let k = from;
  for (; k < words.length; k++) {
    const w = words[k];
    if (/^[.!?]$/.test(w.text)) break;
    if (w.text === ',' || w.text === ':' || CLAUSE_OPENERS.has(w.lower) || TAIL_VERBS.has(w.lower) || regions.at(w.start)) return false;
    if (k - from >= 8) return false;
  }
  return k > from;
}

/**
 * The mention that overlaps a span most (the first of equals), for the speaker's entity. The entity stages give the
 * mentions sorted by start, and then only those starting between `start - longest` and the span's end can overlap:
 * a scan of that window instead of every mention for every quote. Unsorted mentions are all scanned.
 */
class MentionIndex {
  private readonly starts: Int32Array | null;
  private readonly longest: number;
  constructor(private readonly mentions: Mention[]) {
    let sorted = true;
    let longest = 0;
    for (let k = 0; k < mentions.length; k++) {
      if (k > 0 && mentions[k].start < mentions[k - 1].start) sorted = false;
      longest = Math.max(longest, mentions[k].end - mentions[k].start);
    }
    this.starts = sorted ? Int32Array.from(mentions, (m) => m.start) : null;
    this.longest = longest;
  }

  overlapping(span: Span): Mention | null {
    const { mentions, starts } = this;
    let best: Mention | null = null;
    let bestOverlap = 0;
    const from = starts ? lowerBound(starts, span.start - this.longest) : 0;
    for (let k = from; k < mentions.length; k++) {
      const m = mentions[k];
      if (starts && m.start >= span.end) break;
      const overlap = Math.min(m.end, span.end) - Math.max(m.start, span.start);
      if (overlap > bestOverlap) {
        best = m;
        bestOverlap = overlap;
      }
    }
    return best;
  }
}

function kindOf(text: string, span: Span, regions: Regions): QuoteKind {
  const surface = text.slice(span.start, span.end);
  if (!ANY_MARK.test(surface)) return 'indirect';
  const r = regions.at(span.start);
  if (r && r.start === span.start && r.end >= span.end - 1) return 'direct';
  return 'mixed';
}

/** Is the cue at `i` a second verb of the same subject ("and said", ", adding")? Its content ends the previous one. */
function coordinated(words: Word[], i: number): number {
  const j = skipBetween(words, i - 1);
  if (j < 0) return -1;
  if (words[j].lower === 'and' || words[j].lower === 'but' || (words[j].text === ',' && /ing$/.test(words[i].lower))) return j;
  return -1;
}

/** A quotation that starts right after `offset` (only spaces between), e.g. on the next line after "He said:". */
function regionRightAfter(text: string, offset: number, regions: Regions): QuoteRegion | null {
  let k = offset;
  while (k < text.length && /\s/u.test(text[k])) k++;
  const r = regions.at(k);
  return r && r.start === k ? r : null;
}

const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'who', 'whose', 'which', 'his', 'her', 'their', 'its', 'one', 'former', 'then']);

/** Auxiliaries that make a tail a clause of its own ("said the plan was sound"). */
const TAIL_VERBS = new Set(['is', 'was', 'are', 'were', 'will', 'would', 'has', 'have', 'had', 'can', 'could', 'may', 'might', 'should', 'must', 'does', 'did', "won't", 'won’t']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'there']);

/**
 * "Trump: Clinton Is Unfit" (headlines) and "Trump: “...”": a short capitalized name opening the sentence, then a
 * colon, attributes what follows to that name.
 */
function colonAttribution(text: string, unit: Unit, words: Word[], regions: Regions, drafts: Draft[]): boolean {
  const colon = words.findIndex((w, k) => w.text === ':' && k > 0 && k <= 5);
  if (colon < 0 || colon >= words.length - 1) return false;
  if (/^\p{N}/u.test(words[colon + 1].text) || text[words[colon].end] !== ' ') return false; // "5:05 p.m."
  for (let k = 0; k < colon; k++) if (!/^\p{Lu}/u.test(words[k].text) && !/^(?:of|the|and|on|de|al)$/.test(words[k].lower) && words[k].text !== '.') return false;
  const speaker: SpeakerMatch = { start: words[0].start, end: words[colon - 1].end, first: 0, last: colon - 1 };
  const cue: FoundCue = { index: colon, lastIndex: colon, cue: COLON, p: 1 };
  const start = words[colon + 1].start;
  const r = regions.at(start);
  pushDraft(drafts, text, { start, end: r && r.start === start ? Math.max(r.end, unit.end) : unit.end }, speaker, cue, words[colon], regions);
  return true;
}

const COLON: Cue = { form: ':', lemma: 'say', precision: 1, afterRate: 1, passiveRate: 0, subjectRate: 0, particle: null };

/** What one cue's sentence says about it: who speaks, and on which side of the cue the content lies. */
interface CueReading {
  found: FoundCue;
  speaker: SpeakerMatch | null;
  /** Content before the cue: the word (comma or closing mark) that ends it; -1 when the content follows. */
  beforeWord: number;
  /** First word after the cue (and after an inverted speaker). */
  afterIdx: number;
  tailIsComma: boolean;
}

function readCue(text: string, words: Word[], found: FoundCue, regions: Regions, unitSpeaker: SpeakerMatch | null, verbAt: (k: number) => boolean): CueReading {
  const n = words.length;
  const { index: i, lastIndex: last } = found;
  const j = skipBetween(words, i - 1);
  const prevWord = j >= 0 ? words[j] : null;
  // Participles after a comma ("McCain said, citing ...", "..., adding that"): the sentence's speaker goes on.
  // Also after a dash, a closing quotation mark or a temporal conjunction ("flipped his choice – saying", "“...,”
  // adding that", "while saying", "before adding", "After saying ..., Rubio"): the participle has no subject of its own.
  // "Conceding that ..., he said": a participle opening the sentence takes the subject of the main clause after it.
  const opening = /ing$/.test(words[i].lower) && (prevWord === null || (j === 0 && /^(?:but|and|so|yet)$/.test(prevWord.lower))) && verbAt(i);
  const participle = opening || (/ing$/.test(words[i].lower) && prevWord !== null &&
    (prevWord.text === ',' || /^(?:and|while|before|after|when|by|—|–)$/.test(prevWord.lower) || (i > 0 && j === i - 1 && /[”"]|''/.test(prevWord.text))));
  // Subject before the cue, or inverted ("..., said Clinton").
  // "Jordi Puig welcomed the help but accused Madrid": a verb joined to an earlier cue shares its subject.
  const joined = !participle && prevWord !== null && /^(?:and|but)$/.test(prevWord.lower) && unitSpeaker !== null;
  let speaker: SpeakerMatch | null = participle || joined ? unitSpeaker ?? mainSubject(words, n, verbAt) ?? subjectOf(words, 0, i) : speakerBefore(words, i, 0, verbAt);
  // "..., said Clinton": only cues that often follow their content invert ("..., promises support" does not).
  const inverted = !participle && prevWord !== null && ((prevWord.text === ',' && found.cue.afterRate < 0.8) || /[”"]|''/.test(prevWord.text)) && speaker === null;
  // "US Secretary of State visits Baghdad, promises support": a verb after a comma with no subject of its own, which
  // does not invert, shares the clause's subject.
  if (!participle && !joined && speaker === null && prevWord?.text === ',' && !inverted) speaker = unitSpeaker ?? subjectOf(words, 0, i);
  if (inverted) {
    speaker = speakerAfter(words, last + 1, n);
    // "..., said Clinton." ends with the speaker; "..., said the plan was sound" is no inversion.
    const after = speaker ? speaker.last + 1 : n;
    if (speaker && after < n && !/^[.,!?;:]$/.test(words[after].text) && !shortTail(words, after, regions)) speaker = null;
  }

  const speakerStartWord = speaker ? speaker.first : i;
  const beforeWord = inverted ? j : descriptionBefore(words, skipBetween(words, Math.min(speakerStartWord, i) - 1));
  const afterIdx = inverted && speaker ? speaker.last + 1 : last + 1;
  // "“...,” Clinton said on Thursday during a speech at ...": after a closed quotation, a tail opening with a
  // preposition or an adverb is circumstance, however long, and the quotation is the content.
  const quoteBefore = beforeWord > 0 && /[”"]|''/.test(words[beforeWord].text);
  const circumstance = afterIdx < n && quoteBefore && (LEADING_PREPOSITIONS.has(words[afterIdx].lower) || /^(?:on|about|during|with|without|through|while|as|of)$/.test(words[afterIdx].lower) || /^\p{Ll}+ly$/u.test(words[afterIdx].text));
  // "US Secretary of State visits Baghdad, promises support against Islamic State": a short object after a cue whose
  // content nearly always follows it is that content, not a circumstance of the clause before.
  const objectTail = afterIdx < n && found.cue.afterRate >= 0.8 && !LEADING_PREPOSITIONS.has(words[afterIdx].lower) && !TIME_OPENERS.test(words[afterIdx].lower) && /^\p{L}/u.test(words[afterIdx].text) && !/^\p{Ll}+ly$/u.test(words[afterIdx].text);
  const tailIsEmpty = afterIdx >= n || /^[.!?]$/.test(words[afterIdx].text) || circumstance || (!objectTail && shortTail(words, afterIdx, regions)) || (beforeWord > 0 && found.cue.core === true && adverbialTail(words, afterIdx, regions, verbAt));
  const tailIsComma = afterIdx < n && words[afterIdx].text === ',';

  let contentBefore = false;
  if (!participle && beforeWord > 0 && (tailIsEmpty || tailIsComma)) {
    const bw = words[beforeWord];
    const closesQuote = /[”"]|''/.test(bw.text);
    // "In Texas, voters said they were angry": a short leading adverbial is no content. Between commas the
    // attribution is parenthetical and splits the content ("Acts of protest, Obama said, are acts of patriotism"),
    // unless what precedes it is a lone discourse word ("Still, he said, ...").
    const lead = text.slice(words[0].start, bw.start);
    const clauseBefore = closesQuote || countWords(text, words[0].start, bw.start, 4) >= 4 || (tailIsComma && !DISCOURSE_LEAD.test(lead.trim()));
    contentBefore = (bw.text === ',' || bw.text === '—' || closesQuote) && clauseBefore && (closesQuote || !occasionPhrase(words, 0, beforeWord));
  }
  return { found, speaker, beforeWord: contentBefore ? beforeWord : -1, afterIdx, tailIsComma };
}

/**
 * "“...,” WFP country director Anna Lindqvist told reporters": the speaker phrase stops at the name, but the words
 * before it (a title, an organisation, "its") still belong to the subject, and a quotation closing just before them
 * is what the speaker said. Returns the closing mark's index when `k` ends such a description, else `k`.
 */
function descriptionBefore(words: Word[], k: number): number {
  for (let m = k; m >= 0 && k - m < 5; m--) {
    const w = words[m];
    if (/^(?:”|"|'')$/.test(w.text)) return m === k ? k : m;
    if (!/^\p{L}[\p{L}\p{N}’'.-]*$/u.test(w.text) || DESCRIPTION_STOP.has(w.lower) || lexiconHas(w.lower)) return k;
  }
  return k;
}

/** Words that cannot sit inside a subject's description: verbs, conjunctions, prepositions of a clause before. */
const DESCRIPTION_STOP = new Set(['and', 'or', 'but', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'that', 'which', 'who', 'when', 'as', 'to', 'in', 'on', 'at', 'by', 'with', 'for', 'from', 'not', 'be', 'been']);

const lexiconHas = (w: string): boolean => cueLexicon().has(w);

/**
 * "..., the commission said on Sunday, with 98 percent of ballots counted.": a tail that opens with a preposition
 * or a time word and holds no clause (no finite verb, clause word, subject pronoun or quotation) is circumstance,
 * however many commas it has; what was said is before the cue.
 */
function adverbialTail(words: Word[], from: number, regions: Regions, verbAt: (k: number) => boolean): boolean {
  if (from >= words.length || !(LEADING_PREPOSITIONS.has(words[from].lower) || /^(?:on|last|this|earlier|later|yesterday|today|tonight)$/.test(words[from].lower))) return false;
  for (let k = from; k < words.length; k++) {
    const w = words[k];
    if (CLAUSE_OPENERS.has(w.lower) || TAIL_VERBS.has(w.lower) || SUBJECT_PRONOUNS.has(w.lower) || regions.at(w.start)) return false;
    if (verbAt(k) && !/(?:ed|en|ing)$/.test(w.lower)) return false;
  }
  return true;
}

/** Words that open a time phrase ("last week", "Monday"): circumstance, never an object. */
const TIME_OPENERS = /^(?:on|last|this|next|earlier|later|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|again|also|too)$/;

/** Conjunctions that join a clause with a subject of its own after a comma ("..., but unions said"). */
const CLAUSE_JOINERS = new Set(['but', 'and', 'while', 'whereas', 'although', 'though', 'yet']);

/** One-word sentence openers that link to the previous sentence rather than start what was said. */
const DISCOURSE_LEAD = /^(?:but|and|so|still|now|yet|however|also|then|meanwhile|again|indeed|instead|moreover|further|furthermore|besides|later|today|tuesday|monday|wednesday|thursday|friday|saturday|sunday|yesterday)$/i;

/** Nouns of the occasion or medium of speech: a phrase about them says where something was said, not what. */
const OCCASIONS = new Set([
  'speech', 'interview', 'essay', 'book', 'column', 'statement', 'letter', 'op-ed', 'tweet', 'post', 'tour', 'appearance',
  'address', 'remarks', 'rally', 'debate', 'briefing', 'hearing', 'conference', 'event', 'visit', 'meeting', 'memo',
  'article', 'broadcast', 'podcast', 'town', 'forum', 'session', 'testimony', 'video', 'message', 'email', 'call',
]);

/**
 * Is words[from, to) a prepositional phrase about the occasion of speech, with no verb ("In a speech in Fort Pierce,
 * Florida Friday", "at a briefing Monday")?
 */
function occasionPhrase(words: Word[], from: number, to: number): boolean {
  if (from >= to || !/^(?:in|at|during|on|after|before|from|via|through)$/.test(words[from].lower)) return false;
  let occasion = false;
  for (let k = from + 1; k < to; k++) {
    const l = words[k].lower;
    if (TAIL_VERBS.has(l) || CLAUSE_OPENERS.has(l) || l === 'said' || l === 'says') return false;
    if (OCCASIONS.has(l) || OCCASIONS.has(l.replace(/s$/, ''))) occasion = true;
  }
  return occasion;
}

/** Cue lemmas whose content is an infinitive ("promised to rebuild"): a following "to" opens the content. */
const INFINITIVE_LEMMAS = new Set([
  'promise', 'pledge', 'vow', 'agree', 'refuse', 'decide', 'choose', 'threaten', 'commit', 'seek', 'want', 'plan',
  'hope', 'urge', 'ask', 'decline', 'offer', 'expect', 'intend', 'aim', 'try', 'order', 'call', 'tell', 'warn',
  'appear', 'seem', 'continue', 'reaffirm', 'demand', 'need', 'wish', 'fail',
]);

/**
 * Content spans and speakers of one sentence's cues. The sentence is read with its sure cues first; weak cues (the
 * classifier's P(cue) between WEAK_CUE and CUE_PRECISION) are then read too, and their contents are kept only where
 * no sure cue's content lies, so a doubtful verb never changes what a sure one found (its speaker, where its content
 * stops). The learned filter weighs these extra candidates by their cue probability.
 */
function attributeUnit(doc: Doc, unit: Unit, regions: Regions, lexicon: Map<string, Cue>, drafts: Draft[]): void {
  const text = doc.text;
  const words = wordsOf(text, unit.start, unit.end);
  // The tagger's verbs (when the segment stage ran): finite verbs tell a content clause from a cue's object.
  const verbAt = (k: number): boolean => {
    const t = tokenAt(doc, words[k].start);
    return t >= 0 && (doc.tokens.pos[t] === 'VERB' || doc.tokens.pos[t] === 'AUX');
  };
  if (words.length === 0) return;
  // A headline ("Regulator blocks telecom merger") gives a doubtful verb too little to go on: sure cues only.
  const all = findCues(words, regions, lexicon, bareLine(text, unit) ? CUE_PRECISION : WEAK_CUE);
  const sure = all.filter((c) => c.p >= CUE_PRECISION);
  const first = drafts.length;
  readUnit(doc, unit, words, sure, regions, lexicon, drafts, verbAt);
  if (sure.length === all.length) return;
  const extra: Draft[] = [];
  readUnit(doc, unit, words, all, regions, lexicon, extra, verbAt);
  const found = drafts.slice(first);
  for (const d of extra) {
    if (!d.cue || d.cue.p >= CUE_PRECISION) continue;
    if (found.some((f) => f.start < d.end && d.start < f.end)) continue;
    // A quotation is read by a sure cue, carried from the quote before it, or a term: a doubtful verb before a
    // scare-quoted name ("joined the “Popular Mobilization Forces”") must not take it from the terms.
    if (ANY_MARK.test(text.slice(d.start, d.end))) continue;
    drafts.push(d);
  }
}

/** Is the unit on a line without closing punctuation (a headline, a caption)? */
function bareLine(text: string, unit: Unit): boolean {
  const from = text.lastIndexOf('\n', unit.start - 1) + 1;
  let to = text.indexOf('\n', unit.end);
  if (to < 0) to = text.length;
  return !/[.!?”"’)]\s*$/.test(text.slice(from, to));
}

/** Drafts of one sentence read with the given cues: each cue's speaker, then the content on its side. */
function readUnit(doc: Doc, unit: Unit, words: Word[], cues: FoundCue[], regions: Regions, lexicon: Map<string, Cue>, drafts: Draft[], verbAt: (k: number) => boolean): void {
  const text = doc.text;
  const n = words.length;
  if (cues.length === 0 || cues[0].index > 5) {
    if (colonAttribution(text, unit, words, regions, drafts)) return;
  }

  const readings: CueReading[] = [];
  let unitSpeaker: SpeakerMatch | null = null;
  for (const found of cues) {
    const r = readCue(text, words, found, regions, unitSpeaker, verbAt);
    if (r.speaker) unitSpeaker = r.speaker;
    readings.push(r);
  }

  for (let c = 0; c < readings.length; c++) {
    const { found, speaker, beforeWord, afterIdx, tailIsComma } = readings[c];
    const { index: i, lastIndex: last } = found;
    const cueSpan = { start: words[i].start, end: words[last].end };
    // Content after this cue stops where a coordinated cue of the same subject takes over ("and said"), or where a
    // trailing attribution begins ("decided to change course, a source said").
    let limitWord = n;
    for (let d = c + 1; d < readings.length; d++) {
      const at = coordinated(words, readings[d].found.index);
      const trailing = readings[d].beforeWord;
      // "Asked about his record, Christie said ...": the next clause after a comma has a speaker and cue of its own.
      const sp = readings[d].speaker;
      // So does "..., but unions said ...": a conjunction opening a clause with its own subject and cue.
      if (sp && sp.first > last + 1 && trailing < 0 && readings[d].found.index > sp.last) {
        const before = words[sp.first - 1];
        const joined = CLAUSE_JOINERS.has(before.lower) && sp.first - 2 > last && words[sp.first - 2].text === ',';
        if (before.text === ',' || joined) {
          limitWord = joined ? sp.first - 2 : sp.first - 1;
          break;
        }
      }
      if (at > last) {
        limitWord = at;
        break;
      }
      if (trailing > last && !/[”"]|''/.test(words[trailing].text)) {
        limitWord = trailing;
        break;
      }
    }
    const limit = limitWord < n ? words[limitWord].start : unit.end;

    if (found.cue.lemma === 'accord') {
      // "according to X, CONTENT" or "CONTENT, according to X"
      const who: SpeakerMatch | null = speakerAfter(words, last + 1, n);
      if (i === 0 || (i === 1 && !/\p{L}/u.test(words[0].text))) {
        let k = who ? who.last + 1 : last + 1;
        while (k < n && words[k].text !== ',') k++;
        if (k < n - 1) pushDraft(drafts, text, { start: words[k + 1].start, end: unit.end }, who, found, cueSpan, regions);
      } else {
        // "urged donors to give $250 million, where some 2.1 million people need food aid according to the United
        // Nations": after an earlier cue's object, the source vouches for the clause after the break only.
        let from = 0;
        if (c > 0) {
          for (let b = i - 2; b > readings[c - 1].found.lastIndex; b--) {
            if (/^[,—–;]$/.test(words[b].text) && OBJECT_BREAKS.has(words[b + 1].lower)) {
              from = b + 2;
              break;
            }
          }
        }
        // "CONTENT, according to X" ends before the comma; "CONTENT according to X" with its last word.
        const end = /^\p{L}|^\p{N}/u.test(words[i - 1].text) ? words[i - 1].end : words[i - 1].start;
        pushDraft(drafts, text, { start: from > 0 ? words[from].start : unit.start, end }, who, found, cueSpan, regions);
      }
      continue;
    }

    if (beforeWord >= 0) {
      const endWord = words[beforeWord];
      // The stretch before: a quotation that ends here (maybe begun sentences ago), else the clause from the start
      // (or from the end of an earlier trailing attribution in the same sentence).
      const endAt = /[”"]|''/.test(endWord.text) ? endWord.end : endWord.start;
      const region = regions.at(endAt - 1);
      const whole = region !== null && region.end <= endAt + 1;
      // "Mills “got an immunity agreement,” Jordan said": words of the same sentence before the quotation belong to
      // the content (a mixed quote); a quotation opening the sentence, or begun sentences ago, is the content alone.
      const lead = whole && region.start > unit.start ? text.slice(unit.start, region.start) : '';
      const mixed = countWords(lead, 0, lead.length, 1) > 0 && !/[.!?:;—–]\s*$/.test(lead);
      pushDraft(drafts, text, { start: whole && !mixed ? region.start : unit.start, end: whole ? region.end : endAt }, speaker, found, cueSpan, regions);
      if (tailIsComma && afterIdx + 1 < n) {
        // "“A,” he said, “B.”": the second half is its own content span.
        const next = words[afterIdx + 1];
        const r2 = regions.at(next.start);
        if (r2 && r2.start === next.start) pushDraft(drafts, text, { start: r2.start, end: r2.end }, speaker, found, cueSpan, regions);
        // "..., said Andrew Rice, a Democrat and former senator": an appositive describes the speaker, it is no content.
        else if (!lexicon.has(next.lower) && !(APPOSITIVE_OPENERS.has(next.lower) && speaker !== null && speaker.first > i)) pushDraft(drafts, text, { start: next.start, end: limit }, speaker, found, cueSpan, regions);
      }
      continue;
    }

    // Content after the cue.
    let k = afterIdx;
    while (k < n && (words[k].text === ',' || words[k].text === ':' || words[k].text === '—')) k++;
    if (k >= n || /^[.!?]$/.test(words[k].text)) {
      // "He said:" closing a paragraph, the quotation on the next line.
      const r = words[n - 1].text === ':' ? regionRightAfter(text, unit.end, regions) : null;
      if (r) pushDraft(drafts, text, { start: r.start, end: r.end }, speaker, found, cueSpan, regions);
      continue;
    }
    const opener = clauseOpener(words, k, n, verbAt);
    if (opener > 0) k = opener;
    else {
      // "told reporters: “...”", "said on Twitter on Monday, in reference to ..., “...”": a quotation after the cue's
      // object and adverbials, set off by a comma or colon, is what was said (PolNeAR: the quotation alone).
      for (let q = k; q < limitWord && q - k < 30; q++) {
        if (CLAUSE_OPENERS.has(words[q].lower)) break;
        if (regions.at(words[q].start)?.start === words[q].start && q > k && (words[q - 1].text === ':' || words[q - 1].text === ',')) {
          k = q;
          break;
        }
      }
    }
    // "spoke at a rally", "was greeted by cheers": a cue followed by a place or agent phrase reports nothing.
    const infinitive = words[k].lower === 'to' && INFINITIVE_LEMMAS.has(found.cue.lemma);
    if (opener < 0 && !infinitive && LEADING_PREPOSITIONS.has(words[k].lower) && found.cue.particle === null && found.p < 0.6) continue;
    if (opener < 0 && occasionPhrase(words, k, limitWord)) continue; // "said at a briefing Monday."
    const startAt = words[k].start;
    const region = regions.at(startAt);
    let end = limit;
    if (region && region.start === startAt && region.end > end) end = region.end;
    // "“Thank you Georgia” moments after polls closed": a quotation opening the content is the content.
    else if (region && region.start === startAt && region.closed) end = region.end;
    // An object (no clause opener, no quotation) ends where a clause of its own begins.
    else if (opener < 0 && !region && !CLAUSE_OPENERS.has(words[k].lower) && words[k].lower !== 'to') {
      const cut = objectEnd(words, k, limitWord, regions);
      if (cut > k) end = Math.min(end, words[cut].start);
    }
    if (countWords(text, startAt, end, 2) < 2) continue;
    if (!speaker && !found.cue.particle && found.p < 0.6) continue;
    // "Polkom declined to comment": a refusal to speak reports nothing.
    if (REFUSALS.has(found.cue.lemma) && words[k].lower === 'to' && SPEAKING.has(words[k + 1]?.lower ?? '') && (k + 2 >= limitWord || /^[.,;]$/.test(words[k + 2].text) || words[k + 2].lower === 'further')) continue;
    // "Clinton appeared to have the most to gain", "Trump is expected to speak": the subject of a raising or passive
    // cue is part of what is reported (PolNeAR gives it a content span of its own) and no source is named.
    // A participle that is mostly passive reads so only after a form of "be" ("Trump is expected to", not "Mr. Deese
    // expected that").
    const passiveUse = words.slice(speaker ? speaker.last + 1 : i, i).some((w) => PASSIVE.has(w.lower));
    if (speaker && speaker.last < i && found.cue.subjectRate >= SUBJECT_RATE && skipBetween(words, i - 1) === speaker.last && (passiveUse || found.cue.passiveRate < 0.2)) {
      const first = subjectStart(words, speaker.first, verbAt);
      pushDraft(drafts, text, { start: words[first].start, end: speaker.end }, null, found, cueSpan, regions);
      pushDraft(drafts, text, { start: startAt, end }, null, found, cueSpan, regions);
      continue;
    }
    pushDraft(drafts, text, { start: startAt, end }, speaker, found, cueSpan, regions);
  }
}

/** Words after a comma that open a clause of its own after a cue's object ("..., and the governor tripped up Rubio"). */
const OBJECT_BREAKS = new Set(['and', 'but', 'while', 'when', 'which', 'who', 'where', 'although', 'though', 'because', 'after', 'before', 'since', 'so', 'as', 'whose', 'until', 'even']);

/**
 * "unleashed withering attacks against Rubio in Saturday's debate, and the governor tripped up Rubio": the object of
 * a cue (no clause opener after it) ends where a clause of its own begins, at a semicolon or at a comma (or dash)
 * before a conjunction or a relative word. What follows is often another attribution ("..., which they argue spur
 * demand"), which PolNeAR pairs with a content span of its own. A that-clause runs on past such commas.
 */
function objectEnd(words: Word[], from: number, limit: number, regions: Regions): number {
  for (let b = from + 1; b < limit - 1; b++) {
    const w = words[b];
    if (regions.at(w.start)) continue;
    if (w.text === ';' || ((w.text === ',' || w.text === '—' || w.text === '–') && OBJECT_BREAKS.has(words[b + 1].lower))) return b;
  }
  return -1;
}

const REFUSALS = new Set(['decline', 'refuse']);
const SPEAKING = new Set(['comment', 'say', 'elaborate', 'speculate', 'respond', 'answer', 'discuss', 'talk', 'confirm']);

/** Least share of a cue form's uses whose subject is content, for its subject to be read so ("appear", "expected"). */
const SUBJECT_RATE = 0.4;

/** Words that end a subject phrase scanned leftwards: conjunctions, clause words, prepositions of a clause before. */
const SUBJECT_STOP = new Set(['and', 'or', 'but', 'that', 'which', 'who', 'when', 'while', 'as', 'if', 'because', 'since', 'although', 'though', 'despite', 'after', 'before', 'than', 'so', 'where', 'whether']);

/**
 * "The birth of the newest Clinton is expected": the speaker finder stops at the name, but the whole subject
 * noun phrase, with its modifiers and "of" phrases, is the content; it starts after a punctuation mark, a verb or a
 * clause word, at most ten words back.
 */
function subjectStart(words: Word[], first: number, verbAt: (k: number) => boolean): number {
  let f = first;
  for (let k = first - 1; k >= 0 && first - k <= 10; k--) {
    const w = words[k];
    // A word the tagger calls a verb before "of" is a noun ("the final shuttering of the factory").
    if (!/^\p{L}[\p{L}\p{N}’'.-]*$/u.test(w.text) || SUBJECT_STOP.has(w.lower) || (verbAt(k) && words[k + 1].lower !== 'of')) break;
    f = k;
  }
  while (f < first && /^(?:of|in|on|at|for|to|with|by|from)$/.test(words[f].lower)) f++;
  return f;
}

function pushDraft(
  drafts: Draft[],
  text: string,
  raw: Span,
  speaker: SpeakerMatch | null,
  cue: FoundCue,
  cueSpan: Span,
  regions: Regions,
): void {
  let span = trimSpan(text, raw.start, raw.end);
  const region = regions.at(span.start);
  // A span that is a whole quotation keeps its marks and its inner punctuation; others lose the final period.
  if (!(region && region.start === span.start && region.end === span.end)) span = dropFinalStop(text, span);
  if (span.end <= span.start || countWords(text, span.start, span.end, 1) < 1) return;
  // A literal, not a spread of `span`: V8 copies a spread through a slow path (~3% of the stage).
  drafts.push({ start: span.start, end: span.end, speaker, cue, cueSpan });
}

const TITLE_GLUE = new Set(['of', 'the', 'a', 'an', 'and', 'with', 'in', 'on', 'for', 'to', 'is', 'at', 'by', 'from', 'or', 'not']);

/**
 * A quotation no cue reached is a term (no statement) when it is short, or names something (every word capitalized
 * but the glue words: “Guardians of the Galaxy”, “Axis of Resistance”), or is a lower-case fragment inside a
 * sentence (“an orange buffoon”): such a fragment belongs to a clause we found no speaker for, it is not a quote.
 */
function isTerm(text: string, region: QuoteRegion, unitStart: number): boolean {
  const inner = text.slice(region.innerStart, region.innerEnd).trim();
  const words = inner.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const n = words.length;
  if (n === 0) return true;
  const sentenceFinal = /[.!?…]$/.test(inner.replace(/[,;:]$/, ''));
  if (n <= TERM_WORDS && !sentenceFinal) return true;
  if (n <= 8 && words.every((w, k) => /^[\p{Lu}\p{N}]/u.test(w) || (k > 0 && TITLE_GLUE.has(w.toLowerCase())))) return true;
  const inSentence = /\p{L}/u.test(text.slice(unitStart, region.start));
  if (inSentence && /^\p{Ll}/u.test(inner) && n <= 12) return true;
  return false;
}

/** The verb nearest before a quoted fragment, its subject as speaker, the rest of the clause as content. */
function fragmentAttribution(doc: Doc, text: string, unit: Unit, region: QuoteRegion, regions: Regions): Draft | null {
  if (doc.tokens.start.length === 0) return null; // without the tagger we cannot tell the verb
  const words = wordsOf(text, unit.start, unit.end);
  const at = words.findIndex((w) => w.start >= region.start);
  for (let v = at - 1; v >= 0 && at - v <= 12; v--) {
    const w = words[v];
    if (/^[,;:—–]$/.test(w.text) && v < at - 1) return null; // another clause: the fragment is not its object
    const t = tokenAt(doc, w.start);
    if (t < 0 || doc.tokens.pos[t] !== 'VERB' || regions.at(w.start)) continue;
    const speaker = speakerBefore(words, v, 0);
    if (!speaker) return null;
    const start = words[v + 1].start;
    let span = trimSpan(text, start, unit.end);
    span = dropFinalStop(text, span);
    if (span.end < region.end) span = { start: span.start, end: region.end };
    const lemma = (doc.tokens.lemma[t] || w.lower).toLowerCase();
    const cue: FoundCue = { index: v, lastIndex: v, cue: { form: w.lower, lemma, precision: 0, afterRate: 1, passiveRate: 0, subjectRate: 0, particle: null }, p: 0 };
    return { ...span, speaker, cue, cueSpan: { start: w.start, end: w.end } };
  }
  return null;
}

/** A found quote with the evidence the learned filter weighs beside the quote itself. */
export interface Candidate {
  quote: Quote;
  /** P(cue) of the cue occurrence that found it (0 for a verb the tagger found, 1 for a headline colon); null without a cue. */
  cueP: number | null;
  /** A quotation no cue reached, given the speaker of the quote before it. */
  carried: boolean;
  /** Found by a weak cue (P(cue) below CUE_PRECISION), read only where no sure cue found content. */
  weak: boolean;
}

/** All quotes of the document, in text order, before the learned filter (filter.ts) weighs them. */
export function findQuotes(doc: Doc): Candidate[] {
  const text = doc.text;
  if (!text) return [];
  const regions = new Regions(findQuoteRegions(text));
  const lexicon = cueLexicon();
  const units = sentenceUnits(doc);
  const drafts: Draft[] = [];
  for (const unit of units) attributeUnit(doc, unit, regions, lexicon, drafts);

  // Overlapping drafts: keep the earlier (outer) one when two cover the same stretch from the same start.
  drafts.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Draft[] = [];
  // Sorted, so a draft with the same span as a kept one comes right after it.
  for (const d of drafts) {
    const dup = kept.length - 1;
    // "Asked about X, Christie said that ...": both cues read the same content; the one that found a speaker holds it.
    if (dup >= 0 && kept[dup].start === d.start && kept[dup].end === d.end) {
      if (!kept[dup].speaker && d.speaker) kept[dup] = d;
      continue;
    }
    kept.push(d);
  }

  // Quotations no cue reached: continuing direct quotes (speaker carried over) or scare-quoted terms.
  const covered = (r: QuoteRegion): boolean => kept.some((d) => d.start < r.end && r.start < d.end);
  const orphans: Array<{ region: QuoteRegion; term: boolean }> = [];
  for (const r of regions.list) {
    if (covered(r)) continue;
    const unit = units.find((u) => u.start <= r.start && r.start < u.end);
    const term = isTerm(text, r, unit ? unit.start : r.start);
    // A quoted fragment inside a sentence ("Sanders called Trump “an orange buffoon”") is what the verb before it
    // attributes, even when that verb is no reporting verb we know: a partial quote of the verb's subject.
    if (term && unit && /^\p{Ll}/u.test(text.slice(r.innerStart, r.innerEnd).trim())) {
      const d = fragmentAttribution(doc, text, unit, r, regions);
      if (d) {
        kept.push(d);
        continue;
      }
    }
    orphans.push({ region: r, term });
  }

  const quotes: Candidate[] = [];
  let mentionIndex: MentionIndex | undefined;
  const toQuote = (span: Span, kind: QuoteKind, d: Draft | null, carried = false): Candidate => {
    const p = d?.cue ? d.cue.p : null;
    // A tagger-found verb (P 0) is no weak cue of the lexicon; a carried quotation keeps its first speaker's cue.
    return { quote: quoteOf(span, kind, d), cueP: p, carried, weak: !carried && p !== null && p > 0 && p < CUE_PRECISION };
  };
  const quoteOf = (span: Span, kind: QuoteKind, d: Draft | null): Quote => {
    const sp = d?.speaker ?? null;
    let speaker: Quote['speaker'] = null;
    if (sp) {
      const m = (mentionIndex ??= new MentionIndex(doc.mentions)).overlapping(sp);
      speaker = { start: sp.start, end: sp.end, text: text.slice(sp.start, sp.end) };
      if (m && m.entity !== undefined) speaker.entity = m.entity;
    }
    const cue = d?.cue && d.cueSpan ? { start: d.cueSpan.start, end: d.cueSpan.end, text: text.slice(d.cueSpan.start, d.cueSpan.end), lemma: d.cue.cue.lemma } : null;
    return { start: span.start, end: span.end, text: text.slice(span.start, span.end), kind, speaker, cue };
  };

  const all: Array<{ span: Span; kind: QuoteKind; draft: Draft | null }> = kept.map((d) => ({ span: d, kind: kindOf(text, d, regions), draft: d }));
  for (const o of orphans) all.push({ span: { start: o.region.start, end: o.region.end }, kind: o.term ? 'term' : 'direct', draft: null });
  all.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);

  let last: Draft | null = null;
  let lastEnd = -1;
  all.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  for (const item of all) {
    if (item.kind === 'term') {
      quotes.push(toQuote(item.span, 'term', null));
      continue;
    }
    let d = item.draft;
    if (!d) {
      // A quotation standing alone continues the last speaker when it follows closely (same or next paragraphs).
      const gap = text.slice(lastEnd < 0 ? 0 : lastEnd, item.span.start);
      const paragraphsBetween = (gap.match(/\n\s*\n|\n/g) ?? []).length;
      d = last && paragraphsBetween <= 2 ? last : null;
    }
    quotes.push(toQuote(item.span, item.kind, d, item.draft === null));
    if (item.draft?.speaker) last = item.draft;
    lastEnd = item.span.end;
  }
  return quotes;
}
