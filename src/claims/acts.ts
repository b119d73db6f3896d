/**
 * Claims from verbs the quote finder does not take for cues: promises, demands, agreements, denials, warnings and
 * decisions whose object is a noun phrase or an infinitive, which news writes without any reported clause
 * ("Romania and Moldova sign gas deal", "Kataib al-Nasr rejected the talks", "The Central Bank of Nigeria raised
 * its benchmark interest rate by 50 basis points", "unions demand guarantees"). Statements stay the quote finder's.
 */
import type { ClaimType, Doc, Span } from '../model/doc.js';
import type { Unit, Word } from '../quotes/units.js';
import { contextOf, isHeadline, numberComma, type ClaimContext } from './context.js';
import { phraseEndingAt, skipBetween, speakerBefore, subjectOf } from '../quotes/speaker.js';
import { AUTHORITY_ACTS, claimTypeOf, JUDICIAL_ACTS, refineType } from './types.js';
import { extendToName, subjectSpeaker } from './speaker.js';
import { firstModal } from './modality.js';
import { isAuthority, isJudicial, type Draft } from './draft.js';

const ACT_TYPES = new Set<ClaimType>(['commitment', 'promise', 'demand', 'agreement', 'denial', 'warning', 'decision']);
/** Statements made by judging a thing named right after the verb ("welcomed the agreement", "claims victory"). */
const JUDGEMENTS = new Set(['exclude', 'rule out', 'welcome', 'criticize', 'criticise', 'condemn', 'praise', 'hail', 'applaud', 'denounce', 'slam', 'blast', 'defend', 'claim', 'allege']);
const BE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s", '’s']);
/** Words that end an act's object: a subordinate clause ("raises rates again as inflation tops 30 percent"). */
const CLAUSE_OPENERS = new Set(['as', 'after', 'while', 'because', 'when', 'whereas', 'although', 'though', 'amid', 'despite', 'saying', 'adding']);

/** Lemma and tag of the segmenter's token at a word. */
function tagOf(doc: Doc, w: Word): { pos: string; lemma: string } | null {
  const ctx = contextOf(doc);
  const i = ctx.tokenAt(w.start);
  if (i < 0) return null;
  return { pos: doc.tokens.pos[i], lemma: ctx.lemmaOf(i) };
}

/** "was blocked", "is elected", "has been endorsed": a passive's subject is what the act was done to. */
function passive(words: Word[], v: number): boolean {
  for (let k = v - 1; k >= 0 && v - k <= 3; k--) {
    const w = words[k].lower;
    if (BE.has(w)) return true;
    if (!/ly$/.test(w) && w !== 'not' && w !== 'never' && w !== 'also') return false;
  }
  return false;
}

/** Particles and prepositions that cannot open the object of an act ("set up", "set about", "signed on to"). */
const NO_OBJECT_START = new Set(['up', 'about', 'for', 'on', 'in', 'by', 'as', 'off', 'out', 'down', 'back', 'aside', 'within', 'into', 'at', 'from', 'with', 'over', 'under', 'himself', 'herself', 'themselves', 'itself', 'ourselves']);
/** Verbs that are acts only with a clause or an infinitive after them ("decided to", "resolved that", "committed to"). */
const CLAUSAL: Record<string, RegExp> = {
  commit: /^(?:to\b|(?:itself|themselves|himself|herself|ourselves|his|her|their|its|our)\b[^,]{0,40}\bto\b)/i,
  decide: /^(?:to|that|not|against)\b/i,
  choose: /^(?:to|not)\b/i,
  resolve: /^(?:to|that)\b/i,
  appeal: /^(?:for|to)\b/i,
  press: /^(?:for\b|[^,]{0,40}\bto\s+\p{Ll})/iu,
};
/** Levels an authority sets: raising money or cutting jobs is no decision, raising rates or taxes is. */
const LEVEL_ACTS = new Set(['raise', 'cut', 'lower', 'hike']);
const LEVELS = /\b(?:rates?|tax(?:es)?|tariffs?|prices?|fees?|duty|duties|limits?|ceiling|wages?|age|interest|levy|levies|royalty|royalties|subsid\w+|payments?|quotas?|charges?|premiums?|pensions?|allowances?)\b/i;
const NEVER_ACTS = new Set(['elect', 'rule', 'order']);

