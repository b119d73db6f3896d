/**
 * What a claim says: the content spans of its quotes, cut where the content runs into another statement, without
 * quotation marks and without the adverbials that stand between the verb and the content ("refused on Tuesday to",
 * "pledged on Friday a total of").
 */
import type { Doc, Quote, Span } from '../model/doc.js';
import { contextOf } from './context.js';
import { claimTypeOf, AUTHORITY_ACTS, JUDICIAL_ACTS } from './types.js';

/** Quotation marks are not part of what was said. */
export function stripMarks(text: string): string {
  const s = text.replace(MARKS, '');
  // Most contents hold no white space but single spaces, which the fold would copy one by one for nothing.
  return (UNFOLDED.test(s) ? s.replace(/\s+/g, ' ') : s).trim();
}
const MARKS = /``|''|[“”"„«»]/g;
/** White space that folding to single spaces changes: any but a space, or two in a row. */
const UNFOLDED = /[^\S ]| {2}/;

/**
 * A later act inside a content: a verb of the same subject ("welcomed the help but accused Madrid of ...") or a
 * clause with a subject of its own ("claims victory, opposition alleges fraud").
 */
export interface SecondAct {
  verb: Span;
  lemma: string;
  content: Span;
  /** The new clause's subject; absent when the subject is shared. */
  subject?: Span;
}

/**
 * Where a clause starts that leads to `at`: back over "but", "and", "while", commas and spaces; -1 when nothing
 * of these separates it from what comes before ("said Tallinn had asked": a clause inside the content, not after it).
 */
function clauseStart(text: string, from: number, at: number): number {
  let s = at;
  let separated = false;
  for (;;) {
    const before = text.slice(from, s);
    const m = /(?:\s+|,|\b(?:but|and|while|whereas)\b)$/i.exec(before);
    if (!m || m[0].length === 0) break;
    if (m[0] !== ' ' && m[0].trim() !== '') separated = true;
    s -= m[0].length;
  }
  return separated ? s : -1;
}

/** Words opening a subordinate clause, which is part of the content ("Washington, which maintains", ", as agreed"). */
const SUBORDINATORS = new Set(['which', 'who', 'whom', 'whose', 'that', 'as', 'where', 'when', 'while', 'if', 'because', 'since', 'although', 'though', 'what', 'so', 'than', 'until', 'unless']);

/** Conjunctions after which a headline goes on with another subject's act ("£22 billion for NHS as opposition warns"). */
const CLAUSE_LINKS = new Set(['as', 'while', 'whereas']);

/** Lemma of the token starting at `offset` when it is tagged a verb. */
function verbLemmaAt(doc: Doc, offset: number): string | null {
  const ctx = contextOf(doc);
  const i = ctx.tokenAt(offset);
  if (i < 0 || doc.tokens.pos[i] !== 'VERB') return null;
  return ctx.lemmaOf(i);
}

/** Is there a verb of a claim family (an authority's act aside) in `text[start, end)`? Most contents hold none. */
function holdsSecondVerb(doc: Doc, start: number, end: number): boolean {
  const ctx = contextOf(doc);
  const { start: starts, pos } = doc.tokens;
  if (starts.length === 0) return true; // no tokens (a hand-made doc): read the words
  for (let i = ctx.firstTokenFrom(start); i < starts.length && starts[i] < end; i++) {
    if (pos[i] !== 'VERB') continue;
    const lemma = ctx.lemmaOf(i);
    if (claimTypeOf(lemma) !== null && !AUTHORITY_ACTS.has(lemma) && !JUDICIAL_ACTS.has(lemma)) return true;
  }
  return false;
}

/**
 * Cuts a content span: it ends where another statement starts inside it (a speaker or cue of a quote outside the
 * group: "to bring forward a fund, but unions said the offer came far too late") and where the same subject goes on
 * with a verb of its own ("the help but accused Madrid of acting too late", which becomes a second claim).
 */
export function cutContent(doc: Doc, part: Span, others: Quote[]): { span: Span; second: SecondAct | null } {
  const text = doc.text;
  let end = part.end;
  for (const q of others) {
    if (!q.cue || claimTypeOf(q.cue.lemma) === null) continue;
    for (const s of [q.speaker, q.cue]) {
      if (!s || s.start <= part.start || s.start >= end) continue;
      const at = clauseStart(text, part.start, s.start);
      if (at > part.start) end = Math.min(end, at);
    }
  }
  let second: SecondAct | null = null;
  // ", and urged", " but accused": a shared subject; ", opposition alleges": a subject of one to three words.
  const words = holdsSecondVerb(doc, part.start, end) ? contextOf(doc).wordsIn(part.start, end) : [];
  for (let i = 0; i < words.length && !second; i++) {
    const w = words[i];
    const shared = w.lower === 'and' || w.lower === 'but';
    // ", opposition alleges", "as opposition warns": a clause with a subject of its own.
    if (!shared && w.text !== ',' && !(i > 0 && CLAUSE_LINKS.has(w.lower))) continue;
    const first = shared ? i + 1 : words[i + 1]?.lower === 'and' || words[i + 1]?.lower === 'but' ? i + 2 : i + 1;
    const subjectless = shared || first === i + 2;
    for (let k = first; k < Math.min(words.length, first + (subjectless ? 1 : 4)); k++) {
      if (!/^\p{L}/u.test(words[k].text) || SUBORDINATORS.has(words[k].lower)) break;
      const lemma = verbLemmaAt(doc, words[k].start);
      // A subject needs at least one word, except in "Egypt denies cuts, says prices will stay": a present-tense
      // verb right after the comma goes on with the clause's own subject.
      const coordinated = !subjectless && k === first && w.text === ',' && lemma !== null && /\p{L}s$/u.test(words[k].text);
      if (!subjectless && k === first && !coordinated) continue;
      if (!lemma) continue;
      if (AUTHORITY_ACTS.has(lemma) || JUDICIAL_ACTS.has(lemma) || claimTypeOf(lemma) === null) break;
      const verb = { start: words[k].start, end: words[k].end };
      let from = verb.end;
      while (from < end && /[\s“”"]/.test(text[from])) from++;
      second = { verb, lemma, content: { start: from, end } };
      if (!subjectless && !coordinated) second.subject = { start: words[first].start, end: words[k - 1].end };
      end = w.start;
      break;
    }
  }
  while (end > part.start && /[\s,;]/.test(text[end - 1])) end--;
  return { span: { start: part.start, end }, second };
}

/** Verbs whose object takes an "as" complement ("describe X as Y", "hail X as Y"): that "as" is what was said. */
const AS_COMPLEMENT = new Set([
  'describe', 'cite', 'see', 'regard', 'hail', 'label', 'portray', 'characterize', 'characterise', 'view', 'brand',
  'depict', 'identify', 'name', 'present', 'define', 'dismiss', 'praise', 'welcome', 'criticize', 'criticise',
  'denounce', 'condemn', 'reject', 'defend', 'blame', 'accept', 'recognize', 'recognise', 'treat', 'count', 'list',
]);

/** Conjunctions that open a clause of circumstance after what was said ("vows to strike as talks collapse"). */
const CIRCUMSTANCE = new Set(['as', 'while', 'after', 'amid', 'despite']);

/**
 * What was said ends before a clause of circumstance with a subject and verb of its own ("Union vows to strike as
 * talks with the port operator collapse", "denies cuts as prices soar"), in a headline and after a content that is
 * no clause (an infinitive or a noun phrase). A reported clause keeps its own "as" ("said prices rose as demand fell").
 */
export function cutCircumstance(doc: Doc, part: Span, headline: boolean, lemma: string): Span {
  if (AS_COMPLEMENT.has(lemma)) return part; // "described their actions as crimes", "cited the audit as the reason"
  const ctx = contextOf(doc);
  const words = ctx.wordsIn(part.start, part.end);
  const verbAt = (k: number): boolean => {
    const ti = ctx.tokenAt(words[k].start);
    return ti >= 0 && (doc.tokens.pos[ti] === 'VERB' || doc.tokens.pos[ti] === 'AUX');
  };
  const infinitive = words[0]?.lower === 'to';
  for (let i = 1; i < words.length - 1; i++) {
    if (!CIRCUMSTANCE.has(words[i].lower)) continue;
    // A verb before the conjunction (other than the infinitive's) makes the content a clause of its own.
    let clause = false;
    for (let k = infinitive ? 2 : 0; k < i && !clause; k++) clause = verbAt(k);
    if (clause && !headline) return part;
    // The conjunction opens a clause: a verb within the next words, before any punctuation. A headline's verbs are
    // often tagged as nouns ("as talks collapse"), so there any two words after it do, bar fixed phrases ("as part
    // of", "as well"); "amid" opens a circumstance with a noun alone ("amid pay dispute").
    if (/^(?:such|so|as|just)$/.test(words[i - 1].lower)) continue; // "such as", "as soon as"
    let verb = words[i].lower === 'amid';
    // In running text the clause needs a subject right after the conjunction ("as income growth slowed", "as they
    // bristled"), then a finite verb ("as making possible" is no clause).
    const subject = /^(?:he|she|they|it|we|i|you|the|a|an|his|her|its|their|our|this|that|these|those)$/.test(words[i + 1].lower) || /^\p{Lu}/u.test(words[i + 1].text);
    for (let k = i + 1; subject && k < words.length && k <= i + 6 && !verb && /^[\p{L}\p{N}]/u.test(words[k].text); k++)
      verb = verbAt(k) && !words[k].lower.endsWith('ing') && words[k - 1].lower !== 'to';
    if (!verb && headline) verb = i + 2 < words.length && !/^(?:part|well|a|an|much|many|long|soon|far|usual)$/.test(words[i + 1].lower);
    if (!verb) continue;
    let end = words[i].start;
    while (end > part.start && /[\s,;]/.test(doc.text[end - 1])) end--;
    return { start: part.start, end };
  }
  return part;
}

/**
 * A second party sharing the verb ("Germany pledged €25 million and Britain another £10 million"): after "and", a
 * name, then a count (maybe after "another", "a further", "an additional") with no verb of its own. Returns the
 * first party's part, the name and the second party's part; null when the content has no such gap.
 */
export function gappedParty(doc: Doc, part: Span): { own: Span; party: Span; other: Span } | null {
  if (!doc.quantities.some((q) => q.start >= part.start && q.end <= part.end)) return null;
  const text = doc.text;
  const re = /\s+and\s+/g;
  re.lastIndex = 0;
  const slice = text.slice(part.start, part.end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const at = part.start + m.index + m[0].length;
    const name = doc.mentions.find((x) => x.start === at && x.kind === 'name' && x.entity !== undefined && x.end < part.end);
    if (!name) continue;
    const lead = /^\s+(?:(?:another|a further|an additional|a|its own|their own)\s+)?/i.exec(text.slice(name.end, part.end))?.[0];
    if (!lead) continue;
    const count = doc.quantities.find((q) => q.start === name.end + lead.length);
    if (!count) continue;
    // The first party's own count comes before the "and".
    if (!doc.quantities.some((q) => q.start >= part.start && q.end <= part.start + m!.index)) continue;
    let ownEnd = part.start + m.index;
    while (ownEnd > part.start && /[\s,;]/.test(text[ownEnd - 1])) ownEnd--;
    const otherStart = name.end + (lead.length - lead.trimStart().length);
    return { own: { start: part.start, end: ownEnd }, party: { start: name.start, end: name.end }, other: { start: otherStart, end: part.end } };
  }
  return null;
}

/** Verbs of the main clause after a relative clause with a cue of its own ("officials who said ... said ..."). */
const MAIN_SPEECH = new Set(['say', 'tell', 'add', 'insist', 'warn']);

/**
 * "Two officials who said they were not authorised to speak publicly said the talks had stalled": the quote finder
 * took the relative clause's verb for the cue, so the content runs on into the main clause. What the officials said
 * follows the main clause's speech verb, the first one not preceded by a subject of its own. Null when none.
 */
export function mainClauseContent(doc: Doc, content: Span): Span | null {
  const ctx = contextOf(doc);
  const words = ctx.wordsIn(content.start, content.end);
  for (let k = 1; k < words.length - 1; k++) {
    const ti = ctx.tokenAt(words[k].start);
    if (ti < 0 || doc.tokens.pos[ti] !== 'VERB' || !MAIN_SPEECH.has(ctx.lemmaOf(ti))) continue;
    const before = ctx.tokenAt(words[k - 1].start);
    if (before >= 0 && /^(?:NOUN|PROPN|PRON)$/.test(doc.tokens.pos[before])) continue; // "..., the minister said"
    const next = words[k + 1].lower === 'that' && k + 2 < words.length ? words[k + 2] : words[k + 1];
    return { start: next.start, end: content.end };
  }
  return null;
}

/** Time expressions and places that open a content after its verb ("on Tuesday to rule out", "on Friday a total of"). */
export function skipLeadingAdverbials(doc: Doc, span: Span): Span {
  const text = doc.text;
  let s = span.start;
  // A dateline opening the article's first sentence ("Rome – Donors meeting in Rome pledged ...").
  const dateline = /^\p{Lu}[\p{L}.' -]{0,30}?\s+[–—]\s+(?=\p{Lu})/u.exec(text.slice(s, Math.min(span.end, s + 40)));
  if (dateline) s += dateline[0].length;
  for (let guard = 0; guard < 4; guard++) {
    const lead = /^\s*(?:on|last|this|next|in|at)?\s*/i.exec(text.slice(s, span.end))![0];
    const t = doc.times.find((x) => x.start === s + lead.length || x.start === s);
    if (t && t.end < span.end && !/^\s*(?:,|and\b|that\b)/.test(text.slice(t.end, t.end + 6))) {
      s = t.end;
      while (s < span.end && /[\s()]/.test(text[s])) s++;
      continue;
    }
    break;
  }
  // "agreed on Monday in Ankara at a long meeting to create ...": what was agreed is the infinitive.
  const infinitive = /^(?:\s*(?:on|in|at|during|after|before)\s+[^,;“”"]{1,40}?)+\s+(?=to\s+\p{Ll})/u.exec(text.slice(s, Math.min(span.end, s + 100)));
  if (infinitive) s += infinitive[0].length;
  return { start: s, end: span.end };
}

/**
 * The verb right before a content when it is not the cue the quote finder chose: "thanked the donors but warned
 * that ...": the content is what was warned.
 */
export function nearerCue(doc: Doc, cue: Span, contentStart: number): { span: Span; lemma: string } | null {
  if (cue.end >= contentStart) return null;
  const gap = doc.text.slice(cue.end, contentStart);
  const m = /\b(?:but|and)\s+(\p{L}+)\s*$/u.exec(gap);
  if (!m) return null;
  const start = cue.end + m.index + m[0].indexOf(m[1]);
  const lemma = verbLemmaAt(doc, start);
  if (!lemma || claimTypeOf(lemma) === null || AUTHORITY_ACTS.has(lemma) || JUDICIAL_ACTS.has(lemma)) return null;
  return { span: { start, end: start + m[1].length }, lemma };
}

/**
 * A content that opens with a relative clause ("announced on Monday a decree that suspends ...") leaves its head
 * noun between the cue and the content: what was announced is the decree. Returns the content with it.
 */
export function withHeadNoun(doc: Doc, cue: Span, content: Span): Span {
  const text = doc.text;
  if (cue.end >= content.start || !/^that\s/i.test(text.slice(content.start, content.start + 5))) return content;
  const afterThat = contextOf(doc).wordsIn(content.start + 4, Math.min(content.end, content.start + 40))[0];
  if (!afterThat || verbLemmaAt(doc, afterThat.start) === null) return content; // "that the government ...": a complementizer
  const gap = skipLeadingAdverbials(doc, { start: cue.end, end: content.start });
  const np = /^\s*((?:an?|the)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3})\s*$/u.exec(text.slice(gap.start, gap.end));
  if (!np) return content;
  return { start: gap.start + np[0].indexOf(np[1]), end: content.end };
}