/** Does this object suit the verb as an act ("committed identity theft" is no commitment)? */
function objectFits(lemma: string, object: Word[]): boolean {
  if (NEVER_ACTS.has(lemma)) return false;
  const text = object.map((w) => w.text).join(' ');
  const clausal = CLAUSAL[lemma];
  if (clausal) return clausal.test(text);
  if (LEVEL_ACTS.has(lemma) && !LEVELS.test(text)) return false;
  return !NO_OBJECT_START.has(object[0].lower) && !(AUTHORITY_ACTS.has(lemma) && object[0].lower === 'to');
}

/** Words no subject ends with ("the horror of"). */
const FUNCTION_WORDS = new Set(['of', 'the', 'a', 'an', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'and', 'or', 'but', 'that', 'this']);

const insideAny = (spans: Span[], at: number): boolean => spans.some((s) => s.start <= at && at < s.end);

/**
 * Where an act's object starts after the verb at `v`: past a particle ("calls for", "warns of"), dates, a
 * parenthesis and a place ("signed on Monday (03.03.2025) in Bucharest an agreement").
 */
function objectStart(doc: Doc, words: Word[], v: number, lemma: string): number {
  let k = v + 1;
  if (lemma === 'call' && /^(?:for|on|upon)$/.test(words[k]?.lower ?? '')) k++;
  if (lemma === 'warn' && words[k]?.lower === 'of') k++;
  if (lemma === 'rule out') k++;
  for (let guard = 0; guard < 6 && k < words.length; guard++) {
    const w = words[k];
    const time = doc.times.find((t) => t.start === w.start || (/^(?:on|in|last|this|next)$/.test(w.lower) && t.start === words[k + 1]?.start));
    if (time) {
      while (k < words.length && words[k].start < time.end) k++;
      continue;
    }
    if (w.text === '(') {
      while (k < words.length && words[k].text !== ')') k++;
      k++;
      continue;
    }
    const place = /^(?:in|at)$/.test(w.lower) ? doc.mentions.find((m) => m.type === 'PLACE' && m.start === words[k + 1]?.start) : undefined;
    if (place) {
      while (k < words.length && words[k].start < place.end) k++;
      continue;
    }
    break;
  }
  return k;
}

/** Where an act's object ends: the clause's end, a subordinate clause, or a second verb ("rejected the talks and warned"). */
function objectEnd(doc: Doc, words: Word[], from: number): number {
  let k = from;
  let relative = false;
  for (; k < words.length; k++) {
    const w = words[k];
    if (/^[.;:!?—–]$/.test(w.text)) break;
    if (w.text === ',' && !numberComma(words, k)) {
      // ", which will deliver ...": a relative clause still describes the object.
      if (!relative && /^(?:which|who|where|under)$/.test(words[k + 1]?.lower ?? '')) {
        relative = true;
        continue;
      }
      break;
    }
    if (CLAUSE_OPENERS.has(w.lower) && k > from) break;
    if ((w.lower === 'and' || w.lower === 'but') && tagOf(doc, words[k + 1] ?? w)?.pos === 'VERB') break;
  }
  return k;
}

/** Could a word of this act family make an act claim (before its subject and object are looked at)? */
function actLemma(lemma: string): boolean {
  const family = claimTypeOf(lemma);
  return family !== null && (ACT_TYPES.has(family) || JUDGEMENTS.has(lemma) || lemma === 'call');
}

/** Does the sentence hold a token tagged as a verb (a noun in a headline) of an act family? Most sentences hold none. */
function mayHoldAct(ctx: ClaimContext, unit: Unit, headline: boolean): boolean {
  const { start, pos } = ctx.doc.tokens;
  for (let i = ctx.firstTokenFrom(unit.start); i < start.length && start[i] < unit.end; i++) {
    if ((pos[i] === 'VERB' || (headline && pos[i] === 'NOUN')) && actLemma(ctx.lemmaOf(i))) return true;
  }
  return false;
}

/** Is the word all lower-case letters (`/^\p{Ll}+$/u`)? Plain ASCII words, most of them, are told without the pattern. */
function isLowerWord(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return /^\p{Ll}+$/u.test(s);
  }
  return s.length > 0;
}

export function actDrafts(doc: Doc, units: Unit[], taken: { cues: Set<number>; spans: Span[] }): Draft[] {
  const text = doc.text;
  const ctx = contextOf(doc);
  const drafts: Draft[] = [];
  for (const unit of units) {
    const headline = isHeadline(doc, unit);
    if (doc.tokens.start.length > 0 && !mayHoldAct(ctx, unit, headline)) continue;
    const words = ctx.wordsIn(unit.start, unit.end);
    let dash = -1;
    for (let i = 0; i < 4 && i < words.length && dash < 0; i++) if (words[i].text === '–' || words[i].text === '—') dash = i;
    const floor = dash + 1;
    for (let v = floor + 1; v < words.length; v++) {
      const w = words[v];
      // The tag first: most words are no verb, and an index lookup costs less than the word test.
      const ti = ctx.tokenAt(w.start);
      if (ti < 0) continue;
      const pos = doc.tokens.pos[ti];
      if (!(pos === 'VERB' || (headline && pos === 'NOUN'))) continue;
      if (!isLowerWord(w.text) || w.lower.endsWith('ing')) continue;
      const tag = { pos, lemma: ctx.lemmaOf(ti) };
      // "did not rule out an appeal": a statement about what may happen.
      if (tag.lemma === 'rule' && words[v + 1]?.lower === 'out') tag.lemma = 'rule out';
      if (!actLemma(tag.lemma)) continue;
      const family = claimTypeOf(tag.lemma)!;
      if (taken.cues.has(w.start) || insideAny(taken.spans, w.start)) continue;
      const j = skipBetween(words, v - 1);
      if (j < floor || words[j].lower === 'to' || passive(words, v)) continue; // "to cut", "was blocked", "is elected"
      if (tag.lemma === 'warn' && !/^(?:of|against|about)$/.test(words[v + 1]?.lower ?? '')) continue; // "warned that": the quote finder's
      // "did not exclude an appeal" says something; "all rates exclude the surtax" only describes.
      if (tag.lemma === 'exclude' && !/\b(?:not|never)\b|n[’']t\b/i.test(text.slice(Math.max(unit.start, w.start - 25), w.start))) continue;
      let subject = speakerBefore(words, v, floor);
      // "Andes Cobre, which employs 9,000 people, rejected": a number inside the relative clause is no subject.
      if (subject && /^\p{N}/u.test(words[subject.first].text)) subject = null;
      // "Students who have blocked ...", "Transgaz Nord, which will deliver": the relative stands for the phrase before.
      if (subject && subject.first === subject.last && /^(?:who|which|that)$/.test(words[subject.first].lower)) {
        const k = words[subject.first - 1]?.text === ',' ? subject.first - 2 : subject.first - 1;
        subject = k >= floor ? phraseEndingAt(words, k, floor) : null;
      }
      let coordinated = false;
      if (!subject && words[j].text === ',') {
        subject = subjectOf(words, floor, j); // "X visits Baghdad, promises support"
        coordinated = subject !== null;
      }
      // "..., union threatens strikes": a headline's bare common noun is a subject too.
      if (!subject && headline && j === v - 1 && /^\p{Ll}+$/u.test(words[j].text) && tagOf(doc, words[j])?.pos === 'NOUN' && (j === floor || words[j - 1].text === ','))
        subject = { start: words[j].start, end: words[j].end, first: j, last: j };
      if (!subject || !/^\p{L}/u.test(words[subject.last].text) || FUNCTION_WORDS.has(words[subject.last].lower)) continue;
      // A headline's noun-tagged verb must follow its subject directly ("Brazil bans"), not a noun of a compound.
      if (tag.pos !== 'VERB' && subject.last !== v - 1 && !coordinated) continue;
      const between = text.slice(subject.end, w.start);
      if (firstModal(between) !== null) continue; // "would raise": a possibility, not an act

      const os = objectStart(doc, words, v, tag.lemma);
      const oe = objectEnd(doc, words, os);
      if (oe <= os || !objectFits(tag.lemma, words.slice(os, oe))) continue;
      const object: Span = { start: words[os].start, end: words[oe - 1].end };
      const cueText = text.slice(w.start, words[os - 1].end);
      const type = refineType(family, tag.lemma, cueText, text.slice(object.start, object.end));
      if (type === 'statement' && !JUDGEMENTS.has(tag.lemma)) continue; // "called the ruling a mistake": the quote finder's
      if (JUDGEMENTS.has(tag.lemma) && /^(?:that|to|if|whether)$/.test(words[os].lower)) continue; // a clause: the quote finder's
      const speaker = subjectSpeaker(doc, extendToName(doc, subject, w.start));
      if (AUTHORITY_ACTS.has(tag.lemma) && !isAuthority(doc, speaker)) continue;
      if (JUDICIAL_ACTS.has(tag.lemma) && !isJudicial(doc, speaker)) continue;
      const cue = { start: w.start, end: w.end };
      drafts.push({ speaker, lemma: tag.lemma, type, parts: [object], cue, actWindow: between });
      taken.cues.add(w.start);
    }
  }
  return drafts;
}
